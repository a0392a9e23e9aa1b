import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { clusterExtent, layoutLanes, type Layout, type LayoutOptions } from '../../src/layout/lanes.js';

/** A pill's width for a count, as the element measures it: digits of 8 px, padding and border 14 px. */
const countWidth = (count: number) => String(count).length * 8 + 14;
const options: LayoutOptions = { lanes: 3, radius: 6, labelGap: 6, gap: 10, clusterWidth: 32, countWidth };

function run(at: number[], width: number | ((i: number) => number) = 80, opts: Partial<LayoutOptions> = {}): Layout {
  const labelWidth = typeof width === 'number' ? () => width : width;
  return layoutLanes(
    { at, end: at, origin: 0, pxPerMs: 1, from: 0, to: at.length, labelWidth },
    { ...options, ...opts },
  );
}

function members(layout: Layout): number[] {
  const clustered = layout.clusters.flatMap((c) =>
    c.ranges.flatMap(([a, b]) => Array.from({ length: b - a }, (_, k) => a + k)),
  );
  return [...layout.events.map((e) => e.index), ...clustered].sort((a, b) => a - b);
}

/** True when two labelled boxes in one lane, or two cluster pills, overlap at a scale. */
function overlaps(layout: Layout, at: number[], scale: number): boolean {
  const lanes = new Map<number, [number, number][]>();
  for (const e of layout.events) {
    // Label boxes keep their pixel width while positions scale.
    const u = at[e.index]! * scale;
    const box: [number, number] = [u - options.radius, u + (e.u1 - at[e.index]!)];
    lanes.set(e.lane, [...(lanes.get(e.lane) ?? []), box]);
  }
  const rows = [...lanes.values()];
  rows.push(
    layout.clusters.map((c) => {
      const { u0, u1 } = clusterExtent(c, 0, scale, options.radius);
      return [u0, u1] as [number, number];
    }),
  );
  return rows.some((boxes) => boxes.some((a, i) => i > 0 && a[0] < boxes[i - 1]![1]));
}

