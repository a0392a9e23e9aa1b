/**
 * Turns the authoring format into the published Dataset: each quote is located exactly in its
 * article (locate-quote.ts) and gets its UTF-16 offsets; a quote that is not found comes back as a
 * problem naming the event, with the closest passage of the article and how it differs. No Node
 * imports: the caller reads the files, and must not publish a dataset with problems.
 */
import type { Dataset, Excerpt, Source, Text, TimelineEvent } from '../model/types.js';
import { closestPassage } from './closest-passage.js';
import { describeDifference, differences } from './differences.js';
import { fold, type Folded } from './fold.js';
import { locateQuote, type Located } from './locate-quote.js';
import type { AuthoredDataset, AuthoredExcerpt } from './types.js';

/** One thing that stops the build: where in the authoring file, and what, in both languages. */
export interface BuildProblem {
  /** A JSON path into the authoring file, such as `$.events[3].excerpts[0]`. */
  path: string;
  message: Text;
}

export interface BuildOptions {
  /** Called now and then with the excerpts placed so far, for a progress line. */
  onProgress?: (done: number, total: number) => void;
}

const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** A quote as a message shows it: cut to 80 characters, bidi controls written as escapes. */
export function shownQuote(text: string, max = 80): string {
  const cut = text.length > max ? `${text.slice(0, max - 1)}…` : text;
  return cut.replace(BIDI, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}

/** The 1-based line of `offset` in `text`. */
export function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let at = text.indexOf('\n'); at >= 0 && at < offset; at = text.indexOf('\n', at + 1)) line += 1;
  return line;
}

/**
 * What the author is told when a quote is not in the article: the closest passage, where it is, how
 * alike, and each difference. Empty when nothing is alike.
 */
export function explainMiss(text: string, quote: string, folded?: Folded): Text {
  const passage = closestPassage(text, quote, folded);
  if (!passage || passage.similarity < 0.3)
    return { en: ' Nothing in the article is close to it.', ar: ' لا شيء في المقال قريب منه.' };
  const found = text.slice(passage.start, passage.end);
  const line = lineOf(text, passage.start);
  const percent = Math.round(passage.similarity * 100);
  const diffs = differences(quote, found).slice(0, 6).map(describeDifference);
  return {
    en: ` Closest passage (line ${line}, ${percent}% alike): «${shownQuote(found, 160)}». ${diffs.length ? `It differs by ${diffs.map((d) => d.en).join('; ')}.` : ''} Copy the passage from the article file, or correct the quote.`,
    ar: ` أقرب مقطع (السطر ${line}، تشابه ${percent}٪): «${shownQuote(found, 160)}». ${diffs.length ? `الفرق: ${diffs.map((d) => d.ar).join('؛ ')}.` : ''} انسخ المقطع من ملف المقال، أو صحّح الاقتباس.`,
  };
}

function locatedProblem(result: Exclude<Located, { ok: true }>, id: string, excerpt: AuthoredExcerpt): Text {
  const q = shownQuote(excerpt.quote);
  const n = result.count;
  switch (result.reason) {
    case 'empty':
      return { en: 'the excerpt has no quote', ar: 'الاقتباس بلا نص' };
    case 'bad-occurrence':
      return {
        en: '"occurrence" must be a whole number from 1',
        ar: 'يجب أن يكون "occurrence" عددًا صحيحًا من 1 فصاعدًا',
      };
    case 'ambiguous':
      return {
        en: `the quote appears ${n} times in source "${id}"; say which with "occurrence" (1 to ${n}) or with a "prefix" or "suffix": «${q}»`,
        ar: `يرد الاقتباس ${n} مرات في المصدر "${id}"؛ حدّد أيّها بـ"occurrence" (من 1 إلى ${n}) أو بـ"prefix" أو "suffix": «${q}»`,
      };
    case 'no-occurrence':
      return {
        en: `the quote appears ${n} time(s) in source "${id}", so there is no occurrence ${excerpt.occurrence}: «${q}»`,
        ar: `يرد الاقتباس ${n} مرة في المصدر "${id}"، فلا وجود للمرة ${excerpt.occurrence}: «${q}»`,
      };
    case 'no-context':
      return {
        en: `the quote appears ${n} time(s) in source "${id}", but never with the given "prefix"/"suffix" around it: «${q}»`,
        ar: `يرد الاقتباس ${n} مرة في المصدر "${id}"، لكن ليس قبله "prefix" أو بعده "suffix" المعطى: «${q}»`,
      };
    case 'missing':
      return {
        en: `the quote is not in source "${id}": «${q}».`,
        ar: `الاقتباس ليس في المصدر "${id}": «${q}».`,
      };
  }
}

