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
  return format(new UTCDate(ms + offsetMinutes * 60_000), pattern, { locale: locales[lang] });
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
