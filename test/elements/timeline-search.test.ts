import { expect } from '@open-wc/testing';
import type { TarikhTimeline } from '../../src/index.js';
import { datasetWith, eventsEvery } from '../helpers/datasets.js';
import { clusterCounts, drawn, drawnIds, shadow, timelineWith, watchPageErrors } from '../robustness/helpers.js';

/** 20,000 events an hour apart, every hundredth a treaty: enough for a first search to be done in slices. */
const COUNT = 20_000;
const isTreaty = (i: number) => i % 100 === 0;
const largeDataset = (first = 0) =>
  datasetWith(
    eventsEvery(COUNT, 0.5, (i) =>
      isTreaty(i + first)
        ? { ar: `معاهدة ${i + first}`, en: `Treaty ${i + first}` }
        : { ar: `زيارة ${i + first}`, en: `Visit ${i + first}` },
    ),
  );
const TREATIES = COUNT / 100;

/** Events drawn on their own or counted in a drawn cluster: at the fitted window, every event shown. */
const shownCount = (el: TarikhTimeline) => drawnIds(el).length + clusterCounts(el).reduce((a, b) => a + b, 0);
const busy = (el: TarikhTimeline) => shadow(el).querySelector('.layout')!.getAttribute('aria-busy');
/** The next task of the page's own: with the whole search done in the update, it would run after it. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

for (const lang of ['en', 'ar'] as const) {
  describe(`search over large data (${lang})`, () => {
    it('works out a first search over many events in slices, letting the page run between them', async () => {
      const el = await timelineWith(largeDataset(), { lang, width: 1000, height: 420 });
      await drawn(el);
      expect(shownCount(el)).to.equal(COUNT);
      const page = watchPageErrors();

      el.filter = lang === 'ar' ? 'معاهده' : 'treaty';
      await nextTask();
      // The page got a task in before the search was applied: what was drawn is still drawn, marked busy.
      expect(busy(el)).to.equal('true');
      expect(shownCount(el)).to.equal(COUNT);

      await el.updateComplete;
      expect(busy(el)).to.equal('false');
      expect(shownCount(el)).to.equal(TREATIES);
      for (const id of drawnIds(el)) expect(isTreaty(Number(id.slice(1))), id).to.equal(true);

      // Later searches read the texts already worked out, in the update itself.
      el.filter = 'alpha';
      await el.updateComplete;
      expect(shownCount(el)).to.equal(COUNT);
      el.filter = lang === 'ar' ? 'زياره' : 'visit';
      await nextTask();
      expect(busy(el)).to.equal('false');
      expect(shownCount(el)).to.equal(COUNT - TREATIES);
      expect(page.stop()).to.deep.equal([]);
    });

    it('applies the last query typed while the first search was being worked out', async () => {
      const el = await timelineWith(largeDataset(), { lang, width: 1000, height: 420 });
      await drawn(el);
      for (const query of ['t', 'tr', 'tre', 'treaty 1']) {
        el.filter = query;
        await nextTask();
      }
      await el.updateComplete;
      // Both words anywhere in an event's text: the treaties with a 1 in their number.
      const expected = Array.from({ length: TREATIES }, (_, k) => k * 100).filter((n) => String(n).includes('1'));
      expect(shownCount(el)).to.equal(expected.length);
      expect(busy(el)).to.equal('false');
    });

    it('drops a first search still under way when new data comes, and searches the new data', async () => {
      const el = await timelineWith(largeDataset(), { lang, width: 1000, height: 420 });
      await drawn(el);
      el.filter = 'treaty';
      await nextTask();
      expect(busy(el)).to.equal('true');
      // The same events numbered from 50: now the treaties are those at 50, 150, 250, …
      el.data = largeDataset(50);
      await el.updateComplete;
      expect(busy(el)).to.equal('false');
      expect(shownCount(el)).to.equal(TREATIES);
      for (const id of drawnIds(el)) expect(isTreaty(Number(id.slice(1)) + 50), id).to.equal(true);
    });

    it('searches data that comes after its filter (a shared link) before drawing it, and keeps the selected event', async () => {
      const el = await timelineWith(null, { lang, width: 1000, height: 420 });
      // The link's window (its first two days) leaves out its selected treaty, of 27 November 2023.
      el.filter = lang === 'ar' ? 'معاهده' : 'treaty';
      el.selected = 'e4200';
      el.start = '2023-09-01T00:00:00Z';
      el.end = '2023-09-03T00:00:00Z';
      await el.updateComplete;
      const page = watchPageErrors();
      el.data = largeDataset();
      const status = () => shadow(el).querySelector('.status')?.textContent?.trim();
      // The page gets tasks in while the data is read and then searched: nothing drawn meanwhile (not all
      // the events, which the search would then take away), no "no events", but busy and saying why.
      const said = new Set<string | undefined>();
      const done = el.updateComplete.then(() => true);
      let settled = false;
      void done.then(() => (settled = true));
      for (await nextTask(); !settled; await nextTask()) {
        expect(busy(el)).to.equal('true');
        expect(shownCount(el)).to.equal(0);
        said.add(status());
      }
      expect([...said]).to.deep.equal(
        lang === 'ar'
          ? ['جارٍ تحميل الخط الزمني…', 'جارٍ البحث في الأحداث…']
          : ['Loading the timeline…', 'Searching the events…'],
      );

      await el.updateComplete;
      expect(busy(el)).to.equal('false');
      expect(status()).to.equal(undefined);
      expect(drawnIds(el).length).to.be.above(0);
      for (const id of drawnIds(el)) expect(isTreaty(Number(id.slice(1))), id).to.equal(true);
      // The selected treaty is brought into view and drawn on its own, with its panel.
      const { start, end } = el.visibleRange;
      expect(+start)
        .to.be.at.most(Date.UTC(2023, 10, 27, 12))
        .and.to.be.above(Date.UTC(2023, 9, 1));
      expect(+end).to.be.above(Date.UTC(2023, 10, 27, 12));
      expect(drawnIds(el)).to.include('e4200');
      expect(el.selected).to.equal('e4200');
      expect(shadow(el).querySelector('tarikh-details')).to.not.equal(null);
      expect(page.stop()).to.deep.equal([]);
    });
  });
}
