import { expect } from '@open-wc/testing';
import { fittedDomain } from '../../src/time/fitted-domain.js';

const DAY = 86_400_000;

describe('fittedDomain', () => {
  const extent = { lo: 0, hi: 100 * DAY };

  it('adds 3 % of the span before the first event', () => {
    const [start] = fittedDomain(extent, 1000, 0);
    expect(start).to.equal(-3 * DAY);
  });

  it('leaves the last label its room in pixels at the width it will be drawn', () => {
    const [start, end] = fittedDomain(extent, 1000, 200);
    // After the last event, 200 of the 1000 pixels.
    expect(((end - extent.hi) / (end - start)) * 1000).to.be.closeTo(200, 1e-6);
  });

  it('keeps the margin after the last event when the label needs less', () => {
    const [, end] = fittedDomain(extent, 1000, 1);
    expect(end).to.equal(extent.hi + 3 * DAY);
  });

  it('gives the label at most 35 % of the view on a narrow screen', () => {
    const [start, end] = fittedDomain(extent, 300, 250);
    expect((end - extent.hi) / (end - start)).to.be.closeTo(0.35, 1e-9);
  });

  it('gives a single instant the margins of a day, so the window is never empty', () => {
    const [start, end] = fittedDomain({ lo: 5 * DAY, hi: 5 * DAY }, 1000, 0);
    expect(start).to.be.below(5 * DAY);
    expect(end).to.be.above(5 * DAY);
    expect(end - start).to.be.closeTo(0.06 * DAY, 1);
  });

  it('shows a month around now without events', () => {
    expect(fittedDomain(null, 1000, 100, 50 * DAY)).to.deep.equal([35 * DAY, 65 * DAY]);
  });
});
