import type { Precision } from './types.js';

/** An ISO 8601 date or date-time as Tarikh places it on the axis. */
export interface ParsedDate {
  /** The instant the value starts at, in epoch milliseconds. */
  start: number;
  /** The end of the span the precision covers (exclusive), in epoch milliseconds. */
  end: number;
  /** The precision the string itself carries ("2024-06" is month precision). */
  precision: Precision;
  /** Minutes east of UTC written in the string, when it has an offset ("+09:00" → 540). */
  offset?: number;
}

const ISO =
  /^([+-]\d{6}|\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

/** The latest instant (and, negated, the earliest) a date may name, in epoch milliseconds. */
export const MAX_INSTANT = 8.64e15 / 4;

const RANK: Record<Precision, number> = { year: 0, month: 1, day: 2, hour: 3, minute: 4 };

/** Orders precisions from coarse to fine. */
export function precisionRank(precision: Precision): number {
  return RANK[precision];
}

/** Minutes east of UTC, or NaN for an offset no place uses (minutes past 59, beyond −12:00…+14:00). */
function parseOffset(zone: string | undefined): number | undefined {
  if (!zone) return undefined;
  if (zone === 'Z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = Number(digits.slice(2, 4));
  const offset = sign * (hours * 60 + minutes);
  return minutes > 59 || offset < -12 * 60 || offset > 14 * 60 ? NaN : offset;
}

/**
 * The end of the precision span that starts at `ms`. Months and years are counted on the wall clock
 * of `offset`: December at +14:00 starts on 30 November in UTC, and must still end on 1 January.
 */
function addPrecision(ms: number, precision: Precision, offset: number): number {
  const shift = offset * 60_000;
  const d = new Date(ms + shift);
  switch (precision) {
    case 'year':
      return Date.UTC(d.getUTCFullYear() + 1, 0, 1) - (Date.UTC(d.getUTCFullYear(), 0, 1) - ms - shift) - shift;
    case 'month':
      return (
        Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) -
        (Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1) - ms - shift) -
        shift
      );
    case 'day':
      return ms + 86_400_000;
    case 'hour':
      return ms + 3_600_000;
    case 'minute':
      return ms + 60_000;
  }
}

/**
 * Parses an ISO 8601 calendar date or date-time ("2023", "2023-09", "2023-09-13",
 * "2024-06-19T04:00:00+09:00"). A value without an offset is read in UTC, so a bare day means that
 * calendar day wherever it happened. `precision`, when given, may only coarsen what the string says.
 * Returns undefined for anything that is not such a date, or names an impossible day (30 February).
 */
export function parseIsoDate(value: unknown, precision?: Precision): ParsedDate | undefined {
  if (typeof value !== 'string') return undefined;
  // The common forms are read faster than a string can be hashed to look it up: only the others,
  // which take a regular expression, are remembered (large datasets repeat a few hundred of them).
  const fast = parseCommon(value, precision);
  if (fast !== null) return fast;
  const key = precision ? `${value}|${precision}` : value;
  const known = memo.get(key);
  if (known !== undefined || memo.has(key)) return known;
  const parsed = parse(value, precision);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, parsed);
  return parsed;
}

const MEMO_LIMIT = 20_000;
const memo = new Map<string, ParsedDate | undefined>();

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** Two ASCII digits at `i` as a number, or NaN. */
function two(value: string, i: number): number {
  const a = value.charCodeAt(i) - 48;
  const b = value.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : NaN;
}

/**
 * The two forms nearly every dataset uses, "2023-09-13" and "2024-06-19T04:00(:00)(Z|+09:00)", read
 * without a regular expression or a Date object: a large dataset's load is mostly date parsing.
 * Returns null (not undefined) for anything else, which the general parser then reads; the result
 * is the same as the general parser's (a property test compares them).
 */
