import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { Dataset, TarikhTimeline } from '../../src/index.js';
import { PREVIEW_EVENTS, validateDataset } from '../../src/model/validate.js';
import { datasetWith, eventsEvery } from '../helpers/datasets.js';
import { shadow, watchPageErrors } from './helpers.js';
import { aTurn } from '../helpers/turns.js';

const LOADING = { en: 'Loading the timeline…', ar: 'جارٍ تحميل الخط الزمني…' };

/** A dataset large enough that reading it takes many slices: 40,000 events, one an hour. */
const large = (title = (i: number) => ({ ar: `حدث ${i}`, en: `Event ${i}` })) =>
  datasetWith(eventsEvery(40_000, 1, title));

async function emptyTimeline(lang: 'en' | 'ar' = 'en') {
  const el = await fixture<TarikhTimeline>(
    html`<tarikh-timeline lang=${lang} style="width: 900px; height: 400px"></tarikh-timeline>`,
  );
  await el.updateComplete;
  return el;
}

const status = (el: TarikhTimeline) => shadow(el).querySelector('[role="status"]')?.textContent?.trim();
const busy = (el: TarikhTimeline) => shadow(el).querySelector('.layout')?.getAttribute('aria-busy');
const drawnIds = (el: TarikhTimeline) =>
  [...shadow(el).querySelectorAll('[part~="event"]')].map((node) => node.getAttribute('data-id'));

/** Gives the page turns until an event is drawn, for at most `ms`. */
async function untilDrawn(el: TarikhTimeline, ms: number) {
  const until = performance.now() + ms;
  while (!shadow(el).querySelector('[part~="event"]') && performance.now() < until) await aTurn();
}

const drawn = (el: TarikhTimeline) => shadow(el).querySelectorAll('[part~="event"], [part="cluster"]').length;

