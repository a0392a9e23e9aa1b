import { expect } from '@open-wc/testing';
import type { DrawnCluster, DrawnEvent } from '../../src/layout/frame.js';
import type { TimelineItem } from '../../src/model/items.js';
import { TIP_WIDTH, tipAnchor, tipTransform } from '../../src/elements/timeline/tooltip.js';

const item = (id: string) => ({ id }) as TimelineItem;
const box = (left: number, width: number) => ({ left, width, top: 40, above: false });

describe('tooltip placement (pure)', () => {
  it('starts at the node’s left edge in English, moved in to stay whole inside the plot', () => {
    expect(tipTransform(box(100, 50), 1000, false)).to.equal('translate(100px,40px)');
    expect(tipTransform(box(900, 50), 1000, false)).to.equal(`translate(${1000 - TIP_WIDTH}px,40px)`);
    expect(tipTransform(box(-20, 50), 1000, false)).to.equal('translate(0px,40px)');
  });

  it('ends at the node’s right edge in Arabic, growing leftwards, moved in to stay whole', () => {
    expect(tipTransform(box(600, 100), 1000, true)).to.equal('translate(700px,40px) translateX(-100%)');
    expect(tipTransform(box(10, 100), 1000, true)).to.equal(`translate(${TIP_WIDTH}px,40px) translateX(-100%)`);
    expect(tipTransform(box(950, 100), 1000, true)).to.equal('translate(1000px,40px) translateX(-100%)');
  });

  it('goes above its node when asked', () => {
    expect(tipTransform({ ...box(100, 50), above: true }, 1000, false)).to.equal(
      'translate(100px,40px) translateY(-100%)',
    );
  });

  it('anchors under a drawn event, or above the cluster of one holding the event', () => {
    const items = [item('a'), item('b'), item('c')];
    const events = [{ item: items[0]!, left: 10, width: 80, top: 30 }] as DrawnEvent<TimelineItem>[];
    const clusters = [
      { key: '1', cluster: { count: 2, ranges: [[1, 3]] }, left: 200, width: 30 },
      { key: '2', cluster: { count: 1, ranges: [[2, 3]] }, left: 300, width: 24, top: 120 },
    ] as unknown as DrawnCluster[];
    const geometry = { laneHeight: 28, clusterRowTop: 400 };
    expect(tipAnchor('a', events, clusters, items, geometry)).to.deep.equal({
      item: items[0],
      left: 10,
      width: 80,
      top: 58,
      above: false,
    });
    expect(tipAnchor('c', events, clusters, items, geometry)).to.deep.equal({
      item: items[2],
      left: 300,
      width: 24,
      top: 116,
      above: true,
    });
    // In a cluster of two: no tooltip (the cluster is named by its count).
    expect(tipAnchor('b', events, clusters, items, geometry)).to.equal(undefined);
    const inRow = [{ ...clusters[1]!, top: undefined }] as DrawnCluster[];
    expect(tipAnchor('c', events, inRow, items, geometry)!.top).to.equal(396);
  });
});
