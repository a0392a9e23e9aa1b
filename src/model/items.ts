import { parseIsoDate, precisionRank, type ParsedDate } from './dates.js';
import { CHUNK, inChunks, runToEnd, type Sliced } from './slices.js';
import { sortedOrderInSlices } from './sorted-order.js';
import type { Precision, TimelineEvent } from './types.js';

/** An event placed in time: what the layout, the axis and the keyboard order work on. */
export interface TimelineItem {
  readonly id: string;
  readonly event: TimelineEvent;
  /** Where the node sits: the middle of the span its precision covers, or the start of a range. */
  readonly at: number;
  /** Start of what the event covers (its precision span, or its range). */
  readonly start: number;
  /** End (exclusive) of what the event covers. */
  readonly end: number;
  readonly precision: Precision;
  /** Minutes east of UTC the date was written in, if it had an offset. */
  readonly offset?: number;
  /** True when the event has an `end` and is drawn as a range. */
  readonly isRange: boolean;
}

/**
 * Dates already read, by index into the events, in columns (objects for 100,000 dates would be as
 * many allocations for the collector to move): `start[i]`, `end[i]`, `precision[i]` (1 + a rank, see
 * `precisionRank`) and `offset[i]` (NaN for none) are what `parseIsoDate(event.date)` gives for
 * `events[i]`, and `until[i]` is the `end` of `parseIsoDate(event.end)` (NaN without an `end`), where
 * `precision[i]` is not 0. Validation reads every date; this saves reading them again. They are dates
 * read without a precision, so they stand only for events that have none.
 */
export interface KnownDates {
  start: Float64Array;
  end: Float64Array;
  precision: Uint8Array;
  offset: Float64Array;
  until: Float64Array;
  /** Each event's `idHash(id)`, worked out when validation checked that its id is not used twice. */
  idHash: Int32Array;
}

/**
 * Room for the dates of `n` events, none known yet: every column zeros, which the browser gives as
 * memory untouched until a row is written (a column filled with NaN for a million events was 8 MB written
 * at once, in the task that handed the data over).
 */
export function knownDates(n: number): KnownDates {
  return {
    start: new Float64Array(n),
    end: new Float64Array(n),
    precision: new Uint8Array(n),
    offset: new Float64Array(n),
    until: new Float64Array(n),
    idHash: new Int32Array(n),
  };
}

/** Records what `date` and `until` (the parsed `end`, if any) say for event `i`. */
export function setKnownDates(known: KnownDates, i: number, date: ParsedDate, until: ParsedDate | undefined) {
  known.start[i] = date.start;
  known.end[i] = date.end;
  known.precision[i] = precisionRank(date.precision) + 1;
  known.offset[i] = date.offset ?? NaN;
  known.until[i] = until ? until.end : NaN;
}

const BY_RANK: readonly Precision[] = ['year', 'month', 'day', 'hour', 'minute'];

/**
 * The placed events in columns, one row per event whose date parses, in the dataset's order:
 * sorting and spreading work on these, and item objects are made once, in their final order.
 */
interface Rows {
  count: number;
  /** Index of each row's event. */
  event: Uint32Array;
  /**
   * Each row's event id, read in the dataset's order: read in time order, from events scattered
   * through memory, they cost a cache miss each.
   */
  id: string[];
  at: Float64Array;
  start: Float64Array;
  end: Float64Array;
  precision: Uint8Array;
  offset: Float64Array;
  isRange: Uint8Array;
  /** Each row's id hash, where validation gave them. */
  hash: Int32Array | null;
}

function* placeEvents(events: readonly TimelineEvent[], known?: KnownDates): Sliced<Rows> {
  const n = events.length;
  const rows: Rows = {
    count: 0,
    event: new Uint32Array(n),
    id: new Array<string>(n),
    at: new Float64Array(n),
    start: new Float64Array(n),
    end: new Float64Array(n),
    precision: new Uint8Array(n),
    offset: new Float64Array(n),
    isRange: new Uint8Array(n),
    hash: known ? new Int32Array(n) : null,
  };
  yield* inChunks(n, (from, to) => placeRange(rows, events, known, from, to));
  return rows;
}

/** Places the events `[from, to)`, appending a row for each whose date parses. */
function placeRange(
  rows: Rows,
  events: readonly TimelineEvent[],
  known: KnownDates | undefined,
  from: number,
  to: number,
) {
  for (let i = from; i < to; i += 1) {
    let start: number;
    let end: number;
    let rank: number;
    let offset: number;
    let until: number;
    const event = events[i]!;
    if (known && known.precision[i] !== 0) {
      start = known.start[i]!;
      end = known.end[i]!;
      rank = known.precision[i]! - 1;
      offset = known.offset[i]!;
      until = known.until[i]!;
    } else {
      const date = parseIsoDate(event.date, event.precision);
      if (!date) continue;
      start = date.start;
      end = date.end;
      rank = precisionRank(date.precision);
      offset = date.offset ?? NaN;
      until = event.end === undefined ? NaN : (parseIsoDate(event.end, event.precision)?.end ?? NaN);
    }
    // NaN > start is false: no end, or one that does not parse, is no range.
    const isRange = until > start;
    const r = rows.count;
    rows.event[r] = i;
    rows.id[r] = event.id;
    rows.at[r] = isRange ? start : start + (end - start) / 2;
    rows.start[r] = start;
    rows.end[r] = isRange ? until : end;
    rows.precision[r] = rank;
    rows.offset[r] = offset;
    rows.isRange[r] = isRange ? 1 : 0;
    if (rows.hash) rows.hash[r] = known!.idHash[i]!;
    rows.count = r + 1;
  }
}

