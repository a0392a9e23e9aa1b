import type { TarikhTimeline } from '../../src/index.js';

type Lang = 'ar' | 'en';

/** The timeline's zoomable area. */
export const plot = (el: TarikhTimeline) => el.shadowRoot!.querySelector<HTMLElement>('.plot')!;

/** How long the visible window is, in milliseconds. */
export const span = (el: TarikhTimeline) => +el.visibleRange.end - +el.visibleRange.start;

/** The time under a client x (the window starts at the plot's left edge in English, at its right edge in Arabic). */
export function timeAtClientX(el: TarikhTimeline, lang: Lang, clientX: number): number {
  const box = plot(el).getBoundingClientRect();
  const { start, end } = el.visibleRange;
  const fraction = (clientX - box.left) / box.width;
  const u = lang === 'ar' ? 1 - fraction : fraction;
  return +start + u * (+end - +start);
}

/** The client x of a time in the visible window. */
export function clientXOf(el: TarikhTimeline, lang: Lang, time: number): number {
  const box = plot(el).getBoundingClientRect();
  const { start, end } = el.visibleRange;
  const u = (time - +start) / (+end - +start);
  return box.left + (lang === 'ar' ? 1 - u : u) * box.width;
}

/** Counts the `tarikh-range-change` events the timeline fires from now on (`count`, which a test may reset). */
export function countSettles(el: TarikhTimeline): { count: number } {
  const settles = { count: 0 };
  el.addEventListener('tarikh-range-change', () => (settles.count += 1));
  return settles;
}
