import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { TarikhTimeline } from '../../src/index.js';
import { $, frames, render, resetMedia, type Lang } from '../a11y/helpers.js';
import { datasetWith } from '../helpers/datasets.js';

/** A title in the other script from the interface's, ending in punctuation that takes the direction around it. */
const OTHER = {
  ar: { title: 'Vostochny summit (2023)!', track: 'Talks (2023)!' },
  en: { title: 'قمة فوستوتشني (2023)!', track: 'محادثات (2023)!' },
};

/** The x of the middle of the `i`-th character (negative: from the end) of the text in `node`. */
function xOf(node: Element, i: number): number {
  const text = [...node.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim())!;
  const at = i < 0 ? text.textContent!.length + i : i;
  const range = document.createRange();
  range.setStart(text, at);
  range.setEnd(text, at + 1);
  const box = range.getBoundingClientRect();
  return box.left + box.width / 2;
}

/**
 * Whether the text in `node` is laid out in its own direction: its closing "!" at the end of a
 * Latin title (right of its first letter), at the end of an Arabic one (left of it).
 */
function inOwnDirection(node: Element, script: 'latin' | 'arabic'): boolean {
  const first = xOf(node, 0);
  const bang = xOf(node, -1);
  return script === 'latin' ? bang > first : bang < first;
}

for (const lang of ['en', 'ar'] as Lang[]) {
  describe(`data text in its own direction (${lang} interface)`, () => {
    beforeEach(() => emulateMedia({ reducedMotion: 'reduce' }));
    afterEach(resetMedia);
    const script = lang === 'ar' ? 'latin' : 'arabic';
    const data = datasetWith(
      [
        { id: 'x', date: '2023-09-13', track: 't', title: { ar: 'قمة', en: 'Summit', [lang]: OTHER[lang].title } },
        { id: 'y', date: '2023-12-13', track: 't' },
      ],
      { tracks: [{ id: 't', label: { ar: 'محادثات', en: 'Talks', [lang]: OTHER[lang].track } }] },
    );

    it('lays out a node label in the title’s direction', async () => {
      const el: TarikhTimeline = await render(lang, data, 'width: 700px; height: 300px');
      const label = $(el, '[data-id="x"] .label')!;
      expect(label.textContent).to.equal(OTHER[lang].title);
      expect(inOwnDirection(label, script)).to.equal(true);
    });

    it('lays out the tooltip’s title in its own direction', async () => {
      const el: TarikhTimeline = await render(lang, data, 'width: 700px; height: 300px');
      $(el, '.plot')!.focus();
      await sendKeys({ press: 'Tab' });
      await frames(el, 1);
      const title = $(el, '[part="tooltip"] strong')!;
      expect(title.textContent).to.equal(OTHER[lang].title);
      expect(inOwnDirection(title, script)).to.equal(true);
    });

    it('lays out a track band’s name in its own direction', async () => {
      const el: TarikhTimeline = await render(lang, data, 'width: 700px; height: 300px');
      el.groupTracks = true;
      await frames(el);
      const name = $(el, '[part="track-label"]')!;
      expect(name.textContent).to.equal(OTHER[lang].track);
      expect(inOwnDirection(name, script)).to.equal(true);
    });
  });
}
