/**
 * The pure half of `npm run data`: turns the authoring format into the published Dataset. No Node
 * imports, so the browser tests can exercise it directly.
 */
import type { Dataset, Excerpt, Source, TimelineEvent } from '../../src/model/types.js';
import type { AuthoredDataset, AuthoredExcerpt } from './authoring.js';

/** UTF-16 index of the `occurrence`-th (from 1) appearance of `quote` in `text`, or -1. */
export function locate(text: string, quote: string, occurrence = 1): number {
  if (!quote || !Number.isInteger(occurrence) || occurrence < 1) return -1;
  let at = -1;
  for (let n = 0; n < occurrence; n += 1) {
    at = text.indexOf(quote, at + 1);
    if (at < 0) return -1;
  }
  return at;
}

/**
 * Builds the Dataset, reading each source's text through `readSource(file)`. Every quote that is
 * missing, or ambiguous without an `occurrence`, is reported in `errors` naming the event and quote;
 * the caller must not publish a dataset with errors.
 */
export function buildDataset(
  authored: AuthoredDataset,
  readSource: (file: string) => string,
): { dataset: Dataset; errors: string[] } {
  const errors: string[] = [];
  const sources: Source[] = authored.sources.map(
    ({ file, publishedNote: _published, titleNote: _title, ...source }) => ({ ...source, text: readSource(file) }),
  );
  const byId = new Map(sources.map((s) => [s.id, s]));
  const toExcerpt = (excerpt: AuthoredExcerpt, where: string): Excerpt => {
    const { occurrence, source: id, quote, translation } = excerpt;
    const source = byId.get(id);
    const ar = translation.ar ?? (source?.lang === 'ar' ? quote : undefined);
    if (ar === undefined) errors.push(`${where}: the translation has no Arabic text (the source is not Arabic)`);
    const base = { source: id, quote, translation: { ar: ar ?? '', en: translation.en } };
    if (!source) {
      errors.push(`${where}: no source "${id}"`);
      return { ...base, start: 0, end: 0 };
    }
    const start = locate(source.text, quote, occurrence ?? 1);
    if (start < 0) {
      errors.push(`${where}: quote not found in ${id}${occurrence ? ` (occurrence ${occurrence})` : ''}: «${quote}»`);
      return { ...base, start: 0, end: 0 };
    }
    if (occurrence === undefined && locate(source.text, quote, 2) >= 0) {
      errors.push(`${where}: quote occurs more than once in ${id}; give "occurrence": «${quote}»`);
    }
    return { source: id, quote, start, end: start + quote.length, translation: base.translation };
  };
  const events: TimelineEvent[] = authored.events.map(({ disputes, excerpts, ...event }) => ({
    ...event,
    excerpts: excerpts.map((e, i) => toExcerpt(e, `event "${event.id}" excerpt ${i + 1}`)),
    ...(disputes
      ? {
          disputes: disputes.map((d, j) => ({
            note: d.note,
            excerpts: d.excerpts.map((e, i) => toExcerpt(e, `event "${event.id}" dispute ${j + 1} excerpt ${i + 1}`)),
          })),
        }
      : {}),
  }));
  const { sources: _s, events: _e, ...rest } = authored;
  return { dataset: { ...rest, sources, events }, errors };
}
