import { logicalX, physicalLeft, pxPerMs, type View } from '../time/view.js';
import { clusterExtent, firstIndex, type Cluster, type Layout } from './lanes.js';

/** What the frame needs of an item: where its node sits and what it covers (epoch ms). */
export interface FrameItem {
  at: number;
  start: number;
  end: number;
  isRange: boolean;
}

/** A node drawn this frame: an event in a lane, in physical pixels of the view. */
export interface DrawnEvent<T extends FrameItem = FrameItem> {
  item: T;
  index: number;
  lane: number;
  left: number;
  top: number;
  width: number;
  /** Width the label may take: shortened at the end of the view, 0 when there is no room for one. */
  labelWidth: number;
  /**
   * The label sits before the node (left of it in English, right in Arabic): the node is near the
   * end of the view, where its label would be cut short, and its lane is free before it.
   */
  labelBefore: boolean;
  /** Length of a range's bar from the node, 0 for a point event. */
  rangeWidth: number;
  /** Width of the faint band of the span a point event's precision covers, 0 when too narrow to show. */
  spanWidth: number;
  /**
   * How far that span starts before the node's centre, in pixels. Not half its width: events of one
   * day are spread across it, and each band still covers the day itself.
   */
  spanBefore: number;
}

/** A cluster drawn this frame. */
export interface DrawnCluster {
  /** Stable while the cluster starts at the same item. */
  key: string;
  cluster: Cluster;
  left: number;
  width: number;
  /** Top of its row, where clusters are not all in the one row under the lanes (events grouped by track). */
  top?: number;
}

export interface FrameGeometry {
  radius: number;
  labelGap: number;
  laneHeight: number;
  /** Space above the first lane. */
  top: number;
  /** Least space between two things in a lane (as in the layout). */
  gap: number;
}

/** A label narrower than this is not worth drawing: the node alone is shown. */
const MIN_LABEL = 24;

/**
 * Places a layout (made at its own, possibly coarser, scale) in the view: each event and cluster
 * that reaches into it, at the view's scale, mirrored in right-to-left views.
 */
export function drawFrame<T extends FrameItem>(
  layout: Layout,
  items: readonly T[],
  view: View,
  geometry: FrameGeometry,
): { events: DrawnEvent<T>[]; clusters: DrawnCluster[] } {
  const scale = pxPerMs(view);
  // On a folded axis, positions go through the fold; the layout was made in folded time.
  const x = view.fold ? (time: number) => logicalX(view, time) : (time: number) => (time - view.start) * scale;
  const { radius, labelGap, gap } = geometry;
  const events: DrawnEvent<T>[] = [];
  // Where each lane's last drawn box ends, so a label moved before its node never runs into it.
  const laneEnds = new Map<number, number>();
  for (const placed of layout.events) {
    const item = items[placed.index]!;
    const u = x(item.at);
    const uRangeEnd = item.isRange ? x(item.end) : u;
    const u0 = u - radius;
    if (Math.max(u + radius + labelGap + placed.labelWidth, uRangeEnd + radius) < 0 || u0 > view.width) continue;
    const spanWidth = item.isRange ? 0 : x(item.end) - x(item.start);
    const shownSpan = spanWidth > radius * 4 ? spanWidth : 0;
    // A label running past the end of the view is shortened to fit; shortening never overlaps.
    const room = view.width - (u + radius + labelGap) - 4;
    let labelWidth = room < placed.labelWidth ? (room >= MIN_LABEL ? room : 0) : placed.labelWidth;
    let labelBefore = false;
    if (labelWidth < placed.labelWidth && !item.isRange) {
      // Cut short at the end of the view: before the node, up to what the lane holds, it may fit better.
      const free = Math.max(0, (laneEnds.get(placed.lane) ?? -Infinity) + gap);
      const before = Math.min(placed.labelWidth, u0 - labelGap - free - 4);
      if (before > labelWidth && before >= MIN_LABEL) {
        labelWidth = before;
        labelBefore = true;
      }
    }
    const start = labelBefore ? u0 - labelGap - labelWidth : u0;
    const u1 = labelBefore
      ? u + radius
      : Math.max(labelWidth ? u + radius + labelGap + labelWidth : u + radius, uRangeEnd + radius);
    laneEnds.set(placed.lane, u1);
    events.push({
      item,
      index: placed.index,
      lane: placed.lane,
      left: physicalLeft(view, start, u1),
      top: geometry.top + placed.lane * geometry.laneHeight,
      width: u1 - start,
      labelWidth,
      labelBefore,
      rangeWidth: uRangeEnd - u,
      spanWidth: shownSpan,
      spanBefore: shownSpan ? u - x(item.start) : 0,
    });
  }
  const clusters: DrawnCluster[] = [];
  for (const cluster of layout.clusters) {
    // Folded, a cluster's `first` is in folded time; its first item's time is not.
    const { u0, u1 } = view.fold
      ? {
          u0: x(items[firstIndex(cluster)]!.at) - radius,
          u1: x(items[firstIndex(cluster)]!.at) - radius + cluster.width,
        }
      : clusterExtent(cluster, view.start, scale, radius);
    if (u1 < 0 || u0 > view.width) continue;
    clusters.push({ key: `${firstIndex(cluster)}`, cluster, left: physicalLeft(view, u0, u1), width: u1 - u0 });
  }
  return { events, clusters };
}
