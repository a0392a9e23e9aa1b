import { expect } from '@open-wc/testing';
import { BandedLayout } from '../../src/layout/banded-layout.js';
import type { LayoutOptions } from '../../src/layout/lanes.js';
import { stackBands, type BandBox, type TrackBand } from '../../src/layout/track-bands.js';

const MINUTE = 60_000;
// Forty items a minute apart, alternating between two tracks.
const n = 40;
const at = Float64Array.from({ length: n }, (_, i) => i * MINUTE);
const items = Array.from(at, (t) => ({ at: t, start: t, end: t, isRange: false }));
const trackOf = (i: number) => (i % 2 ? 'b' : 'a');
const options: LayoutOptions = { lanes: 1, radius: 6, labelGap: 6, gap: 10, clusterWidth: 32 };
const view = { start: 0, end: n * MINUTE, width: 800, rtl: false };

function draw(layout: BandedLayout, labelWidth: number, shown = view, ahead = false) {
  const bands = layout.bands(1, ['a', 'b'], trackOf, at, at);
  const boxes = stackBands(
    bands.map((b) => b.index.length),
    { top: 20, bottom: 300, headingHeight: 20, laneHeight: 28, clusterRowHeight: 30 },
  );
  const requests = {
    request: (band: TrackBand, lanes: number) => ({
      at: band.at,
      end: band.end,
      longestRange: 0,
      epoch: 0,
      basePxPerMs: 800 / (n * MINUTE),
      viewStart: shown.start,
      viewEnd: shown.end,
      width: 800,
      options: { ...options, lanes },
      labelWidth: () => labelWidth,
    }),
    key: (band: TrackBand, box: BandBox) => `${band.key}|${box.lanes}`,
    pinned: -1,
  };
  // Worked out ahead, as in idle time before the frame that draws `shown`.
  if (ahead) layout.prepare(bands, boxes, requests);
  const drawn = layout.draw(shown, bands, boxes, items, {
    ...requests,
    geometry: (o, top) => ({ ...o, laneHeight: 28, top }),
  });
  return { bands, boxes, drawn };
}

describe('BandedLayout', () => {
  it('keeps the bands while the items and tracks stay the same', () => {
    const layout = new BandedLayout();
    const first = layout.bands(1, ['a', 'b'], trackOf, at, at);
    expect(layout.bands(1, ['a', 'b'], trackOf, at, at)).to.equal(first);
    expect(layout.bands(2, ['a', 'b'], trackOf, at, at)).not.to.equal(first);
    expect(layout.bands(2, ['b', 'a'], trackOf, at, at).map((b) => b.key)).to.deep.equal(['b', 'a']);
  });

  it('draws each band’s events in its lanes and its clusters in its row, in time order across bands', () => {
    // Labels too wide for a minute: each band draws some events and clusters the rest.
    const { boxes, drawn } = draw(new BandedLayout(), 120);
    expect(drawn.events.length).to.be.above(0);
    for (const e of drawn.events) {
      const box = boxes[e.index % 2]!;
      expect(e.top).to.be.within(box.lanesTop, box.clusterTop - 1);
    }
    expect(drawn.clusters.length).to.be.above(1);
    const firsts = drawn.clusters.map((c) => c.cluster.first);
    expect(firsts).to.deep.equal([...firsts].sort((x, y) => x - y));
    for (const c of drawn.clusters) {
      const band = c.cluster.ranges[0]![0] % 2;
      expect(c.top).to.equal(boxes[band]!.clusterTop);
      // Every item a cluster holds is of its band's track: indexes into all items, one track each.
      for (const [from, to] of c.cluster.ranges) for (let i = from; i < to; i += 1) expect(i % 2).to.equal(band);
    }
    // Every item is drawn or in a cluster.
    const clustered = drawn.clusters.reduce((sum, c) => sum + c.cluster.count, 0);
    expect(drawn.events.length + clustered).to.equal(n);
  });
  it('draws a zoom step the same from band layouts worked out ahead as from its own', () => {
    const zoomed = { ...view, start: 10 * MINUTE, end: 20 * MINUTE };
    const ahead = new BandedLayout();
    const plain = new BandedLayout();
    draw(ahead, 60);
    draw(plain, 60);
    const a = draw(ahead, 60, zoomed, true).drawn;
    const b = draw(plain, 60, zoomed).drawn;
    expect(a).to.deep.equal(b);
    const bandLayouts = (ahead as unknown as { layouts: { taken: number; computations: number }[] }).layouts;
    expect(bandLayouts.map((l) => [l.taken, l.computations])).to.deep.equal([
      [1, 1],
      [1, 1],
    ]);
  });
});
