import { expect, fixture, html, oneEvent, waitUntil, aTimeout } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { ZoomTransform } from '../../src/time/zoom-transform.js';
import '../../src/index.js';
import type { TarikhTimeline } from '../../src/index.js';
import { pinchTransform } from '../../src/controllers/touch-gestures.js';
import { dailyEvents, datasetWith } from '../helpers/datasets.js';
import { plot, span, timeAtClientX, countSettles } from '../helpers/plot.js';

type Lang = 'ar' | 'en';

describe('pinch transform (pure)', () => {
  it('scales by the change in distance around the fingers, and pans with their midpoint', () => {
    const from = new ZoomTransform(2, -100, 0);
    // Apart twice as far, around the same midpoint: twice the scale, the point under it kept.
    const t = pinchTransform(from, { mid: 300, distance: 100 }, { mid: 300, distance: 200 });
    expect(t.k).to.equal(4);
    expect((300 - t.x) / t.k).to.equal((300 - from.x) / from.k);
    // Both fingers moved 50 px: the same scale, moved 50 px.
    const pan = pinchTransform(from, { mid: 300, distance: 100 }, { mid: 350, distance: 100 });
    expect(pan.k).to.equal(2);
    expect(pan.x).to.equal(-50);
  });
});

async function render(lang: Lang) {
  const el = await fixture<TarikhTimeline>(
    html`<tarikh-timeline
      lang=${lang}
      style="width: 760px; height: 380px"
      .data=${datasetWith(dailyEvents(40))}
    ></tarikh-timeline>`,
  );
  await waitUntil(() => el.shadowRoot!.querySelector('[part~="event"]'), 'events drawn');
  await el.updateComplete;
  return el;
}

/** Dispatches a touch event on the plot with fingers at `xs` (client x), all at height `y` (client y). */
function touch(
  el: TarikhTimeline,
  type: string,
  xs: number[],
  changed: number[] = xs,
  y = plot(el).getBoundingClientRect().top + 100,
) {
  const target = plot(el);
  const make = (x: number, i: number) => new Touch({ identifier: i, target, clientX: x, clientY: y });
  const touches = type === 'touchend' ? [] : xs.map(make);
  const event = new TouchEvent(type, {
    touches,
    targetTouches: touches,
    changedTouches: changed.map(make),
    bubbles: true,
    cancelable: true,
    composed: true,
  });
  target.dispatchEvent(event);
  return event;
}