describe('robustness: reading a large dataset in slices', () => {
  for (const lang of ['en', 'ar'] as const) {
    it(`lets the page take turns while it reads, saying it is loading, then draws every valid event (${lang})`, async () => {
      const page = watchPageErrors();
      const el = await emptyTimeline(lang);
      const data = large();
      data.events[7]!.date = 'yesterday';
      let loaded = 0;
      let turnsBeforeLoad = 0;
      el.addEventListener('tarikh-load', () => (loaded += 1));
      el.data = data;
      // The page gets turns while the reading goes on, and the element says it is loading.
      for (let i = 0; i < 3; i += 1) {
        await aTurn();
        if (!loaded) turnsBeforeLoad += 1;
      }
      expect(turnsBeforeLoad).to.equal(3);
      expect(status(el)).to.equal(LOADING[lang]);
      expect(busy(el)).to.equal('true');
      await el.updateComplete;
      expect(loaded).to.equal(1);
      expect(busy(el)).to.equal('false');
      expect(drawn(el)).to.be.greaterThan(0);
      // The same events as validated at once, the bad one left out and reported.
      const once = validateDataset(data);
      expect(el.loadedData!.events.map((e) => e.id)).to.deep.equal(once.dataset!.events.map((e) => e.id));
      expect(el.loadedData!.events).to.have.length(39_999);
      expect(shadow(el).querySelector('[part="error"]')?.textContent).to.include('$.events[7]');
      expect(page.stop()).to.deep.equal([]);
    });
  }

  for (const lang of ['en', 'ar'] as const) {
    it(`draws the first events of a large dataset while the rest is read, then all of it (${lang})`, async () => {
      const page = watchPageErrors();
      const el = await emptyTimeline(lang);
      const data = large();
      let loaded = 0;
      el.addEventListener('tarikh-load', () => (loaded += 1));
      el.data = data;
      const firstIds = new Set(
        validateDataset(data)
          .dataset!.events.slice(0, PREVIEW_EVENTS)
          .map((e) => e.id),
      );
      await untilDrawn(el, 3000);
      // Drawn before the reading ended, saying it is still loading: only events among the first read.
      expect(loaded).to.equal(0);
      expect(status(el)).to.equal(LOADING[lang]);
      expect(busy(el)).to.equal('true');
      expect(el.loadedData).to.equal(null);
      const ids = drawnIds(el);
      expect(ids.length).to.be.greaterThan(0);
      expect(ids.every((id) => firstIds.has(id!))).to.equal(true);
      const previewEnd = +el.visibleRange.end;
      await el.updateComplete;
      expect(loaded).to.equal(1);
      expect(busy(el)).to.equal('false');
      expect(el.loadedData!.events).to.have.length(40_000);
      // It opens again on the whole dataset: 40,000 hours, where the preview held the first 2,048.
      expect(+el.visibleRange.end).to.be.greaterThan(previewEnd + 30_000 * 3_600_000);
      expect(page.stop()).to.deep.equal([]);
    });
  }

  it('measures the room for the preview’s last title in a task before the one that draws the preview', async () => {
    const el = await emptyTimeline();
    const measureText = CanvasRenderingContext2D.prototype.measureText;
    // How many nodes were drawn by the end of the task that first measured the preview's last title.
    let drawnThen: number | null = null;
    CanvasRenderingContext2D.prototype.measureText = function (text: string) {
      if (text === `Event ${PREVIEW_EVENTS - 1}` && drawnThen === null) {
        drawnThen = -1;
        queueMicrotask(() => (drawnThen = drawn(el)));
      }
      return measureText.call(this, text);
    };
    try {
      el.data = large();
      await untilDrawn(el, 3000);
      expect(el.loadedData).to.equal(null);
      expect(drawnThen).to.equal(0);
      await el.updateComplete;
    } finally {
      CanvasRenderingContext2D.prototype.measureText = measureText;
    }
  });

  it('lets the reader select an event of the preview, and keeps it selected once all is read', async () => {
    const page = watchPageErrors();
    const el = await emptyTimeline();
    el.data = large();
    await untilDrawn(el, 3000);
    const node = shadow(el).querySelector<HTMLElement>('[part~="event"]')!;
    const id = node.getAttribute('data-id')!;
    const selected = oneEvent(el, 'tarikh-select');
    node.click();
    expect(((await selected) as CustomEvent).detail.id).to.equal(id);
    expect(el.loadedData).to.equal(null);
    await el.updateComplete;
    expect(el.selected).to.equal(id);
    const title = el.loadedData!.events.find((e) => e.id === id)!.title.en;
    await waitUntil(
      () => shadow(el).querySelector('tarikh-details')?.shadowRoot?.textContent?.includes(title),
      'panel',
    );
    expect(page.stop()).to.deep.equal([]);
  });

  it('draws what it read even if the page changes its object while reading', async () => {
    const el = await emptyTimeline();
    const data = large();
    el.data = data;
    await aTurn();
    // The first slice has read the first events; the page now changes one of them.
    data.events[0]!.title.en = 'Changed afterwards';
    await el.updateComplete;
    expect(el.loadedData!.events[0]!.title.en).to.equal('Event 0');
  });

  it('gives up a reading for newer data: only the newest is loaded and drawn', async () => {
    const el = await emptyTimeline();
    const loads: Dataset[] = [];
    el.addEventListener('tarikh-load', (e) => loads.push(e.detail.dataset));
    el.data = large((i) => ({ ar: `أ ${i}`, en: `First ${i}` }));
    await aTurn();
    el.data = large((i) => ({ ar: `ب ${i}`, en: `Second ${i}` }));
    await el.updateComplete;
    expect(loads).to.have.length(1);
    expect(loads[0]!.events[0]!.title.en).to.equal('Second 0');
    expect(el.loadedData!.events[0]!.title.en).to.equal('Second 0');
  });

  it('goes on reading while the element is moved in the page', async () => {
    const el = await emptyTimeline();
    el.data = large();
    await aTurn();
    const parent = el.parentElement!;
    el.remove();
    await aTurn();
    parent.append(el);
    await el.updateComplete;
    expect(el.loadedData!.events).to.have.length(40_000);
    expect(drawn(el)).to.be.greaterThan(0);
  });

  it('reads a large `src` parsed in a worker, to the same events as the same `data`', async () => {
    const Original = window.Worker;
    let workers = 0;
    window.Worker = class extends Original {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        workers += 1;
      }
    };
    try {
      const data = large();
      const text = JSON.stringify(data);
      expect(text.length).to.be.greaterThan(512 * 1024);
      const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
      const el = await emptyTimeline('ar');
      const loaded = oneEvent(el, 'tarikh-load');
      el.src = url;
      await loaded;
      await el.updateComplete;
      URL.revokeObjectURL(url);
      expect(workers).to.equal(1);
      expect(el.loadedData).to.deep.equal(validateDataset(data).dataset);
      expect(drawn(el)).to.be.greaterThan(0);
    } finally {
      window.Worker = Original;
    }
  });

  it('draws the first events of a large `src` while the rest of it arrives (ar)', async () => {
    const page = watchPageErrors();
    const data = large();
    const body = JSON.stringify(data);
    expect(body.length).to.be.greaterThan(6 * 1024 * 1024);
    const id = `held${Math.random().toString(36).slice(2)}`;
    await fetch(`/__test__/held/${id}`, { method: 'PUT', body });
    const el = await emptyTimeline('ar');
    let loaded = 0;
    el.addEventListener('tarikh-load', () => (loaded += 1));
    // The first 3 MB (some 4,000 of its 40,000 events) at once, the rest 4 s later.
    el.src = `/__test__/held/${id}?first=${3 * 1024 * 1024}&ms=4000`;
    const firstIds = new Set(data.events.slice(0, 2000).map((e) => e.id));
    await untilDrawn(el, 3000);
    expect(loaded).to.equal(0);
    expect(status(el)).to.equal(LOADING.ar);
    expect(busy(el)).to.equal('true');
    const ids = drawnIds(el);
    expect(ids.length).to.be.greaterThan(0);
    expect(ids.every((eventId) => firstIds.has(eventId!))).to.equal(true);
    await oneEvent(el, 'tarikh-load');
    await el.updateComplete;
    expect(el.loadedData).to.deep.equal(validateDataset(data).dataset);
    expect(busy(el)).to.equal('false');
    expect(page.stop()).to.deep.equal([]);
  });

  it('reports a large `src` that is not valid JSON, in the reader’s language', async () => {
    const text = JSON.stringify(large()).slice(0, -20);
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const el = await emptyTimeline('ar');
    const failed = oneEvent(el, 'tarikh-error');
    el.src = url;
    const { detail } = await failed;
    URL.revokeObjectURL(url);
    expect(detail.message).to.equal('تعذّر تحميل الخط الزمني: الملف ليس JSON صالحًا');
  });

  it('does not keep the page’s object: `data` is it while held, and the dataset as drawn after', async () => {
    const el = await emptyTimeline();
    const data = datasetWith(eventsEvery(3, 24));
    el.data = data;
    await el.updateComplete;
    expect(el.data).to.equal(data);
    // What the page gave is held weakly once read; here the weak reference is cleared, as a collection would.
    const given = (el as unknown as { given: { weak: { deref(): unknown } | null } }).given;
    given.weak = { deref: () => undefined };
    expect(el.data).to.equal(el.loadedData);
    expect(el.data!.events).to.have.length(3);
  });
});
