import { fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/index.js';
import type { TarikhTimeline } from '../../src/index.js';
import type { Dataset } from '../../src/model/types.js';
import { datasetWith } from '../helpers/datasets.js';

export type Lang = 'ar' | 'en';
export const HOUR = 3_600_000;

/** Three events months apart on two tracks, one disputed. */
export const story: Dataset = datasetWith(
  [
    { id: 'b', date: '2023-12-01', track: 'war', title: { ar: 'الحدث الثاني', en: 'Second' } },
    {
      id: 'a',
      date: '2023-09-13',
      track: 'talks',
      title: { ar: 'الحدث الأول', en: 'First' },
      disputes: [
        {
          note: { ar: 'تختلف المصادر', en: 'The sources differ' },
          excerpts: [{ source: 's1', quote: 'beta', start: 6, end: 10, translation: { ar: 'بيتا', en: 'beta' } }],
        },
      ],
    },
    { id: 'c', date: '2024-06-19', title: { ar: 'الحدث الثالث', en: 'Third' } },
  ],
  {
    tracks: [
      { id: 'talks', label: { ar: 'محادثات', en: 'Talks' } },
      { id: 'war', label: { ar: 'حرب', en: 'War' } },
    ],
  },
);

export async function render(lang: Lang, data: Dataset = story, style = 'width: 900px; height: 360px') {
  const el = await fixture<TarikhTimeline>(
    html`<tarikh-timeline lang=${lang} style=${style} .data=${data}></tarikh-timeline>`,
  );
  await waitUntil(() => el.shadowRoot!.querySelectorAll('[part~="event"], [part="cluster"]').length > 0, 'nodes drawn');
  await el.updateComplete;
  return el;
}

export const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
export const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
export const active = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;
export const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Back to the default media after a test that emulated some. */
export function resetMedia() {
  return emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference', media: 'screen' });
}

/** Settles after the frames a zoom, a focus move and the re-render they cause take. */
export async function frames(el: TarikhTimeline, n = 3) {
  for (let i = 0; i < n; i += 1) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await el.updateComplete;
  }
}
