/**
 * Lane stacking with overflow clustering. Positions are logical pixels `u = (time - origin) * pxPerMs`:
 * `u` grows in reading direction (left to right in English, right to left in Arabic), so one layout
 * serves both directions and only the final placement mirrors.
 */

export interface LayoutInput {
  /** Each item's node time (epoch ms), ascending. */
  at: ArrayLike<number>;
  /** Each item's range end (epoch ms); equal to `at` for a point event. */
  end: ArrayLike<number>;
  /** Time at u = 0. */
  origin: number;
  /** Pixels per millisecond. */
  pxPerMs: number;
  /** Width of an item's label in pixels; called only for items the layout tries to place. */
  labelWidth: (index: number) => number;
  /** First and last (exclusive) index to lay out. */
  from: number;
  to: number;
  /**
   * Items the previous layout placed, ascending: each is placed again first, in a lane of its own
   * choosing, wherever it still fits, and the other items fill the room around them. Zooming then
   * keeps the labels a reader was looking at instead of picking a new set at every level.
   */
  keep?: ArrayLike<number>;
  /**
   * An item that must be placed wherever its node fits in a lane at all (the selected event): it
   * is placed with the kept items, and kept items that would leave it no lane give way to it.
   * Listed in `keep` too.
   */
  pinned?: number;
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
  /**
   * Width a pill needs to show a count (its digits, padding and border), where that is more than
   * `clusterWidth`: a cluster of 13,768 events needs more room than one of 12. Without it, every
   * pill is `clusterWidth` wide.
   */
  countWidth?: (count: number) => number;
}

export interface PlacedEvent {
  index: number;
  lane: number;
  /** Logical start and end of the box the node, range and label occupy at the layout's scale. */
  u0: number;
  u1: number;
  /** Width the label may take (it is truncated to this). */
  labelWidth: number;
}

export interface Cluster {
  /** Index ranges [from, to) of the items it holds, ascending. */
  ranges: [number, number][];
  count: number;
  /** Times of its first and last items. */
  first: number;
  last: number;
  /** Width of its pill in pixels, the same at every scale: the least width, or what its count needs. */
  width: number;
  /** The index of its first item, where reading `ranges` would cost more (see track-bands.ts). */
  readonly start?: number;
}

/** The index of a cluster's first item. */
export const firstIndex = (cluster: Pick<Cluster, 'ranges' | 'start'>): number =>
  cluster.start ?? cluster.ranges[0]![0];

export interface Layout {
  events: PlacedEvent[];
  clusters: Cluster[];
}

