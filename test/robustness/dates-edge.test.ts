import { expect } from '@open-wc/testing';
import { MAX_INSTANT, parseIsoDate } from '../../src/model/dates.js';
import { formatAtPrecision } from '../../src/time/format.js';

const U = Date.UTC;
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const span = (value: string, precision?: Parameters<typeof parseIsoDate>[1]) => {
  const p = parseIsoDate(value, precision)!;
  return [p.start, p.end];
};

describe('robustness: date edge cases (parseIsoDate)', () => {
  it('accepts 29 February in leap years only (2000 and 2024, not 1900, 2023 or 2100)', () => {
    expect(span('2024-02-29')).to.deep.equal([U(2024, 1, 29), U(2024, 2, 1)]);
    expect(span('2000-02-29')).to.deep.equal([U(2000, 1, 29), U(2000, 2, 1)]);
    for (const bad of ['1900-02-29', '2023-02-29', '2100-02-29', '2024-02-30'])
      expect(parseIsoDate(bad), bad).to.equal(undefined);
    expect(span('2024-02')).to.deep.equal([U(2024, 1, 1), U(2024, 2, 1)]);
    expect(span('2023-02')).to.deep.equal([U(2023, 1, 1), U(2023, 2, 1)]);
    expect(span('2024')[1]! - span('2024')[0]!).to.equal(366 * DAY);
    expect(span('2023')[1]! - span('2023')[0]!).to.equal(365 * DAY);
  });

  it('reads 29 February with an offset and coarsens it to that day in the offset', () => {
    expect(span('2024-02-29T23:30+14:00', 'day')).to.deep.equal([
      U(2024, 1, 29) - 14 * HOUR,
      U(2024, 2, 1) - 14 * HOUR,
    ]);
    expect(span('2024-02-29T00:15-12:00', 'day')).to.deep.equal([U(2024, 1, 29, 12), U(2024, 2, 1, 12)]);
  });

  it('ignores daylight saving: the European spring and autumn changes are plain offsets', () => {
    // Berlin, 31 March 2024: 02:00 CET became 03:00 CEST, at 01:00 UTC.
    const before = parseIsoDate('2024-03-31T01:59:00+01:00')!.start;
    const after = parseIsoDate('2024-03-31T03:00:00+02:00')!.start;
    expect(after - before).to.equal(MIN);
    expect(parseIsoDate('2024-03-31T02:30:00+01:00')!.start).to.equal(U(2024, 2, 31, 1, 30));
    // 27 October 2024: 02:30 happened twice, an hour apart.
    const first = parseIsoDate('2024-10-27T02:30:00+02:00')!.start;
    const second = parseIsoDate('2024-10-27T02:30:00+01:00')!.start;
    expect(second - first).to.equal(HOUR);
    // A day that is 23 or 25 hours long on a Berlin wall clock is still a calendar day in UTC.
    expect(span('2024-03-31')[1]! - span('2024-03-31')[0]!).to.equal(DAY);
    expect(span('2024-10-27')[1]! - span('2024-10-27')[0]!).to.equal(DAY);
    expect(span('2024-03-31T12:00+02:00', 'day')).to.deep.equal([U(2024, 2, 30, 22), U(2024, 2, 31, 22)]);
  });

  it('reads every offset from −12:00 to +14:00 and rejects impossible ones', () => {
    for (let quarter = -48; quarter <= 56; quarter += 1) {
      const minutes = quarter * 15;
      const sign = minutes < 0 ? '-' : '+';
      const abs = Math.abs(minutes);
      const zone = `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
      const parsed = parseIsoDate(`2024-06-19T04:00:00${zone}`);
      expect(parsed?.offset, zone).to.equal(minutes);
      expect(parsed!.start, zone).to.equal(U(2024, 5, 19, 4) - minutes * MIN);
    }
    expect(parseIsoDate('2024-06-19T04:00+0930')!.offset).to.equal(570);
    for (const bad of ['+14:30', '-12:30', '+15:00', '-13:00', '+05:60', '+09:99', '+99:00'])
      expect(parseIsoDate(`2024-06-19T04:00:00${bad}`), bad).to.equal(undefined);
  });

  it('handles year ends at both extreme offsets', () => {
    // 23:59 on New Year's Eve at +14:00 (Kiritimati) is still 2023 there, and 09:59 UTC.
    const kiritimati = parseIsoDate('2023-12-31T23:59+14:00')!;
    expect(kiritimati.start).to.equal(U(2023, 11, 31, 9, 59));
    expect(span('2023-12-31T23:59+14:00', 'year')).to.deep.equal([
      U(2023, 0, 1) - 14 * HOUR,
      U(2024, 0, 1) - 14 * HOUR,
    ]);
    // Midnight of 1 January at −12:00 is noon UTC.
    expect(span('2024-01-01T00:00-12:00', 'year')).to.deep.equal([U(2024, 0, 1, 12), U(2025, 0, 1, 12)]);
    expect(span('2024-01-01T00:00-12:00', 'day')).to.deep.equal([U(2024, 0, 1, 12), U(2024, 0, 2, 12)]);
    // 24:00 is the end of the day: the next year's first instant.
    expect(parseIsoDate('2023-12-31T24:00Z')!.start).to.equal(U(2024, 0, 1));
    expect(parseIsoDate('2023-12-31T24:01Z')).to.equal(undefined);
  });

  it('spans whole months and years in the wall clock of the offset, not in UTC', () => {
    // December 2023 at +14:00 starts on 30 November in UTC: its end must still be 1 January there.
    expect(span('2023-12-31T23:30+14:00', 'month')).to.deep.equal([
      U(2023, 11, 1) - 14 * HOUR,
      U(2024, 0, 1) - 14 * HOUR,
    ]);
    expect(span('2023-12-31T23:30-12:00', 'month')).to.deep.equal([U(2023, 11, 1, 12), U(2024, 0, 1, 12)]);
    expect(span('2024-03-01T05:00+14:00', 'month')).to.deep.equal([
      U(2024, 2, 1) - 14 * HOUR,
      U(2024, 3, 1) - 14 * HOUR,
    ]);
    expect(span('2024-02-29T05:00+09:00', 'month')).to.deep.equal([U(2024, 1, 1) - 9 * HOUR, U(2024, 2, 1) - 9 * HOUR]);
    expect(span('2024-01-01T05:00+14:00', 'year')).to.deep.equal([
      U(2024, 0, 1) - 14 * HOUR,
      U(2025, 0, 1) - 14 * HOUR,
    ]);
  });

  it('formats a date in the offset it was written in, not in UTC or the machine zone', () => {
    expect(formatAtPrecision(parseIsoDate('2023-12-31T23:59+14:00')!.start, 'day', 'en', 840)).to.include('31');
    expect(formatAtPrecision(parseIsoDate('2023-12-31T23:59+14:00')!.start, 'day', 'en', 840)).to.include('2023');
    expect(formatAtPrecision(parseIsoDate('2024-01-01T00:00-12:00')!.start, 'day', 'en', -720)).to.include('2024');
    expect(formatAtPrecision(parseIsoDate('2024-02-29')!.start, 'day', 'en')).to.include('29');
  });

  it('rejects instants too far out for the timeline to draw margins around them', () => {
    expect(parseIsoDate('+070000-01-01')).to.not.equal(undefined);
    expect(parseIsoDate('-065000-01-01')).to.not.equal(undefined);
    expect(parseIsoDate('+275760-09-13')).to.equal(undefined);
    expect(parseIsoDate('-271821-04-20')).to.equal(undefined);
    expect(parseIsoDate('+999999-12-31')).to.equal(undefined);
    expect(MAX_INSTANT * 4).to.equal(8.64e15);
  });
});
