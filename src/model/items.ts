import { parseIsoDate } from './dates.js';
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
 * Turns validated events into items sorted by time (then by id, so equal dates keep a stable order).
 * Events whose dates do not parse are left out; validation has already reported them.
 */
export function toItems(events: readonly TimelineEvent[]): TimelineItem[] {
  const items: TimelineItem[] = [];
  // Large datasets repeat the same few hundred dates; parse each string once.
  const parsed = new Map<string, ReturnType<typeof parseIsoDate>>();
  const parse = (value: string, precision: Precision | undefined) => {
    const key = precision ? `${value}|${precision}` : value;
    let result = parsed.get(key);
    if (result === undefined && !parsed.has(key)) {
      result = parseIsoDate(value, precision);
      parsed.set(key, result);
    }
    return result;
  };
  for (const event of events) {
    const date = parse(event.date, event.precision);
    if (!date) continue;
    const until = event.end === undefined ? undefined : parse(event.end, event.precision);
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
  spreadWithinSpans(items);
  if (!isSorted(items)) items.sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return items;
}

function isSorted(items: readonly TimelineItem[]): boolean {
  for (let i = 1; i < items.length; i += 1) {
    const a = items[i - 1]!;
    const b = items[i]!;
    if (a.at > b.at || (a.at === b.at && a.id > b.id)) return false;
  }
  return true;
}

/**
 * Events known to the same span (nineteen events "on 19 June") would all sit on its middle and
 * could never be told apart however far the reader zooms in. They are spread evenly across their
 * span instead, in the order the dataset lists them: still inside the day they are dated to, and
 * apart once the day is wide enough on screen.
 */
function spreadWithinSpans(items: TimelineItem[]) {
  // Keyed by start (a number, cheap to hash); the rare different ends within are split below.
  const groups = new Map<number, TimelineItem[]>();
  for (const item of items) {
    if (item.isRange) continue;
    const group = groups.get(item.start);
    if (group) group.push(item);
    else groups.set(item.start, [item]);
  }
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const byEnd = new Map<number, TimelineItem[]>();
    for (const item of group) {
      const same = byEnd.get(item.end);
      if (same) same.push(item);
      else byEnd.set(item.end, [item]);
    }
    for (const same of byEnd.values()) {
      if (same.length < 2) continue;
      const step = (same[0]!.end - same[0]!.start) / same.length;
      same.forEach((item, k) => (item.at = item.start + (k + 0.5) * step));
    }
  }
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
