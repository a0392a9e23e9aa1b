import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { WindowLayout, type WindowLayoutRequest } from '../../src/layout/window-layout.js';
import { nextStep } from '../../src/time/view.js';

const DAY = 86_400_000;
const WIDTH = 1000;

/** Events over 100 days, denser in the middle, at whole minutes: some pile up, most spread out. */
function times(count: number, seed = 7): Float64Array {
  let state = seed;
  const random = () => (state = (Math.imul(state, 48271) + 1) >>> 0) / 2 ** 32;
  const at = Array.from({ length: count }, () => {
    const x = random() < 0.4 ? 50 * DAY + (random() - 0.5) * 4 * DAY : random() * 100 * DAY;
    return Math.floor(x / 60_000) * 60_000;
  });
  return Float64Array.from(at.sort((a, b) => a - b));
}

const at = times(3000);

function request(start: number, end: number, extra: Partial<WindowLayoutRequest> = {}): WindowLayoutRequest {
  return {
    at,
    end: at,
    longestRange: 0,
    epoch: 0,
    basePxPerMs: WIDTH / (100 * DAY),
    viewStart: start,
    viewEnd: end,
    width: WIDTH,
    options: { lanes: 6, radius: 6, labelGap: 6, gap: 10, clusterWidth: 32 },
    // Widths that differ from event to event, as titles do.
    labelWidth: (i) => 40 + ((i * 37) % 120),
    key: 'data',
    ...extra,
  };
}

/** The windows of a zoom around `fixed` by `factor` a step, starting from all 100 days. */
function zoomSteps(fixed: number, factor: number, steps: number): [number, number][] {
  const views: [number, number][] = [[0, 100 * DAY]];
  for (let i = 1; i < steps; i += 1) {
    const [a, b] = views[i - 1]!;
    views.push([fixed + (a - fixed) * factor, fixed + (b - fixed) * factor]);
  }
  return views;
}

describe('WindowLayout', () => {
  it('reuses a layout while the view stays at its level and inside its window', () => {
    const layouts = new WindowLayout();
    const first = layouts.get(request(40 * DAY, 50 * DAY));
    expect(layouts.get(request(41 * DAY, 51 * DAY))).to.equal(first);
    expect(layouts.computations).to.equal(1);
  });

  it('lays out anew at the next zoom level, keeping the labels the previous layout placed', () => {
    const layouts = new WindowLayout();
    const before = layouts.get(request(40 * DAY, 50 * DAY)).layout;
    const after = layouts.get(request(44 * DAY, 46 * DAY)).layout;
    expect(layouts.computations).to.equal(2);
    const placed = new Set(after.events.map((e) => e.index));
    const keptInView = before.events.filter((e) => at[e.index]! >= 44 * DAY && at[e.index]! <= 46 * DAY);
    expect(keptInView.length).to.be.greaterThan(0);
    for (const e of keptInView) expect(placed.has(e.index), `event ${e.index}`).to.equal(true);
  });

  it('takes a layout worked out ahead exactly as computing it in the frame would give it', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 5, max: 95, noNaN: true }),
        fc.double({ min: 0.5, max: 0.95, noNaN: true }),
        fc.boolean(),
        (fixedDay, factor, outwards) => {
          let views = zoomSteps(fixedDay * DAY, factor, 24);
          if (outwards) views = views.reverse();
          const plain = new WindowLayout();
          const ahead = new WindowLayout();
          for (let i = 0; i < views.length; i += 1) {
            const [a, b] = views[i]!;
            const drawn = plain.get(request(a, b));
            if (i > 0) {
              const next = nextStep({ start: views[i - 1]![0], end: views[i - 1]![1] }, { start: a, end: b });
              // The frame draws step i first (from the layout ahead of it, if any), then guesses step i + 1.
              expect(ahead.get(request(a, b))).to.deep.equal(drawn);
              if (next) ahead.prepare(request(next.start, next.end));
            } else {
              expect(ahead.get(request(a, b))).to.deep.equal(drawn);
            }
          }
          expect(ahead.computations + ahead.taken).to.equal(plain.computations);
        },
      ),
      { numRuns: 30 },
    );
  });

  it('lays out no step of an even zoom in the frame once two steps have shown its pace', () => {
    const views = zoomSteps(37 * DAY, 0.8, 20);
    const layouts = new WindowLayout();
    views.forEach(([a, b], i) => {
      layouts.get(request(a, b));
      const previous = views[i - 1];
      const next = previous && nextStep({ start: previous[0], end: previous[1] }, { start: a, end: b });
      if (next) layouts.prepare(request(next.start, next.end));
    });
    // The first two steps, then the guesses: each step of 0.8 is a new zoom level (4 a doubling).
    expect(layouts.computations).to.equal(2);
    expect(layouts.taken).to.equal(views.length - 2);
  });

  it('lays out no step of an even pan in the frame after the first, and draws the same as without', () => {
    const span = 5 * DAY;
    const views = Array.from({ length: 40 }, (_, i): [number, number] => [
      20 * DAY + i * 0.3 * span,
      25 * DAY + i * 0.3 * span,
    ]);
    const layouts = new WindowLayout();
    const plain = new WindowLayout();
    views.forEach(([a, b], i) => {
      expect(layouts.get(request(a, b)), `step ${i}`).to.deep.equal(plain.get(request(a, b)));
      const previous = views[i - 1];
      const next = previous && nextStep({ start: previous[0], end: previous[1] }, { start: a, end: b });
      if (next) layouts.prepare(request(next.start, next.end));
    });
    expect(plain.computations).to.be.greaterThan(3);
    expect(layouts.computations).to.equal(1);
    expect(layouts.taken).to.equal(plain.computations - 1);
  });

  it('computes the frame’s own layout when the one worked out ahead was for another window', () => {
    const layouts = new WindowLayout();
    layouts.get(request(40 * DAY, 50 * DAY));
    expect(layouts.prepare(request(44 * DAY, 46 * DAY))).to.equal(true);
    const fresh = new WindowLayout();
    fresh.get(request(40 * DAY, 50 * DAY));
    // The reader zoomed elsewhere: a window the guess does not cover.
    expect(layouts.get(request(10 * DAY, 12 * DAY))).to.deep.equal(fresh.get(request(10 * DAY, 12 * DAY)));
    expect(layouts.taken).to.equal(0);
    expect(layouts.computations).to.equal(2);
  });

  it('does not take a layout worked out ahead once the data, language or selection it was for has changed', () => {
    for (const change of [{ key: 'other data' }, { pinned: 5 }]) {
      const layouts = new WindowLayout();
      layouts.get(request(40 * DAY, 50 * DAY));
      layouts.prepare(request(44 * DAY, 46 * DAY));
      layouts.get(request(44 * DAY, 46 * DAY, change));
      expect(layouts.taken, JSON.stringify(change)).to.equal(0);
    }
  });

  it('does not work out ahead what the current layout already serves, nor after it is cleared', () => {
    const layouts = new WindowLayout();
    expect(layouts.prepare(request(40 * DAY, 50 * DAY)), 'nothing laid out yet').to.equal(false);
    layouts.get(request(40 * DAY, 50 * DAY));
    expect(layouts.prepare(request(41 * DAY, 51 * DAY))).to.equal(false);
    expect(layouts.prepare(request(44 * DAY, 46 * DAY))).to.equal(true);
    expect(layouts.prepare(request(44 * DAY, 46 * DAY)), 'already worked out').to.equal(false);
    layouts.clear();
    layouts.get(request(40 * DAY, 50 * DAY));
    layouts.get(request(44 * DAY, 46 * DAY));
    expect(layouts.taken).to.equal(0);
  });
});

