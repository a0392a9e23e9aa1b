import { parseIsoDate, type ParsedDate } from './dates.js';
import { sortedOrder } from './sorted-order.js';
import type { Precision, TimelineEvent } from './types.js';

/** An event placed in time: what the layout, the axis and the keyboard order work on. */
export interface TimelineItem {
  id: string;
  event: TimelineEvent;
  /** Where the node sits: the middle of the span its precision covers, or the start of a range. */
  at: number;
  /** Start of what the event covers (its precision span, or its range). */
  start: number;
  /** End (exclusive) of what the event covers. */
  end: number;
  precision: Precision;
  /** Minutes east of UTC the date was written in, if it had an offset. */
  offset?: number;
  /** True when the event has an `end` and is drawn as a range. */
  isRange: boolean;
}

/**
 * Dates already read, by index into the events: `date[i]` and `end[i]` are what
 * `parseIsoDate(event.date, event.precision)` and `parseIsoDate(event.end, event.precision)` give
 * for `events[i]`, where known. Validation reads every date; this saves reading them again.
 */
export interface KnownDates {
  date: (ParsedDate | undefined)[];
  end: (ParsedDate | undefined)[];
}

/**
 * Turns validated events into items sorted by time (then by id, so equal dates keep a stable order).
 * Events whose dates do not parse are left out; validation has already reported them. `known` are the
 * dates validation read (see `validateWithDates`).
 */
export function toItems(events: readonly TimelineEvent[], known?: KnownDates): TimelineItem[] {
  const items: TimelineItem[] = [];
  for (let i = 0; i < events.length; i += 1) {
    const event = events[i]!;
    const date = known?.date[i] ?? parseIsoDate(event.date, event.precision);
    if (!date) continue;
    const until = event.end === undefined ? undefined : (known?.end[i] ?? parseIsoDate(event.end, event.precision));
    const isRange = until !== undefined && until.end > date.start;
    items.push({
      id: event.id,
      event,
      at: isRange ? date.start : date.start + (date.end - date.start) / 2,
      start: date.start,
      end: isRange ? until.end : date.end,
      precision: date.precision,
      offset: date.offset,
      isRange,
    });
  }
  const n = items.length;
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i += 1) keys[i] = items[i]!.at;
  let order = sortedOrder(keys);
  if (spreadWithinSpans(items, keys, order)) {
    for (let i = 0; i < n; i += 1) keys[i] = items[i]!.at;
    order = sortedOrder(keys);
  }
  orderTiesById(items, keys, order);
  const sorted = new Array<TimelineItem>(n);
  for (let j = 0; j < n; j += 1) sorted[j] = items[order[j]!]!;
  return sorted;
}

/** Equal times are ordered by id (the order is stable, so equal ids keep the dataset's order). */
function orderTiesById(items: readonly TimelineItem[], keys: Float64Array, order: Uint32Array) {
  forEachTie(keys, order, (j, k) =>
    order.subarray(j, k).sort((a, b) => {
      const x = items[a]!.id;
      const y = items[b]!.id;
      return x < y ? -1 : x > y ? 1 : a - b;
    }),
  );
}

/** Calls `tie(j, k)` for each run `order[j..k)` of two or more equal keys. */
function forEachTie(keys: Float64Array, order: Uint32Array, tie: (j: number, k: number) => void) {
  const n = order.length;
  for (let j = 0; j < n;) {
    let k = j + 1;
    while (k < n && keys[order[k]!] === keys[order[j]!]) k += 1;
    if (k - j > 1) tie(j, k);
    j = k;
  }
}

/**
 * Events known to the same span (nineteen events "on 19 June") would all sit on its middle and
 * could never be told apart however far the reader zooms in. They are spread evenly across their
 * span instead, in the order the dataset lists them: still inside the day they are dated to, and
 * apart once the day is wide enough on screen.
 *
 * Events of one span share their middle, so in `order` (by time, stable) they are neighbours, in the
 * dataset's order. Returns whether any item moved.
 */
function spreadWithinSpans(items: TimelineItem[], keys: Float64Array, order: Uint32Array): boolean {
  let moved = false;
  forEachTie(keys, order, (j, k) => {
    const points: TimelineItem[] = [];
    for (let r = j; r < k; r += 1) {
      const item = items[order[r]!]!;
      if (!item.isRange) points.push(item);
    }
    if (points.length > 1) moved = spreadPoints(points) || moved;
  });
  return moved;
}

/** Spreads points with one middle (in the dataset's order) across their span, span by span. */
function spreadPoints(points: TimelineItem[]): boolean {
  const { start, end } = points[0]!;
  // Nearly always one span; different spans with the same middle (a day written with an offset and
  // an hour) are rare enough to sort out here.
  let groups = [points];
  if (!points.every((p) => p.start === start && p.end === end)) {
    const bySpan = new Map<string, TimelineItem[]>();
    for (const p of points) {
      const key = `${p.start}|${p.end}`;
      const same = bySpan.get(key);
      if (same) same.push(p);
      else bySpan.set(key, [p]);
    }
    groups = [...bySpan.values()];
  }
  let moved = false;
  for (const same of groups) {
    if (same.length < 2) continue;
    const step = (same[0]!.end - same[0]!.start) / same.length;
    same.forEach((item, k) => (item.at = item.start + (k + 0.5) * step));
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
