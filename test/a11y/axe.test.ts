import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { TarikhTimeline } from '../../src/index.js';
import { dailyEvents, datasetWith } from '../helpers/datasets.js';
import { $, $$, frames, render, resetMedia, type Lang } from './helpers.js';

/** 130 events in one minute, so a cluster is drawn too, whose list has more than one page. */
const withCluster = datasetWith(
  Array.from({ length: 130 }, (_, i) => ({ date: '2023-09-10T12:00Z', title: { ar: `حدث ${i}`, en: `Pile ${i}` } })),
);

/** 450 daily events: a list view longer than a page. */
const longList = datasetWith(dailyEvents(450));

/** Twelve events in two tracks and none, a week apart. */
const withTracks = datasetWith(
  Array.from({ length: 12 }, (_, i) => ({
    date: new Date(Date.UTC(2023, 8, 1 + 7 * i)).toISOString().slice(0, 10),
    ...(i % 3 === 2 ? {} : { track: i % 3 ? 'arms' : 'talks' }),
  })),
  {
    tracks: [
      { id: 'talks', label: { ar: 'محادثات', en: 'Talks' } },
      { id: 'arms', label: { ar: 'تسلّح', en: 'Arms' } },
    ],
  },
);

for (const scheme of ['light', 'dark'] as const) {
  for (const lang of ['en', 'ar'] as Lang[]) {
    describe(`axe (${lang}, ${scheme})`, () => {
      beforeEach(() => emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' }));
      afterEach(resetMedia);

      it('finds no violations with the details panel closed', async () => {
        const el = await render(lang);
        await expect(el).to.be.accessible();
      });

      it('finds no violations with the details panel open', async () => {
        const el = await render(lang);
        el.select('a');
        await frames(el);
        expect($(el, 'tarikh-details') !== null).to.equal(true);
        await expect(el).to.be.accessible();
      });

      it('finds no violations in the list view with a selection', async () => {
        const el = await render(lang);
        $(el, '.list-toggle')!.click();
        el.select('b');
        await frames(el);
        await expect(el).to.be.accessible();
      });

      it('finds no violations in a long list view, with its buttons for earlier and later events', async () => {
        const el = await render(lang, longList);
        // Opened on the selected event's page, the second of three: a button for each side.
        el.select('e250');
        $(el, '.list-toggle')!.click();
        await frames(el);
        expect($$(el, '[part="list-more"]').length).to.equal(2);
        await expect(el).to.be.accessible();
      });

      it('finds no violations with clusters and an open cluster list', async () => {
        const el: TarikhTimeline = await render(lang, withCluster);
        el.fit();
        await frames(el);
        const cluster = $(el, '.cluster')!;
        cluster.dispatchEvent(new MouseEvent('click', { shiftKey: true, bubbles: true }));
        await frames(el);
        expect($(el, '[part="cluster-list"]') !== null).to.equal(true);
        expect($(el, '[part="cluster-more"]') !== null).to.equal(true);
        await expect(el).to.be.accessible();
      });

      it('finds no violations with the events grouped by track', async () => {
        const el = await render(lang, withTracks, 'width: 900px; height: 420px');
        el.groupTracks = true;
        await frames(el);
        expect($$(el, '[part="track-label"]').length).to.equal(3);
        await expect(el).to.be.accessible();
      });
    });
  }
}
