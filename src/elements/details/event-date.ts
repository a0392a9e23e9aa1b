import { parseIsoDate } from '../../model/dates.js';
import type { Lang, TimelineEvent } from '../../model/types.js';
import { formatAtPrecision } from '../../time/format.js';

/** An event's date, to the precision it is known, in one language; an unreadable date is shown as written. */
export function formatEventDate(event: TimelineEvent, lang: Lang): string {
  const at = (value: string | undefined) => {
    if (typeof value !== 'string' || !value) return '';
    const parsed = parseIsoDate(value, event.precision);
    return parsed ? formatAtPrecision(parsed.start, parsed.precision, lang, parsed.offset) : value;
  };
  const start = at(event.date);
  const end = at(event.end);
  return end && end !== start ? `${start} – ${end}` : start;
}
