import { utcDay, utcHour, utcMinute, utcMonth, utcWeek, utcYear, type CountableTimeInterval } from 'd3-time';
import { formatDate } from './format.js';
import type { Lang } from '../model/types.js';

/** One rung of the axis: how ticks step and how they and their context tier are labelled. */
export interface TickRung {
  name: string;
  interval: CountableTimeInterval;
  step: number;
  /** Approximate duration of one step, used to pick a rung for the pixels available. */
  duration: number;
  label: string;
  /** The coarser tier that names what the fine ticks are in ("September 2023" over days). */
  context?: { interval: CountableTimeInterval; label: string };
}

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

const dayContext = { interval: utcDay, label: 'd MMMM yyyy' };
const monthContext = { interval: utcMonth, label: 'MMMM yyyy' };
const yearContext = { interval: utcYear, label: 'yyyy' };

export const RUNGS: TickRung[] = [
  { name: '5 minutes', interval: utcMinute, step: 5, duration: 5 * MIN, label: 'HH:mm', context: dayContext },
  { name: '15 minutes', interval: utcMinute, step: 15, duration: 15 * MIN, label: 'HH:mm', context: dayContext },
  { name: '30 minutes', interval: utcMinute, step: 30, duration: 30 * MIN, label: 'HH:mm', context: dayContext },
  { name: 'hour', interval: utcHour, step: 1, duration: HOUR, label: 'HH:mm', context: dayContext },
  { name: '3 hours', interval: utcHour, step: 3, duration: 3 * HOUR, label: 'HH:mm', context: dayContext },
  { name: '6 hours', interval: utcHour, step: 6, duration: 6 * HOUR, label: 'HH:mm', context: dayContext },
  { name: '12 hours', interval: utcHour, step: 12, duration: 12 * HOUR, label: 'HH:mm', context: dayContext },
  { name: 'day', interval: utcDay, step: 1, duration: DAY, label: 'd', context: monthContext },
  { name: '2 days', interval: utcDay, step: 2, duration: 2 * DAY, label: 'd', context: monthContext },
  { name: 'week', interval: utcWeek, step: 1, duration: 7 * DAY, label: 'd MMM', context: monthContext },
  { name: 'month', interval: utcMonth, step: 1, duration: 30 * DAY, label: 'MMMM', context: yearContext },
  { name: '3 months', interval: utcMonth, step: 3, duration: 91 * DAY, label: 'MMM', context: yearContext },
  { name: 'year', interval: utcYear, step: 1, duration: 365 * DAY, label: 'yyyy' },
  { name: '5 years', interval: utcYear, step: 5, duration: 5 * 365 * DAY, label: 'yyyy' },
  { name: '10 years', interval: utcYear, step: 10, duration: 10 * 365 * DAY, label: 'yyyy' },
  { name: '50 years', interval: utcYear, step: 50, duration: 50 * 365 * DAY, label: 'yyyy' },
  { name: '100 years', interval: utcYear, step: 100, duration: 100 * 365 * DAY, label: 'yyyy' },
];

/** A label measured in pixels; the element measures with its own font, tests with a stub. */
export type Measure = (text: string) => number;

export interface Tick {
  /** Epoch milliseconds. */
  time: number;
  label: string;
}

export interface AxisTicks {
  rung: TickRung;
  fine: Tick[];
  context: Tick[];
}

/** Space kept between two tick labels, in pixels. */
export const LABEL_GAP = 12;

const SAMPLE = Date.UTC(2023, 8, 30, 23, 55); // "30 September" and "23:55": wide digits and names

/** Widest label a rung can print in a language: its longest month name with wide digits. */
function widestLabel(rung: TickRung, lang: Lang, measure: Measure): number {
  let widest = 0;
  for (let month = 0; month < 12; month += 1) {
    const sample = new Date(SAMPLE);
    sample.setUTCMonth(month);
    widest = Math.max(widest, measure(formatDate(sample.getTime(), rung.label, lang)));
  }
  return widest;
}

const widthCache = new Map<string, number>();

/**
 * Chooses the finest rung whose labels fit: the pixels one step spans must hold the widest label of
 * that rung plus a gap, so labels never overlap or crowd whatever the month or language.
 */
export function chooseRung(msPerPixel: number, lang: Lang, measure: Measure, cacheKey = ''): TickRung {
  for (const rung of RUNGS) {
    const key = `${cacheKey}|${lang}|${rung.name}`;
    let width = widthCache.get(key);
    if (width === undefined) {
      width = widestLabel(rung, lang, measure);
      if (cacheKey) widthCache.set(key, width);
    }
    if (rung.duration / msPerPixel >= width + LABEL_GAP) return rung;
  }
  return RUNGS[RUNGS.length - 1]!;
}

const labelCache = new Map<string, string>();

/** A tick label, memoized: the same ticks are labelled again on every frame of a zoom or pan. */
function label(time: number, pattern: string, lang: Lang): string {
  const key = `${time}|${pattern}|${lang}`;
  let text = labelCache.get(key);
  if (text === undefined) {
    if (labelCache.size > 5000) labelCache.clear();
    text = formatDate(time, pattern, lang);
    labelCache.set(key, text);
  }
  return text;
}

/** Ticks of both tiers between two instants, labelled in a language. */
export function axisTicks(
  startMs: number,
  endMs: number,
  widthPx: number,
  lang: Lang,
  measure: Measure,
  cacheKey = '',
): AxisTicks {
  const lo = Math.min(startMs, endMs);
  const hi = Math.max(startMs, endMs);
  const rung = chooseRung((hi - lo) / Math.max(1, widthPx), lang, measure, cacheKey);
  const every = rung.interval.every(rung.step) ?? rung.interval;
  const fine = every.range(new Date(lo), new Date(hi + 1)).map((d) => ({
    time: d.getTime(),
    label: label(d.getTime(), rung.label, lang),
  }));
  const context: Tick[] = [];
  if (rung.context) {
    // The period the window starts in is named too, so the context tier is never empty.
    const first = rung.context.interval.floor(new Date(lo));
    for (const d of [first, ...rung.context.interval.range(new Date(lo + 1), new Date(hi + 1))]) {
      context.push({ time: d.getTime(), label: label(d.getTime(), rung.context.label, lang) });
    }
  }
  return { rung, fine, context };
}
