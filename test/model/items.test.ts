import { expect } from '@open-wc/testing';
import { parseIsoDate } from '../../src/model/dates.js';
import { toItems, type TimelineItem } from '../../src/model/items.js';
import type { Precision, TimelineEvent } from '../../src/model/types.js';
import { validateWithDates } from '../../src/model/validate.js';

const event = (id: string, date: string, more: Partial<TimelineEvent> = {}): TimelineEvent => ({
  id,
  date,
  title: { ar: id, en: id },
  excerpts: [],
  ...more,
});

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Items as plain objects, every field read (a deep comparison of items sees only their own fields). */
const plain = (items: readonly TimelineItem[]) =>
  items.map(({ id, event, at, start, end, precision, offset, isRange }) => ({
    id,
    event,
    at,
    start,
    end,
    precision,
    offset,
    isRange,
  }));

/**
 * The straightforward version (a map of spans, then a comparator sort), kept as the reference the
 * faster toItems must agree with.
 */
function referenceItems(events: readonly TimelineEvent[]): TimelineItem[] {
  const items: Mutable<TimelineItem>[] = [];
  for (const e of events) {
    const date = parseIsoDate(e.date, e.precision);
    if (!date) continue;
    const until = e.end === undefined ? undefined : parseIsoDate(e.end, e.precision);
    const isRange = until !== undefined && until.end > date.start;
    items.push({
      id: e.id,
      event: e,
      at: isRange ? date.start : date.start + (date.end - date.start) / 2,
      start: date.start,
      end: isRange ? until.end : date.end,
      precision: date.precision,
      offset: date.offset,
      isRange,
    });
  }
  const groups = new Map<string, Mutable<TimelineItem>[]>();
  for (const item of items) {
    if (item.isRange) continue;
    const key = `${item.start}|${item.end}`;
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  for (const same of groups.values()) {
    if (same.length < 2) continue;
    const step = (same[0]!.end - same[0]!.start) / same.length;
    same.forEach((item, k) => (item.at = item.start + (k + 0.5) * step));
  }
  return items.sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** toItems gives the reference's items: every field, and the very same events. */
function expectSameAsReference(events: readonly TimelineEvent[]) {
  const strip = (items: TimelineItem[]) => plain(items).map(({ event: _, ...rest }) => rest);
  expect(strip(toItems(events))).to.deep.equal(strip(referenceItems(events)));
  expect(toItems(events).map((i) => i.event)).to.deep.equal(referenceItems(events).map((i) => i.event));
}

describe('toItems', () => {
  it('sorts events by time, then by id', () => {
    const trip = { end: '2024-06-20' };
    const items = toItems([event('b', '2024-06-19', trip), event('c', '2024-06-18'), event('a', '2024-06-19', trip)]);
    expect(items.map((i) => i.id)).to.deep.equal(['c', 'a', 'b']);
  });

  it('spreads events of one day across the day, in the order the dataset lists them', () => {
    const items = toItems([event('z', '2024-06-19'), event('y', '2024-06-19'), event('x', '2024-06-19')]);
    const day = Date.UTC(2024, 5, 19);
    expect(items.map((i) => i.id)).to.deep.equal(['z', 'y', 'x']);
    expect(items.map((i) => (i.at - day) / 3_600_000)).to.deep.equal([4, 12, 20]);
  });

  it('places events the same with the dates validation read as without them', () => {
    const events = [
      event('a', '2024-06-19T04:00:00+09:00'),
      event('b', '2024-06-19', { end: '2024-06-21' }),
      event('c', '2024-06-19', { precision: 'month' }),
      event('d', '2024-06-19T12:00Z', { end: '2024-06-19', precision: 'day' }),
      event('e', '2024-06'),
    ].map((e) => ({ ...e, context: true }));
    const { result, dates } = validateWithDates({ title: { ar: 'ع', en: 't' }, sources: [], events });
    // With the dates the validator read, and reading them again.
    expect(plain(toItems(result.dataset!.events, dates))).to.deep.equal(plain(toItems([...result.dataset!.events])));
  });

  it('leaves out events whose date does not parse', () => {
    expect(toItems([event('a', 'soon'), event('b', '2024')]).map((i) => i.id)).to.deep.equal(['b']);
  });

  it('agrees with the straightforward version on many events sharing days, minutes and middles (property)', async () => {
    const { default: fc } = await import('fast-check');
    const date = fc.constantFrom(
      '2024-06-19',
      '2024-06-20',
      '2024-06-19T12:00Z',
      '2024-06-19T12:00:30Z',
      '2024-06-19T04:00:00+09:00',
      '2024-06-19T02:30Z',
      '2024-06-19T12:00:00+09:30',
      '2024-06',
      '2024',
      '2024-06-19T12:00',
      'not a date',
    );
    const precision = fc.constantFrom<Precision | undefined>(undefined, undefined, 'day', 'hour', 'month');
    const end = fc.constantFrom(undefined, undefined, undefined, '2024-06-21', '2024-06-19', '2024-06-18');
    const events = fc
      .array(fc.record({ id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), date, precision, end }), {
        maxLength: 3000,
      })
      .map((list) =>
        list.map(({ id, date, precision, end }, i) =>
          event(`${id}${i % 7}`, date, {
            ...(precision ? { precision } : {}),
            ...(end ? { end } : {}),
          }),
        ),
      );
    fc.assert(fc.property(events, expectSameAsReference), { numRuns: 60 });
  });

  it('agrees with the straightforward version where spread days hold busy minutes, hours and ranges (property)', async () => {
    // Many small spans inside spread days, as in a busy news day: minutes and hours inside the
    // days, and ranges starting where a spread day puts its events (06:00 and 18:00 for two,
    // 03:00 ... 21:00 for four), so that spread and unspread events share times.
    const { default: fc } = await import('fast-check');
    const date = fc.constantFrom(
      '2024-06-18',
      '2024-06-19',
      '2024-06-19',
      '2024-06-20',
      '2024-06-19T06:00Z',
      '2024-06-19T12:00Z',
      '2024-06-19T18:00Z',
      '2024-06-19T21:00Z',
      '2024-06-20T03:00Z',
    );
    const precision = fc.constantFrom<Precision | undefined>(undefined, undefined, undefined, 'day', 'hour');
    const end = fc.constantFrom(undefined, undefined, undefined, '2024-06-21');
    const events = fc
      .array(fc.record({ id: fc.constantFrom('a', 'b', 'c'), date, precision, end }), { maxLength: 400 })
      .map((list) =>
        list.map(({ id, date, precision, end }, i) =>
          event(`${id}${i % 3}`, date, { ...(precision ? { precision } : {}), ...(end ? { end } : {}) }),
        ),
      );
    fc.assert(fc.property(events, expectSameAsReference), { numRuns: 200 });
  });
});
