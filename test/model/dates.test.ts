import { expect } from '@open-wc/testing';
import { parseIsoDate } from '../../src/model/dates.js';

describe('parseIsoDate', () => {
  it('reads a bare day as that UTC calendar day, with day precision', () => {
    const d = parseIsoDate('2023-09-13')!;
    expect(d.start).to.equal(Date.UTC(2023, 8, 13));
    expect(d.end).to.equal(Date.UTC(2023, 8, 14));
    expect(d.precision).to.equal('day');
    expect(d.offset).to.equal(undefined);
  });

  it('reads a date-time with its offset as an instant and keeps the offset', () => {
    const d = parseIsoDate('2024-06-19T04:00:00+09:00')!;
    expect(d.start).to.equal(Date.UTC(2024, 5, 18, 19));
    expect(d.offset).to.equal(540);
    expect(d.precision).to.equal('minute');
  });

  it('takes month and year precision from the string', () => {
    expect(parseIsoDate('2023-08')!.precision).to.equal('month');
    expect(parseIsoDate('2023-08')!.end).to.equal(Date.UTC(2023, 8, 1));
    expect(parseIsoDate('2000')!.precision).to.equal('year');
    expect(parseIsoDate('2000')!.end).to.equal(Date.UTC(2001, 0, 1));
  });

  it('coarsens to an explicit precision in the wall clock of the offset', () => {
    const d = parseIsoDate('2024-06-19T04:00:00+09:00', 'day')!;
    expect(d.precision).to.equal('day');
    expect(d.start).to.equal(Date.UTC(2024, 5, 18, 15));
    expect(d.end - d.start).to.equal(86_400_000);
  });

  it('rejects impossible and malformed dates', () => {
    for (const bad of ['2023-02-30', '2023-13-01', 'yesterday', '', '13/09/2023', '2023-9-13', 42, null]) {
      expect(parseIsoDate(bad), String(bad)).to.equal(undefined);
    }
  });

  it('accepts 29 February only in leap years', () => {
    expect(parseIsoDate('2024-02-29')).to.not.equal(undefined);
    expect(parseIsoDate('2023-02-29')).to.equal(undefined);
  });

  it('rejects an impossible day even at 24:00, in both parsers', async () => {
    const { parsersForTesting } = await import('../../src/model/dates.js');
    for (const bad of ['2023-02-29T24:00', '0100-02-29T24:00Z', '2023-04-31T24:00:00+02:00', '2023-02-30T24:00.5']) {
      expect(parseIsoDate(bad), bad).to.equal(undefined);
      expect(parsersForTesting.parse(bad), bad).to.equal(undefined);
    }
    // 24:00 itself stays the end of a real day: the next midnight.
    expect(parsersForTesting.parse('2024-02-29T24:00Z')?.start).to.equal(Date.UTC(2024, 2, 1));
  });
});

describe('parseIsoDate fast path', () => {
  it('agrees with the general parser on every common form, valid or not (property)', async () => {
    const { default: fc } = await import('fast-check');
    const { parsersForTesting } = await import('../../src/model/dates.js');
    const pad = (n: number, width = 2) => String(n).padStart(width, '0');
    const dateTime = fc
      .record({
        year: fc.integer({ min: 90, max: 9999 }),
        month: fc.integer({ min: 0, max: 13 }),
        day: fc.integer({ min: 0, max: 32 }),
        time: fc.option(
          fc.record({
            hour: fc.integer({ min: 0, max: 25 }),
            minute: fc.integer({ min: 0, max: 61 }),
            second: fc.option(fc.integer({ min: 0, max: 61 })),
            zone: fc.constantFrom('', 'Z', '+09:00', '-03:30', '+14:00', '-12:00', '+15:00', '+09:75', '+0900'),
          }),
        ),
        precision: fc.constantFrom(undefined, 'year', 'month', 'day', 'hour', 'minute'),
      })
      .map(({ year, month, day, time, precision }) => {
        let text = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
        if (time) {
          text += `T${pad(time.hour)}:${pad(time.minute)}`;
          if (time.second !== null) text += `:${pad(time.second)}`;
          text += time.zone;
        }
        return { text, precision: precision as 'year' | 'month' | 'day' | 'hour' | 'minute' | undefined };
      });
    fc.assert(
      fc.property(dateTime, ({ text, precision }) => {
        const fast = parsersForTesting.parseCommon(text, precision);
        if (fast === null) return;
        expect(fast, text).to.deep.equal(parsersForTesting.parse(text, precision));
      }),
      { numRuns: 3000 },
    );
  });
});
