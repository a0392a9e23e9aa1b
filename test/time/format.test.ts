import { expect } from '@open-wc/testing';
import { format } from 'date-fns/format';
import { ar } from 'date-fns/locale/ar';
import { enUS } from 'date-fns/locale/en-US';
import { UTCDate } from '@date-fns/utc';
import { formatAtPrecision, formatDate } from '../../src/time/format.js';

/** Every pattern the timeline formats with: the axis rungs and tiers, the live region, the precisions. */
const PATTERNS = [
  'yyyy',
  'y',
  'y G',
  'MMMM yyyy',
  'MMMM',
  'MMM',
  'd',
  'd MMM',
  'd MMMM yyyy',
  'HH:mm',
  'd MMMM yyyy, HH:mm',
];

describe('date formatting', () => {
  it('writes every pattern the timeline uses as date-fns format does, in both languages', async () => {
    const { default: fc } = await import('fast-check');
    // From 3000 BC to AD 3000, so early years, 1 BC and AD 1 and the padded four-digit years all come up.
    const instant = fc.integer({ min: -156_834_000_000_000, max: 32_503_680_000_000 });
    fc.assert(
      fc.property(
        instant,
        fc.constantFrom(...PATTERNS),
        fc.constantFrom('ar' as const, 'en' as const),
        (ms, pattern, lang) => {
          // formatDate rewrites `yyyy` before the year 1000 (earlyYears), so date-fns gets the same rewritten pattern.
          const early = ms < new Date(0).setUTCFullYear(1000, 0, 1);
          const asked = early
            ? pattern.replace('yyyy', ms < new Date(0).setUTCFullYear(1, 0, 1) ? 'y G' : 'y')
            : pattern;
          const expected = format(new UTCDate(ms), asked, { locale: lang === 'ar' ? ar : enUS });
          expect(formatDate(ms, pattern, lang), `${new Date(ms).toISOString()} ${pattern} ${lang}`).to.equal(expected);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('names months in Arabic in Arabic and in English in English', () => {
    const ms = Date.UTC(2023, 8, 13, 4, 5);
    expect(formatDate(ms, 'd MMMM yyyy, HH:mm', 'ar')).to.equal('13 سبتمبر 2023, 04:05');
    expect(formatDate(ms, 'd MMM', 'en')).to.equal('13 Sep');
  });

  it('writes the year 70 without padding, and a year before the first with its era', () => {
    expect(formatDate(new Date(0).setUTCFullYear(70, 4, 1), 'MMMM yyyy', 'en')).to.equal('May 70');
    expect(formatDate(new Date(0).setUTCFullYear(-100, 0, 1), 'yyyy', 'en')).to.equal('101 BC');
    expect(formatDate(new Date(0).setUTCFullYear(-100, 0, 1), 'yyyy', 'ar')).to.equal('101 ق.م.');
  });

  it('reads the wall clock of the offset an event gives, and names that offset', () => {
    const ms = Date.parse('2024-06-19T04:00:00+09:00');
    expect(formatAtPrecision(ms, 'hour', 'en', 540)).to.equal('19 June 2024, 04:00 UTC+09:00');
    expect(formatAtPrecision(ms, 'day', 'en', 540)).to.equal('19 June 2024');
  });
});
