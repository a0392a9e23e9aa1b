import type { Source, Text } from '../types.js';
import { isNonEmptyString, isObject, isText, shown, type Checker } from './checker.js';
import type { PassageTranslations } from './passage-translations.js';

/** Checks one excerpt: `ok` if it is usable, `verified` if its quote is its source's text at its offsets. */
export function checkExcerpt(
  c: Checker,
  value: unknown,
  path: string,
  sources: Map<string, Source>,
): { ok: boolean; verified: boolean } {
  if (!isObject(value))
    return { ok: c.error(path, 'an excerpt must be an object', 'يجب أن يكون الاقتباس كائنًا'), verified: false };
  let ok = true;
  const source = typeof value.source === 'string' ? sources.get(value.source) : undefined;
  const broken = typeof value.source === 'string' ? c.brokenSources.get(value.source) : undefined;
  if (!source && broken)
    ok = c.error(
      `${path}.source`,
      `the source "${shown(value.source)}" is itself invalid (see ${broken})`,
      `المصدر "${shown(value.source)}" نفسه غير صالح (انظر ${broken})`,
    );
  else if (!source)
    ok = c.error(
      `${path}.source`,
      `no source has the id "${shown(value.source)}"`,
      `لا يوجد مصدر بالمعرّف "${shown(value.source)}"`,
    );
  if (!isNonEmptyString(value.quote)) ok = c.error(`${path}.quote`, 'the excerpt has no quote', 'الاقتباس بلا نص');
  ok = c.text(value.translation, `${path}.translation`, { en: 'the translation', ar: 'الترجمة' }) && ok;
  const { start, end } = value;
  const offsetsOk =
    Number.isInteger(start) && Number.isInteger(end) && (start as number) >= 0 && (end as number) > (start as number);
  if (!offsetsOk)
    ok = c.error(
      `${path}.start`,
      'start and end must be whole numbers with start < end',
      'يجب أن يكون start وend عددين صحيحين وstart أصغر من end',
    );
  let verified = false;
  if (ok && source) {
    verified = source.text.slice(start as number, end as number) === value.quote;
    if (!verified) {
      c.warn(
        path,
        `the quote is not the text of source "${shown(source.id)}" at ${shown(start)}–${shown(end)}`,
        `الاقتباس لا يطابق نص المصدر "${shown(source.id)}" بين ${shown(start)} و${shown(end)}`,
      );
    }
  }
  return { ok, verified };
}

/**
 * Whether an excerpt passes `checkExcerpt` as verified and without a problem, decided without
 * building a path or a message. False only means "let the full check look".
 */
export function isCleanExcerpt(value: unknown, sources: Map<string, Source>): boolean {
  if (!isObject(value)) return false;
  const id = value.source;
  const source = typeof id === 'string' ? sources.get(id) : undefined;
  if (!source) return false;
  const { quote, start, end } = value;
  if (!isNonEmptyString(quote) || !isText(value.translation)) return false;
  if (
    !Number.isInteger(start) ||
    !Number.isInteger(end) ||
    !((start as number) >= 0) ||
    !((end as number) > (start as number))
  )
    return false;
  // The same as text.slice(start, end) === quote, without copying the slice.
  return (end as number) - (start as number) === quote.length && source.text.startsWith(quote, start as number);
}

/** What sharing needs of a source: its id and text. */
export type SharedSource = Pick<Source, 'id' | 'text'>;

/**
 * Makes the strings of an event's verified excerpts share what the dataset holds anyway: the quote
 * (and the translation that repeats it) becomes a slice of its source's text, and the source id the
 * source's own string. A quote parsed from JSON is a copy of its passage, a hundred bytes an event in
 * a large dataset, and its source id one more string; V8 keeps a slice of 13 characters or more as a
 * reference into the text. A translation equal to one an earlier excerpt of the same passage had
 * becomes that one (`translations`). Every string or object put in place is equal to the one it
 * replaces, so nothing a reader or a page sees changes, and the event need not be valid: the loader
 * runs this on events just parsed, before validation, so that what they no longer hold dies young
 * (see json-worker.ts). Only for events the validator made or parsed itself, which no one else holds.
 */
export function shareSourceStrings(
  event: unknown,
  sources: ReadonlyMap<string, SharedSource>,
  translations: PassageTranslations,
) {
  if (!isObject(event)) return;
  shareInExcerpts(event.excerpts, sources, translations);
  const disputes = event.disputes;
  if (!Array.isArray(disputes)) return;
  for (let i = 0; i < disputes.length; i += 1) {
    const dispute: unknown = disputes[i];
    if (isObject(dispute)) shareInExcerpts(dispute.excerpts, sources, translations);
  }
}

function shareInExcerpts(
  excerpts: unknown,
  sources: ReadonlyMap<string, SharedSource>,
  translations: PassageTranslations,
) {
  if (!Array.isArray(excerpts)) return;
  for (let i = 0; i < excerpts.length; i += 1) {
    const excerpt: unknown = excerpts[i];
    if (!isObject(excerpt) || typeof excerpt.source !== 'string') continue;
    const source = sources.get(excerpt.source);
    if (!source) continue;
    excerpt.source = source.id;
    const { quote, start, end, translation } = excerpt;
    if (typeof quote !== 'string' || !Number.isInteger(start) || !Number.isInteger(end)) continue;
    const from = start as number;
    if (from < 0 || (end as number) - from !== quote.length || !source.text.startsWith(quote, from)) continue;
    const passage = source.text.slice(from, end as number);
    excerpt.quote = passage;
    if (!isObject(translation)) continue;
    if (translation.ar === quote) translation.ar = passage;
    if (translation.en === quote) translation.en = passage;
    excerpt.translation = translations.share(translation as unknown as Text, from, end as number);
  }
}
