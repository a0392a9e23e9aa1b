import { expect } from '@open-wc/testing';
import { densityBins, densityPath } from '../../src/layout/density.js';

describe('densityBins', () => {
  it('counts the times in each equal slice, the end included in the last', () => {
    const at = Float64Array.from([0, 1, 2, 5, 9, 10]);
    expect([...densityBins(at, 0, 10, 2)]).to.deep.equal([3, 3]);
    expect([...densityBins(at, 0, 10, 5)]).to.deep.equal([2, 1, 1, 0, 2]);
  });

  it('leaves out times outside [start, end]', () => {
    expect([...densityBins(Float64Array.from([-5, 3, 20]), 0, 10, 2)]).to.deep.equal([1, 0]);
  });
});

describe('densityPath', () => {
  it('draws one bar per non-empty bin, square-root scaled and at least 2 px tall', () => {
    const path = densityPath([4, 0, 1], 9, 20, 3, false);
    expect(path).to.equal('M0 20h2v-20h-2zM6 20h2v-10h-2z');
  });

  it('runs from the right in right-to-left layouts', () => {
    expect(densityPath([4, 0, 1], 9, 20, 3, true)).to.equal('M6 20h2v-20h-2zM0 20h2v-10h-2z');
  });

  it('keeps a lone event visible beside a pile-up', () => {
    expect(densityPath([10000, 1], 6, 20, 3, false)).to.equal('M0 20h2v-20h-2zM3 20h2v-2h-2z');
  });
});
