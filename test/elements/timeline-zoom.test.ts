import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, sendMouse, resetMouse } from '@web/test-runner-commands';
import '../../src/index.js';
import type { TarikhTimeline } from '../../src/index.js';
import { datasetWith, dailyEvents, eventsEvery } from '../helpers/datasets.js';
import { expectNoLabelOverlap } from '../helpers/labels.js';
import {
  clientXOf,
  countSettles,
  expectCountsInPills,
  pilesOfEvents,
  plot,
  span,
  timeAtClientX,
} from '../helpers/plot.js';

type Lang = 'ar' | 'en';
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

async function render(lang: Lang, data = datasetWith(dailyEvents(40))) {
  const el = await fixture<TarikhTimeline>(
    html`<tarikh-timeline lang=${lang} style="width: 1000px; height: 420px" .data=${data}></tarikh-timeline>`,
  );
  await waitUntil(() => el.shadowRoot!.querySelector('[part~="event"]'), 'events drawn');
  await el.updateComplete;
  return el;
}

function wheel(el: TarikhTimeline, clientX: number, deltaY: number) {
  const box = plot(el).getBoundingClientRect();
  plot(el).dispatchEvent(
    new WheelEvent('wheel', { clientX, clientY: box.top + 100, deltaY, deltaMode: 0, bubbles: true, cancelable: true }),
  );
}

/** 200 events ten minutes apart from 10 September 2023: too dense for all of them to be drawn at first. */
const denseEvents = () =>
  Array.from({ length: 200 }, (_, i) => ({
    date: new Date(Date.UTC(2023, 8, 10) + i * 10 * 60_000).toISOString().slice(0, 16) + 'Z',
  }));