/**
 * Turns validated events into items sorted by time (then by id, so equal dates keep a stable order).
 * Events whose dates do not parse are left out; validation has already reported them. `known` are the
 * dates validation read (see `validateWithDates`).
 */
export function toItems(events: readonly TimelineEvent[], known?: KnownDates): TimelineItem[] {
  return runToEnd(toItemsInSlices(events, known));
}

/** `toItems` as work that can be cut into slices (see slices.ts). */
export function* toItemsInSlices(events: readonly TimelineEvent[], known?: KnownDates): Sliced<TimelineItem[]> {
  const rows = yield* placeEvents(events, known);
  const n = rows.count;
  const keys = rows.at.subarray(0, n);
  let order = yield* sortedOrderInSlices(keys);
  if (yield* spreadWithinSpans(rows, keys, order)) order = yield* sortedOrderInSlices(keys);
  yield* orderTiesById(rows.id, keys, order);
  // One buffer: the `at` and `ends` columns the layout reads, then each item's start, end and offset.
  const times = new Float64Array(TIMES * n);
  const sorted = new Array<TimelineItem>(n);
  const columns: ItemColumns = {
    at: times.subarray(0, n),
    ends: times.subarray(n, 2 * n),
    idHash: rows.hash ? new Int32Array(n) : null,
    longestRange: 0,
    lo: Infinity,
    hi: -Infinity,
  };
  yield* inChunks(n, (from, to) => makeItems(rows, events, order, times, sorted, columns, from, to));
  itemColumns.set(sorted, columns);
  return sorted;
}

/** What the layout reads of a list of items, in columns (see ShownItems). */
export interface ItemColumns {
  /** Each item's `at`. */
  at: Float64Array<ArrayBuffer>;
  /** Each item's end: `end` for a range, else `at`. */
  ends: Float64Array<ArrayBuffer>;
  /** Each item's `idHash(id)`, when validation gave them (see ShownItems.indexOf). */
  idHash: Int32Array | null;
  /** The longest range (0 if none). */
  longestRange: number;
  /** The earliest `start` and the latest `end`. */
  lo: number;
  hi: number;
}

/**
 * The columns of the lists `toItems` made, filled as the items were made: worked out afterwards, in
 * one pass over a million scattered item objects, they were 20 ms of the task that first draws them.
 */
export const itemColumns = new WeakMap<readonly TimelineItem[], ItemColumns>();

/** Makes the items `[from, to)` of the time order, their times in the shared column. */
function makeItems(
  rows: Rows,
  events: readonly TimelineEvent[],
  order: Uint32Array,
  times: Float64Array,
  sorted: TimelineItem[],
  columns: ItemColumns,
  from: number,
  to: number,
) {
  const { at: atColumn, ends, idHash } = columns;
  const n = atColumn.length;
  let { longestRange, lo, hi } = columns;
  for (let j = from; j < to; j += 1) {
    const r = order[j]!;
    const at = rows.at[r]!;
    const start = rows.start[r]!;
    const end = rows.end[r]!;
    const isRange = rows.isRange[r] === 1;
    const own = OWN_TIMES_FROM * n + OWN_TIMES * j;
    times[own] = start;
    times[own + 1] = end;
    times[own + 2] = rows.offset[r]!;
    atColumn[j] = at;
    ends[j] = isRange ? end : at;
    if (idHash) idHash[j] = rows.hash![r]!;
    if (isRange && end - at > longestRange) longestRange = end - at;
    if (start < lo) lo = start;
    if (end > hi) hi = end;
    sorted[j] = new PlacedItem(
      rows.id[r]!,
      events[rows.event[r]!]!,
      times,
      j * 16 + rows.precision[r]! * 2 + (isRange ? 1 : 0),
    );
  }
  columns.longestRange = longestRange;
  columns.lo = lo;
  columns.hi = hi;
}

/**
 * Numbers kept per item in the shared `times` buffer: its `at` and its end in the two columns of the
 * list (see ItemColumns), then its own start, end and offset from `OWN_TIMES_FROM * n`.
 */
const TIMES = 5;
const OWN_TIMES_FROM = 2;
const OWN_TIMES = 3;

