import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/index.js';
import type { TarikhTimeline } from '../../src/index.js';
import { parseIsoDate } from '../../src/model/dates.js';
import { datasetWith } from '../helpers/datasets.js';
import { clusterCounts, drawn, drawnIds, frames, shadow, timelineWith, watchPageErrors } from './helpers.js';

const HOUR = 3_600_000;

/**
 * Counts what an element could leave behind, by wrapping the platform before any element exists:
 * listeners on long-lived targets (window, document, the font set, media queries, abort signals),
 * resize observers not disconnected, timers and animation frames not run or cancelled, and fetches
 * still under way.
 */
function trackResources() {
  const w = window as unknown as Record<string, unknown>;
  const proto = EventTarget.prototype;
  const original = {
    add: proto.addEventListener,
    remove: proto.removeEventListener,
    RO: window.ResizeObserver,
    setTimeout: window.setTimeout,
    clearTimeout: window.clearTimeout,
    raf: window.requestAnimationFrame,
    caf: window.cancelAnimationFrame,
    fetch: window.fetch,
    MessageChannel: window.MessageChannel,
  };
  const ids = new WeakMap<object, number>();
  let nextId = 0;
  const idOf = (o: object) => ids.get(o) ?? (ids.set(o, ++nextId), nextId);
  const listeners = new Set<string>();
  const longLived = (t: EventTarget) =>
    !(t instanceof Node) || t === document || t === document.documentElement || t === document.body;
  const key = (t: EventTarget, type: string, l: unknown, o?: boolean | EventListenerOptions) =>
    `${idOf(t)}|${type}|${l && typeof l === 'object' ? idOf(l) : typeof l === 'function' ? idOf(l) : 'x'}|${
      typeof o === 'boolean' ? o : !!o?.capture
    }`;
  proto.addEventListener = function (this: EventTarget, type, listener, options) {
    if (longLived(this) && listener) {
      const once = typeof options === 'object' && options?.once;
      const signal = typeof options === 'object' ? options?.signal : undefined;
      if (!once && !signal?.aborted) listeners.add(key(this, type, listener, options));
    }
    return original.add.call(this, type, listener, options);
  };
  proto.removeEventListener = function (this: EventTarget, type, listener, options) {
    listeners.delete(key(this, type, listener, options));
    return original.remove.call(this, type, listener, options);
  };
  const observers = new Set<ResizeObserver>();
  w.ResizeObserver = class extends original.RO {
    override observe(target: Element, options?: ResizeObserverOptions) {
      observers.add(this);
      super.observe(target, options);
    }
    override disconnect() {
      observers.delete(this);
      super.disconnect();
    }
  };
  const timers = new Set<number>();
  w.setTimeout = (fn: TimerHandler, ms?: number, ...args: unknown[]) => {
    const id = original.setTimeout.call(
      window,
      (...a: unknown[]) => {
        timers.delete(id);
        if (typeof fn === 'function') (fn as (...x: unknown[]) => void)(...a);
      },
      ms,
      ...args,
    ) as unknown as number;
    timers.add(id);
    return id;
  };
  w.clearTimeout = (id?: number) => {
    if (id !== undefined) timers.delete(id);
    original.clearTimeout.call(window, id);
  };
  const frameIds = new Set<number>();
  w.requestAnimationFrame = (fn: FrameRequestCallback) => {
    const id = original.raf.call(window, (t) => {
      frameIds.delete(id);
      fn(t);
    });
    frameIds.add(id);
    return id;
  };
  w.cancelAnimationFrame = (id: number) => {
    frameIds.delete(id);
    original.caf.call(window, id);
  };
  // A message port with a listener stays alive, and keeps what its listener holds, until it is closed.
  const openChannels = new Set<MessageChannel>();
  w.MessageChannel = class extends original.MessageChannel {
    constructor() {
      super();
      openChannels.add(this);
      const close = this.port1.close.bind(this.port1);
      this.port1.close = () => {
        openChannels.delete(this);
        close();
      };
    }
  };
  let pendingFetches = 0;
  let abortedFetches = 0;
  let fetches = 0;
  w.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    fetches += 1;
    pendingFetches += 1;
    init?.signal?.addEventListener('abort', () => (abortedFetches += 1), { once: true });
    return original.fetch.call(window, input, init).finally(() => (pendingFetches -= 1));
  };
  return {
    snapshot: () => ({
      listeners: listeners.size,
      observers: observers.size,
      timers: timers.size,
      frames: frameIds.size,
      fetches: pendingFetches,
      channels: openChannels.size,
    }),
    counts: () => ({ fetches, abortedFetches }),
    restore() {
      proto.addEventListener = original.add;
      proto.removeEventListener = original.remove;
      w.ResizeObserver = original.RO;
      w.setTimeout = original.setTimeout;
      w.clearTimeout = original.clearTimeout;
      w.requestAnimationFrame = original.raf;
      w.cancelAnimationFrame = original.caf;
      w.fetch = original.fetch;
      w.MessageChannel = original.MessageChannel;
    },
  };
}

