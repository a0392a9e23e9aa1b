const DAY = 86_400_000;

/** Share of the events' span added before the first and after the last. */
const MARGIN = 0.03;
/** The most of the view the room for the last label may take. */
const MAX_LABEL_SHARE = 0.35;

/**
 * The window that shows every event: their extent plus a margin, and after the last event room
 * for its label, `labelRoom` pixels once the window is drawn `width` pixels wide (so fitting the
 * story never cuts the last title). Without events, a month around `now`.
 */
export function fittedDomain(
  extent: { lo: number; hi: number } | null,
  width: number,
  labelRoom: number,
  now = Date.now(),
): [number, number] {
  if (!extent) return [now - 15 * DAY, now + 15 * DAY];
  const span = Math.max(extent.hi - extent.lo, DAY);
  const margin = span * MARGIN;
  if (width <= 1) return [extent.lo - margin, extent.hi + margin];
  // The end margin m spans labelRoom of the width: m / (span + margin + m) = labelRoom / width.
  const fraction = Math.min(MAX_LABEL_SHARE, Math.max(0, labelRoom) / width);
  const end = ((span + margin) * fraction) / (1 - fraction);
  return [extent.lo - margin, extent.hi + Math.max(margin, end)];
}