describe('nextStep', () => {
  it('takes the last step once more, around the same fixed time', () => {
    const next = nextStep({ start: 0, end: 100 }, { start: 10, end: 90 })!;
    // 0.8 times as wide around 50.
    expect(next.start).to.be.closeTo(18, 1e-9);
    expect(next.end).to.be.closeTo(82, 1e-9);
  });

  it('keeps a fixed time off the centre where it was (under the pointer)', () => {
    const fixed = 30;
    const step = (v: { start: number; end: number }) => ({
      start: fixed + (v.start - fixed) / 2,
      end: fixed + (v.end - fixed) / 2,
    });
    const a = { start: 0, end: 200 };
    const b = step(a);
    const next = nextStep(a, b)!;
    expect(next.start).to.be.closeTo(step(b).start, 1e-9);
    expect(next.end).to.be.closeTo(step(b).end, 1e-9);
  });

  it('zooms out the same way', () => {
    const next = nextStep({ start: 18, end: 82 }, { start: 10, end: 90 })!;
    expect(next.start).to.be.closeTo(0, 1e-9);
    expect(next.end).to.be.closeTo(100, 1e-9);
  });

  it('pans by the same shift after a pan, and zooms and pans together after both', () => {
    expect(nextStep({ start: 0, end: 100 }, { start: 20, end: 120 })).to.deep.equal({ start: 40, end: 140 });
    // Twice as wide, and moved: the same map of times again.
    const next = nextStep({ start: 0, end: 100 }, { start: 10, end: 210 })!;
    expect(next.start).to.be.closeTo(10 + 2 * 10, 1e-9);
    expect(next.end).to.be.closeTo(10 + 2 * 210, 1e-9);
  });

  it('guesses nothing after a step that did not move, or from windows without width', () => {
    expect(nextStep({ start: 0, end: 100 }, { start: 0, end: 100 })).to.equal(null);
    expect(nextStep({ start: 0, end: 0 }, { start: 0, end: 100 })).to.equal(null);
    expect(nextStep({ start: 0, end: 100 }, { start: 50, end: 50 })).to.equal(null);
  });
});