/** The first index in [lo, hi) whose time is at least `value`. */
export function searchTime(at: ArrayLike<number>, value: number, lo = 0, hi = at.length): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (at[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The logical extent of a cluster pill at a scale: its `width`, starting at its first item. */
export function clusterExtent(cluster: Cluster, origin: number, pxPerMs: number, radius: number) {
  const u0 = (cluster.first - origin) * pxPerMs - radius;
  return { u0, u1: u0 + cluster.width };
}

/**
 * Places each item in the first lane where its node and label fit after what the lane holds; items
 * that fit in no lane join a cluster in the cluster row. Where every lane is full, all items up to
 * the point where a lane frees up join the cluster at once (found by binary search), so the cost
 * follows what is drawn, not how many items are in view.
 *
 * Gaps only grow when the same layout is drawn at a larger scale, so a layout made at one zoom level
 * stays free of overlaps at every deeper level.
 */
export function layoutLanes(input: LayoutInput, options: LayoutOptions): Layout {
  const { at, end, origin, pxPerMs, labelWidth, from, to, keep, pinned = -1 } = input;
  const { radius, labelGap, gap, clusterWidth, countWidth } = options;
  const laneCount = Math.max(0, Math.floor(options.lanes));
  const laneEnds = new Array<number>(laneCount).fill(-Infinity);
  const events: PlacedEvent[] = [];
  const clusters: Cluster[] = [];
  const uOf = (i: number) => (at[i]! - origin) * pxPerMs;
  const box = (i: number, lane: number, u0: number): PlacedEvent => {
    const width = labelWidth(i);
    const u = u0 + radius;
    return {
      index: i,
      lane,
      u0,
      u1: Math.max(u + radius + labelGap + width, (end[i]! - origin) * pxPerMs + radius),
      labelWidth: width,
    };
  };

  // The kept items first, by the same first-fit sweep over themselves alone. Boxes that did not
  // overlap at a smaller scale do not at a larger one, and a first-fit sweep in time order needs no
  // more lanes than boxes overlap at one point, so zooming in keeps every one of them.
  const reserved: PlacedEvent[] = [];
  const queues: PlacedEvent[][] = Array.from({ length: laneCount }, () => []);
  if (keep?.length && laneCount) {
    const ends = new Array<number>(laneCount).fill(-Infinity);
    for (let k = 0; k < keep.length; k += 1) {
      const i = keep[k]!;
      if (i < from || i >= to) continue;
      const u0 = uOf(i) - radius;
      let lane = ends.findIndex((laneEnd) => laneEnd + gap <= u0);
      if (lane < 0 && i === pinned) lane = makeRoom(u0);
      if (lane < 0) continue;
      const kept = box(i, lane, u0);
      ends[lane] = kept.u1;
      reserved.push(kept);
      queues[lane]!.push(kept);
    }
  }
  /**
   * Frees the lane that frees up soonest for a pinned item starting at u0: the kept boxes at its
   * end that reach u0 give way (they are laid out like any other item afterwards).
   */
  function makeRoom(u0: number): number {
    let lane = 0;
    for (let l = 1; l < laneCount; l += 1) {
      if ((queues[l]!.at(-1)?.u1 ?? -Infinity) < (queues[lane]!.at(-1)?.u1 ?? -Infinity)) lane = l;
    }
    const queue = queues[lane]!;
    while (queue.length && queue.at(-1)!.u1 + gap > u0) {
      const evicted = queue.pop()!;
      reserved.splice(reserved.lastIndexOf(evicted), 1);
    }
    return lane;
  }
  const heads = new Array<number>(laneCount).fill(0);
  let nextReserved = 0;

  // A cluster is a bucket as wide as its pill, from its first item: `clusterWidth`, or more where its
  // count needs it, holding every overflowing item up to a gap past the pill. Dense stretches become
  // a row of pills with counts (a density read at a glance) rather than one pill spanning the axis.
  let bucketStart = -Infinity;
  let bucketEnd = -Infinity;

  const addToCluster = (a: number, b: number) => {
    while (a < b) {
      let cluster = clusters[clusters.length - 1];
      if (!cluster || uOf(a) - radius >= bucketEnd) {
        cluster = { ranges: [], count: 0, first: at[a]!, last: at[a]!, width: clusterWidth };
        clusters.push(cluster);
        bucketStart = uOf(a) - radius;
        bucketEnd = bucketStart + clusterWidth + gap;
      }
      const j = Math.max(a + 1, searchTime(at, origin + (bucketEnd + radius) / pxPerMs, a + 1, b));
      const range = cluster.ranges[cluster.ranges.length - 1];
      if (range && range[1] === a) range[1] = j;
      else cluster.ranges.push([a, j]);
      cluster.count += j - a;
      cluster.last = at[j - 1]!;
      // A count with more digits widens the pill, and the bucket with it: the items it now reaches
      // join the cluster on the next turn (a count needs a new digit only ten times as many items).
      const needed = countWidth ? countWidth(cluster.count) : 0;
      if (needed > cluster.width) {
        cluster.width = needed;
        bucketEnd = bucketStart + needed + gap;
      }
      a = j;
    }
  };

  let i = from;
  while (i < to) {
    const kept = reserved[nextReserved];
    if (kept?.index === i) {
      laneEnds[kept.lane] = kept.u1;
      heads[kept.lane]! += 1;
      events.push(kept);
      nextReserved += 1;
      i += 1;
      continue;
    }
    const u0 = uOf(i) - radius;
    let candidate: PlacedEvent | undefined;
    let lane = -1;
    let lowest = Infinity;
    for (let l = 0; l < laneCount; l += 1) {
      const laneEnd = laneEnds[l]!;
      if (laneEnd + gap > u0) {
        if (laneEnd < lowest) lowest = laneEnd;
        continue;
      }
      // Room after what the lane holds, but it must also end before the lane's next kept item: the
      // node alone must fit before measuring its label (measuring is the costly part).
      const ahead = queues[l]![heads[l]!];
      if (ahead && Math.max(u0 + 2 * radius + labelGap, (end[i]! - origin) * pxPerMs + radius) + gap > ahead.u0) {
        continue;
      }
      candidate ??= box(i, l, u0);
      if (ahead && candidate.u1 + gap > ahead.u0) continue;
      lane = l;
      break;
    }
    if (candidate && lane >= 0) {
      candidate.lane = lane;
      laneEnds[lane] = candidate.u1;
      events.push(candidate);
      i += 1;
      continue;
    }
    // No lane frees up before `lowest + gap`: every item whose node starts earlier overflows too,
    // up to the next kept item (a lane held for one frees up only once it is placed).
    let next = Math.max(i + 1, searchTime(at, origin + (lowest + gap + radius) / pxPerMs, i + 1, to));
    if (kept && kept.index < next) next = kept.index;
    addToCluster(i, next);
    i = next;
  }
  return { events, clusters };
}
