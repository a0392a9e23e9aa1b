import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { TarikhTimeline } from '../../src/index.js';
import { dailyEvents, datasetWith } from '../helpers/datasets.js';
import { $$, frames, render, resetMedia, type Lang } from './helpers.js';

/** Sixty daily events, and twin events sharing a day: clusters of one, two and more at some zoom. */
const crowded = datasetWith([
  ...dailyEvents(60),
  ...[5, 5, 20, 20].map((day, i) => ({
    id: `twin${i}`,
    date: `2023-09-${String(day).padStart(2, '0')}`,
    title: { ar: `توأم ${i}`, en: `Twin ${i}` },
  })),
]);

/** The words of a text, as a speech-input user would say them (as axe's label-content-name-mismatch reads them). */
const words = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
const contains = (name: string[], shown: string[]) =>
  name.some((_, i) => shown.every((word, j) => name[i + j] === word));

for (const lang of ['en', 'ar'] as Lang[]) {
  describe(`label in name (${lang})`, () => {
    beforeEach(() => emulateMedia({ reducedMotion: 'reduce' }));
    afterEach(resetMedia);

    it('names every cluster with the count it shows, clusters of one and two included', async () => {
      const el: TarikhTimeline = await render(lang, crowded, 'width: 700px; height: 300px');
      el.fit();
      await frames(el);
      const seen = new Set<number>();
      const { start, end } = el.visibleRange;
      const middle = (+start + +end) / 2;
      for (let step = 0; step < 12; step += 1) {
        const span = (+end - +start) * Math.pow(0.7, step);
        el.zoomTo(new Date(middle - span / 2), new Date(middle + span / 2), { animate: false });
        await frames(el);
        for (const cluster of $$(el, '[part="cluster"]')) {
          const shown = cluster.textContent!.trim();
          const name = cluster.getAttribute('aria-label')!;
          expect(contains(words(name), words(shown)), `"${name}" says "${shown}"`).to.equal(true);
          // First, where a speech-input user looks for it.
          expect(words(name)[0]).to.equal(shown);
          seen.add(Number(shown));
        }
        if (seen.has(1) && seen.has(2)) break;
      }
      expect(seen.has(1), 'a cluster of one was drawn').to.equal(true);
      expect(seen.has(2), 'a cluster of two was drawn').to.equal(true);
    });

    it('finds no Label in Name violation with clusters of one and two drawn', async () => {
      const el: TarikhTimeline = await render(lang, crowded, 'width: 700px; height: 300px');
      const { start, end } = el.visibleRange;
      const middle = (+start + +end) / 2;
      const counts = () => new Set($$(el, '[part="cluster"]').map((c) => c.textContent!.trim()));
      for (let step = 0; step < 12 && !(counts().has('1') && counts().has('2')); step += 1) {
        const span = (+end - +start) * Math.pow(0.7, step);
        el.zoomTo(new Date(middle - span / 2), new Date(middle + span / 2), { animate: false });
        await frames(el);
      }
      expect([...counts()]).to.include.members(['1', '2']);
      await expect(el).to.be.accessible();
    });
  });
}