const settle = () => new Promise((resolve) => window.setTimeout(resolve, 100));

describe('robustness: lifecycle', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  after(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it('counts what it is meant to count (a check of the tracker itself)', async () => {
    const tracker = trackResources();
    try {
      const before = tracker.snapshot();
      const listener = () => {};
      window.addEventListener('resize', listener);
      const timer = setTimeout(() => {}, 10_000);
      const frame = requestAnimationFrame(() => {});
      const observer = new ResizeObserver(() => {});
      observer.observe(document.body);
      const abort = new AbortController();
      const request = fetch('/__test__/slow?ms=3000', { signal: abort.signal }).catch(() => null);
      const channel = new MessageChannel();
      expect(tracker.snapshot()).to.deep.equal({
        listeners: before.listeners + 1, // the resize listener (the tracker's own `once` ones are not counted)
        observers: before.observers + 1,
        timers: before.timers + 1,
        frames: before.frames + 1,
        fetches: before.fetches + 1,
        channels: before.channels + 1,
      });
      channel.port1.close();
      expect(tracker.snapshot().channels).to.equal(before.channels);
      window.removeEventListener('resize', listener);
      clearTimeout(timer);
      cancelAnimationFrame(frame);
      observer.disconnect();
      abort.abort();
      await request;
      expect(tracker.counts()).to.deep.equal({ fetches: 1, abortedFetches: 1 });
    } finally {
      tracker.restore();
    }
  });

  it('leaves no listeners, observers, timers, frames or fetches behind after 1,000 connect/disconnect cycles', async function () {
    this.timeout(60_000);
    const page = watchPageErrors();
    const host = document.createElement('div');
    document.body.append(host);
    await frames();
    const tracker = trackResources();
    try {
      const baseline = tracker.snapshot();
      const data = datasetWith([{ id: 'a' }, { id: 'b', date: '2023-10-01' }, { id: 'c', date: '2024-01-01' }]);
      const el = document.createElement('tarikh-timeline');
      el.style.cssText = 'display:block;width:600px;height:300px';
      for (let cycle = 0; cycle < 1000; cycle += 1) {
        if (cycle % 100 === 0) el.removeAttribute('src');
        if (cycle % 100 === 50) el.src = `/__test__/slow?ms=5000&cycle=${cycle}`;
        else if (cycle % 10 === 0) el.data = datasetWith([{ id: `x${cycle}` }]);
        else if (cycle % 10 === 1) el.data = data;
        el.lang = cycle % 2 ? 'ar' : 'en';
        host.append(el);
        await el.updateComplete;
        if (cycle % 25 === 0) {
          // Now and then a real frame, so resize observers deliver, and a zoom starts.
          await frames();
          el.zoomBy(2);
          el.select(cycle % 50 ? 'b' : null);
        }
        el.remove();
      }
      // Also 100 elements created, connected and dropped.
      for (let i = 0; i < 100; i += 1) {
        const other = document.createElement('tarikh-timeline');
        if (i % 10 === 0) other.src = `/__test__/slow?ms=5000&i=${i}`;
        else other.data = data;
        host.append(other);
        await other.updateComplete;
        other.remove();
      }
      await settle();
      await frames();
      await settle();
      const after = tracker.snapshot();
      expect(after).to.deep.equal(baseline);
      const { fetches, abortedFetches } = tracker.counts();
      // Each reconnection resumes the latest src, and each disconnection aborts it again.
      expect(fetches).to.be.at.least(20);
      expect(abortedFetches).to.equal(fetches);
    } finally {
      tracker.restore();
      host.remove();
    }
    expect(page.stop()).to.deep.equal([]);
  });

  it('closes the message channel of a first search over many events, finished, cut short or left running', async function () {
    this.timeout(30_000);
    const page = watchPageErrors();
    const host = document.createElement('div');
    document.body.append(host);
    const tracker = trackResources();
    try {
      const baseline = tracker.snapshot();
      // Over 5,000 events, a first search is worked out in slices (src/controllers/search-preparation.ts).
      const many = datasetWith(
        Array.from({ length: 6_000 }, (_, i) => ({ date: new Date(Date.UTC(2023, 8, 1) + i * HOUR).toISOString() })),
      );
      const timeline = async () => {
        const el = document.createElement('tarikh-timeline');
        el.style.cssText = 'display:block;width:600px;height:300px';
        el.data = many;
        host.append(el);
        await el.updateComplete;
        return el;
      };
      const finished = await timeline();
      finished.filter = 'event';
      await finished.updateComplete;
      finished.remove();
      const cut = await timeline();
      cut.filter = 'event';
      await new Promise((resolve) => window.setTimeout(resolve, 0));
      cut.data = datasetWith([{ id: 'a' }]);
      await cut.updateComplete;
      cut.remove();
      const left = await timeline();
      left.filter = 'event';
      left.remove();
      await left.updateComplete;
      await settle();
      expect(tracker.snapshot()).to.deep.equal(baseline);
    } finally {
      tracker.restore();
      host.remove();
    }
    expect(page.stop()).to.deep.equal([]);
  });

  it('finishes loading when moved in the page while its request is under way', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    try {
      const el = document.createElement('tarikh-timeline');
      el.style.cssText = 'display:block;width:600px;height:300px';
      el.src = '/test/fixtures/robustness/good.json?moved';
      host.append(el);
      await el.updateComplete;
      const other = document.createElement('section');
      document.body.append(other);
      other.append(el);
      await waitUntil(() => drawnIds(el).includes('loaded'), 'drawn after the move', { timeout: 5000 });
      other.remove();
    } finally {
      host.remove();
    }
  });

  it('keeps twenty instances in mixed languages independent', async () => {
    const page = watchPageErrors();
    const container = await fixture<HTMLElement>(html`<div></div>`);
    const els: TarikhTimeline[] = [];
    for (let i = 0; i < 20; i += 1) {
      const el = document.createElement('tarikh-timeline');
      el.lang = i % 2 ? 'ar' : 'en';
      el.style.cssText = 'display:block;width:480px;height:220px';
      el.data = datasetWith([
        { id: `first-${i}`, date: '2023-09-13' },
        { id: `second-${i}`, date: '2023-12-01' },
      ]);
      container.append(el);
      els.push(el);
    }
    await Promise.all(els.map((el) => drawn(el)));
    const selections: string[] = [];
    container.addEventListener('tarikh-select', (e) => selections.push((e as CustomEvent).detail.id));
    els[7]!.select('second-7');
    els[12]!.select('first-12');
    els[3]!.select('second-12'); // another instance's id: unknown here
    await Promise.all(els.map((el) => el.updateComplete));
    await frames();
    expect(selections).to.deep.equal(['second-7', 'first-12']);
    els.forEach((el, i) => {
      const expected = i === 7 ? 'second-7' : i === 12 ? 'first-12' : null;
      expect(el.selected, `instance ${i}`).to.equal(expected);
      expect(shadow(el).querySelector('tarikh-details') !== null, `panel ${i}`).to.equal(expected !== null);
      const frame = shadow(el).querySelector<HTMLElement>('.frame')!;
      expect(getComputedStyle(frame).direction, `direction ${i}`).to.equal(i % 2 ? 'rtl' : 'ltr');
      const x = (id: string) => {
        const dot = shadow(el).querySelector(`[data-id="${id}"] .dot`)?.getBoundingClientRect();
        return dot ? dot.left : NaN;
      };
      const a = x(`first-${i}`);
      const b = x(`second-${i}`);
      if (Number.isFinite(a) && Number.isFinite(b)) expect(i % 2 ? a > b : a < b, `order ${i}`).to.equal(true);
      expect(drawnIds(el).every((id) => id.endsWith(`-${i}`))).to.equal(true);
    });
    // Zooming one leaves the others' windows alone.
    const before = els.map((el) => +el.visibleRange.start);
    els[5]!.zoomBy(4);
    await frames();
    els.forEach((el, i) => {
      if (i !== 5) expect(+el.visibleRange.start, `window ${i}`).to.equal(before[i]);
    });
    expect(+els[5]!.visibleRange.start).to.not.equal(before[5]);
    expect(page.stop()).to.deep.equal([]);
  });

  for (const lang of ['en', 'ar'] as const) {
    it(`zooms to the extreme bounds and stays there, losing no event (${lang})`, async () => {
      const page = watchPageErrors();
      const data = datasetWith([
        { id: 'old', date: '1200' },
        { id: 'a', date: '2024-06-19T04:00+09:00' },
        { id: 'b', date: '2024-06-19T04:20+09:00' },
        { id: 'new', date: '2400-12-31' },
      ]);
      const el = await timelineWith(data, { lang });
      await drawn(el);
      el.fit();
      await frames();
      const fit = el.visibleRange;
      const fitSpan = +fit.end - +fit.start;
      for (let i = 0; i < 80; i += 1) el.zoomBy(0.25);
      await frames();
      expect(+el.visibleRange.end - +el.visibleRange.start).to.be.at.most(fitSpan * 1.0001);
      expect(drawnIds(el).length + clusterCounts(el).reduce((x, y) => x + y, 0)).to.equal(4);
      const a = Date.UTC(2024, 5, 18, 19);
      el.zoomTo(new Date(a - 86_400_000), new Date(a + 86_400_000), { animate: false });
      await frames();
      for (let i = 0; i < 80; i += 1) el.zoomBy(4);
      await frames();
      await el.updateComplete;
      const span = +el.visibleRange.end - +el.visibleRange.start;
      expect(span).to.be.at.least(HOUR * 0.999);
      expect(span).to.be.below(HOUR * 1.5);
      expect(drawnIds(el)).to.include('a');
      // Beyond the ends of time as the dataset knows it: held inside the base domain.
      el.zoomTo(new Date(-8.64e15), new Date(-8.6e15), { animate: false });
      await frames();
      // Within float precision of the base domain: it spans twelve centuries (4e13 ms) over a
      // thousand pixels, so a rounding error of 1e-11 px is a millisecond.
      const precision = fitSpan * 1e-12;
      expect(+el.visibleRange.start).to.be.at.least(+fit.start - precision);
      el.zoomTo(new Date(8.6e15), new Date(8.64e15), { animate: false });
      await frames();
      expect(+el.visibleRange.end).to.be.at.most(+fit.end + precision);
      expect(page.stop()).to.deep.equal([]);
    });

    it(`draws date edge cases in time order whatever their offset (${lang})`, async () => {
      const events = [
        { id: 'leap', date: '2024-02-29' },
        { id: 'dst-before', date: '2024-03-31T01:59+01:00' },
        { id: 'dst-after', date: '2024-03-31T03:00+02:00' },
        { id: 'autumn-first', date: '2024-10-27T02:30+02:00' },
        { id: 'autumn-second', date: '2024-10-27T02:30+01:00' },
        { id: 'kiritimati', date: '2023-12-31T23:59+14:00' },
        { id: 'baker', date: '2024-01-01T00:00-12:00' },
        { id: 'midnight', date: '2023-12-31T24:00Z' },
      ];
      const el = await timelineWith(datasetWith(events), { lang, width: 1000 });
      await drawn(el);
      el.fit();
      await frames();
      expect(drawnIds(el).length + clusterCounts(el).reduce((x, y) => x + y, 0)).to.equal(events.length);
      const x = (id: string) => {
        const dot = shadow(el).querySelector(`[data-id="${id}"] .dot`)!.getBoundingClientRect();
        return (lang === 'ar' ? -1 : 1) * (dot.left + dot.width / 2);
      };
      const pairs: [string, string, number][] = [
        ['kiritimati', 'midnight', 14 * HOUR + 60_000],
        ['midnight', 'baker', 12 * HOUR],
        ['dst-before', 'dst-after', 60_000],
        ['autumn-first', 'autumn-second', HOUR],
      ];
      for (const [first, second, apart] of pairs) {
        const t1 = parseIsoDate(events.find((e) => e.id === first)!.date)!.start;
        const t2 = parseIsoDate(events.find((e) => e.id === second)!.date)!.start;
        expect(Math.round((t2 - t1) / 60_000), `${first} to ${second}`).to.equal(Math.round(apart / 60_000));
        el.zoomTo(new Date(t1 - HOUR), new Date(t2 + HOUR), { animate: false });
        await el.updateComplete;
        await frames();
        const ids = drawnIds(el);
        expect(ids, `${first} and ${second} drawn`).to.include.members([first, second]);
        expect(x(first) < x(second), `${first} before ${second}`).to.equal(true);
      }
      // The details give each date in its own offset: Kiritimati's is still 31 December 2023.
      el.select('kiritimati');
      await el.updateComplete;
      await waitUntil(() => shadow(el).querySelector('tarikh-details')?.shadowRoot?.querySelector('time'), 'date');
      const time = shadow(el).querySelector('tarikh-details')!.shadowRoot!.querySelector('time')!;
      expect(time.textContent).to.match(lang === 'en' ? /31 December 2023/ : /٣١|31/);
    });
  }
});
