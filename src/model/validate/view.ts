import { parseIsoDate } from '../dates.js';
import type { Dataset } from '../types.js';
import { isObject, shown, type Checker } from './checker.js';

/**
 * The dataset's first window, or undefined (all events are shown) when it has none or it is not
 * usable; every way it is not usable is reported at the field that makes it so.
 */
export function checkView(c: Checker, value: unknown): Dataset['view'] {
  if (value === undefined || c.unreadable(value, '$.view')) return undefined;
  const instead = { en: '; showing all events instead', ar: '؛ ستُعرض كل الأحداث' };
  if (!isObject(value)) {
    c.warn(
      '$.view',
      `the view must be an object with an ISO start and end${instead.en}`,
      `يجب أن يكون العرض كائنًا فيه بداية ونهاية بصيغة ISO${instead.ar}`,
    );
    return undefined;
  }
  const start = parseIsoDate(value.start);
  const end = parseIsoDate(value.end);
  for (const [key, parsed] of [
    ['start', start],
    ['end', end],
  ] as const) {
    if (parsed) continue;
    const given = value[key];
    if (given === undefined)
      c.warn(
        `$.view.${key}`,
        `the view has no ${key}${instead.en}`,
        `العرض بلا ${key === 'start' ? 'بداية' : 'نهاية'}${instead.ar}`,
      );
    else
      c.warn(
        `$.view.${key}`,
        `"${shown(given)}" is not an ISO 8601 date${instead.en}`,
        `"${shown(given)}" ليس تاريخًا بصيغة ISO 8601${instead.ar}`,
      );
  }
  if (!start || !end) return undefined;
  if (end.end <= start.start) {
    c.warn(
      '$.view.end',
      `the view ends (${shown(value.end)}) before it starts (${shown(value.start)})${instead.en}`,
      `ينتهي العرض (${shown(value.end)}) قبل أن يبدأ (${shown(value.start)})${instead.ar}`,
    );
    return undefined;
  }
  const view: NonNullable<Dataset['view']> = { start: value.start as string, end: value.end as string };
  if (value.fold === true) view.fold = true;
  else if (value.fold !== undefined && value.fold !== false)
    c.warn(
      '$.view.fold',
      `"${shown(value.fold)}" is not true or false; the axis is not folded`,
      `"${shown(value.fold)}" ليست true ولا false؛ لن يُطوى المحور`,
    );
  return view;
}
