import { ar } from 'date-fns/locale/ar';
import { enUS } from 'date-fns/locale/en-US';
import type { Lang, Precision } from '../model/types.js';

// `ar` (not arSA/arEG) gives full Arabic month names with Western digits, as the source articles
// write dates; see TOOLCHAIN.md. The locale object is passed on every call, never set globally.
const locales = { ar, en: enUS } as const;

/** What `formatDate` reads of a date-fns locale: its month and era names. */
type Names = Pick<typeof enUS, 'localize'>;

/**
 * The date-fns pattern tokens the timeline writes (ticks, live region, event dates), each as date-fns's
 * `format` writes it: `yyyy` the year padded to four digits, `y` unpadded, `G` the abbreviated era,
 * `MMMM`/`MMM` the wide/abbreviated month name, `d` the day, `HH`/`mm` the 24-hour clock, padded.
 * Anything else is literal text. Written here rather than calling `format`, whose general machinery
 * (every token, week numbering, protected tokens, time zones) was about 4 KB of the bundle's first load
 * gzipped for these eight tokens; test/time/format.test.ts checks the two agree.
 */
const TOKENS = /yyyy|y|G|MMMM|MMM|d|HH|mm/g;

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** One token of a UTC instant; `year` is date-fns's: 1 BC is 1 in era 0, not the astronomical 0. */
function token(name: string, date: Date, locale: Names): string {
  const signed = date.getUTCFullYear();
  const year = signed > 0 ? signed : 1 - signed;
  switch (name) {
    case 'yyyy':
      return pad(year, 4);
    case 'y':
      return String(year);
    case 'G':
      return locale.localize.era(signed > 0 ? 1 : 0, { width: 'abbreviated' });
    case 'MMMM':
    case 'MMM':
      return locale.localize.month(date.getUTCMonth() as 0, {
        width: name === 'MMMM' ? 'wide' : 'abbreviated',
        context: 'formatting',
      });
    case 'd':
      return String(date.getUTCDate());
    case 'HH':
      return pad(date.getUTCHours(), 2);
    default:
      return pad(date.getUTCMinutes(), 2);
  }
}

/**
 * Formats an instant with a date-fns pattern (of the tokens above) in a language, reading the wall
 * clock `offsetMinutes` east of UTC (0, the default, formats in UTC: the axis's time zone).
 */
export function formatDate(ms: number, pattern: string, lang: Lang, offsetMinutes = 0): string {
  const wall = ms + offsetMinutes * 60_000;
  const date = new Date(wall);
  const locale = locales[lang];
  return (wall < YEAR_1000 ? earlyYears(pattern, wall) : pattern).replace(TOKENS, (name) => token(name, date, locale));
}

/** 1 January of the year 1000, UTC (`Date.UTC` reads the years 0–99 as 1900–1999, hence setUTCFullYear). */
const YEAR_1000 = new Date(0).setUTCFullYear(1000, 0, 1);
const YEAR_1 = new Date(0).setUTCFullYear(1, 0, 1);

/**
 * A year before 1000 written as historians write it, "70" rather than the ISO "0070"; before the
 * year 1 (where a fitted or zoomed-out view of early events can reach), with its era, "101 BC" /
 * "101 ق.م.": years are counted back from 1 BC, so without the era 101 BC would read as 101.
 */
function earlyYears(pattern: string, wall: number): string {
  return pattern.replace('yyyy', wall < YEAR_1 ? 'y G' : 'y');
}

const PRECISION_PATTERNS: Record<Precision, string> = {
  year: 'yyyy',
  month: 'MMMM yyyy',
  day: 'd MMMM yyyy',
  hour: 'd MMMM yyyy, HH:mm',
  minute: 'd MMMM yyyy, HH:mm',
};

/** "+09:00" style label for an offset in minutes. */
export function formatOffset(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '−' : '+';
  const abs = Math.abs(offsetMinutes);
  return `UTC${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/**
 * Formats an event date to the precision it is known to: "September 2023", "13 September 2023",
 * or with its time of day in the offset the source gave ("19 June 2024, 04:00 UTC+09:00").
 */
export function formatAtPrecision(ms: number, precision: Precision, lang: Lang, offsetMinutes?: number): string {
  const text = formatDate(ms, PRECISION_PATTERNS[precision], lang, offsetMinutes ?? 0);
  if (precision === 'hour' || precision === 'minute') return `${text} ${formatOffset(offsetMinutes ?? 0)}`;
  return text;
}
