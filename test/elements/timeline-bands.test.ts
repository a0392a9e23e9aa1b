import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { TarikhTimeline } from '../../src/index.js';
import type { Dataset, TimelineEvent } from '../../src/model/types.js';
import { datasetWith } from '../helpers/datasets.js';
import { expectNoLabelOverlap } from '../helpers/labels.js';

type Lang = 'ar' | 'en';
const DAY = 86_400_000;

const tracks: Dataset['tracks'] = [
  { id: 'talks', label: { ar: 'محادثات', en: 'Talks' } },
  { id: 'arms', label: { ar: 'تسلّح', en: 'Arms' } },
];

/** Events spread over two months, in the two tracks and (every fifth) in none. */
function trackedEvents(count: number, daysApart = 2): Partial<TimelineEvent>[] {
  return Array.from({ length: count }, (_, i) => ({
    date: new Date(Date.UTC(2023, 8, 1) + i * daysApart * DAY).toISOString().slice(0, 10),
    title: { ar: `حدث ${'طويل '.repeat(i % 4)}${i}`, en: `Event ${'long '.repeat(i % 4)}${i}` },
    ...(i % 5 === 4 ? {} : { track: i % 2 ? 'arms' : 'talks' }),
  }));
}

async function render(lang: Lang, data: Dataset, group = true) {
  const el = await fixture<TarikhTimeline>(
    html`<tarikh-timeline
      lang=${lang}
      ?group-tracks=${group}
      style="width: 1000px; height: 560px"
      .data=${data}
    ></tarikh-timeline>`,
  );
  await waitUntil(() => el.shadowRoot!.querySelector('[part~="event"]'), 'events drawn');
  await el.updateComplete;
  return el;
}

const bands = (el: TarikhTimeline) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="track-band"]')].map((band) => ({
    label: band.querySelector('[part="track-label"]')!.textContent!.trim(),
    box: band.getBoundingClientRect(),
  }));

const trackOf = (data: Dataset, id: string | undefined) => data.events.find((e) => e.id === id)?.track;

