import { expect } from '@open-wc/testing';
import { drawFrame, type FrameItem } from '../../src/layout/frame.js';
import type { Layout } from '../../src/layout/lanes.js';
import type { View } from '../../src/time/view.js';

const geometry = { radius: 6, labelGap: 6, clusterWidth: 32, laneHeight: 28, top: 48, gap: 10 };
const point = (at: number, span = 0): FrameItem => ({ at, start: at - span / 2, end: at + span / 2, isRange: false });
const ltr: View = { start: 0, end: 1000, width: 1000, rtl: false };
const rtl: View = { ...ltr, rtl: true };

function layoutOf(
  events: [index: number, lane: number, labelWidth: number][],
  clusters: Layout['clusters'] = [],
): Layout {
  return { events: events.map(([index, lane, labelWidth]) => ({ index, lane, u0: 0, u1: 0, labelWidth })), clusters };
}

describe('drawFrame', () => {
  it('places a node and its label from the node’s time, in its lane', () => {
    const { events } = drawFrame(layoutOf([[0, 2, 80]]), [point(100)], ltr, geometry);
    expect(events).to.have.length(1);
    expect(events[0]).to.include({ left: 94, top: 48 + 2 * 28, width: 2 * 6 + 6 + 80, labelWidth: 80 });
  });

  it('mirrors the same frame in a right-to-left view', () => {
    const [a] = drawFrame(layoutOf([[0, 0, 80]]), [point(100)], ltr, geometry).events;
    const [b] = drawFrame(layoutOf([[0, 0, 80]]), [point(100)], rtl, geometry).events;
    expect(b!.width).to.equal(a!.width);
    expect(b!.left).to.equal(1000 - (a!.left + a!.width));
  });

  it('leaves out what does not reach into the view, and keeps a node whose label does', () => {
    const items = [point(-500), point(-50), point(1500)];
    const { events } = drawFrame(
      layoutOf([
        [0, 0, 80],
        [1, 0, 80],
        [2, 0, 80],
      ]),
      items,
      ltr,
      geometry,
    );
    expect(events.map((e) => e.index)).to.deep.equal([1]);
  });

  it('shortens a label at the end of the view, and drops it where under 24 px would remain', () => {
    // Each lane holds a box just before, so the labels cannot move before their nodes either.
    const { events } = drawFrame(
      layoutOf([
        [2, 0, 180],
        [3, 1, 200],
        [0, 0, 200],
        [1, 1, 200],
      ]),
      [point(900), point(975), point(700), point(760)],
      ltr,
      geometry,
    );
    const byIndex = new Map(events.map((e) => [e.index, e]));
    expect(byIndex.get(0)!.labelWidth).to.equal(1000 - (900 + 6 + 6) - 4);
    expect(byIndex.get(0)!.labelBefore).to.equal(false);
    expect(byIndex.get(1)!.labelWidth).to.equal(0);
  });

  it('puts a label cut short at the end of the view before its node when its lane is free there', () => {
    const { events } = drawFrame(layoutOf([[0, 0, 200]]), [point(975)], ltr, geometry);
    const e = events[0]!;
    expect(e.labelBefore).to.equal(true);
    expect(e.labelWidth).to.equal(200);
    // The box ends at the node's far edge; the label and the gap come before the node.
    expect(e.left + e.width).to.equal(975 + 6);
    expect(e.left).to.equal(975 - 6 - 6 - 200);
  });

  it('moves a label before its node only up to what its lane already holds, with a gap', () => {
    const { events } = drawFrame(
      layoutOf([
        [0, 0, 100],
        [1, 0, 200],
      ]),
      [point(700), point(975)],
      ltr,
      geometry,
    );
    const [a, b] = events as [(typeof events)[0], (typeof events)[0]];
    expect(b.labelBefore).to.equal(true);
    expect(b.labelWidth).to.be.below(200).and.at.least(24);
    expect(b.left).to.be.at.least(a.left + a.width + geometry.gap);
  });

  it('mirrors a label before its node in a right-to-left view', () => {
    const [a] = drawFrame(layoutOf([[0, 0, 200]]), [point(975)], ltr, geometry).events;
    const [b] = drawFrame(layoutOf([[0, 0, 200]]), [point(975)], rtl, geometry).events;
    expect(b!.labelBefore).to.equal(true);
    expect(b!.left).to.equal(1000 - (a!.left + a!.width));
    expect(b!.width).to.equal(a!.width);
  });

  it('keeps a range’s label after its node (the bar runs that way)', () => {
    const range: FrameItem = { at: 960, start: 960, end: 990, isRange: true };
    const [e] = drawFrame(layoutOf([[0, 0, 200]]), [range], ltr, geometry).events;
    expect(e!.labelBefore).to.equal(false);
  });

  it('draws a range as a bar from its node to its end, at the view’s scale', () => {
    const range: FrameItem = { at: 100, start: 100, end: 400, isRange: true };
    const half: View = { start: 0, end: 2000, width: 1000, rtl: false };
    const [e] = drawFrame(layoutOf([[0, 0, 40]]), [range], half, geometry).events;
    expect(e!.rangeWidth).to.equal(150);
    expect(e!.left + e!.width).to.equal(200 + 6);
  });

  it('shows the span a point event’s precision covers only when it is wider than two nodes', () => {
    const wide = drawFrame(layoutOf([[0, 0, 40]]), [point(500, 100)], ltr, geometry).events[0]!;
    const narrow = drawFrame(layoutOf([[0, 0, 40]]), [point(500, 20)], ltr, geometry).events[0]!;
    expect(wide.spanWidth).to.equal(100);
    expect(narrow.spanWidth).to.equal(0);
  });

  it('places the span of an event moved within its day over the day, not centred on the node', () => {
    // A day from 400 to 500 whose event is drawn at 420 (events of one day are spread across it).
    const spread: FrameItem = { at: 420, start: 400, end: 500, isRange: false };
    const [e] = drawFrame(layoutOf([[0, 0, 40]]), [spread], ltr, geometry).events;
    expect(e!.spanWidth).to.equal(100);
    expect(e!.spanBefore).to.equal(20);
  });

  it('keys clusters by their first item and leaves out those outside the view', () => {
    const clusters = [
      { ranges: [[3, 7]] as [number, number][], count: 4, first: 200, last: 210, width: 32 },
      { ranges: [[9, 12]] as [number, number][], count: 3, first: 5000, last: 5010, width: 32 },
    ];
    const drawn = drawFrame(layoutOf([], clusters), [], ltr, geometry).clusters;
    expect(drawn.map((c) => c.key)).to.deep.equal(['3']);
    expect(drawn[0]).to.include({ left: 194, width: 32 });
  });

  it('draws each cluster pill as wide as the layout made it', () => {
    const clusters = [
      { ranges: [[3, 7]] as [number, number][], count: 4, first: 200, last: 210, width: 32 },
      { ranges: [[9, 13777]] as [number, number][], count: 13768, first: 300, last: 310, width: 55 },
    ];
    const drawn = drawFrame(layoutOf([], clusters), [], ltr, geometry).clusters;
    expect(drawn.map((c) => c.width)).to.deep.equal([32, 55]);
    expect(drawn[1]!.left).to.equal(294);
    // Mirrored: the pill ends where it starts in a left-to-right view.
    expect(drawFrame(layoutOf([], clusters), [], rtl, geometry).clusters[1]).to.include({
      left: 1000 - 349,
      width: 55,
    });
  });
});
