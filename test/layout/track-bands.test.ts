import { expect } from '@open-wc/testing';
import { bandsFit, indexInBand, splitIntoBands, stackBands, toGlobalLayout } from '../../src/layout/track-bands.js';
import { firstIndex } from '../../src/layout/lanes.js';

// Seven items in time order; their tracks, and one range (item 4, two units long).
const tracks = ['b', 'a', undefined, 'b', 'a', 'gone', 'b'];
const at = Float64Array.from([0, 1, 2, 3, 4, 5, 6]);
const end = Float64Array.from([0, 1, 2, 3, 6, 5, 6]);

describe('splitIntoBands', () => {
  it('makes one band per track in the dataset’s order, then one for the rest, with their columns', () => {
    const bands = splitIntoBands((i) => tracks[i], at, end, ['a', 'b', 'empty']);
    expect(bands.map((b) => b.key)).to.deep.equal(['a', 'b', '']);
    expect([...bands[0]!.index]).to.deep.equal([1, 4]);
    expect([...bands[0]!.at]).to.deep.equal([1, 4]);
    expect([...bands[0]!.end]).to.deep.equal([1, 6]);
    expect(bands[0]!.longestRange).to.equal(2);
    expect([...bands[1]!.index]).to.deep.equal([0, 3, 6]);
    expect(bands[1]!.longestRange).to.equal(0);
    // No track, or one the dataset does not list.
    expect([...bands[2]!.index]).to.deep.equal([2, 5]);
  });

  it('leaves out the band for the rest when every item has a listed track', () => {
    const bands = splitIntoBands(() => 'a', at, end, ['a']);
    expect(bands.map((b) => b.key)).to.deep.equal(['a']);
    expect(bands[0]!.index).to.have.length(7);
  });

  it('finds an item in its band', () => {
    const [a, b] = splitIntoBands((i) => tracks[i], at, end, ['a', 'b']);
    expect(indexInBand(b!, 3)).to.equal(1);
    expect(indexInBand(a!, 3)).to.equal(-1);
    expect(indexInBand(a!, 99)).to.equal(-1);
  });
});

describe('toGlobalLayout', () => {
  it('gives events and clusters indexes into all items, joining consecutive items into one range', () => {
    const [, b, rest] = splitIntoBands((i) => tracks[i], at, end, ['a', 'b']);
    const layout = toGlobalLayout(
      {
        events: [{ index: 1, lane: 0, u0: 0, u1: 10, labelWidth: 5 }],
        clusters: [
          {
            ranges: [
              [0, 1],
              [2, 3],
            ],
            count: 2,
            first: 0,
            last: 6,
            width: 40,
          },
        ],
      },
      b!,
    );
    expect(layout.events.map((e) => e.index)).to.deep.equal([3]);
    expect(layout.clusters[0]!.ranges).to.deep.equal([
      [0, 1],
      [6, 7],
    ]);
    expect(layout.clusters[0]!.count).to.equal(2);
    expect(layout.clusters[0]!.width).to.equal(40);
    // Its first item is known without working out the ranges (drawing reads only that).
    expect(layout.clusters[0]!.start).to.equal(0);
    expect(firstIndex(layout.clusters[0]!)).to.equal(0);
    // Items 2 and 5 of the rest are not consecutive; a band of consecutive items makes one range.
    const consecutive = splitIntoBands(() => 'x', at, end, ['x'])[0]!;
    expect(
      toGlobalLayout(
        { events: [], clusters: [{ ranges: [[1, 5]], count: 4, first: 1, last: 4, width: 32 }] },
        consecutive,
      ).clusters[0]!.ranges,
    ).to.deep.equal([[1, 5]]);
    expect(
      toGlobalLayout({ events: [], clusters: [{ ranges: [[0, 2]], count: 2, first: 2, last: 5, width: 32 }] }, rest!)
        .clusters[0]!.ranges,
    ).to.deep.equal([
      [2, 3],
      [5, 6],
    ]);
  });
});

describe('stackBands', () => {
  const metrics = { top: 40, bottom: 400, headingHeight: 20, laneHeight: 28, clusterRowHeight: 30 };
  const laneCount = (boxes: { lanes: number }[]) => boxes.map((b) => b.lanes);

  it('stacks bands, each with its heading, its lanes and its cluster row, filling the height', () => {
    const boxes = stackBands([5, 5, 5], metrics);
    // 360 px: three bands of 20 + 28 + 30 = 78 px leave 126 px, four more lanes, shared out evenly and then
    // by the first largest remainders.
    expect(laneCount(boxes)).to.deep.equal([3, 2, 2]);
    expect(boxes[0]!.top).to.equal(40);
    for (const [b, box] of boxes.entries()) {
      expect(box.lanesTop).to.equal(box.top + 20);
      expect(box.clusterTop).to.equal(box.lanesTop + box.lanes * 28);
      expect(box.clusterTop + 30).to.be.at.most(box.bottom);
      if (b > 0) expect(box.top).to.equal(boxes[b - 1]!.bottom);
    }
    expect(boxes.at(-1)!.bottom).to.equal(400);
  });

  it('gives the lanes left after one each in proportion to how many events a band holds', () => {
    // 360 − 2 × 78 = 204 px: seven more lanes, for weights 6 : 1.
    expect(laneCount(stackBands([60, 10], metrics))).to.deep.equal([7, 2]);
    expect(laneCount(stackBands([1, 0], metrics))).to.deep.equal([8, 1]);
  });

  it('says whether bands of a heading, one lane and a cluster row each fit', () => {
    // 360 px and 78 px a band.
    expect(bandsFit(4, metrics)).to.equal(true);
    expect(bandsFit(5, metrics)).to.equal(false);
  });

  it('gives every band at least one lane, running past the bottom when they do not fit', () => {
    const boxes = stackBands([9, 1, 1, 1, 1, 1, 1, 1], metrics);
    expect(boxes.every((b) => b.lanes === 1)).to.equal(true);
    for (let b = 1; b < boxes.length; b += 1) expect(boxes[b]!.top).to.equal(boxes[b - 1]!.bottom);
    expect(boxes[0]!.bottom - boxes[0]!.top).to.equal(78);
    expect(boxes.at(-1)!.bottom).to.be.above(400);
  });
});