/** Builds the Dataset, reading each source's text through `readSource(file)` (which may throw). */
export function buildDataset(
  authored: AuthoredDataset,
  readSource: (file: string) => string,
  options: BuildOptions = {},
): { dataset: Dataset; problems: BuildProblem[] } {
  const problems: BuildProblem[] = [];
  const sources: Source[] = authored.sources.map(
    ({ file, publishedNote: _published, titleNote: _title, ...source }, i) => {
      let text = '';
      try {
        text = readSource(file);
      } catch (error) {
        const why = (error as Error).message ?? String(error);
        problems.push({
          path: `$.sources[${i}].file`,
          message: {
            en: `source "${source.id}": cannot read its file "${file}" (${why})`,
            ar: `المصدر "${source.id}": تعذّرت قراءة ملفه "${file}" (${why})`,
          },
        });
      }
      return { ...source, text };
    },
  );
  const byId = new Map(sources.map((s) => [s.id, s]));
  const foldedTexts = new Map<string, Folded>();
  const total = authored.events.reduce(
    (sum, e) => sum + e.excerpts.length + (e.disputes ?? []).reduce((s, d) => s + d.excerpts.length, 0),
    0,
  );
  let done = 0;
  const toExcerpt = (excerpt: AuthoredExcerpt, path: string, where: Text): Excerpt => {
    done += 1;
    if (options.onProgress && (done % 500 === 0 || done === total)) options.onProgress(done, total);
    const { source: id, quote, translation } = excerpt;
    const source = byId.get(id);
    const fail = (message: Text) =>
      problems.push({ path, message: { en: `${where.en}: ${message.en}`, ar: `${where.ar}: ${message.ar}` } });
    const ar = translation?.ar ?? (source?.lang === 'ar' ? quote : undefined);
    if (ar === undefined)
      fail({
        en: 'the translation has no Arabic text (the source is not Arabic)',
        ar: 'الترجمة بلا نص عربي (المصدر ليس عربيًا)',
      });
    const base = { source: id, quote, translation: { ar: ar ?? '', en: translation?.en } };
    if (!source) {
      fail({ en: `no source "${shownQuote(String(id))}"`, ar: `لا يوجد مصدر "${shownQuote(String(id))}"` });
      return { ...base, start: 0, end: 0 };
    }
    const located = locateQuote(source.text, excerpt);
    if (!located.ok) {
      const message = locatedProblem(located, id, excerpt);
      if (located.reason === 'missing' && source.text) {
        let folded = foldedTexts.get(id);
        if (!folded) foldedTexts.set(id, (folded = fold(source.text)));
        const miss = explainMiss(source.text, quote, folded);
        message.en += miss.en;
        message.ar += miss.ar;
      }
      fail(message);
      return { ...base, start: 0, end: 0 };
    }
    return { source: id, quote, start: located.start, end: located.end, translation: base.translation };
  };
  const events: TimelineEvent[] = authored.events.map(({ disputes, excerpts, ...event }, e) => {
    const label = (rest: Text): Text => ({
      en: `event "${event.id}" ${rest.en}`,
      ar: `الحدث "${event.id}" ${rest.ar}`,
    });
    return {
      ...event,
      excerpts: excerpts.map((x, i) =>
        toExcerpt(x, `$.events[${e}].excerpts[${i}]`, label({ en: `excerpt ${i + 1}`, ar: `الاقتباس ${i + 1}` })),
      ),
      ...(disputes
        ? {
            disputes: disputes.map((d, j) => ({
              note: d.note,
              excerpts: d.excerpts.map((x, i) =>
                toExcerpt(
                  x,
                  `$.events[${e}].disputes[${j}].excerpts[${i}]`,
                  label({ en: `dispute ${j + 1} excerpt ${i + 1}`, ar: `الخلاف ${j + 1} الاقتباس ${i + 1}` }),
                ),
              ),
            })),
          }
        : {}),
    };
  });
  const { sources: _s, events: _e, $schema: _schema, ...rest } = authored;
  return { dataset: { ...rest, sources, events }, problems };
}
