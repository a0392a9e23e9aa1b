import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { emptyStretches, FOLD_OPTIONS, foldAt, foldHolds, foldToShow, gapLength } from '../../src/time/fold.js';

const DAY = 86_400_000;
const T0 = Date.UTC(2023, 8, 1);
/** Two bursts of ten daily events, 270 days apart: the bundled story's shape. */
const bursts = Float64Array.from([
  ...Array.from({ length: 10 }, (_, i) => T0 + i * DAY),
  ...Array.from({ length: 10 }, (_, i) => T0 + (280 + i) * DAY),
]);
const WIDTH = 1200;

describe('fold', () => {
  it('finds the stretches between consecutive events', () => {
    const stretches = emptyStretches(Float64Array.from([0, 5, 5, 9]));
    expect(stretches).to.deep.equal([
      { start: 0, end: 5 },
      { start: 5, end: 9 },
    ]);
  });

  it('leaves a window unfolded when all of it lies in stretches between its events', () => {
    // Events at midnight, 01:00 and 02:00, and the two hours between them asked for: folded, nothing but the
    // room for titles would be left, and the scale would grow without end.
    const MINUTE = 60_000;
    const night = emptyStretches(Float64Array.from([T0, T0 + 60 * MINUTE, T0 + 120 * MINUTE, T0 + DAY]));
    const fold = foldToShow(night, T0, T0 + 120 * MINUTE, WIDTH);
    expect(fold.gaps).to.deep.equal([]);
    expect(fold.pxPerMs).to.be.closeTo(WIDTH / (120 * MINUTE), 1e-12);
    // With an event inside it, the window's longer stretch is folded as before.
    const evening = emptyStretches(Float64Array.from([T0, T0 + 20 * MINUTE, T0 + 120 * MINUTE, T0 + DAY]));
    expect(foldToShow(evening, T0, T0 + 120 * MINUTE, WIDTH).gaps[0]).to.include({ from: T0 + 20 * MINUTE });
  });

  it('folds only the stretches wider than the threshold beyond their room for titles', () => {
    const stretches = emptyStretches(bursts);
    const fold = foldToShow(stretches, T0, T0 + 290 * DAY, WIDTH);
    expect(fold.gaps).to.have.length(1);
    expect(fold.gaps[0]!.from).to.equal(T0 + 9 * DAY);
    expect(fold.gaps[0]!.end).to.equal(T0 + 280 * DAY);
    // The room for the titles before the fold stays unfolded.
    expect((fold.gaps[0]!.start - fold.gaps[0]!.from) * fold.pxPerMs).to.be.closeTo(FOLD_OPTIONS.lead, 1e-6);
  });

  it('draws a folded gap at its width and fills the view with the rest', () => {
    const stretches = emptyStretches(bursts);
    const start = T0 - DAY;
    const end = T0 + 291 * DAY;
    const fold = foldToShow(stretches, start, end, WIDTH);
    const px = (t: number) => (fold.scale(t) - fold.scale(start)) * fold.pxPerMs;
    expect(px(end)).to.be.closeTo(WIDTH, 1e-6);
    const gap = fold.gaps[0]!;
    expect(px(gap.end) - px(gap.start)).to.be.closeTo(FOLD_OPTIONS.gapWidth, 1e-6);
    // Linear at one scale outside the gap: a day is as wide in each burst.
    expect(px(T0 + DAY) - px(T0)).to.be.closeTo(px(T0 + 281 * DAY) - px(T0 + 280 * DAY), 1e-6);
    // Far wider than the 4 px a day takes unfolded.
    expect(px(T0 + DAY) - px(T0)).to.be.above(20);
  });

  it('folds nothing where no stretch is long enough', () => {
    const daily = Float64Array.from({ length: 30 }, (_, i) => T0 + i * DAY);
    const fold = foldToShow(emptyStretches(daily), T0, T0 + 30 * DAY, WIDTH);
    expect(fold.gaps).to.have.length(0);
  });

  it('leaves a stretch the reader unfolded unfolded', () => {
    const stretches = emptyStretches(bursts);
    const fold = foldToShow(stretches, T0, T0 + 290 * DAY, WIDTH, FOLD_OPTIONS, (s) => s.start === T0 + 9 * DAY);
    expect(fold.gaps).to.have.length(0);
  });

  it('holds while the zoom stays within a quarter of its scale, and not past it', () => {
    const stretches = emptyStretches(bursts);
    const fold = foldAt(stretches, 5 / DAY);
    expect(foldHolds(fold, stretches, 5.5 / DAY)).to.equal(true);
    expect(foldHolds(fold, stretches, 7 / DAY)).to.equal(false);
  });

  it('keeps time monotonic and the view filled for any events and window (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 3650 }), { minLength: 2, maxLength: 60 }),
        fc.integer({ min: 200, max: 2000 }),
        (days, width) => {
          const at = Float64Array.from(days.sort((a, b) => a - b).map((d) => T0 + d * DAY));
          const start = at[0]! - DAY;
          const end = at.at(-1)! + DAY;
          const fold = foldToShow(emptyStretches(at), start, end, width);
          const px = (t: number) => (fold.scale(t) - fold.scale(start)) * fold.pxPerMs;
          for (let i = 1; i < at.length; i += 1) if (px(at[i]!) < px(at[i - 1]!)) return false;
          return Math.abs(px(end) - width) < 1e-6 * width || fold.gaps.length === 0;
        },
      ),
    );
  });

  it('writes a length in the largest unit it holds twice', () => {
    expect(gapLength(250 * DAY)).to.deep.equal({ count: 8, unit: 'month' });
    expect(gapLength(800 * DAY)).to.deep.equal({ count: 2, unit: 'year' });
    expect(gapLength(15 * DAY)).to.deep.equal({ count: 15, unit: 'day' });
    expect(gapLength(5 * 3_600_000)).to.deep.equal({ count: 5, unit: 'hour' });
    expect(gapLength(90_000)).to.deep.equal({ count: 2, unit: 'minute' });
  });
});
