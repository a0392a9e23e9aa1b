import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { zoomIdentity } from '../../src/time/zoom-transform.js';
import { piecewiseScale } from '../../src/time/piecewise-scale.js';

/** Ascending breakpoints, as a fold makes them: the domain strictly, the range strictly too. */
const breakpoints = fc
  .array(fc.tuple(fc.double({ min: 1, max: 1e9, noNaN: true }), fc.double({ min: 0.01, max: 1e9, noNaN: true })), {
    minLength: 1,
    maxLength: 12,
  })
  .chain((steps) =>
    fc.double({ min: -1e12, max: 1e12, noNaN: true }).map((origin) => {
      const domain = [origin];
      const range = [origin / 2];
      for (const [dx, dy] of steps) {
        domain.push(domain.at(-1)! + dx);
        range.push(range.at(-1)! + dy);
      }
      return { domain, range };
    }),
  );

describe('piecewise scale', () => {
  it('maps each breakpoint onto its range point, linearly between them', () => {
    const x = piecewiseScale([0, 10, 20], [0, 100, 110]);
    expect(x(0)).to.equal(0);
    expect(x(5)).to.equal(50);
    expect(x(10)).to.equal(100);
    expect(x(15)).to.equal(105);
    expect(x.invert(105)).to.equal(15);
  });

  it('extrapolates with the first and last pieces, as a d3 polylinear scale does', () => {
    const x = piecewiseScale([0, 10, 20], [0, 100, 110]);
    expect(x(-1)).to.equal(-10);
    expect(x(30)).to.equal(120);
    expect(x.invert(-10)).to.equal(-1);
  });

  it('refuses a domain and range of different lengths', () => {
    expect(() => piecewiseScale([0, 1, 2], [0, 1])).to.throw(RangeError);
  });

  it('is monotonic: a later time is never drawn before an earlier one', () => {
    fc.assert(
      fc.property(
        breakpoints,
        fc.double({ min: -2e12, max: 2e12, noNaN: true }),
        fc.double({ min: 0, max: 1e10, noNaN: true }),
        ({ domain, range }, t, dt) => {
          const x = piecewiseScale(domain, range);
          return x(t + dt) >= x(t);
        },
      ),
    );
  });

  it('is invertible: the time under a position is the time drawn there', () => {
    fc.assert(
      fc.property(breakpoints, fc.double({ min: 0, max: 1, noNaN: true }), ({ domain, range }, f) => {
        const x = piecewiseScale(domain, range);
        const t = domain[0]! + f * (domain.at(-1)! - domain[0]!);
        const tolerance = 1e-6 * Math.max(1, Math.abs(t), domain.at(-1)! - domain[0]!);
        return Math.abs(x.invert(x(t)) - t) <= tolerance;
      }),
    );
  });

  it('is linear inside each piece: the midpoint of two times in one piece is drawn midway', () => {
    fc.assert(
      fc.property(
        breakpoints,
        fc.nat(),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        ({ domain, range }, n, a, b) => {
          const x = piecewiseScale(domain, range);
          const i = n % (domain.length - 1);
          const [lo, hi] = [domain[i]!, domain[i + 1]!];
          const t0 = lo + a * (hi - lo);
          const t1 = lo + b * (hi - lo);
          const mid = x((t0 + t1) / 2);
          const tolerance = 1e-6 * Math.max(1, Math.abs(range[i + 1]!), Math.abs(range[i]!));
          return Math.abs(mid - (x(t0) + x(t1)) / 2) <= tolerance;
        },
      ),
    );
  });

  it('serves the zoom transform: rescaleX of a zoom keeps the scale piecewise linear and the pieces in their order', () => {
    const x = piecewiseScale([0, 10, 20], [0, 500, 600]);
    const zoomed = zoomIdentity.translate(-100, 0).scale(2).rescaleX(x);
    // The range is kept; the domain is what the zoomed pixels show.
    expect(zoomed.range()).to.deep.equal([0, 500, 600]);
    const [d0, d1, d2] = zoomed.domain();
    expect(d0).to.be.below(d1!);
    expect(d1).to.be.below(d2!);
    // The time at the view's left edge after the zoom is the one at pixel 50 before it.
    expect(zoomed.invert(0)).to.be.closeTo(x.invert(50), 1e-9);
  });
});
