/**
 * The spreadsheet path: rows of an events sheet and an excerpts sheet (as any spreadsheet exports
 * them, one header row naming the columns) become the events of a story in the authoring format.
 * Column names are matched without regard to case, spaces or dashes ("Title (en)" is not a name:
 * use title_en). Pure: the command parses the CSV files and merges the result into story.json.
 */
import type { Precision, Text } from '../model/types.js';
import type { AuthoredEvent, AuthoredExcerpt } from './types.js';

/** One parsed row: the header's names to cell texts, and the row's first line in its file. */
export interface Row {
  line: number;
  cells: Record<string, string>;
}

export interface RowProblem {
  /** "events.csv line 4" style, filled in by the caller's file name. */
  file: 'events' | 'excerpts';
  line: number;
  message: Text;
}

export const EVENT_COLUMNS = [
  'id',
  'date',
  'end',
  'precision',
  'title_ar',
  'title_en',
  'summary_ar',
  'summary_en',
  'place_ar',
  'place_en',
  'track',
  'context',
  'note',
] as const;
export const EXCERPT_COLUMNS = [
  'event',
  'source',
  'quote',
  'occurrence',
  'prefix',
  'suffix',
  'translation_en',
  'translation_ar',
] as const;

/** "Title AR" → "title_ar"; "event id" → "event" (the one alias a reporter is likely to write). */
export function columnName(header: string): string {
  const name = header
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  return name === 'event_id' ? 'event' : name;
}

const PRECISIONS = new Set(['year', 'month', 'day', 'hour', 'minute']);

/** Both texts, or undefined when both cells are empty (a half-filled pair is left for the validator to name). */
function pair(cells: Record<string, string>, name: string): Text | undefined {
  const ar = cells[`${name}_ar`]?.trim() ?? '';
  const en = cells[`${name}_en`]?.trim() ?? '';
  return ar || en ? { ar, en } : undefined;
}

/**
 * Events from the two sheets. `sourceId(name)` turns an excerpt's `source` cell (a source id or an
 * article file name) into a source id, adding the source to the story when it is new.
 */
export function eventsFromRows(
  eventRows: Row[],
  excerptRows: Row[],
  sourceId: (name: string) => string,
): { events: AuthoredEvent[]; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const events: AuthoredEvent[] = [];
  const byId = new Map<string, AuthoredEvent>();
  const bad = (file: RowProblem['file'], line: number, en: string, ar: string) =>
    problems.push({ file, line, message: { en, ar } });
  for (const { line, cells } of eventRows) {
    const id = cells.id?.trim() ?? '';
    if (Object.values(cells).every((v) => !v.trim())) continue;
    if (!id) {
      bad('events', line, 'the "id" cell is empty', 'خانة "id" فارغة');
      continue;
    }
    if (byId.has(id)) {
      bad('events', line, `the id "${id}" is used by an earlier row`, `المعرّف "${id}" مستخدم في صف سابق`);
      continue;
    }
    const precision = cells.precision?.trim().toLowerCase();
    if (precision && !PRECISIONS.has(precision))
      bad(
        'events',
        line,
        `"precision" must be year, month, day, hour or minute, not "${precision}"`,
        `يجب أن تكون "precision" واحدة من year وmonth وday وhour وminute، لا "${precision}"`,
      );
    const event: AuthoredEvent = {
      id,
      date: cells.date?.trim() ?? '',
      ...(cells.end?.trim() ? { end: cells.end.trim() } : {}),
      ...(precision && PRECISIONS.has(precision) ? { precision: precision as Precision } : {}),
      title: pair(cells, 'title') ?? { ar: '', en: '' },
      ...(pair(cells, 'summary') ? { summary: pair(cells, 'summary') } : {}),
      ...(pair(cells, 'place') ? { place: pair(cells, 'place') } : {}),
      ...(cells.track?.trim() ? { track: cells.track.trim() } : {}),
      excerpts: [],
      ...(/^(true|yes|1|x|نعم)$/i.test(cells.context?.trim() ?? '') ? { context: true } : {}),
      ...(cells.note?.trim() ? { note: cells.note.trim() } : {}),
    };
    if (!event.date) bad('events', line, `event "${id}": the "date" cell is empty`, `الحدث "${id}": خانة "date" فارغة`);
    byId.set(id, event);
    events.push(event);
  }
  for (const { line, cells } of excerptRows) {
    if (Object.values(cells).every((v) => !v.trim())) continue;
    const eventId = cells.event?.trim() ?? '';
    const event = byId.get(eventId);
    if (!event) {
      bad(
        'excerpts',
        line,
        eventId ? `no event has the id "${eventId}" in the events sheet` : 'the "event" cell is empty',
        eventId ? `لا حدث بالمعرّف "${eventId}" في جدول الأحداث` : 'خانة "event" فارغة',
      );
      continue;
    }
    // The quote is kept exactly as typed: its spaces are part of the match.
    const quote = cells.quote ?? '';
    const source = cells.source?.trim() ?? '';
    if (!quote) bad('excerpts', line, 'the "quote" cell is empty', 'خانة "quote" فارغة');
    if (!source) bad('excerpts', line, 'the "source" cell is empty', 'خانة "source" فارغة');
    const occurrence = cells.occurrence?.trim();
    if (occurrence && !/^[1-9]\d*$/.test(occurrence))
      bad(
        'excerpts',
        line,
        `"occurrence" must be a whole number from 1, not "${occurrence}"`,
        `يجب أن يكون "occurrence" عددًا صحيحًا من 1، لا "${occurrence}"`,
      );
    if (!quote || !source) continue;
    const translationAr = cells.translation_ar?.trim();
    const excerpt: AuthoredExcerpt = {
      source: sourceId(source),
      quote,
      ...(occurrence && /^[1-9]\d*$/.test(occurrence) ? { occurrence: Number(occurrence) } : {}),
      ...(cells.prefix ? { prefix: cells.prefix } : {}),
      ...(cells.suffix ? { suffix: cells.suffix } : {}),
      translation: { en: cells.translation_en?.trim() ?? '', ...(translationAr ? { ar: translationAr } : {}) },
    };
    event.excerpts.push(excerpt);
  }
  return { events, problems };
}
