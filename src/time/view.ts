import type { PiecewiseScale } from './piecewise-scale.js';

/**
 * The visible window as a pure value: which time span is shown across how many pixels, in which
 * direction. Logical positions grow in reading direction; physical ones are what CSS gets.
 */
export interface View {
  start: number;
  end: number;
  width: number;
  rtl: boolean;
  /**
   * On a folded axis (fold.ts), time → folded time: the view is linear in folded time, so every
   * position goes through it. Absent, the view is linear in time.
   */
  fold?: PiecewiseScale;
}

/** Pixels per millisecond (outside the folded gaps on a folded axis). */
export const pxPerMs = (view: View) =>
  view.width / Math.max(1e-9, view.fold ? view.fold(view.end) - view.fold(view.start) : view.end - view.start);

/** Distance from the reading start of the view (left in English, right in Arabic), in pixels. */
export const logicalX = (view: View, time: number) =>
  (view.fold ? view.fold(time) - view.fold(view.start) : time - view.start) * pxPerMs(view);

/** Distance from the left edge of the view, in pixels. */
export function physicalX(view: View, time: number): number {
  const u = logicalX(view, time);
  return view.rtl ? view.width - u : u;
}

/**
 * Whether any of a node drawn at `time` (a dot `radius` pixels either side of it) shows in the view.
 * A node cut by the plot's edge is in view: the reader sees it, and can click it.
 */
export function nodeInView(view: View, time: number, radius: number): boolean {
  const u = logicalX(view, time);
  return u > -radius && u < view.width + radius;
}

/** The time under a distance from the left edge. */
export function timeAt(view: View, x: number): number {
  const u = view.rtl ? view.width - x : x;
  const fold = view.fold;
  return fold ? fold.invert(fold(view.start) + u / pxPerMs(view)) : view.start + u / pxPerMs(view);
}

/** Left edge in physical pixels of a box that spans [u0, u1] logically. */
export const physicalLeft = (view: View, u0: number, u1: number) => (view.rtl ? view.width - u1 : u0);

/**
 * The window the next step of a zoom or pan would show: the last step (from `previous` to `current`)
 * taken once more, by the same factor around the same fixed time (as under a wheel, a pinch or a zoom
 * animation) and by the same shift (as under a drag). Null when nothing moved.
 */
export function nextStep(
  previous: { start: number; end: number },
  current: { start: number; end: number },
): { start: number; end: number } | null {
  // The step as a map of times, t → shift + factor × t, taking previous onto current.
  const factor = (current.end - current.start) / (previous.end - previous.start);
  const shift = current.start - factor * previous.start;
  if (!Number.isFinite(factor) || !Number.isFinite(shift) || factor <= 0) return null;
  if (factor === 1 && current.start === previous.start) return null;
  const start = shift + factor * current.start;
  const end = shift + factor * current.end;
  return Number.isFinite(start) && Number.isFinite(end) && end > start ? { start, end } : null;
}
