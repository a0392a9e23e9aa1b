import { expect } from '@open-wc/testing';
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

/** An event a minute for 50 hours, and 1,500 more in one minute of them: cluster pills of hundreds and of thousands. */
export function pilesOfEvents(): { date: string }[] {
  const minute = (i: number) => new Date(Date.UTC(2024, 5, 18) + i * 60_000).toISOString().slice(0, 16) + 'Z';
  return [
    ...Array.from({ length: 3000 }, (_, i) => ({ date: minute(i) })),
    ...Array.from({ length: 1500 }, () => ({ date: minute(1400) })),
  ];
}

/**
 * Checks the drawn cluster pills: each count sits inside its pill's border whatever its digits, and no
 * two pills overlap. Returns the pills.
 */
export function expectCountsInPills(el: TarikhTimeline, when = ''): HTMLElement[] {
  const pills = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="cluster"]')];
  for (const pill of pills) {
    const box = pill.getBoundingClientRect();
    const range = document.createRange();
    range.selectNodeContents(pill);
    const text = range.getBoundingClientRect();
    expect(pill.textContent!.trim(), when).to.equal(pill.dataset.count);
    expect(text.left, `${when} ${pill.dataset.count}: left`).to.be.at.least(box.left + 1);
    expect(text.right, `${when} ${pill.dataset.count}: right`).to.be.at.most(box.right - 1);
  }
  const boxes = pills.map((p) => p.getBoundingClientRect()).sort((a, b) => a.left - b.left);
  boxes.forEach((b, i) => i > 0 && expect(b.left, when).to.be.at.least(boxes[i - 1]!.right));
  return pills;
}