/** Ids of the events drawn on their own. */
const drawnEventIds = (el: TarikhTimeline) =>
  new Set([...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="event"]')].map((n) => n.dataset.id));

for (const lang of ['en', 'ar'] as const) {
  describe(`zoom and pan (${lang})`, () => {
    afterEach(async () => {
      await resetMouse();
      await emulateMedia({ reducedMotion: 'no-preference' });
    });

    it('keeps the date under the pointer in place when zooming with the wheel', async () => {
      const el = await render(lang);
      const box = plot(el).getBoundingClientRect();
      const x = box.left + box.width * 0.3;
      const before = timeAtClientX(el, lang, x);
      const spanBefore = span(el);
      wheel(el, x, -240);
      await el.updateComplete;
      expect(span(el)).to.be.below(spanBefore * 0.9);
      expect(Math.abs(clientXOf(el, lang, before) - x)).to.be.below(1);
    });

    it('pans with a sideways wheel (a trackpad swipe) or Shift and a wheel, and settles once', async () => {
      const el = await render(lang);
      el.zoomTo(new Date('2023-09-10'), new Date('2023-09-20'), { animate: false });
      await el.updateComplete;
      const settles = countSettles(el);
      const box = plot(el).getBoundingClientRect();
      const x = box.left + 300;
      const before = span(el);
      // What is 100 px to the right comes under x: the content moves left, as any horizontal strip scrolls.
      const target = timeAtClientX(el, lang, x + 100);
      const sideways = (init: WheelEventInit) => {
        const event = new WheelEvent('wheel', {
          clientX: x,
          clientY: box.top + 100,
          deltaMode: 0,
          bubbles: true,
          cancelable: true,
          ...init,
        });
        plot(el).dispatchEvent(event);
        return event;
      };
      for (let i = 0; i < 5; i += 1) {
        expect(sideways({ deltaX: 20, deltaY: 3 }).defaultPrevented).to.equal(true);
        await el.updateComplete;
      }
      expect(span(el)).to.be.closeTo(before, before * 1e-6);
      expect(Math.abs(timeAtClientX(el, lang, x) - target)).to.be.below(before / box.width);
      await waitUntil(() => settles.count > 0, 'settled');
      await aTimeout(200);
      expect(settles.count).to.equal(1);
      // Shift with a plain wheel: the same, back again.
      for (let i = 0; i < 5; i += 1) {
        sideways({ deltaY: -20, shiftKey: true });
        await el.updateComplete;
      }
      expect(span(el)).to.be.closeTo(before, before * 1e-6);
      expect(Math.abs(timeAtClientX(el, lang, x + 100) - target)).to.be.below(before / box.width);
      await waitUntil(() => settles.count === 2, 'settled again');
    });

    it('pans by the distance the pointer is dragged', async () => {
      const el = await render(lang);
      el.zoomTo(new Date('2023-09-05'), new Date('2023-09-25'), { animate: false });
      await el.updateComplete;
      const box = plot(el).getBoundingClientRect();
      const x = Math.round(box.left + 400);
      const y = Math.round(box.top + 30);
      const grabbed = timeAtClientX(el, lang, x);
      await sendMouse({ type: 'move', position: [x, y] });
      await sendMouse({ type: 'down' });
      await sendMouse({ type: 'move', position: [x + 60, y] });
      await sendMouse({ type: 'move', position: [x + 150, y] });
      await sendMouse({ type: 'up' });
      await el.updateComplete;
      expect(Math.abs(clientXOf(el, lang, grabbed) - (x + 150))).to.be.below(1);
    });

    it('zooms in 2× around the pointer on double-click, and out with Shift', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const el = await render(lang);
      el.zoomTo(new Date('2023-09-05'), new Date('2023-09-25'), { animate: false });
      await el.updateComplete;
      const box = plot(el).getBoundingClientRect();
      const x = box.left + box.width * 0.3;
      const before = timeAtClientX(el, lang, x);
      const spanBefore = span(el);
      const dblclick = (shiftKey: boolean) =>
        plot(el).dispatchEvent(
          new MouseEvent('dblclick', { clientX: x, clientY: box.top + 30, shiftKey, bubbles: true, cancelable: true }),
        );
      dblclick(false);
      await el.updateComplete;
      expect(span(el) / spanBefore).to.be.closeTo(0.5, 0.01);
      expect(Math.abs(clientXOf(el, lang, before) - x)).to.be.below(1);
      dblclick(true);
      await el.updateComplete;
      expect(span(el) / spanBefore).to.be.closeTo(1, 0.01);
      expect(Math.abs(clientXOf(el, lang, before) - x)).to.be.below(1);
    });

    it('zooms with + and −, fits with 0, and pans with the arrow keys in the direction they point', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const el = await render(lang);
      plot(el).focus();
      const full = span(el);
      await sendKeys({ press: '+' });
      await el.updateComplete;
      expect(span(el) / full).to.be.closeTo(0.5, 0.01);
      await sendKeys({ press: '+' });
      await el.updateComplete;
      const box = plot(el).getBoundingClientRect();
      const x = box.left + box.width / 2;
      const atCentre = timeAtClientX(el, lang, x);
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      // What was at the centre moved left: the view now shows what lay to the right.
      expect(clientXOf(el, lang, atCentre)).to.be.below(x - 100);
      await sendKeys({ press: '-' });
      await el.updateComplete;
      await sendKeys({ press: '0' });
      await el.updateComplete;
      expect(span(el) / full).to.be.closeTo(1, 0.01);
    });

    it('zooms with + and − around the focused event, which stays where it is and keeps focus', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const el = await render(lang);
      el.zoomTo(new Date('2023-09-01'), new Date('2023-09-21'), { animate: false });
      await el.updateComplete;
      const box = plot(el).getBoundingClientRect();
      // An event drawn on its own near the reading start, far from the centre.
      const nodes = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="event"]')];
      const fromStart = (n: HTMLElement) => {
        const r = n.getBoundingClientRect();
        return lang === 'en' ? r.left - box.left : box.right - r.right;
      };
      const node = nodes.filter((n) => fromStart(n) > 40).sort((a, b) => fromStart(a) - fromStart(b))[0]!;
      const id = node.dataset.id!;
      const at = Date.parse(el.data!.events.find((e) => e.id === id)!.date) + 12 * HOUR;
      // Where the event is across the plot (the test page may scroll to show the focused node).
      const inPlot = () => clientXOf(el, lang, at) - plot(el).getBoundingClientRect().left;
      const x = inPlot();
      expect(Math.abs(x - box.width / 2)).to.be.above(200);
      node.focus();
      const before = span(el);
      await sendKeys({ press: '+' });
      await el.updateComplete;
      await el.updateComplete;
      expect(span(el) / before).to.be.closeTo(0.5, 0.01);
      expect(Math.abs(inPlot() - x)).to.be.below(1);
      expect(el.shadowRoot!.activeElement?.getAttribute('data-id')).to.equal(id);
      await sendKeys({ press: '-' });
      await el.updateComplete;
      await el.updateComplete;
      expect(span(el) / before).to.be.closeTo(1, 0.01);
      expect(Math.abs(inPlot() - x)).to.be.below(1);
      await emulateMedia({ reducedMotion: 'no-preference' });
    });

    it('brings the last and first events into view with End and Home', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const el = await render(lang);
      el.zoomTo(new Date('2023-09-10'), new Date('2023-09-14'), { animate: false });
      await el.updateComplete;
      plot(el).focus();
      await sendKeys({ press: 'End' });
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[data-id="e39"]') !== null).to.equal(true);
      await sendKeys({ press: 'Home' });
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[data-id="e0"]') !== null).to.equal(true);
    });

    it('stops zooming in at about an hour and out at the whole dataset', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const el = await render(lang);
      const full = span(el);
      el.zoomTo(new Date('2023-09-10T00:00Z'), new Date('2023-09-10T00:01Z'), { animate: false });
      await el.updateComplete;
      expect(span(el)).to.be.at.least(HOUR * 0.99);
      el.zoomBy(1e6);
      await el.updateComplete;
      expect(span(el)).to.be.at.least(HOUR * 0.99);
      el.zoomBy(1e-6);
      await el.updateComplete;
      expect(span(el)).to.be.closeTo(full, full * 0.001);
      el.zoomTo(new Date('1900-01-01'), new Date('2100-01-01'), { animate: false });
      await el.updateComplete;
      expect(span(el)).to.be.closeTo(full, full * 0.001);
    });

    it('fires tarikh-range-change once per gesture, when it settles, and reflects start and end', async () => {
      const el = await render(lang);
      let count = 0;
      el.addEventListener('tarikh-range-change', () => (count += 1));
      const box = plot(el).getBoundingClientRect();
      for (let i = 0; i < 6; i += 1) {
        wheel(el, box.left + 500, -100);
        await aTimeout(20);
      }
      await el.updateComplete;
      expect(count).to.equal(0);
      await waitUntil(() => count > 0, 'settled');
      await aTimeout(200);
      expect(count).to.equal(1);
      expect(Date.parse(el.start)).to.equal(+el.visibleRange.start);
      expect(Date.parse(el.end)).to.equal(+el.visibleRange.end);

      count = 0;
      const settled = oneEvent(el, 'tarikh-range-change');
      el.zoomTo(new Date('2023-09-20'), new Date('2023-09-30'));
      const event = (await settled) as CustomEvent<{ start: Date; end: Date }>;
      await aTimeout(100);
      expect(count).to.equal(1);
      expect(+event.detail.start).to.be.closeTo(Date.parse('2023-09-20'), HOUR);
      expect(+event.detail.end).to.be.closeTo(Date.parse('2023-09-30'), HOUR);
    });

    it('zooms to the window set through the start and end attributes', async () => {
      const el = await render(lang);
      el.setAttribute('start', '2023-09-03');
      el.setAttribute('end', '2023-09-08');
      await el.updateComplete;
      await el.updateComplete;
      expect(+el.visibleRange.start).to.be.closeTo(Date.parse('2023-09-03'), HOUR);
      expect(+el.visibleRange.end).to.be.closeTo(Date.parse('2023-09-09'), HOUR);
    });

    it('animates zoomTo smoothly, and not at all when the reader prefers reduced motion', async () => {
      const el = await render(lang);
      const spans: number[] = [];
      const target = { start: new Date('2023-09-10'), end: new Date('2023-09-12') };
      el.zoomTo(target.start, target.end);
      await el.updateComplete;
      spans.push(span(el));
      await oneEvent(el, 'tarikh-range-change');
      expect(spans[0]).to.be.above(3 * DAY);
      expect(span(el)).to.be.closeTo(2 * DAY, HOUR);

      await emulateMedia({ reducedMotion: 'reduce' });
      el.zoomTo(new Date('2023-09-01'), new Date('2023-10-01'));
      await el.updateComplete;
      expect(span(el)).to.be.closeTo(30 * DAY, HOUR);
    });

    it('takes the length of each animation from --tarikh-animation-duration as it is when the animation starts', async () => {
      const el = await render(lang);
      const full = span(el);
      const settles = countSettles(el);
      // A theme set on the page after the first drawing, with no event to say so.
      const theme = document.createElement('style');
      theme.textContent = 'html { --tarikh-animation-duration: 0s; }';
      document.head.append(theme);
      try {
        el.zoomBy(4);
        await el.updateComplete;
        expect(span(el)).to.be.closeTo(full / 4, full * 0.001);
        await waitUntil(() => settles.count === 1, 'settled at once');

        theme.textContent = 'html { --tarikh-animation-duration: 60s; }';
        el.fit();
        // Two frames into a one-minute animation, the view has barely begun to move.
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        await el.updateComplete;
        expect(span(el)).to.be.below(full / 3);
        expect(settles.count).to.equal(1);

        theme.textContent = 'html { --tarikh-animation-duration: 0ms; }';
        el.fit();
        await el.updateComplete;
        expect(span(el)).to.be.closeTo(full, full * 0.001);
        await waitUntil(() => settles.count === 2, 'fit settled');
      } finally {
        theme.remove();
      }
    });

    it('animates zoomBy and fit, and moves at once with { animate: false }', async () => {
      const el = await render(lang);
      const full = span(el);
      const middle = () => (+el.visibleRange.start + +el.visibleRange.end) / 2;
      const centre = middle();
      const settles = countSettles(el);

      el.zoomBy(4, { animate: false });
      await el.updateComplete;
      expect(span(el)).to.be.closeTo(full / 4, full * 0.001);
      expect(middle()).to.be.closeTo(centre, full * 0.001);
      el.fit({ animate: false });
      await el.updateComplete;
      expect(span(el)).to.be.closeTo(full, full * 0.001);
      await aTimeout(50);
      expect(settles.count).to.equal(2);

      settles.count = 0;
      el.zoomBy(4);
      await el.updateComplete;
      expect(span(el)).to.be.above(full / 2);
      await waitUntil(() => settles.count === 1, 'zoomBy settled');
      expect(span(el)).to.be.closeTo(full / 4, full * 0.001);
      el.fit();
      await el.updateComplete;
      expect(span(el)).to.be.below(full * 0.9);
      await waitUntil(() => settles.count === 2, 'fit settled');
      expect(span(el)).to.be.closeTo(full, full * 0.001);
      expect(middle()).to.be.closeTo(centre, full * 0.001);
    });
  });

  describe(`axis (${lang})`, () => {
    it('shows two tiers whose labels never overlap, at every zoom level', async () => {
      const el = await render(lang);
      const windows: [string, string][] = [
        ['2023-09-01', '2024-07-01'],
        ['2023-09-01', '2023-10-15'],
        ['2023-09-10', '2023-09-13'],
        ['2023-09-10T00:00Z', '2023-09-10T06:00Z'],
      ];
      for (const [a, b] of windows) {
        el.zoomTo(new Date(a), new Date(b), { animate: false });
        await el.updateComplete;
        const axis = el.shadowRoot!.querySelector('[part="axis"]')!;
        for (const selector of ['.tick-label', '.context-label']) {
          const boxes = [...axis.querySelectorAll(selector)].map((n) => n.getBoundingClientRect());
          if (selector === '.context-label') expect(boxes.length, `${a} context`).to.be.above(0);
          else expect(boxes.length, `${a} ticks`).to.be.above(1);
          boxes.sort((p, q) => p.left - q.left);
          for (let i = 1; i < boxes.length; i += 1) {
            expect(boxes[i]!.left, `${selector} ${a}–${b}`).to.be.at.least(boxes[i - 1]!.right - 0.5);
          }
        }
      }
    });

    it('keeps axis labels apart at every zoom level when a theme makes them larger than event labels', async () => {
      const el = await render(lang);
      // Set after the first drawing, as a theme switched at run time.
      el.style.setProperty('--tarikh-axis-font-size', '24px');
      const settle = async () => {
        for (let i = 0; i < 3; i += 1) {
          await new Promise((resolve) => requestAnimationFrame(resolve));
          await el.updateComplete;
        }
      };
      await settle();
      const { start, end } = el.visibleRange;
      const middle = (+start + +end) / 2;
      for (let step = 0; step < 40; step += 1) {
        // From the whole dataset down to about an hour, geometrically.
        const half = ((+end - +start) / 2) * Math.pow(HOUR / (+end - +start), step / 39);
        el.zoomTo(new Date(middle - half), new Date(middle + half), { animate: false });
        await el.updateComplete;
        const labels = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="axis"] .tick-label')];
        expect(getComputedStyle(labels[0]!).fontSize).to.equal('24px');
        const boxes = labels.map((n) => n.getBoundingClientRect()).sort((p, q) => p.left - q.left);
        for (let i = 1; i < boxes.length; i += 1) {
          expect(boxes[i]!.left, `step ${step}: ${labels.map((n) => n.textContent).join(' ')}`).to.be.at.least(
            boxes[i - 1]!.right - 0.5,
          );
        }
      }
    });

    it('labels hours over a single day', async () => {
      const el = await render(lang);
      el.zoomTo(new Date('2023-09-10T00:00Z'), new Date('2023-09-10T12:00Z'), { animate: false });
      await el.updateComplete;
      const text = el.shadowRoot!.querySelector('[part="axis"]')!.textContent!;
      expect(text).to.match(/0?[0-9]:00|1[0-9]:00/);
      expect(text).to.match(lang === 'ar' ? /سبتمبر/ : /September/);
    });
  });

  describe(`layout (${lang})`, () => {
    it('never overlaps two event labels, on random data at random zoom levels', async () => {
      let seed = lang === 'ar' ? 7 : 3;
      const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
      for (let run = 0; run < 4; run += 1) {
        const events = Array.from({ length: 60 + Math.floor(random() * 200) }, (_, i) => ({
          date: new Date(Date.UTC(2023, 8, 1) + Math.floor(random() * 300) * DAY).toISOString().slice(0, 10),
          title: {
            ar: `حدث ${'طويل '.repeat(Math.floor(random() * 6))}${i}`,
            en: `Event ${'long '.repeat(Math.floor(random() * 6))}${i}`,
          },
        }));
        const el = await render(lang, datasetWith(events));
        const start = Date.UTC(2023, 8, 1) + random() * 200 * DAY;
        el.zoomTo(new Date(start), new Date(start + (2 + random() * 100) * DAY), { animate: false });
        await el.updateComplete;
        expectNoLabelOverlap(el, `run ${run}: `);
      }
    });

    it('draws the band of a day over that day for each of the events spread across it', async () => {
      const sameDay = Array.from({ length: 5 }, (_, i) => ({
        id: `d${i}`,
        date: '2023-09-10',
        title: { ar: `حدث ${i}`, en: `Event ${i}` },
      }));
      const el = await render(lang, datasetWith(sameDay));
      el.zoomTo(new Date('2023-09-09'), new Date('2023-09-12'), { animate: false });
      await el.updateComplete;
      const dayStart = clientXOf(el, lang, Date.UTC(2023, 8, 10));
      const dayEnd = clientXOf(el, lang, Date.UTC(2023, 8, 11));
      const nodes = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.event:not([hidden])')];
      expect(nodes.length).to.equal(5);
      const centres = new Set<number>();
      for (const node of nodes) {
        const band = node.querySelector('.span')!.getBoundingClientRect();
        expect(Math.abs(band.left - Math.min(dayStart, dayEnd)), node.dataset.id).to.be.below(1.5);
        expect(Math.abs(band.right - Math.max(dayStart, dayEnd)), node.dataset.id).to.be.below(1.5);
        const dot = node.querySelector('.dot')!.getBoundingClientRect();
        centres.add(Math.round((dot.left + dot.right) / 2));
      }
      // The events are spread across the day, so the bands are not simply centred on each node.
      expect(centres.size).to.equal(5);
    });

    it('shows each short title whole, not cut by the label’s own padding', async () => {
      const el = await render(lang);
      el.zoomTo(new Date('2023-09-05'), new Date('2023-09-19'), { animate: false });
      await el.updateComplete;
      // Labels near the end of the view are shortened (or moved before their node) on purpose; the
      // others must be whole.
      const view = plot(el).getBoundingClientRect();
      const labels = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.event:not([hidden])')]
        .filter((node) => {
          const dot = node.querySelector('.dot')!.getBoundingClientRect();
          return lang === 'en' ? dot.right < view.right - 260 : dot.left > view.left + 260;
        })
        .map((node) => node.querySelector<HTMLElement>('.label')!);
      expect(labels.length).to.be.above(5);
      for (const label of labels) expect(label.scrollWidth, label.textContent!).to.be.at.most(label.clientWidth);
    });

    it('draws the label of an event at the end of the view before its node, whole and inside the view', async () => {
      const el = await render(
        lang,
        datasetWith([
          { id: 'first', date: '2023-09-01', title: { ar: 'البداية', en: 'The start' } },
          {
            id: 'last',
            date: '2023-09-30',
            title: { ar: 'توقيع المعاهدة في العاصمة', en: 'The treaty is signed in the capital' },
          },
        ]),
      );
      el.zoomTo(new Date(Date.UTC(2023, 7, 31)), new Date(Date.UTC(2023, 9, 1)), { animate: false });
      await el.updateComplete;
      const node = el.shadowRoot!.querySelector<HTMLElement>('.event[data-id="last"]')!;
      const label = node.querySelector('.label')!;
      const dot = node.querySelector('.dot')!.getBoundingClientRect();
      const box = label.getBoundingClientRect();
      const view = plot(el).getBoundingClientRect();
      expect(label.textContent).to.equal(
        lang === 'ar' ? 'توقيع المعاهدة في العاصمة' : 'The treaty is signed in the capital',
      );
      // Not cut: the whole title fits, and none of it is outside the view.
      expect(label.scrollWidth).to.be.at.most(label.clientWidth);
      expect(box.left).to.be.at.least(view.left);
      expect(box.right).to.be.at.most(view.right);
      // Before the node in reading order: to its left in English, to its right in Arabic.
      if (lang === 'en') expect(box.right).to.be.at.most(dot.left + 0.5);
      else expect(box.left).to.be.at.least(dot.right - 0.5);
      // The node stays on its date (a day is drawn at its middle), and so does the band of its day.
      expect(Math.abs((dot.left + dot.right) / 2 - clientXOf(el, lang, Date.UTC(2023, 8, 30, 12)))).to.be.below(1.5);
      const day = node.querySelector('.span')!.getBoundingClientRect();
      expect(Math.abs(day.left - clientXOf(el, lang, Date.UTC(2023, 8, lang === 'ar' ? 31 : 30)))).to.be.below(1.5);
      expect(Math.abs(day.right - clientXOf(el, lang, Date.UTC(2023, 8, lang === 'ar' ? 30 : 31)))).to.be.below(1.5);
    });

    it('forms clusters when zoomed out, splits them when zoomed in, and loses no event', async () => {
      // Ten events in each of thirty hours, six minutes apart.
      const events = Array.from({ length: 300 }, (_, i) => ({
        date:
          new Date(Date.UTC(2023, 8, 10) + (i % 30) * HOUR + Math.floor(i / 30) * 6 * 60_000)
            .toISOString()
            .slice(0, 16) + 'Z',
        title: { ar: `حدث ${i}`, en: `Event ${i}` },
      }));
      const el = await render(lang, datasetWith([...events, { date: '2024-06-19' }]));
      const fitted = oneEvent(el, 'tarikh-range-change');
      el.fit();
      await fitted;
      const clusters = () => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="cluster"]')];
      const drawn = () => el.shadowRoot!.querySelectorAll('[part~="event"]').length;
      const inClusters = () => clusters().reduce((n, c) => n + Number(c.dataset.count), 0);
      expect(clusters().length).to.be.above(0);
      expect(drawn() + inClusters()).to.equal(301);

      const zoomed = oneEvent(el, 'tarikh-range-change');
      clusters()[0]!.click();
      await zoomed;
      expect(span(el)).to.be.below(3 * DAY);

      el.zoomTo(new Date('2023-09-10T00:00Z'), new Date('2023-09-10T02:00Z'), { animate: false });
      await el.updateComplete;
      const ids = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="event"]')].map((n) => n.dataset.id);
      // The ten events at 00:00 and 01:00 (and at 02:00, on the edge) are each drawn on their own.
      expect(clusters()).to.have.length(0);
      expect(ids).to.include.members(['e0', 'e1', 'e30', 'e31']);
    });

    it('sizes each cluster pill to its count: counts in the thousands show whole, and pills never overlap', async () => {
      const el = await render(lang, datasetWith(pilesOfEvents()));
      const pills = expectCountsInPills(el);
      const counts = pills.map((p) => Number(p.dataset.count));
      const drawn = el.shadowRoot!.querySelectorAll('[part~="event"]').length;
      expect(counts.reduce((a, b) => a + b, 0) + drawn).to.equal(4500);
      expect(Math.max(...counts)).to.be.at.least(1000);
      // A wider count makes a wider pill.
      const widthOf = (digits: number) => pills.find((p) => p.dataset.count!.length === digits)?.offsetWidth;
      expect(widthOf(4)).to.be.above(widthOf(3)!);
    });

    it('reuses nodes while panning and zooming: an event keeps its node, and new events take freed ones', async () => {
      const events = eventsEvery(400, 7);
      const el = await render(lang, datasetWith(events));
      el.fit();
      await el.updateComplete;
      const { start, end } = el.visibleRange;
      const whole = +end - +start;
      el.zoomTo(new Date(+start), new Date(+start + whole / 4), { animate: false });
      await el.updateComplete;
      const created = new Set<Node>();
      const observer = new MutationObserver((records) => {
        for (const r of records)
          r.addedNodes.forEach((n) => n instanceof HTMLElement && n.matches('.event') && created.add(n));
      });
      observer.observe(plot(el), { childList: true });
      const nodeOf = () =>
        new Map(
          [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="event"]')].map((n) => [n.dataset.id!, n] as const),
        );
      let before = nodeOf();
      let kept = 0;
      let retargeted = 0;
      // Twelve pans of a tenth of the view, then zooming in and out around the view's middle.
      const windows: [number, number][] = [];
      for (let step = 1; step <= 12; step += 1) {
        const a = +start + (whole / 40) * step;
        windows.push([a, a + whole / 4]);
      }
      const [a0, b0] = windows[windows.length - 1]!;
      for (const f of [0.8, 0.6, 0.45, 0.6, 0.8, 1]) {
        const middle = (a0 + b0) / 2;
        windows.push([middle - ((b0 - a0) * f) / 2, middle + ((b0 - a0) * f) / 2]);
      }
      for (const [a, b] of windows) {
        el.zoomTo(new Date(a), new Date(b), { animate: false });
        await el.updateComplete;
        const after = nodeOf();
        for (const [id, node] of after) {
          if (before.has(id)) {
            expect(before.get(id) === node, `event ${id} kept its node`).to.equal(true);
            kept += 1;
          } else if ([...before.values()].includes(node)) retargeted += 1;
        }
        before = after;
      }
      observer.disconnect();
      expect(kept).to.be.above(0);
      expect(retargeted).to.be.above(0);
      // Far fewer nodes are made than events come into view: freed ones are reused.
      expect(created.size).to.be.below(retargeted);
    });

    it('gives assistive technology the drawn nodes in time order, however the nodes are reused', async () => {
      const events = eventsEvery(400, 5);
      const el = await render(lang, datasetWith(events));
      el.fit();
      await el.updateComplete;
      const { start, end } = el.visibleRange;
      const whole = +end - +start;
      for (const [a, b] of [
        [0.1, 0.6],
        [0.3, 0.5],
        [0.35, 0.45],
        [0.2, 0.7],
        [0, 1],
      ] as const) {
        el.zoomTo(new Date(+start + whole * a), new Date(+start + whole * b), { animate: false });
        await el.updateComplete;
        const ids = (plot(el).getAttribute('aria-owns') ?? '').split(' ').filter(Boolean);
        const nodes = ids.map((id) => el.shadowRoot!.getElementById(id));
        const drawn = el.shadowRoot!.querySelectorAll('[part~="event"], [part="cluster"]');
        expect(nodes.every((n) => n !== null && !n.hidden)).to.equal(true);
        expect(nodes.length).to.equal(drawn.length);
        const order = nodes.map((n) => Number(n!.dataset.id ? n!.dataset.id.slice(1) : n!.dataset.key));
        expect(order).to.deep.equal([...order].sort((x, y) => x - y));
      }
    });

    it('keeps the labels it drew when zooming in: every event drawn stays drawn', async () => {
      // Dense enough that most events are clustered when fitted.
      const events = eventsEvery(600, 2, (i) => ({ ar: `حدث رقم ${i}`, en: `Event number ${i}` }));
      const el = await render(lang, datasetWith(events));
      el.fit();
      await el.updateComplete;
      const drawnIds = () =>
        new Set([...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="event"]')].map((n) => n.dataset.id!));
      const { start, end } = el.visibleRange;
      const focus = +start + (+end - +start) * 0.5;
      let before = drawnIds();
      let grew = false;
      for (let step = 1; step <= 10; step += 1) {
        const s = (+end - +start) * Math.pow(0.75, step);
        const a = focus - s / 2;
        const b = focus + s / 2;
        el.zoomTo(new Date(a), new Date(b), { animate: false });
        await el.updateComplete;
        const after = drawnIds();
        // What was drawn and is still inside the view is still drawn on its own.
        for (const id of before) {
          const t = Date.parse(events[Number(id.slice(1))]!.date!);
          if (t > a + s * 0.05 && t < b - s * 0.3)
            expect(after.has(id), `${id} still drawn at step ${step}`).to.equal(true);
        }
        if (after.size > before.size) grew = true;
        before = after;
      }
      expect(grew).to.equal(true);
    });

    it('draws each step of a zoom the same whether its layout was worked out ahead in idle time or not', async () => {
      const data = datasetWith(eventsEvery(600, 2, (i) => ({ ar: `حدث رقم ${i}`, en: `Event number ${i}` })));
      const withIdle = await render(lang, data);
      const without = await render(lang, data);
      const { start, end } = withIdle.visibleRange;
      // Around a time off the centre, as under a pointer.
      const fixed = +start + (+end - +start) * 0.3;
      const drawn = (el: TarikhTimeline) =>
        [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="event"], [part~="cluster"]')]
          .map(
            (n) =>
              `${n.dataset.id ?? n.dataset.key}:${n.textContent!.trim()}@${n.parentElement!.style.transform},${n.style.width}`,
          )
          .sort();
      const headStart = (el: TarikhTimeline) =>
        (el as unknown as { windowLayout: { taken: number } }).windowLayout.taken;
      const frames = async (el: TarikhTimeline, idle: boolean) => {
        const out: string[][] = [];
        for (let step = 1; step <= 14; step += 1) {
          const factor = Math.pow(0.85, step);
          el.zoomTo(new Date(fixed + (+start - fixed) * factor), new Date(fixed + (+end - fixed) * factor), {
            animate: false,
          });
          await el.updateComplete;
          out.push(drawn(el));
          // Idle time between frames, as a reader's zoom leaves between wheel events (or none at all).
          if (idle) await new Promise((resolve) => requestIdleCallback(resolve));
        }
        return out;
      };
      const a = await frames(withIdle, true);
      const b = await frames(without, false);
      expect(headStart(withIdle), 'layouts worked out ahead and taken').to.be.greaterThan(2);
      expect(headStart(without)).to.equal(0);
      a.forEach((nodes, i) => expect(nodes, `step ${i + 1}`).to.deep.equal(b[i]));
    });

    it('opens the event of a cluster of one, by pointer or keyboard, instead of zooming in', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const events = eventsEvery(600, 2, (i) => ({ ar: `حدث رقم ${i}`, en: `Event number ${i}` }));
      /** A fresh timeline zoomed in around its middle until some event is a cluster of its own. */
      async function clusterOfOne() {
        const el = await render(lang, datasetWith(events));
        // Inside the test page's viewport: the mouse cannot click outside it.
        const ones = () =>
          [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="cluster"][data-count="1"]')].filter(
            (c) => c.getBoundingClientRect().right < innerWidth - 10,
          );
        const { start, end } = el.visibleRange;
        const middle = (+start + +end) / 2;
        for (let step = 1; step <= 16 && !ones().length; step += 1) {
          const s = (+end - +start) * Math.pow(0.75, step);
          el.zoomTo(new Date(middle - s / 2), new Date(middle + s / 2), { animate: false });
          await el.updateComplete;
        }
        const one = ones()[0];
        expect(one, 'a cluster of one event').to.not.equal(undefined);
        return { el, one: one! };
      }

      // By pointer: the event is selected and drawn on its own where its cluster was, with focus,
      // and the window stays.
      let { el, one } = await clusterOfOne();
      // Named as its event is, and said to have no room for its title.
      const label = one.getAttribute('aria-label')!;
      expect(label).to.match(
        lang === 'en'
          ? /^1 event: Event number \d+, .+; no room for its title here; activate to open it$/
          : /^1 — حدث واحد: حدث رقم \d+، .+؛ لا مكان لعنوانه هنا؛ فعّله لفتحه$/,
      );
      // Hovered, it shows its event's tooltip above it.
      const box = one.getBoundingClientRect();
      const centre: [number, number] = [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)];
      await sendMouse({ type: 'move', position: centre });
      await el.updateComplete;
      const tip = el.shadowRoot!.querySelector<HTMLElement>('[part="tooltip"]');
      expect(tip, 'tooltip').to.not.equal(null);
      expect(label).to.include(`: ${tip!.querySelector('strong')!.textContent!}`);
      expect(tip!.getBoundingClientRect().bottom).to.be.at.most(box.top);
      const before = el.visibleRange;
      const selected = oneEvent(el, 'tarikh-select');
      await sendMouse({ type: 'click', position: centre });
      const id = ((await selected) as CustomEvent<{ id: string }>).detail.id;
      await el.updateComplete;
      await el.updateComplete;
      expect(el.selected).to.equal(id);
      expect(+el.visibleRange.start).to.equal(+before.start);
      expect(+el.visibleRange.end).to.equal(+before.end);
      expect(drawnEventIds(el).has(id)).to.equal(true);
      await waitUntil(() => el.shadowRoot!.activeElement?.getAttribute('data-id') === id, 'focus on the event');

      // By keyboard: Enter opens it and takes focus into the details panel.
      ({ el, one } = await clusterOfOne());
      one.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => el.selected !== null, 'selected from the keyboard');
      expect(drawnEventIds(el).has(el.selected!)).to.equal(true);
      await waitUntil(() => el.shadowRoot!.activeElement?.localName === 'tarikh-details', 'focus in the details panel');
      await emulateMedia({ reducedMotion: 'no-preference' });
    });

    it('opens a cluster of one cut by the edge of the plot where it is, without moving the window', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const events = eventsEvery(600, 2, (i) => ({ ar: `حدث رقم ${i}`, en: `Event number ${i}` }));
      // Narrower than the test page's viewport, so the mouse reaches both edges of the plot.
      const el = await fixture<TarikhTimeline>(
        html`<tarikh-timeline
          lang=${lang}
          style="width: 700px; height: 420px"
          .data=${datasetWith(events)}
        ></tarikh-timeline>`,
      );
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="event"]'), 'events drawn');
      const pill = (key: string) =>
        el.shadowRoot!.querySelector<HTMLElement>(`[part="cluster"][data-count="1"][data-key="${key}"]`);
      const { start, end } = el.visibleRange;
      const middle = (+start + +end) / 2;
      let key: string | undefined;
      for (let step = 1; step <= 16 && key === undefined; step += 1) {
        const s = (+end - +start) * Math.pow(0.75, step);
        el.zoomTo(new Date(middle - s / 2), new Date(middle + s / 2), { animate: false });
        await el.updateComplete;
        key = el.shadowRoot!.querySelector<HTMLElement>('[part="cluster"][data-count="1"]')?.dataset.key;
      }
      expect(key, 'a cluster of one event').to.be.a('string');
      // The window moved so that the event's dot is centred 3 px before the plot's reading edge
      // (left in English, right in Arabic): half the dot, and most of the pill, still show.
      const at = Date.parse(events[Number(key)]!.date!);
      const spanMs = span(el);
      const pxPerMs = plot(el).getBoundingClientRect().width / spanMs;
      el.zoomTo(new Date(at + 3 / pxPerMs), new Date(at + 3 / pxPerMs + spanMs), { animate: false });
      await el.updateComplete;
      await el.updateComplete;
      expect(pill(key!), 'still a cluster of one, drawn').to.not.equal(null);
      const plotBox = plot(el).getBoundingClientRect();
      const box = pill(key!)!.getBoundingClientRect();
      const left = Math.max(box.left, plotBox.left);
      const right = Math.min(box.right, plotBox.right);
      expect(right - left, 'the part of the pill in the plot').to.be.above(10);
      expect(box.width, 'cut by the edge').to.be.above(right - left + 1);
      const centre: [number, number] = [Math.round((left + right) / 2), Math.round(box.top + box.height / 2)];
      expect(el.shadowRoot!.elementFromPoint(...centre)).to.equal(pill(key!));
      const before = el.visibleRange;
      const selected = oneEvent(el, 'tarikh-select');
      await sendMouse({ type: 'click', position: centre });
      const id = ((await selected) as CustomEvent<{ id: string }>).detail.id;
      expect(id).to.equal(`e${key}`);
      await el.updateComplete;
      await el.updateComplete;
      expect(+el.visibleRange.start, 'the window stays').to.equal(+before.start);
      expect(+el.visibleRange.end).to.equal(+before.end);
      expect(drawnEventIds(el).has(id)).to.equal(true);
      await waitUntil(() => el.shadowRoot!.activeElement?.getAttribute('data-id') === id, 'focus on the event');
    });

    it('brings a selected event that sits in a cluster into view on its own', async () => {
      const events = denseEvents();
      const el = await render(lang, datasetWith(events));
      const drawn = () => drawnEventIds(el);
      const hidden = events.map((_, i) => `e${i}`).find((id) => !drawn().has(id));
      expect(hidden, 'some event starts inside a cluster').to.be.a('string');
      expect(el.shadowRoot!.querySelectorAll('[part="cluster"]').length).to.be.above(0);
      await emulateMedia({ reducedMotion: 'reduce' });
      const before = el.visibleRange;
      el.select(hidden!);
      await el.updateComplete;
      await el.updateComplete;
      expect(drawn().has(hidden!)).to.equal(true);
      // Its node fits where it is: it comes out of its cluster there, and the reader's window stays.
      expect(+el.visibleRange.start).to.equal(+before.start);
      expect(+el.visibleRange.end).to.equal(+before.end);
      await emulateMedia({ reducedMotion: 'no-preference' });
    });
  });

  describe(`selection in dense data (${lang})`, () => {
    it('keeps the selected event drawn on its own when zooming back out, where it would join a cluster', async () => {
      const events = denseEvents();
      const el = await render(lang, datasetWith(events));
      const drawn = () => drawnEventIds(el);
      const hidden = events.map((_, i) => `e${i}`).filter((id) => !drawn().has(id));
      const id = hidden[Math.floor(hidden.length / 2)]!;
      await emulateMedia({ reducedMotion: 'reduce' });
      el.select(id);
      await el.updateComplete;
      await el.updateComplete;
      el.fit();
      await el.updateComplete;
      const node = el.shadowRoot!.querySelector<HTMLElement>(`[part~="event-selected"]`);
      expect(node?.dataset.id).to.equal(id);
      expect(node!.hidden).to.equal(false);
      // Every event is still drawn or counted in a cluster, once.
      const clustered = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="cluster"]')].reduce(
        (sum, c) => sum + Number(c.dataset.count),
        0,
      );
      expect(drawn().size + clustered).to.equal(200);
      await emulateMedia({ reducedMotion: 'no-preference' });
    });
  });

  describe(`overview (${lang})`, () => {
    it('keeps the brush on the visible window, and the view on the brush when dragged', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const el = await render(lang);
      el.zoomTo(new Date('2023-09-10'), new Date('2023-09-20'), { animate: false });
      await el.updateComplete;
      const overview = el.shadowRoot!.querySelector<HTMLElement>('[part="overview"]')!;
      const brush = () => el.shadowRoot!.querySelector<HTMLElement>('[part="brush"]')!.getBoundingClientRect();
      const ob = overview.getBoundingClientRect();
      // The brush spans the share of the overview that the view spans of everything.
      const all = el.shadowRoot!.querySelectorAll('[part~="event"]');
      expect(all.length).to.be.above(0);
      const before = brush();
      const fractionShown = (10 * DAY) / (+el.visibleRange.end - +el.visibleRange.start);
      expect(fractionShown).to.be.closeTo(1, 0.01);
      const startX = lang === 'ar' ? before.right : before.left;
      // Where the view starts is where the brush starts, mirrored in Arabic.
      const overviewStart = el.visibleRange.start;
      expect(startX).to.be.within(ob.left, ob.right);

      const x = Math.round(before.left + before.width / 2);
      const y = Math.round(before.top + before.height / 2);
      await sendMouse({ type: 'move', position: [x, y] });
      await sendMouse({ type: 'down' });
      await sendMouse({ type: 'move', position: [x + 50, y] });
      await sendMouse({ type: 'move', position: [x + 100, y] });
      await sendMouse({ type: 'up' });
      await resetMouse();
      await el.updateComplete;
      const after = brush();
      expect(after.left - before.left).to.be.closeTo(100, 1.5);
      const moved = +el.visibleRange.start - +overviewStart;
      // Dragging right moves later in English and earlier in Arabic.
      if (lang === 'en') expect(moved).to.be.above(0);
      else expect(moved).to.be.below(0);
      expect(span(el)).to.be.closeTo(10 * DAY, HOUR);
      await emulateMedia({ reducedMotion: 'no-preference' });
    });

    it('names the brush by its window, as precisely as the window is long', async () => {
      const el = await render(lang);
      const valueText = () => el.shadowRoot!.querySelector('[part="brush"]')!.getAttribute('aria-valuetext');
      const windows: [string, string, { en: string; ar: string }][] = [
        [
          '2023-09-10T06:00Z',
          '2023-09-10T07:00Z',
          {
            en: 'Showing 10 September 2023, 06:00 – 10 September 2023, 07:00',
            ar: 'المعروض من 10 سبتمبر 2023, 06:00 إلى 10 سبتمبر 2023, 07:00',
          },
        ],
        [
          '2023-09-10',
          '2023-09-20',
          {
            en: 'Showing 10 September 2023 – 20 September 2023',
            ar: 'المعروض من 10 سبتمبر 2023 إلى 20 سبتمبر 2023',
          },
        ],
      ];
      for (const [start, end, words] of windows) {
        el.zoomTo(new Date(start), new Date(end), { animate: false });
        await el.updateComplete;
        expect(valueText()).to.equal(words[lang]);
      }
      expect(el.shadowRoot!.querySelector('[part="brush"]')!.getAttribute('aria-label')).to.equal(valueText());
    });
  });
}
