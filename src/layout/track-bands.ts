import { firstIndex, type Cluster, type Layout } from './lanes.js';

/**
 * Grouping by track: the plot split into horizontal bands, one per track, each with lanes and a
 * cluster row of its own. A band's events are laid out by the same layout as the whole plot, over
 * columns of their own; `toGlobalLayout` turns the result back into indexes into all items, which
 * is what drawing, focus and the keyboard work with.
 */

/** One band: the items of one track, as indexes into all items and their columns. */
export interface TrackBand {
  /** The track's id; '' for events without a track of the dataset. */
  key: string;
  /** Indexes into the items, ascending (so in time order). */
  index: Uint32Array;
  /** The `at` and range ends of those items (columns for the layout). */
  at: Float64Array;
  end: Float64Array;
  /** The longest range among them. */
  longestRange: number;
}

/**
 * The bands of items in time order: one per track in `trackIds`' order, then one for items whose
 * track is not among them. Bands without items are left out. `trackOf(i)` is item `i`'s track.
 */
export function splitIntoBands(
  trackOf: (index: number) => string | undefined,
  at: Float64Array,
  end: Float64Array,
  trackIds: readonly string[],
): TrackBand[] {
  const n = at.length;
  const bandOf = new Map(trackIds.map((id, b) => [id, b]));
  const rest = trackIds.length;
  const which = new Uint16Array(n);
  const counts = new Array<number>(rest + 1).fill(0);
  for (let i = 0; i < n; i += 1) {
    const track = trackOf(i);
    const b = (track !== undefined ? bandOf.get(track) : undefined) ?? rest;
    which[i] = b;
    counts[b]! += 1;
  }
  const bands = counts.map((count, b) => ({
    key: b < rest ? trackIds[b]! : '',
    index: new Uint32Array(count),
    at: new Float64Array(count),
    end: new Float64Array(count),
    longestRange: 0,
  }));
  const filled = new Array<number>(rest + 1).fill(0);
  for (let i = 0; i < n; i += 1) {
    const band = bands[which[i]!]!;
    const k = filled[which[i]!]!++;
    band.index[k] = i;
    band.at[k] = at[i]!;
    band.end[k] = end[i]!;
    band.longestRange = Math.max(band.longestRange, end[i]! - at[i]!);
  }
  return bands.filter((band) => band.index.length > 0);
}

/** Where item `index` (into all items) is in a band, or −1 if it is not in it. */
export function indexInBand(band: TrackBand, index: number): number {
  let lo = 0;
  let hi = band.index.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (band.index[mid]! < index) lo = mid + 1;
    else hi = mid;
  }
  return band.index[lo] === index ? lo : -1;
}

/** A band's layout (indexes into the band) with indexes into all items. */
export function toGlobalLayout(layout: Layout, band: TrackBand): Layout {
  return {
    events: layout.events.map((e) => ({ ...e, index: band.index[e.index]! })),
    clusters: layout.clusters.map((c) => new BandCluster(c, band.index)),
  };
}

/**
 * A band's cluster with indexes into all items. Its ranges are worked out when first read: a band's
 * items are not consecutive among all items, so a cluster of thousands of them is as many ranges, and
 * every new layout of a zoom made them for every cluster (1 ms of a 15 ms frame at 100,000 events in
 * four bands), where drawing reads only each cluster's first item (`start`).
 */
class BandCluster implements Cluster {
  readonly count: number;
  readonly first: number;
  readonly last: number;
  readonly width: number;
  readonly start: number;
  private global?: [number, number][];

  constructor(
    private readonly local: Cluster,
    private readonly index: Uint32Array,
  ) {
    this.count = local.count;
    this.first = local.first;
    this.last = local.last;
    this.width = local.width;
    this.start = index[firstIndex(local)]!;
  }

  get ranges(): [number, number][] {
    return (this.global ??= globalRanges(this.local.ranges, this.index));
  }
}

/** Ranges of band indexes as ranges of item indexes: runs of consecutive items become one range. */
function globalRanges(ranges: readonly [number, number][], index: Uint32Array): [number, number][] {
  const out: [number, number][] = [];
  for (const [a, b] of ranges) {
    for (let k = a; k < b; k += 1) {
      const i = index[k]!;
      const last = out[out.length - 1];
      if (last && last[1] === i) last[1] = i + 1;
      else out.push([i, i + 1]);
    }
  }
  return out;
}

/** Where a band sits, in pixels from the top of the plot. */
export interface BandBox {
  /** Top of the band (its heading row). */
  top: number;
  /** Top of its first lane. */
  lanesTop: number;
  /** How many lanes it has (at least one). */
  lanes: number;
  /** Top of its cluster row. */
  clusterTop: number;
  /** Bottom of the band. */
  bottom: number;
}

export interface BandMetrics {
  /** Top of the first band and bottom of the last. */
  top: number;
  bottom: number;
  /** Height of a band's heading (the track's name), of a lane, and of a cluster row. */
  headingHeight: number;
  laneHeight: number;
  clusterRowHeight: number;
}

/** Whether `count` bands, each with its heading, one lane and its cluster row, fit between `top` and `bottom`. */
export function bandsFit(count: number, m: BandMetrics): boolean {
  return count * (m.headingHeight + m.laneHeight + m.clusterRowHeight) <= m.bottom - m.top;
}

/**
 * Stacks bands between `top` and `bottom`, one per weight (how many events each band holds). Each
 * has its heading, at least one lane, then its cluster row; the lanes left over go to the bands in
 * proportion to their weights (largest remainders first), so a busy track clusters less than it
 * would with an equal share. Where not even one lane each fits, the last bands run past `bottom`.
 */
export function stackBands(weights: readonly number[], m: BandMetrics): BandBox[] {
  const count = weights.length;
  const fixed = m.headingHeight + m.clusterRowHeight;
  const spare = Math.max(0, Math.floor((m.bottom - m.top - count * (fixed + m.laneHeight)) / m.laneHeight));
  const total = weights.reduce((sum, w) => sum + Math.max(0, w), 0);
  const shares = weights.map((w) => (total > 0 ? (spare * Math.max(0, w)) / total : spare / Math.max(1, count)));
  const lanes = shares.map((share) => 1 + Math.floor(share));
  let left = spare - lanes.reduce((sum, l) => sum + l - 1, 0);
  const byRemainder = shares.map((share, b) => ({ b, r: share - Math.floor(share) })).sort((x, y) => y.r - x.r);
  for (const { b } of byRemainder) {
    if (left <= 0) break;
    lanes[b]! += 1;
    left -= 1;
  }
  // What no whole lane can use is shared out evenly between the bands, under their cluster rows.
  const used = lanes.reduce((sum, l) => sum + fixed + l * m.laneHeight, 0);
  const slack = count ? Math.max(0, m.bottom - m.top - used) / count : 0;
  let y = m.top;
  return lanes.map((n) => {
    const top = Math.round(y);
    const lanesTop = top + m.headingHeight;
    const clusterTop = lanesTop + n * m.laneHeight;
    y += fixed + n * m.laneHeight + slack;
    return { top, lanesTop, lanes: n, clusterTop, bottom: Math.round(y) };
  });
}
