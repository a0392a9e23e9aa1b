/**
 * The visible window as a pure value: which time span is shown across how many pixels, in which
 * direction. Logical positions grow in reading direction; physical ones are what CSS gets.
 */
export interface View {
  start: number;
  end: number;
  width: number;
  rtl: boolean;
}

export const pxPerMs = (view: View) => view.width / Math.max(1e-9, view.end - view.start);

/** Distance from the reading start of the view (left in English, right in Arabic), in pixels. */
export const logicalX = (view: View, time: number) => (time - view.start) * pxPerMs(view);

/** Distance from the left edge of the view, in pixels. */
export function physicalX(view: View, time: number): number {
  const u = logicalX(view, time);
  return view.rtl ? view.width - u : u;
}

/** The time under a distance from the left edge. */
export function timeAt(view: View, x: number): number {
  const u = view.rtl ? view.width - x : x;
  return view.start + u / pxPerMs(view);
}

/** Left edge in physical pixels of a box that spans [u0, u1] logically. */
export const physicalLeft = (view: View, u0: number, u1: number) => (view.rtl ? view.width - u1 : u0);

/**
 * The window the next step of a zoom would show: the last step (from `previous` to `current`) taken
 * once more, around the same fixed point and by the same factor, as under a wheel or a zoom animation.
 * Null when the last step did not zoom (a pan, or nothing moved).
 */
export function nextZoomStep(
  previous: { start: number; end: number },
  current: { start: number; end: number },
): { start: number; end: number } | null {
  const factor = (current.end - current.start) / (previous.end - previous.start);
  if (!Number.isFinite(factor) || factor <= 0 || Math.abs(factor - 1) < 1e-6) return null;
  // The time that stays put: fixed = current.start + (fixed − previous.start) × factor.
  const fixed = (current.start - factor * previous.start) / (1 - factor);
  const start = fixed + (current.start - fixed) * factor;
  const end = fixed + (current.end - fixed) * factor;
  return Number.isFinite(start) && Number.isFinite(end) && end > start ? { start, end } : null;
}