/**
 * A `TimelineItem` whose times are read from a buffer shared by the items made together. As fields,
 * they would be three or four more allocations an item: V8 keeps a number that is not a small integer
 * (every timestamp) in a box of its own, and for 100,000 items those boxes were 32 of the 37 ms it took
 * to make them, and more for the collector to move afterwards. Its row, precision and whether it is a
 * range share one small integer (`row * 16 + rank * 2 + isRange`): a field is 4 bytes an item, and a
 * million items are held as long as the timeline shows them.
 */
class PlacedItem implements TimelineItem {
  constructor(
    readonly id: string,
    readonly event: TimelineEvent,
    private readonly times: Float64Array,
    private readonly bits: number,
  ) {}
  get at(): number {
    return this.times[this.bits >>> 4]!;
  }
  get start(): number {
    return this.times[this.own()]!;
  }
  get end(): number {
    return this.times[this.own() + 1]!;
  }
  get offset(): number | undefined {
    const offset = this.times[this.own() + 2]!;
    return Number.isNaN(offset) ? undefined : offset;
  }
  get precision(): Precision {
    return BY_RANK[(this.bits >>> 1) & 7]!;
  }
  get isRange(): boolean {
    return (this.bits & 1) === 1;
  }
  /** Where this item's start, end and offset are in `times`. */
  private own(): number {
    return (OWN_TIMES_FROM * this.times.length) / TIMES + OWN_TIMES * (this.bits >>> 4);
  }
}

/** Equal times are ordered by id (the order is stable, so equal ids keep the dataset's order). */
function orderTiesById(ids: readonly string[], keys: Float64Array, order: Uint32Array): Sliced<void> {
  return forEachTie(keys, order, (j, k) =>
    order.subarray(j, k).sort((a, b) => {
      const x = ids[a]!;
      const y = ids[b]!;
      return x < y ? -1 : x > y ? 1 : a - b;
    }),
  );
}

/** Calls `tie(j, k)` for each run `order[j..k)` of two or more equal keys. */
function* forEachTie(keys: Float64Array, order: Uint32Array, tie: (j: number, k: number) => void): Sliced<void> {
  const n = order.length;
  for (let j = 0; j < n;) {
    if (j > 0) yield;
    j = tiesFrom(keys, order, tie, j, Math.min(n, j + TIE_CHUNK));
  }
}

/** Keys scanned for ties between two pauses. */
const TIE_CHUNK = 16 * CHUNK;

/** `forEachTie` over the runs starting in `[j, until)`; returns where the next run starts. */
function tiesFrom(
  keys: Float64Array,
  order: Uint32Array,
  tie: (j: number, k: number) => void,
  j: number,
  until: number,
) {
  const n = order.length;
  while (j < until) {
    let k = j + 1;
    while (k < n && keys[order[k]!] === keys[order[j]!]) k += 1;
    if (k - j > 1) tie(j, k);
    j = k;
  }
  return j;
}

/**
 * Events known to the same span (nineteen events "on 19 June") would all sit on its middle and
 * could never be told apart however far the reader zooms in. They are spread evenly across their
 * span instead, in the order the dataset lists them: still inside the day they are dated to, and
 * apart once the day is wide enough on screen.
 *
 * Events of one span share their middle, so in `order` (by time, stable) they are neighbours, in the
 * dataset's order. Moves the rows' `at` (which are `keys`) and returns whether any moved.
 */
function* spreadWithinSpans(rows: Rows, keys: Float64Array, order: Uint32Array): Sliced<boolean> {
  let moved = false;
  yield* forEachTie(keys, order, (j, k) => {
    const points: number[] = [];
    for (let q = j; q < k; q += 1) if (rows.isRange[order[q]!] === 0) points.push(order[q]!);
    if (points.length > 1) moved = spreadPoints(rows, points) || moved;
  });
  return moved;
}

/** Spreads points (rows) with one middle, in the dataset's order, across their span, span by span. */
function spreadPoints(rows: Rows, points: number[]): boolean {
  const { start, end } = rows;
  const first = points[0]!;
  // Nearly always one span; different spans with the same middle (a day written with an offset and
  // an hour) are rare enough to sort out here.
  let groups = [points];
  if (!points.every((p) => start[p] === start[first] && end[p] === end[first])) {
    const bySpan = new Map<string, number[]>();
    for (const p of points) {
      const key = `${start[p]}|${end[p]}`;
      const same = bySpan.get(key);
      if (same) same.push(p);
      else bySpan.set(key, [p]);
    }
    groups = [...bySpan.values()];
  }
  let moved = false;
  for (const same of groups) {
    if (same.length < 2) continue;
    const step = (end[same[0]!]! - start[same[0]!]!) / same.length;
    same.forEach((p, k) => (rows.at[p] = start[p]! + (k + 0.5) * step));
    moved = true;
  }
  return moved;
}

/** The first index whose `at` is not before `time`, by binary search over items sorted by `at`. */
export function lowerBound(items: readonly { at: number }[], time: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (items[mid]!.at < time) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