for (const lang of ['en', 'ar'] as const) {
  describe(`grouping by track (${lang})`, () => {
    const names = lang === 'ar' ? ['محادثات', 'تسلّح', 'أحداث أخرى'] : ['Talks', 'Arms', 'Other events'];

    it('draws a band per track, named, in the dataset’s order, with the other events last', async () => {
      const el = await render(lang, datasetWith(trackedEvents(30), { tracks }));
      expect(el.getAttribute('group-tracks')).to.equal('');
      const drawn = bands(el);
      expect(drawn.map((b) => b.label)).to.deep.equal(names);
      for (let b = 1; b < drawn.length; b += 1) expect(drawn[b]!.box.top).to.be.above(drawn[b - 1]!.box.top);
      // The band headings sit at the start of the line: left in English, right in Arabic.
      const plot = el.shadowRoot!.querySelector('.plot')!.getBoundingClientRect();
      const label = el.shadowRoot!.querySelector('[part="track-label"]')!.getBoundingClientRect();
      if (lang === 'ar') expect(plot.right - label.right).to.be.below(20);
      else expect(label.left - plot.left).to.be.below(20);
    });

    it('draws each event inside the band of its track', async () => {
      const data = datasetWith(trackedEvents(30), { tracks });
      const el = await render(lang, data);
      const drawn = bands(el);
      const bandOf = (track: string | undefined) => (track === 'talks' ? 0 : track === 'arms' ? 1 : 2);
      const nodes = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="event"]')];
      expect(nodes.length).to.be.above(5);
      for (const node of nodes) {
        const box = node.getBoundingClientRect();
        const middle = (box.top + box.bottom) / 2;
        const band = drawn[bandOf(trackOf(data, node.dataset.id))]!.box;
        expect(middle, `${node.dataset.id} in its band`).to.be.within(band.top, band.bottom);
      }
    });

    it('never overlaps two labels, and keeps every event drawn or in a cluster of its own band', async () => {
      const data = datasetWith(trackedEvents(160, 0.4), { tracks });
      const el = await render(lang, data);
      expectNoLabelOverlap(el);
      const clusters = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="cluster"]')];
      expect(clusters.length, 'dense bands cluster').to.be.above(1);
      const drawn = el.shadowRoot!.querySelectorAll('[part~="event"]').length;
      const clustered = clusters.reduce((sum, c) => sum + Number(c.dataset.count), 0);
      expect(drawn + clustered).to.equal(160);
      // Each cluster sits in a band's cluster row, and lists only events of that band's track.
      const drawnBands = bands(el);
      await emulateMedia({ reducedMotion: 'reduce' });
      for (const cluster of clusters.slice(0, 4)) {
        const box = cluster.getBoundingClientRect();
        const b = drawnBands.findIndex((band) => box.top >= band.box.top && box.bottom <= band.box.bottom + 1);
        expect(b, 'cluster inside a band').to.be.at.least(0);
        cluster.focus();
        await sendKeys({ down: 'Shift' });
        await sendKeys({ press: 'Enter' });
        await sendKeys({ up: 'Shift' });
        await el.updateComplete;
        const ids = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="cluster-list"] [role="option"]')].map(
          (o) => o.dataset.id,
        );
        expect(ids.length).to.equal(Number(cluster.dataset.count));
        const expected = ['talks', 'arms', undefined][b];
        for (const id of ids) expect(trackOf(data, id), `${id} in band ${b}`).to.equal(expected);
        await sendKeys({ press: 'Escape' });
        await el.updateComplete;
      }
      await emulateMedia({ reducedMotion: 'no-preference' });
    });

    it('brings a selected event that sits in a cluster of its band into view on its own', async () => {
      const data = datasetWith(trackedEvents(160, 0.4), { tracks });
      const el = await render(lang, data);
      const drawnIds = () =>
        new Set([...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="event"]')].map((n) => n.dataset.id));
      const hidden = data.events.map((e) => e.id).find((id) => !drawnIds().has(id));
      expect(hidden).to.be.a('string');
      await emulateMedia({ reducedMotion: 'reduce' });
      const before = el.visibleRange;
      el.select(hidden!);
      await el.updateComplete;
      await el.updateComplete;
      expect(drawnIds().has(hidden!)).to.equal(true);
      expect(+el.visibleRange.start, 'the window stays').to.equal(+before.start);
      expect(+el.visibleRange.end).to.equal(+before.end);
      await emulateMedia({ reducedMotion: 'no-preference' });
    });

    it('shows the events ungrouped, all of them, in a timeline too short for its bands', async () => {
      const data = datasetWith(trackedEvents(30), { tracks });
      const el = await render(lang, data);
      expect(bands(el)).to.have.length(3);
      el.style.height = '260px';
      await waitUntil(() => bands(el).length === 0, 'bands given up');
      const drawn = el.shadowRoot!.querySelectorAll('[part~="event"]').length;
      const clustered = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="cluster"]')].reduce(
        (sum, c) => sum + Number(c.dataset.count),
        0,
      );
      expect(drawn + clustered).to.equal(30);
      // Every node above the axis.
      const axis = el.shadowRoot!.querySelector('[part="axis"]')!.getBoundingClientRect();
      for (const node of el.shadowRoot!.querySelectorAll('[part~="event"], [part="cluster"]')) {
        expect(node.getBoundingClientRect().bottom).to.be.at.most(axis.top + 1);
      }
      el.style.height = '560px';
      await waitUntil(() => bands(el).length === 3, 'bands back');
    });

    it('leaves out the bands of hidden tracks, and draws no bands unless asked or without tracks', async () => {
      const data = datasetWith(trackedEvents(30), { tracks });
      const el = await render(lang, data);
      el.hiddenTracks = ['talks'];
      await el.updateComplete;
      expect(bands(el).map((b) => b.label)).to.deep.equal(names.slice(1));
      el.groupTracks = false;
      await el.updateComplete;
      expect(bands(el)).to.have.length(0);
      const untracked = await render(lang, datasetWith(trackedEvents(10).map((e) => ({ ...e, track: undefined }))));
      expect(bands(untracked)).to.have.length(0);
    });
  });
}
