import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { TarikhTimeline } from '../../src/index.js';
import type { Dataset, Lang, TimelineEvent } from '../../src/model/types.js';
import { datasetWith } from '../helpers/datasets.js';
import { expectNoLabelOverlap } from '../helpers/labels.js';
import { plot } from '../helpers/plot.js';

/** Two bursts of daily events, September 2023 and June 2024, and nothing between: the bundled story's shape. */
const bursts = (): Partial<TimelineEvent>[] =>
  [
    ...Array.from({ length: 8 }, (_, i) => Date.UTC(2023, 8, 1 + 2 * i)),
    ...Array.from({ length: 8 }, (_, i) => Date.UTC(2024, 5, 1 + 2 * i)),
  ].map((t, i) => ({
    id: `b${i}`,
    date: new Date(t).toISOString().slice(0, 10),
    title: { en: `Burst event ${i}`, ar: `حدث الذروة ${i}` },
  }));

const VIEW = { start: '2023-08-25', end: '2024-07-10', fold: true };

async function render(lang: Lang, view: { start: string; end: string; fold?: boolean } = VIEW) {
  const el = await fixture<TarikhTimeline>(
    html`<tarikh-timeline
      lang=${lang}
      style="width: 1000px; height: 420px"
      .data=${datasetWith(bursts(), { view })}
    ></tarikh-timeline>`,
  );
  await waitUntil(() => el.shadowRoot!.querySelector('[part~="event"]'), 'events drawn');
  await el.updateComplete;
  return el;
}

const marks = (el: TarikhTimeline) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="fold-mark"]')];
const dotX = (el: TarikhTimeline, id: string) => {
  const box = el.shadowRoot!.querySelector(`[data-id="${id}"] .dot`)!.getBoundingClientRect();
  return box.left + box.width / 2;
};
const live = (el: TarikhTimeline) => el.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();
const overlaps = (a: DOMRect, b: DOMRect) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