/** True when two boxes in one lane, or two cluster pills, overlap in a layout made at `pxPerMs`. */
function overlapsAtOwnScale(layout: Layout, pxPerMs: number): boolean {
  const rows = new Map<number, [number, number][]>();
  for (const e of layout.events) rows.set(e.lane, [...(rows.get(e.lane) ?? []), [e.u0, e.u1]]);
  const all = [...rows.values()];
  all.push(
    layout.clusters.map((c) => {
      const { u0, u1 } = clusterExtent(c, 0, pxPerMs, options.radius);
      return [u0, u1] as [number, number];
    }),
  );
  return all.some((boxes) => {
    const sorted = [...boxes].sort((a, b) => a[0] - b[0]);
    return sorted.some((a, i) => i > 0 && a[0] < sorted[i - 1]![1]);
  });
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
    const at = Array.from({ length: 50 }, (_, i) => i * 3);
    const layout = run(at);
    expect(members(layout)).to.deep.equal(at.map((_, i) => i));
    expect(layout.clusters.reduce((n, c) => n + c.count, 0)).to.equal(50 - layout.events.length);
  });

  it('clusters a pile-up of a thousand events on one point into a single cluster', () => {
    const at = Array.from({ length: 1000 }, () => 500);
    const layout = run(at);
    expect(layout.events).to.have.length(3);
    expect(layout.clusters).to.have.length(1);
    expect(layout.clusters[0]!.count).to.equal(997);
  });

  it('turns a dense stretch into a row of bounded pills, not one pill across the axis', () => {
    const at = Array.from({ length: 1000 }, (_, i) => i * 2);
    const layout = run(at);
    expect(layout.clusters.length).to.be.above(30);
    for (const c of layout.clusters) expect(c.last - c.first).to.be.below(c.width + options.gap);
    expect(members(layout)).to.deep.equal(at.map((_, i) => i));
  });

  it('makes a pill as wide as its count needs, and its bucket with it', () => {
    // 997 events on one point: three digits need 38 px, more than the least width of 32.
    const pile = run(Array.from({ length: 1000 }, () => 500));
    expect(pile.clusters.map((c) => [c.count, c.width])).to.deep.equal([[997, 38]]);
    // A dense stretch: every pill fits its count, none overlaps, and a wider pill holds more.
    const at = Array.from({ length: 6000 }, (_, i) => i * 0.1);
    const dense = run(at);
    for (const c of dense.clusters) expect(c.width).to.equal(Math.max(32, countWidth(c.count)));
    expect(dense.clusters.some((c) => c.width > 32)).to.equal(true);
    expect(overlaps(dense, at, 1)).to.equal(false);
    expect(members(dense)).to.deep.equal(at.map((_, i) => i));
    // Without countWidth, every pill is the least width.
    const fixed = run(at, 80, { countWidth: undefined });
    expect(new Set(fixed.clusters.map((c) => c.width))).to.deep.equal(new Set([32]));
    expect(fixed.clusters.length).to.be.above(dense.clusters.length);
  });

  it('splits clusters as the scale grows', () => {
    const at = Array.from({ length: 40 }, (_, i) => i);
    const dense = layoutLanes({ at, end: at, origin: 0, pxPerMs: 1, from: 0, to: 40, labelWidth: () => 60 }, options);
    const sparse = layoutLanes(
      { at, end: at, origin: 0, pxPerMs: 200, from: 0, to: 40, labelWidth: () => 60 },
      options,
    );
    expect(dense.clusters.length).to.be.above(0);
    expect(sparse.clusters).to.have.length(0);
    expect(sparse.events).to.have.length(40);
  });

  it('never overlaps labels or clusters, at its scale and at every larger one, and loses no item (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 5000 }), { maxLength: 300 }),
        fc.array(fc.integer({ min: 0, max: 300 }), { minLength: 1, maxLength: 20 }),
        fc.integer({ min: 0, max: 8 }),
        fc.double({ min: 1, max: 50, noNaN: true }),
        (times, widths, lanes, zoom) => {
          const at = [...times].sort((a, b) => a - b);
          const layout = run(at, (i) => widths[i % widths.length]!, { lanes });
          expect(members(layout)).to.deep.equal(at.map((_, i) => i));
          expect(overlaps(layout, at, 1), 'at its scale').to.equal(false);
          expect(overlaps(layout, at, zoom), `at ${zoom}×`).to.equal(false);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('places kept items again first, and fills the room around them with the others', () => {
    // At 1 px/ms items 0 and 2 hold the one lane; with item 1 kept, both give way to it.
    const at = [0, 50, 100];
    const plain = run(at, 40, { lanes: 1 });
    expect(plain.events.map((e) => e.index)).to.deep.equal([0, 2]);
    const kept = layoutLanes(
      { at, end: at, origin: 0, pxPerMs: 1, from: 0, to: 3, labelWidth: () => 40, keep: [1] },
      { ...options, lanes: 1 },
    );
    expect(kept.events.map((e) => e.index)).to.deep.equal([1]);
    expect(members(kept)).to.deep.equal([0, 1, 2]);
  });

  it('keeps every kept item when zooming in, without overlaps, and loses no item (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 5000 }), { maxLength: 300 }),
        fc.array(fc.integer({ min: 0, max: 300 }), { minLength: 1, maxLength: 20 }),
        fc.integer({ min: 0, max: 8 }),
        fc.double({ min: 1, max: 20, noNaN: true }),
        fc.double({ min: 0.05, max: 1, noNaN: true }),
        (times, widths, lanes, zoom, out) => {
          const at = [...times].sort((a, b) => a - b);
          const labelWidth = (i: number) => widths[i % widths.length]!;
          const first = run(at, labelWidth, { lanes });
          const keep = first.events.map((e) => e.index);
          const layoutAt = (pxPerMs: number) =>
            layoutLanes(
              { at, end: at, origin: 0, pxPerMs, from: 0, to: at.length, labelWidth, keep },
              { ...options, lanes },
            );
          const deeper = layoutAt(zoom);
          expect(members(deeper)).to.deep.equal(at.map((_, i) => i));
          expect(overlapsAtOwnScale(deeper, zoom), `at ${zoom}×`).to.equal(false);
          expect(deeper.events.map((e) => e.index)).to.include.members(keep);
          // Zooming out, kept items that no longer fit give way, and nothing overlaps either.
          const shallower = layoutAt(out);
          expect(members(shallower)).to.deep.equal(at.map((_, i) => i));
          expect(overlapsAtOwnScale(shallower, out), `at ${out}×`).to.equal(false);
        },
      ),
      { numRuns: 300 },
    );
  });
  it('places a pinned item even where kept items hold every lane, and they give way to it', () => {
    // Items 0 and 1 are kept in the two lanes; both are still under way when item 2 starts.
    const at = [0, 10, 20];
    const layout = layoutLanes(
      { at, end: at, origin: 0, pxPerMs: 1, from: 0, to: 3, labelWidth: () => 100, keep: [0, 1, 2], pinned: 2 },
      { ...options, lanes: 2 },
    );
    expect(layout.events.map((e) => e.index)).to.include(2);
    expect(members(layout)).to.deep.equal([0, 1, 2]);
    expect(overlapsAtOwnScale(layout, 1)).to.equal(false);
  });

  it('always places the pinned item, without overlaps, losing no item (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 5000 }), { minLength: 1, maxLength: 300 }),
        fc.array(fc.integer({ min: 0, max: 300 }), { minLength: 1, maxLength: 20 }),
        fc.integer({ min: 1, max: 8 }),
        fc.double({ min: 0.05, max: 20, noNaN: true }),
        fc.nat(),
        (times, widths, lanes, scale, pick) => {
          const at = [...times].sort((a, b) => a - b);
          const labelWidth = (i: number) => widths[i % widths.length]!;
          const pinned = pick % at.length;
          const keep = [...new Set([...run(at, labelWidth, { lanes }).events.map((e) => e.index), pinned])].sort(
            (a, b) => a - b,
          );
          const layout = layoutLanes(
            { at, end: at, origin: 0, pxPerMs: scale, from: 0, to: at.length, labelWidth, keep, pinned },
            { ...options, lanes },
          );
          expect(layout.events.map((e) => e.index)).to.include(pinned);
          expect(members(layout)).to.deep.equal(at.map((_, i) => i));
          expect(overlapsAtOwnScale(layout, scale)).to.equal(false);
        },
      ),
      { numRuns: 300 },
    );
  });
});
