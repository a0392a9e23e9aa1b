import { parseIsoDate, type ParsedDate } from './dates.js';
import { IdSet } from './id-set.js';
import { knownDates, setKnownDates } from './items.js';
import { checkStory, copyStory } from './story-validate.js';
import type { KnownDates } from './items.js';
import type { Dataset, Excerpt, Lang, Source, TimelineEvent, Track } from './types.js';

/** One thing wrong with a dataset: where (a JSON path such as `$.events[3].date`) and what, in both languages. */
export interface Problem {
  path: string;
  message: { ar: string; en: string };
  /** Severity: an `error` makes the value at `path` unusable; a `warning` keeps it, marked. */
  level: 'error' | 'warning';
}

export interface ValidationResult {
  /** The usable part of the input: valid sources and tracks, and every valid event. Null when nothing is usable. */
  dataset: Dataset | null;
  problems: Problem[];
  /** Ids of events that were dropped. */
  rejected: string[];
  /** Excerpts whose quote does not match its source text at its offsets ("unverified"), keyed by event id. */
  unverified: Map<string, Set<Excerpt>>;
}

const PRECISIONS = new Set(['year', 'month', 'day', 'hour', 'minute']);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
/** A first character that is certainly not white space: printable ASCII, or the Arabic block. */
const startsWithText = (s: string) => {
  const c = s.charCodeAt(0);
  return (c > 0x20 && c < 0x7f) || (c >= 0x600 && c <= 0x6ff);
};
// trim() scans both ends of the string (and may copy it); nearly every text starts with a letter,
// which settles it at once.
const isNonEmptyString = (v: unknown): v is string =>
  typeof v === 'string' && v.length > 0 && (startsWithText(v) || v.trim().length > 0);
/** A bilingual Text that `Checker.text` passes without a problem. */
const isText = (v: unknown): boolean => isObject(v) && isNonEmptyString(v.ar) && isNonEmptyString(v.en);