function parseCommon(value: string, precision?: Precision): ParsedDate | undefined | null {
  const n = value.length;
  if ((n !== 10 && n < 16) || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return null;
  const year = two(value, 0) * 100 + two(value, 2);
  const month = two(value, 5);
  const day = two(value, 8);
  // Years below 100 (rare, and where Date reads two digits as 19xx) are left to the general parser.
  if (!(year >= 100) || Number.isNaN(month) || Number.isNaN(day)) return null;
  if (month < 1 || month > 12 || day < 1 || day > (month === 2 && isLeap(year) ? 29 : DAYS_IN_MONTH[month - 1]!)) {
    return undefined;
  }
  if (n === 10) {
    if (precision === 'year' || precision === 'month') return null;
    const start = daysFromCivil(year, month, day) * 86_400_000;
    return { start, end: start + 86_400_000, precision: 'day', offset: undefined };
  }
  if (precision && precision !== 'minute') return null;
  if (value.charCodeAt(10) !== 84 || value.charCodeAt(13) !== 58) return null;
  const hour = two(value, 11);
  const minute = two(value, 14);
  if (!(hour < 24) || !(minute <= 59)) return null;
  let i = 16;
  let second = 0;
  if (value.charCodeAt(i) === 58) {
    second = two(value, i + 1);
    if (!(second <= 59)) return null;
    i += 3;
  }
  let offset: number | undefined;
  if (i === n) offset = undefined;
  else if (i + 1 === n && value.charCodeAt(i) === 90) offset = 0;
  else if (
    i + 6 === n &&
    (value.charCodeAt(i) === 43 || value.charCodeAt(i) === 45) &&
    value.charCodeAt(i + 3) === 58
  ) {
    const hours = two(value, i + 1);
    const minutes = two(value, i + 4);
    if (!(minutes <= 59)) return undefined;
    offset = (value.charCodeAt(i) === 45 ? -1 : 1) * (hours * 60 + minutes);
    if (!(offset >= -720 && offset <= 840)) return undefined;
  } else return null;
  const start =
    daysFromCivil(year, month, day) * 86_400_000 + hour * 3_600_000 + (minute - (offset ?? 0)) * 60_000 + second * 1000;
  return { start, end: start + 60_000, precision: 'minute', offset };
}

/**
 * Days from 1970-01-01 to a day of the proleptic Gregorian calendar (Howard Hinnant's
 * days_from_civil), in integer arithmetic: Date.UTC does the same for 100,000 dates at several
 * times the cost, as it converts and checks each of its arguments.
 */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

function parse(value: string, precision?: Precision): ParsedDate | undefined {
  const m = ISO.exec(value.trim());
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s, frac, zone] = m;
  const year = Number(y);
  const month = mo ? Number(mo) : 1;
  const day = d ? Number(d) : 1;
  const hour = h ? Number(h) : 0;
  const minute = mi ? Number(mi) : 0;
  const second = s ? Number(s) : 0;
  const millis = frac ? Math.floor(Number(`0.${frac}`) * 1000) : 0;
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 24 || minute > 59 || second > 60) return undefined;
  if (hour === 24 && (minute > 0 || second > 0 || millis > 0)) return undefined;
  const utc = new Date(0);
  utc.setUTCFullYear(year, month - 1, day);
  // Date rolls 30 February over into March; a real calendar date round-trips. Checked before the
  // hours are set, so that 24:00 (the end of a day) cannot carry an impossible day along with it.
  if (utc.getUTCMonth() !== month - 1 || utc.getUTCDate() !== day) return undefined;
  utc.setUTCHours(hour, minute, second, millis);
  const offset = parseOffset(zone);
  if (Number.isNaN(offset)) return undefined;
  const start = utc.getTime() - (offset ?? 0) * 60_000;
  // A quarter of the Date range (about 66,000 BCE to 70,000 CE): the timeline adds margins around its
  // events, and a date at the very edge of what Date can hold would push them past it.
  if (!Number.isFinite(start) || Math.abs(start) > MAX_INSTANT) return undefined;
  const own: Precision = h ? 'minute' : d ? 'day' : mo ? 'month' : 'year';
  const used = precision && precisionRank(precision) < precisionRank(own) ? precision : own;
  const spanStart = used === own ? start : truncate(start, used, offset ?? 0);
  return { start: spanStart, end: addPrecision(spanStart, used, offset ?? 0), precision: used, offset };
}

/** Truncates an instant to the start of its precision span in the wall clock of `offset`. */
function truncate(ms: number, precision: Precision, offset: number): number {
  const wall = new Date(ms + offset * 60_000);
  const y = wall.getUTCFullYear();
  const mo = precision === 'year' ? 0 : wall.getUTCMonth();
  const d = precision === 'year' || precision === 'month' ? 1 : wall.getUTCDate();
  const h = precision === 'hour' ? wall.getUTCHours() : 0;
  const t = new Date(0);
  t.setUTCFullYear(y, mo, d);
  t.setUTCHours(h, 0, 0, 0);
  return t.getTime() - offset * 60_000;
}

/** The two parsers behind `parseIsoDate`, for the test that checks they agree. @internal */
export const parsersForTesting = { parseCommon, parse };
