import { format } from 'date-fns/format';
import { ar } from 'date-fns/locale/ar';
import { enUS } from 'date-fns/locale/en-US';
import { UTCDate } from '@date-fns/utc';
import type { Lang, Precision } from '../model/types.js';

// `ar` (not arSA/arEG) gives full Arabic month names with Western digits, as the source articles
// write dates; see TOOLCHAIN.md. The locale object is passed on every call, never set globally.
const locales = { ar, en: enUS } as const;

/**
 * Formats an instant with a date-fns pattern in a language, reading the wall clock `offsetMinutes`
 * east of UTC (0, the default, formats in UTC: the axis's time zone).
 */
export function formatDate(ms: number, pattern: string, lang: Lang, offsetMinutes = 0): string {
  const wall = ms + offsetMinutes * 60_000;
  return format(new UTCDate(wall), wall < YEAR_1000 ? earlyYears(pattern, wall) : pattern, { locale: locales[lang] });
}

/** 1 January of the year 1000, UTC (`Date.UTC` reads the years 0–99 as 1900–1999, hence setUTCFullYear). */
const YEAR_1000 = new Date(0).setUTCFullYear(1000, 0, 1);
const YEAR_1 = new Date(0).setUTCFullYear(1, 0, 1);

/**
 * A year before 1000 written as historians write it, "70" rather than the ISO "0070"; before the
 * year 1 (where a fitted or zoomed-out view of early events can reach), with its era, "101 BC" /
 * "101 ق.م.": date-fns counts those years back from 1 BC, so without the era 101 BC would read as 101.
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
