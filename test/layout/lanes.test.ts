import { expect } from '@open-wc/testing';
import { layoutLanes, type Layout } from '../../src/layout/lanes.js';

const options = { lanes: 3, radius: 6, labelGap: 6, gap: 10, clusterWidth: 32 };

function run(u: number[], width = 80, lanes = 3): Layout {
  return layoutLanes({ u, uEnd: u, from: 0, to: u.length, labelWidth: () => width }, { ...options, lanes });
}

describe('lane layout', () => {
  it('puts well-spaced events in the first lane', () => {
    const layout = run([0, 200, 400]);
    expect(layout.events.map((e) => e.lane)).to.deep.equal([0, 0, 0]);
    expect(layout.clusters).to.have.length(0);
  });

  it('stacks overlapping labels into further lanes', () => {
    const layout = run([0, 20, 40]);
    expect(layout.events.map((e) => e.lane)).to.deep.equal([0, 1, 2]);
  });

  it('clusters what fits in no lane, and every item is placed or clustered exactly once', () => {
    const u = Array.from({ length: 50 }, (_, i) => i * 3);
    const layout = run(u);
    const clustered = layout.clusters.flatMap((c) =>
      c.ranges.flatMap(([a, b]) => Array.from({ length: b - a }, (_, k) => a + k)),
    );
    const placed = layout.events.map((e) => e.index);
    expect([...placed, ...clustered].sort((a, b) => a - b)).to.deep.equal(u.map((_, i) => i));
    expect(layout.clusters.reduce((n, c) => n + c.count, 0)).to.equal(clustered.length);
  });
});