for (const lang of ['en', 'ar'] as const) {
  describe(`touch (${lang})`, () => {
    it('leaves an up-and-down swipe to the page: the browser may scroll, and the window stays', async () => {
      const el = await render(lang);
      expect(getComputedStyle(plot(el)).touchAction).to.equal('pan-y');
      const before = el.visibleRange;
      const box = plot(el).getBoundingClientRect();
      const x = box.left + 300;
      const y = box.top + 150;
      expect(touch(el, 'touchstart', [x], undefined, y).defaultPrevented).to.equal(false);
      for (let i = 1; i <= 5; i += 1)
        expect(touch(el, 'touchmove', [x + i * 3], undefined, y - i * 20).defaultPrevented).to.equal(false);
      touch(el, 'touchend', [], [x + 15], y - 100);
      await el.updateComplete;
      expect(+el.visibleRange.start).to.equal(+before.start);
      expect(+el.visibleRange.end).to.equal(+before.end);
    });

    it('pans by the distance a finger swipes sideways, and settles once', async () => {
      const el = await render(lang);
      el.zoomTo(new Date('2023-09-10'), new Date('2023-09-20'), { animate: false });
      await el.updateComplete;
      const settles = countSettles(el);
      const box = plot(el).getBoundingClientRect();
      const x = box.left + 400;
      const under = timeAtClientX(el, lang, x);
      touch(el, 'touchstart', [x]);
      for (let dx = 10; dx <= 150; dx += 10) {
        const move = touch(el, 'touchmove', [x - dx]);
        // Past the first few pixels, the swipe is the timeline's: the page does not scroll with it.
        if (dx > 10) expect(move.defaultPrevented).to.equal(true);
        await el.updateComplete;
      }
      expect(settles.count).to.equal(0);
      touch(el, 'touchend', [], [x - 150]);
      await el.updateComplete;
      await aTimeout(50);
      expect(settles.count).to.equal(1);
      // The date that was under the finger is under it where it lifted.
      expect(Math.abs(timeAtClientX(el, lang, x - 150) - under)).to.be.below(span(el) / box.width);
    });

    it('zooms in around two fingers spreading apart, keeping the date under them, and settles once', async () => {
      const el = await render(lang);
      const settles = countSettles(el);
      const box = plot(el).getBoundingClientRect();
      const mid = box.left + 250;
      const under = timeAtClientX(el, lang, mid);
      const full = span(el);
      expect(touch(el, 'touchstart', [mid - 40, mid + 40]).defaultPrevented).to.equal(true);
      for (let d = 50; d <= 160; d += 10) {
        expect(touch(el, 'touchmove', [mid - d, mid + d]).defaultPrevented).to.equal(true);
        await el.updateComplete;
      }
      expect(settles.count).to.equal(0);
      touch(el, 'touchend', [], [mid - 160, mid + 160]);
      await el.updateComplete;
      await aTimeout(50);
      expect(settles.count).to.equal(1);
      // Four times as far apart: a quarter of the span, the same date under the fingers (within a pixel).
      expect(span(el)).to.be.closeTo(full / 4, full * 0.001);
      expect(Math.abs(timeAtClientX(el, lang, mid) - under)).to.be.below(span(el) / box.width);
    });

    it('pans with two fingers moving together: the date under them follows them', async () => {
      const el = await render(lang);
      el.zoomTo(new Date('2023-09-10'), new Date('2023-09-20'), { animate: false });
      await el.updateComplete;
      const box = plot(el).getBoundingClientRect();
      const from = box.left + 400;
      const under = timeAtClientX(el, lang, from);
      const before = span(el);
      const settledOnce = oneEvent(el, 'tarikh-range-change');
      touch(el, 'touchstart', [from - 30, from + 30]);
      for (let dx = 20; dx <= 120; dx += 20) {
        touch(el, 'touchmove', [from - 30 - dx, from + 30 - dx]);
        await el.updateComplete;
      }
      touch(el, 'touchend', [], [from - 150, from - 90]);
      await settledOnce;
      expect(span(el)).to.be.closeTo(before, before * 0.001);
      expect(Math.abs(timeAtClientX(el, lang, from - 120) - under)).to.be.below(span(el) / box.width);
    });

    it('jumps the overview to a tapped date, and not for a finger that goes on to scroll the page', async () => {
      const el = await render(lang);
      el.zoomTo(new Date('2023-09-10'), new Date('2023-09-15'), { animate: false });
      await el.updateComplete;
      const band = el.shadowRoot!.querySelector<HTMLElement>('[part="overview"]')!;
      expect(getComputedStyle(band).touchAction).to.equal('pan-y');
      const box = band.getBoundingClientRect();
      const x = lang === 'en' ? box.right - 40 : box.left + 40;
      const y = box.top + box.height / 2;
      const pointer = (type: string) =>
        band.dispatchEvent(
          new PointerEvent(type, {
            pointerType: 'touch',
            pointerId: 7,
            clientX: x,
            clientY: y,
            bubbles: true,
            composed: true,
          }),
        );
      const before = el.visibleRange;
      // Down, then the browser takes the finger for scrolling: nothing moves.
      pointer('pointerdown');
      pointer('pointercancel');
      await el.updateComplete;
      expect(+el.visibleRange.start).to.equal(+before.start);
      // A tap near the end of the overview: the window goes there (later than before), keeping its span.
      await emulateMedia({ reducedMotion: 'reduce' });
      pointer('pointerdown');
      await el.updateComplete;
      expect(+el.visibleRange.start).to.equal(+before.start);
      pointer('pointerup');
      await el.updateComplete;
      expect(+el.visibleRange.start).to.be.above(+before.start + 20 * 86_400_000);
      expect(span(el)).to.be.closeTo(+before.end - +before.start, 60_000);
      await emulateMedia({ reducedMotion: 'no-preference' });
    });
  });
}