/** True for an absolute http: or https: URL, the only links Tarikh ever renders. */
export function isHttpUrl(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/**
 * A value from the input as a message quotes it: at most 60 characters (a 4 MB "date" must not
 * become a 4 MB message), and bidi controls written as escapes, so that a stray U+202E cannot
 * reorder the sentence around it and the reader sees what is actually in the data.
 */
function shown(value: unknown): string {
  let text: string;
  try {
    text = String(value);
  } catch {
    text = typeof value;
  }
  // Cut before a lone high surrogate, so an emoji is not split in two.
  if (text.length > 60) text = `${text.slice(0, /[\uD800-\uDBFF]/.test(text[58]!) ? 58 : 59)}…`;
  return text.replace(BIDI_CONTROLS, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}

/** Formats a problem in one language: "$.events[3].date: the date is not an ISO 8601 date". */
export function describeProblem(problem: Problem, lang: Lang): string {
  return `${problem.path}: ${problem.message[lang]}`;
}

class Checker {
  problems: Problem[] = [];
  /** Ids of sources and tracks that were present but unusable, with their paths, so that references to them say so. */
  brokenSources = new Map<string, string>();
  brokenTracks = new Map<string, string>();
  error(path: string, en: string, ar: string) {
    this.problems.push({ path, message: { en, ar }, level: 'error' });
    return false;
  }
  warn(path: string, en: string, ar: string) {
    this.problems.push({ path, message: { en, ar }, level: 'warning' });
  }
  /** A bilingual Text: both languages present and non-empty. */
  text(value: unknown, path: string, what: { en: string; ar: string }, required = true): boolean {
    if (value === undefined && !required) return true;
    if (!isObject(value))
      return this.error(
        path,
        `${what.en} must be an object with "ar" and "en" texts`,
        `يجب أن يكون ${what.ar} كائنًا فيه النصان "ar" و"en"`,
      );
    let ok = true;
    for (const lang of ['ar', 'en'] as const) {
      if (!isNonEmptyString(value[lang])) {
        ok = this.error(
          `${path}.${lang}`,
          `${what.en} has no ${lang === 'ar' ? 'Arabic' : 'English'} text`,
          `${what.ar} بلا نص ${lang === 'ar' ? 'عربي' : 'إنجليزي'}`,
        );
      }
    }
    return ok;
  }
}

function checkSource(c: Checker, value: unknown, path: string): value is Source {
  if (!isObject(value)) return c.error(path, 'a source must be an object', 'يجب أن يكون المصدر كائنًا');
  let ok = true;
  if (!isNonEmptyString(value.id)) ok = c.error(`${path}.id`, 'the source has no id', 'المصدر بلا معرّف');
  ok = c.text(value.title, `${path}.title`, { en: 'the source title', ar: 'عنوان المصدر' }) && ok;
  ok = c.text(value.outlet, `${path}.outlet`, { en: 'the outlet', ar: 'اسم الناشر' }) && ok;
  if (value.lang !== 'ar' && value.lang !== 'en')
    ok = c.error(`${path}.lang`, 'the source language must be "ar" or "en"', 'يجب أن تكون لغة المصدر "ar" أو "en"');
  if (typeof value.text !== 'string' || value.text.length === 0)
    ok = c.error(`${path}.text`, 'the source has no text', 'المصدر بلا نص');
  if (value.published !== undefined && !parseIsoDate(value.published)) {
    c.warn(
      `${path}.published`,
      `"${shown(value.published)}" is not an ISO 8601 date`,
      `"${shown(value.published)}" ليس تاريخًا بصيغة ISO 8601`,
    );
  }
  if (value.url !== undefined && !isHttpUrl(value.url)) {
    c.warn(`${path}.url`, 'the link is not an http(s) URL and will not be shown', 'الرابط ليس عنوان http(s) ولن يُعرض');
  }
  return ok;
}

function checkExcerpt(
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

function checkEvent(
  c: Checker,
  value: unknown,
  path: string,
  sources: Map<string, Source>,
  tracks: Set<string>,
  unverified: Set<Excerpt>,
): value is TimelineEvent {
  if (!isObject(value)) return c.error(path, 'an event must be an object', 'يجب أن يكون الحدث كائنًا');
  let ok = true;
  if (!isNonEmptyString(value.id)) ok = c.error(`${path}.id`, 'the event has no id', 'الحدث بلا معرّف');
  const precision = value.precision;
  if (precision !== undefined && !PRECISIONS.has(precision as string)) {
    ok = c.error(
      `${path}.precision`,
      'precision must be year, month, day, hour or minute',
      'يجب أن تكون الدقة year أو month أو day أو hour أو minute',
    );
  }
  const date = parseIsoDate(value.date);
  if (!date)
    ok = c.error(
      `${path}.date`,
      `"${shown(value.date)}" is not an ISO 8601 date`,
      `"${shown(value.date)}" ليس تاريخًا بصيغة ISO 8601`,
    );
  if (value.end !== undefined) {
    const end = parseIsoDate(value.end);
    if (!end)
      ok = c.error(
        `${path}.end`,
        `"${shown(value.end)}" is not an ISO 8601 date`,
        `"${shown(value.end)}" ليس تاريخًا بصيغة ISO 8601`,
      );
    else if (date && end.end <= date.start)
      ok = c.error(
        `${path}.end`,
        `the event ends (${shown(value.end)}) before it starts (${shown(value.date)})`,
        `ينتهي الحدث (${shown(value.end)}) قبل أن يبدأ (${shown(value.date)})`,
      );
  }
  if (value.context !== undefined && typeof value.context !== 'boolean')
    c.warn(`${path}.context`, '"context" must be true or false', 'يجب أن تكون قيمة "context" صحيحًا أو خطأً');
  if (value.note !== undefined && typeof value.note !== 'string')
    c.warn(`${path}.note`, "the editors' note must be text", 'يجب أن تكون ملاحظة المحررين نصًا');
  ok = c.text(value.title, `${path}.title`, { en: 'the title', ar: 'العنوان' }) && ok;
  ok = c.text(value.summary, `${path}.summary`, { en: 'the summary', ar: 'الملخص' }, false) && ok;
  ok = c.text(value.place, `${path}.place`, { en: 'the place', ar: 'المكان' }, false) && ok;
  const brokenTrack = typeof value.track === 'string' ? c.brokenTracks.get(value.track) : undefined;
  if (value.track !== undefined && !tracks.has(value.track as string) && brokenTrack) {
    ok = c.error(
      `${path}.track`,
      `the track "${shown(value.track)}" is itself invalid (see ${brokenTrack})`,
      `المسار "${shown(value.track)}" نفسه غير صالح (انظر ${brokenTrack})`,
    );
  } else if (value.track !== undefined && !tracks.has(value.track as string)) {
    ok = c.error(
      `${path}.track`,
      `no track has the id "${shown(value.track)}"`,
      `لا يوجد مسار بالمعرّف "${shown(value.track)}"`,
    );
  }
  if (!Array.isArray(value.excerpts)) {
    ok = c.error(`${path}.excerpts`, 'the event must list its excerpts', 'يجب أن يذكر الحدث اقتباساته');
  } else {
    // The contract's promise: every dated event of the story rests on at least one excerpt.
    if (value.excerpts.length === 0 && value.context !== true)
      c.warn(
        `${path}.excerpts`,
        'the event cites no excerpt; every event of the story needs at least one',
        'الحدث بلا اقتباس؛ يحتاج كل حدث في القصة إلى اقتباس واحد على الأقل',
      );
    value.excerpts.forEach((excerpt, i) => {
      const result = checkExcerpt(c, excerpt, `${path}.excerpts[${i}]`, sources);
      if (!result.ok) ok = false;
      else if (!result.verified) unverified.add(excerpt as Excerpt);
    });
  }
  if (value.disputes !== undefined) {
    if (!Array.isArray(value.disputes))
      ok = c.error(`${path}.disputes`, 'disputes must be a list', 'يجب أن تكون الخلافات قائمة');
    else
      value.disputes.forEach((dispute, i) => {
        const at = `${path}.disputes[${i}]`;
        if (!isObject(dispute)) return (ok = c.error(at, 'a dispute must be an object', 'يجب أن يكون الخلاف كائنًا'));
        ok = c.text(dispute.note, `${at}.note`, { en: 'the dispute note', ar: 'ملاحظة الخلاف' }) && ok;
        if (!Array.isArray(dispute.excerpts))
          ok = c.error(`${at}.excerpts`, 'the dispute must list its excerpts', 'يجب أن يذكر الخلاف اقتباساته');
        else if (dispute.excerpts.length === 0)
          c.warn(
            `${at}.excerpts`,
            'the dispute cites no excerpt; readers need both accounts',
            'الخلاف بلا اقتباس؛ يحتاج القرّاء إلى الروايتين',
          );
        else
          dispute.excerpts.forEach((excerpt, j) => {
            const result = checkExcerpt(c, excerpt, `${at}.excerpts[${j}]`, sources);
            if (!result.ok) ok = false;
            else if (!result.verified) unverified.add(excerpt as Excerpt);
          });
        return ok;
      });
  }
  return ok;
}

/**
 * Checks untrusted input against the data model and keeps what is usable: a bad event is dropped
 * and reported, never the valid ones around it. Never throws.
 */
export function validateDataset(input: unknown): ValidationResult {
  return validate(input, true).result;
}

/** A validation result, with the dates read for each kept event when there is a dataset. */
type Checked = { result: ValidationResult; dates?: KnownDates };

/**
 * `validateDataset`, also giving the dates it read for each kept event (by index into
 * `result.dataset.events`), for `toItems` not to read them again.
 * @internal
 */
export function validateWithDates(input: unknown, options: { owned?: boolean } = {}): Checked {
  return validate(input, true, options.owned ?? false);
}

/**
 * `owned` input is data no one else holds and without getters or proxies, as `JSON.parse` makes it
 * from a response the element fetched itself: it is checked and kept as it is, without the snapshot
 * copy that protects data a page hands over (at 100,000 events, half a million objects).
 */
function validate(input: unknown, fast: boolean, owned = false): Checked {
  try {
    return check(owned ? input : snapshot(input), fast, owned);
  } catch {
    // Input that throws when read (a Proxy, a getter) or nests too deep to copy is not a dataset; the
    // page must not see the throw.
    return {
      result: {
        dataset: null,
        problems: [
          {
            path: '$',
            message: { en: 'the data could not be read', ar: 'تعذّرت قراءة البيانات' },
            level: 'error',
          },
        ],
        rejected: [],
        unverified: new Map(),
      },
    };
  }
}

/**
 * A plain copy of the fields of the data model, each value read exactly once: what was checked is
 * what is drawn, so a getter or a Proxy cannot answer differently (or throw) later, and the page
 * changing its object does not change the timeline behind its back. Only the contract's fields are
 * copied, to their fixed depth, so cycles and unknown fields cost nothing; a value of the wrong
 * shape is kept as it is for the checks to report.
 */
type Copy = (value: unknown) => unknown;
// One function per type of the contract, with its fields written out (rather than one generic copier
// over a table of fields): a 100,000-event dataset is half a million objects to copy, and named
// property loads and stores on objects of one shape are what the engine makes fast.
const copyList = (value: unknown, item: Copy): unknown => {
  if (!Array.isArray(value)) return value;
  const n = value.length;
  const copy = new Array<unknown>(n);
  for (let i = 0; i < n; i += 1) copy[i] = item(value[i]);
  return copy;
};
// Where every field is present (nearly always), the copy is one object literal: allocated once in
// its final shape, rather than an empty object grown a field at a time.
const copyText: Copy = (value) => {
  if (!isObject(value)) return value;
  const { ar, en } = value;
  if (ar !== undefined && en !== undefined) return { ar, en };
  const copy: Record<string, unknown> = {};
  if (ar !== undefined) copy.ar = ar;
  if (en !== undefined) copy.en = en;
  return copy;
};
const copyExcerpt: Copy = (value) => {
  if (!isObject(value)) return value;
  const { source, quote, start, end, translation } = value;
  if (
    source !== undefined &&
    quote !== undefined &&
    start !== undefined &&
    end !== undefined &&
    translation !== undefined
  )
    return { source, quote, start, end, translation: copyText(translation) };
  const copy: Record<string, unknown> = {};
  if (source !== undefined) copy.source = source;
  if (quote !== undefined) copy.quote = quote;
  if (start !== undefined) copy.start = start;
  if (end !== undefined) copy.end = end;
  if (translation !== undefined) copy.translation = copyText(translation);
  return copy;
};
const copyDispute: Copy = (value) => {
  if (!isObject(value)) return value;
  const copy: Record<string, unknown> = {};
  const note = value.note;
  if (note !== undefined) copy.note = copyText(note);
  const excerpts = value.excerpts;
  if (excerpts !== undefined) copy.excerpts = copyList(excerpts, copyExcerpt);
  return copy;
};
const copyEvent: Copy = (value) => {
  if (!isObject(value)) return value;
  const { id, date, end, precision, title, summary, place, track, excerpts, disputes, context, note } = value;
  if (id !== undefined && date !== undefined && title !== undefined && excerpts !== undefined) {
    // The fields every event has, and the one a range adds, in the order of the general case below.
    if (
      precision === undefined &&
      summary === undefined &&
      place === undefined &&
      track === undefined &&
      disputes === undefined &&
      context === undefined &&
      note === undefined
    ) {
      return end === undefined
        ? { id, date, title: copyText(title), excerpts: copyList(excerpts, copyExcerpt) }
        : { id, date, end, title: copyText(title), excerpts: copyList(excerpts, copyExcerpt) };
    }
  }
  const copy: Record<string, unknown> = {};
  if (id !== undefined) copy.id = id;
  if (date !== undefined) copy.date = date;
  if (end !== undefined) copy.end = end;
  if (precision !== undefined) copy.precision = precision;
  if (title !== undefined) copy.title = copyText(title);
  if (summary !== undefined) copy.summary = copyText(summary);
  if (place !== undefined) copy.place = copyText(place);
  if (track !== undefined) copy.track = track;
  if (excerpts !== undefined) copy.excerpts = copyList(excerpts, copyExcerpt);
  if (disputes !== undefined) copy.disputes = copyList(disputes, copyDispute);
  if (context !== undefined) copy.context = context;
  if (note !== undefined) copy.note = note;
  return copy;
};
const copySource: Copy = (value) => {
  if (!isObject(value)) return value;
  const copy: Record<string, unknown> = {};
  const id = value.id;
  if (id !== undefined) copy.id = id;
  const { title, outlet } = value;
  if (title !== undefined) copy.title = copyText(title);
  if (outlet !== undefined) copy.outlet = copyText(outlet);
  const { published, lang, url, text } = value;
  if (published !== undefined) copy.published = published;
  if (lang !== undefined) copy.lang = lang;
  if (url !== undefined) copy.url = url;
  if (text !== undefined) copy.text = text;
  return copy;
};
const copyTrack: Copy = (value) => {
  if (!isObject(value)) return value;
  const copy: Record<string, unknown> = {};
  const id = value.id;
  if (id !== undefined) copy.id = id;
  const label = value.label;
  if (label !== undefined) copy.label = copyText(label);
  return copy;
};
const copyView: Copy = (value) => {
  if (!isObject(value)) return value;
  const copy: Record<string, unknown> = {};
  const { start, end } = value;
  if (start !== undefined) copy.start = start;
  if (end !== undefined) copy.end = end;
  return copy;
};
const snapshot: Copy = (value) => {
  if (!isObject(value)) return value;
  const copy: Record<string, unknown> = {};
  const title = value.title;
  if (title !== undefined) copy.title = copyText(title);
  const view = value.view;
  if (view !== undefined) copy.view = copyView(view);
  const tracks = value.tracks;
  if (tracks !== undefined) copy.tracks = copyList(tracks, copyTrack);
  const sources = value.sources;
  if (sources !== undefined) copy.sources = copyList(sources, copySource);
  // The list of events is copied by `check` as it goes, each event just before it is checked,
  // while it is still in the cache: it is most of the data.
  const events = value.events;
  if (events !== undefined) copy.events = events;
  const story = value.story;
  if (story !== undefined) copy.story = copyStory(story);
  return copy;
};

/**
 * Whether an excerpt passes `checkExcerpt` as verified and without a problem, decided without
 * building a path or a message. False only means "let the full check look".
 */
function isCleanExcerpt(value: unknown, sources: Map<string, Source>): boolean {
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

/**
 * Whether `checkEvent` would pass an event without a single problem or unverified excerpt. Nearly
 * every event of a large dataset is such an event; this decides it without building a path, a
 * message or a set, and only the others go through the full check, which says what is wrong and where. A property test checks that
 * the results are the same with and without this shortcut.
 */
function isCleanEvent(
  value: unknown,
  sources: Map<string, Source>,
  tracks: Set<string>,
  parsed: { date?: ParsedDate; end?: ParsedDate },
): boolean {
  if (!isObject(value) || !isNonEmptyString(value.id)) return false;
  const { precision, context, note, track } = value;
  if (precision !== undefined && !PRECISIONS.has(precision as string)) return false;
  const date = parseIsoDate(value.date);
  if (!date) return false;
  let end: ParsedDate | undefined;
  if (value.end !== undefined) {
    end = parseIsoDate(value.end);
    if (!end || end.end <= date.start) return false;
  }
  parsed.date = date;
  parsed.end = end;
  if (context !== undefined && typeof context !== 'boolean') return false;
  if (note !== undefined && typeof note !== 'string') return false;
  if (!isText(value.title)) return false;
  if (value.summary !== undefined && !isText(value.summary)) return false;
  if (value.place !== undefined && !isText(value.place)) return false;
  if (track !== undefined && !tracks.has(track as string)) return false;
  const excerpts = value.excerpts;
  if (!Array.isArray(excerpts) || (excerpts.length === 0 && context !== true)) return false;
  for (let i = 0; i < excerpts.length; i += 1) if (!isCleanExcerpt(excerpts[i], sources)) return false;
  const disputes = value.disputes;
  if (disputes === undefined) return true;
  if (!Array.isArray(disputes)) return false;
  for (let i = 0; i < disputes.length; i += 1) {
    const dispute: unknown = disputes[i];
    if (!isObject(dispute) || !isText(dispute.note)) return false;
    const cited = dispute.excerpts;
    if (!Array.isArray(cited) || cited.length === 0) return false;
    for (let j = 0; j < cited.length; j += 1) if (!isCleanExcerpt(cited[j], sources)) return false;
  }
  return true;
}

function check(input: unknown, fast: boolean, owned: boolean): Checked {
  const c = new Checker();
  const unverified = new Map<string, Set<Excerpt>>();
  const rejected: string[] = [];
  if (!isObject(input)) {
    c.error('$', 'the data is not a dataset object', 'البيانات ليست كائن مجموعة بيانات');
    return { result: { dataset: null, problems: c.problems, rejected, unverified } };
  }
  if (!Array.isArray(input.events)) {
    c.error('$.events', 'the dataset has no list of events', 'مجموعة البيانات بلا قائمة أحداث');
    return { result: { dataset: null, problems: c.problems, rejected, unverified } };
  }
  const titleOk = c.text(input.title, '$.title', { en: 'the dataset title', ar: 'عنوان مجموعة البيانات' });

  const sources = new Map<string, Source>();
  if (input.sources !== undefined && !Array.isArray(input.sources))
    c.error('$.sources', 'sources must be a list', 'يجب أن تكون المصادر قائمة');
  (Array.isArray(input.sources) ? input.sources : []).forEach((source, i) => {
    const path = `$.sources[${i}]`;
    if (!checkSource(c, source, path)) {
      if (isObject(source) && isNonEmptyString(source.id) && !sources.has(source.id))
        c.brokenSources.set(source.id, path);
      return;
    }
    if (sources.has(source.id))
      return c.error(
        `${path}.id`,
        `the source id "${shown(source.id)}" is used twice`,
        `معرّف المصدر "${shown(source.id)}" مستخدم مرتين`,
      );
    sources.set(source.id, source);
  });

  const tracks: Track[] = [];
  if (input.tracks !== undefined && !Array.isArray(input.tracks))
    c.error('$.tracks', 'tracks must be a list', 'يجب أن تكون المسارات قائمة');
  (Array.isArray(input.tracks) ? input.tracks : []).forEach((track, i) => {
    const path = `$.tracks[${i}]`;
    if (!isObject(track) || !isNonEmptyString(track.id))
      return c.error(`${path}.id`, 'the track has no id', 'المسار بلا معرّف');
    if (!c.text(track.label, `${path}.label`, { en: 'the track label', ar: 'اسم المسار' })) {
      if (!tracks.some((t) => t.id === track.id)) c.brokenTracks.set(track.id, path);
      return;
    }
    if (tracks.some((t) => t.id === track.id))
      return c.error(
        `${path}.id`,
        `the track id "${shown(track.id)}" is used twice`,
        `معرّف المسار "${shown(track.id)}" مستخدم مرتين`,
      );
    tracks.push(track as unknown as Track);
  });
  const trackIds = new Set(tracks.map((t) => t.id));

  const events: TimelineEvent[] = [];
  const list = input.events;
  const n = list.length;
  const ids = new IdSet(n);
  // The dates the shortcut read, for toItems to place the events without reading them again.
  const known = knownDates(n);
  const parsed: { date?: ParsedDate; end?: ParsedDate } = {};
  for (let i = 0; i < n; i += 1) {
    const event = owned ? list[i] : copyEvent(list[i]);
    if (fast && isCleanEvent(event, sources, trackIds, parsed)) {
      const id = (event as TimelineEvent).id;
      if (ids.add(id)) {
        // Dates read without a precision are what toItems reads only when the event has none.
        if ((event as TimelineEvent).precision === undefined)
          setKnownDates(known, events.length, parsed.date!, parsed.end);
        events.push(event as TimelineEvent);
        continue;
      }
    }
    const path = `$.events[${i}]`;
    const marks = new Set<Excerpt>();
    const ok = checkEvent(c, event, path, sources, trackIds, marks);
    const id = isObject(event) && typeof event.id === 'string' ? event.id : `#${i}`;
    if (ok && !ids.add(id))
      c.error(`${path}.id`, `the event id "${shown(id)}" is used twice`, `معرّف الحدث "${shown(id)}" مستخدم مرتين`);
    else if (ok) {
      events.push(event as TimelineEvent);
      if (marks.size) unverified.set(id, marks);
      continue;
    }
    rejected.push(id);
  }

  let view: Dataset['view'];
  if (input.view !== undefined) {
    const v = input.view;
    const start = isObject(v) ? parseIsoDate(v.start) : undefined;
    const end = isObject(v) ? parseIsoDate(v.end) : undefined;
    if (isObject(v) && start && end && end.end > start.start) view = { start: v.start as string, end: v.end as string };
    else
      c.warn(
        '$.view',
        'the view must have an ISO start before its end; showing all events instead',
        'يجب أن يكون للعرض بداية ISO قبل نهايته؛ ستُعرض كل الأحداث',
      );
  }

  // The editor's order (a Tarikh extension): checked in its own module, against the events kept.
  let kept: Set<string> | undefined;
  let dropped: Set<string> | undefined;
  const story = checkStory(input.story, {
    has: (id) => (kept ??= new Set(events.map((e) => e.id))).has(id),
    isRejected: (id) => (dropped ??= new Set(rejected)).has(id),
    quote: shown,
  });
  c.problems.push(...story.problems);

  const title = titleOk ? (input.title as Dataset['title']) : { ar: '', en: '' };
  const dataset: Dataset = {
    title,
    sources: [...sources.values()],
    tracks,
    events,
    ...(view ? { view } : {}),
    ...(story.story ? { story: story.story } : {}),
  };
  return { result: { dataset, problems: c.problems, rejected, unverified }, dates: known };
}

/** Validation with and without the shortcut for clean events, for the test that checks they agree. @internal */
export const validatorsForTesting = {
  withShortcut: (input: unknown) => validate(input, true).result,
  withoutShortcut: (input: unknown) => validate(input, false).result,
  /** Without the snapshot copy, as for a response the element parsed itself. */
  owned: (input: unknown) => validate(input, true, true).result,
};
