import { expect } from '@open-wc/testing';
import { zoomIdentity } from '../../src/time/zoom-transform.js';
import { timeScale } from '../../src/time/scale.js';

const DAY = 86_400_000;
const T0 = Date.UTC(2023, 8, 1);

describe('time scale', () => {
  it('maps a time linearly onto the pixel range, and back', () => {
    const x = timeScale([T0, T0 + 10 * DAY], [0, 1000]);
    expect(x(T0 + 2.5 * DAY)).to.equal(250);
    expect(x(new Date(T0 + 5 * DAY))).to.equal(500);
    expect(x.invert(250)).to.equal(T0 + 2.5 * DAY);
  });

  it('extrapolates outside the domain instead of clamping', () => {
    const x = timeScale([T0, T0 + 10 * DAY], [0, 1000]);
    expect(x(T0 - DAY)).to.equal(-100);
    expect(x.invert(1100)).to.equal(T0 + 11 * DAY);
  });

  it('runs right to left when the range is reversed, as in Arabic', () => {
    const x = timeScale([T0, T0 + 10 * DAY], [1000, 0]);
    expect(x(T0)).to.equal(1000);
    expect(x(T0 + DAY)).to.equal(900);
    expect(x.invert(900)).to.equal(T0 + DAY);
  });

  it('accepts dates as its domain and reports it in milliseconds', () => {
    const x = timeScale()
      .domain([new Date(T0), new Date(T0 + DAY)])
      .range([0, 10]);
    expect(x.domain()).to.deep.equal([T0, T0 + DAY]);
    expect(x.range()).to.deep.equal([0, 10]);
  });

  it('copies independently of the original', () => {
    const x = timeScale([T0, T0 + DAY], [0, 10]);
    const y = x.copy().domain([T0, T0 + 2 * DAY]);
    expect(x.domain()).to.deep.equal([T0, T0 + DAY]);
    expect(y(T0 + 2 * DAY)).to.equal(10);
  });

  it('maps a degenerate domain to the start of the range instead of NaN', () => {
    const x = timeScale([T0, T0], [0, 10]);
    expect(x(T0 + DAY)).to.equal(0);
  });

  it('is rescaled by a zoom transform to the window the transform shows', () => {
    const x = timeScale([T0, T0 + 10 * DAY], [0, 1000]);
    // Zoomed in 2× and panned so that day 4 sits at the left edge; in Arabic the range runs the other way.
    const window = zoomIdentity.scale(2).translate(-400, 0).rescaleX(x).domain();
    expect(window).to.deep.equal([T0 + 4 * DAY, T0 + 9 * DAY]);
    const rtl = zoomIdentity
      .scale(2)
      .translate(-400, 0)
      .rescaleX(timeScale([T0, T0 + 10 * DAY], [1000, 0]));
    expect(rtl.domain()).to.deep.equal([T0 + DAY, T0 + 6 * DAY]);
  });
});
