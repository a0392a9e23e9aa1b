/**
 * Lane stacking with overflow clustering, in logical pixels: `u` grows in reading direction (left
 * to right in English, right to left in Arabic), so the same layout serves both directions and
 * only the final placement mirrors.
 */

export interface LayoutInput {
  /** Logical position of each item's node, ascending. */
  u: ArrayLike<number>;
  /** Logical position where each item's range ends (equal to `u` for a point event). */
  uEnd: ArrayLike<number>;
  /** Width of each item's label in pixels; called only for items the layout tries to place. */
  labelWidth: (index: number) => number;
  /** First and last (exclusive) index to lay out. */
  from: number;
  to: number;
}

export interface LayoutOptions {
  /** How many lanes of labelled events fit. */
  lanes: number;
  /** Radius of an event node, in pixels. */
  radius: number;
  /** Space between the node and its label. */
  labelGap: number;
  /** Least space between two things in a lane. */
  gap: number;
  /** Least width of a cluster pill. */
  clusterWidth: number;
}

export interface PlacedEvent {
  index: number;
  lane: number;
  /** Logical start and end of the box the node and label occupy. */
  u0: number;
  u1: number;
  /** Width the label may take (it is truncated to this). */
  labelWidth: number;
}

export interface Cluster {
  /** Index ranges [from, to) of the items it holds, ascending. */
  ranges: [number, number][];
  count: number;
  /** Logical extent of its pill. */
  u0: number;
  u1: number;
  /** Logical positions of its first and last items. */
  first: number;
  last: number;
}

export interface Layout {
  events: PlacedEvent[];
  clusters: Cluster[];
}

/** The first index in [lo, hi) whose u is at least `value`. */
function searchU(u: ArrayLike<number>, value: number, lo: number, hi: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (u[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Places each item in the first lane where its node and label fit after what the lane holds; items
 * that fit in no lane join a cluster in the cluster row. Where every lane is full, all items up to
 * the point where a lane frees up join the cluster at once (found by binary search), so the cost
 * follows what is drawn, not how many items are in view.
 */
export function layoutLanes(input: LayoutInput, options: LayoutOptions): Layout {
  const { u, uEnd, labelWidth, from, to } = input;
  const { radius, labelGap, gap, clusterWidth } = options;
  const laneCount = Math.max(0, Math.floor(options.lanes));
  const laneEnds = new Array<number>(laneCount).fill(-Infinity);
  const events: PlacedEvent[] = [];
  const clusters: Cluster[] = [];

  const addToCluster = (a: number, b: number) => {
    const first = u[a]!;
    const last = u[b - 1]!;
    const current = clusters[clusters.length - 1];
    if (current && first - radius < current.u1 + gap) {
      const range = current.ranges[current.ranges.length - 1]!;
      if (range[1] === a) range[1] = b;
      else current.ranges.push([a, b]);
      current.count += b - a;
      current.last = last;
      current.u1 = Math.max(current.u1, last + radius, current.u0 + clusterWidth);
      return;
    }
    const u0 = first - radius;
    clusters.push({ ranges: [[a, b]], count: b - a, u0, u1: Math.max(last + radius, u0 + clusterWidth), first, last });
  };

  let i = from;
  while (i < to) {
    const at = u[i]!;
    const u0 = at - radius;
    let lane = -1;
    let lowest = Infinity;
    for (let l = 0; l < laneCount; l += 1) {
      const end = laneEnds[l]!;
      if (end + gap <= u0) {
        lane = l;
        break;
      }
      if (end < lowest) lowest = end;
    }
    if (lane >= 0) {
      const width = labelWidth(i);
      const u1 = Math.max(at + radius + labelGap + width, uEnd[i]! + radius);
      laneEnds[lane] = u1;
      events.push({ index: i, lane, u0, u1, labelWidth: width });
      i += 1;
      continue;
    }
    // No lane is free before `lowest + gap`: every item starting earlier overflows too.
    const next = Math.max(i + 1, searchU(u, lowest + gap + radius, i + 1, to));
    addToCluster(i, next);
    i = next;
  }
  return { events, clusters };
}