for (const lang of ['en', 'ar'] as const) {
  // Of the nine months between the bursts, the fold takes what lies after the room for September's titles.
  const sevenMonths = lang === 'en' ? '7 months' : '7 أشهر';

  describe(`folded axis (${lang})`, () => {
    it("shows a short window asked for, and an event decades before the story, on the bundled story's folded axis", async () => {
      const story = (await (await fetch('/data/vostochny-pyongyang.json')).json()) as Dataset;
      const el = await fixture<TarikhTimeline>(
        html`<tarikh-timeline lang=${lang} style="width: 1000px; height: 420px" .data=${story}></tarikh-timeline>`,
      );
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="event"]'), 'events drawn');
      // Two hours of the night the treaty was signed: events at midnight and 00:40, folds between them.
      const from = Date.parse('2024-06-19T00:00Z');
      const to = Date.parse('2024-06-19T02:00Z');
      el.zoomTo(new Date(from), new Date(to), { animate: false });
      await el.updateComplete;
      await aTimeout(50);
      let { start, end } = el.visibleRange;
      expect(+start, 'start').to.be.at.most(from + 30 * 60_000);
      expect(+end, 'end').to.be.at.least(to - 30 * 60_000);
      expect(+end - +start, 'span').to.be.below(2 * 86_400_000);
      el.select('treaty-1961');
      await waitUntil(() => el.shadowRoot!.querySelector('[data-id="treaty-1961"]'), 'the 1961 event drawn');
      ({ start, end } = el.visibleRange);
      expect(+start).to.be.below(Date.UTC(1961, 6, 2));
      expect(+end).to.be.above(Date.UTC(1961, 6, 2));
    });

    it('folds the months without events into a narrow mark that says how long they are', async () => {
      const el = await render(lang);
      const [mark, ...more] = marks(el);
      expect(more).to.have.length(0);
      expect(mark!.textContent!.trim()).to.equal(sevenMonths);
      const box = mark!.getBoundingClientRect();
      expect(box.width).to.be.closeTo(64, 1);
      // Time runs in reading direction across the fold: September before it, June from its far edge on.
      const before = dotX(el, 'b7');
      const after = dotX(el, 'b8');
      if (lang === 'en') {
        expect(before).to.be.below(box.left);
        expect(after).to.be.at.least(box.right - 0.5);
      } else {
        expect(before).to.be.above(box.right);
        expect(after).to.be.at.most(box.left + 0.5);
      }
      // Each burst gets more than twice the 3.1 px a day a linear axis gives 320 days across 1000 px.
      expect(Math.abs(dotX(el, 'b1') - dotX(el, 'b0')) / 2).to.be.above(6.2);
      expectNoLabelOverlap(el);
    });

    it('draws no axis label over a mark', async () => {
      const el = await render(lang);
      const box = marks(el)[0]!.getBoundingClientRect();
      const labels = [...el.shadowRoot!.querySelectorAll('.tick-label, .context-label')];
      expect(labels.length).to.be.above(3);
      for (const label of labels)
        expect(overlaps(label.getBoundingClientRect(), box), label.textContent!).to.equal(false);
    });

    it('does not fold without `view.fold`, nor with fold-gaps="false"', async () => {
      const linear = await render(lang, { start: VIEW.start, end: VIEW.end });
      expect(marks(linear)).to.have.length(0);
      const el = await render(lang);
      el.setAttribute('fold-gaps', 'false');
      await el.updateComplete;
      expect(marks(el)).to.have.length(0);
      // The window is kept as folding is turned off.
      expect(el.visibleRange.start.toISOString()).to.equal('2023-08-25T00:00:00.000Z');
      el.setAttribute('fold-gaps', '');
      await el.updateComplete;
      expect(marks(el)).to.have.length(1);
    });

    it('keeps the date under the pointer within 1 px when the wheel zooms across a fold', async () => {
      const el = await render(lang);
      // An event after the fold, so that the fold lies between the view's reading start and the pointer.
      const x = dotX(el, 'b10');
      const box = plot(el).getBoundingClientRect();
      const settled = oneEvent(el, 'tarikh-range-change');
      plot(el).dispatchEvent(
        new WheelEvent('wheel', { clientX: x, clientY: box.top + 100, deltaY: -300, bubbles: true, cancelable: true }),
      );
      await el.updateComplete;
      expect(Math.abs(dotX(el, 'b10') - x), 'while zooming').to.be.below(1);
      await settled;
      await el.updateComplete;
      // Settled, the axis is folded again for the new scale: the date stays under the pointer.
      expect(Math.abs(dotX(el, 'b10') - x), 'settled').to.be.below(1);
      expect(marks(el)[0]!.getBoundingClientRect().width).to.be.closeTo(64, 1);
    });

    it('keeps the overview brush on the window, in linear time', async () => {
      const el = await render(lang);
      el.fit({ animate: false });
      await el.updateComplete;
      const { start: b0, end: b1 } = el.visibleRange;
      const band = el.shadowRoot!.querySelector('[part="overview"]')!.getBoundingClientRect();
      const a = Date.UTC(2023, 10, 1);
      const b = Date.UTC(2024, 5, 10);
      el.zoomTo(new Date(a), new Date(b), { animate: false });
      await el.updateComplete;
      expect(+el.visibleRange.start).to.equal(a);
      expect(+el.visibleRange.end).to.equal(b);
      const brush = el.shadowRoot!.querySelector('[part="brush"]')!.getBoundingClientRect();
      const at = (t: number) => ((t - +b0) / (+b1 - +b0)) * band.width;
      if (lang === 'en') expect(brush.left - band.left).to.be.closeTo(at(a), 1);
      else expect(band.right - brush.right).to.be.closeTo(at(a), 1);
      expect(brush.width).to.be.closeTo(at(b) - at(a), 1);
    });

    it('names each mark, reaches it with the keyboard and shows the stretch in full when it is activated', async () => {
      const el = await render(lang);
      const [mark] = marks(el);
      expect(mark!.getAttribute('aria-label')).to.match(new RegExp(`^${sevenMonths} `));
      expect(mark!.getAttribute('aria-label')).to.match(lang === 'en' ? /without events/ : /بلا أحداث/);
      plot(el).focus();
      for (let i = 0; i < 4 && el.shadowRoot!.activeElement !== mark; i += 1) await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(mark);
      const spanBefore = Math.abs(dotX(el, 'b8') - dotX(el, 'b7'));
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await aTimeout(0);
      expect(marks(el)).to.have.length(0);
      // Shown in full, the seven months are far wider than the mark was.
      expect(Math.abs(dotX(el, 'b8') - dotX(el, 'b7'))).to.be.above(spanBefore + 200);
      expect(live(el)).to.contain(
        lang === 'en' ? '7 months without events, shown in full' : '7 أشهر بلا أحداث، معروضة كاملة',
      );
    });

    it('leaves the list view and the details panel as they are', async () => {
      const el = await render(lang);
      el.select('b9');
      await el.updateComplete;
      await waitUntil(() => el.shadowRoot!.querySelector('tarikh-details'), 'details open');
      expect(el.selected).to.equal('b9');
      el.listView = true;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('[part~="list-event"]').length).to.equal(16);
    });
  });
}
