import { isObject } from './checker.js';
import { Unreadable } from './unreadable.js';
import { copyReproductions } from '../reproductions.js';
import { copyStory } from '../story-validate.js';

/**
 * A plain copy of the fields of the data model, each value read exactly once: what was checked is
 * what is drawn, so a getter or a Proxy cannot answer differently (or throw) later, and the page
 * changing its object does not change the timeline behind its back. Only the contract's fields are
 * copied, to their fixed depth, so cycles and unknown fields cost nothing; a value of the wrong
 * shape is kept as it is for the checks to report. The copies of events, sources and tracks throw
 * where their input does: `readItem` turns that into an Unreadable for that one item.
 */
export type Copy = (value: unknown) => unknown;
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
// The translation into the source's own language is usually the quote itself, parsed as a second
// string: the copy keeps one of the two (a hundred bytes an event, in a large dataset).
const copyTranslation = (value: unknown, quote: unknown): unknown => {
  const copy = copyText(value) as Record<string, unknown>;
  if (typeof quote !== 'string' || !isObject(copy)) return copy;
  if (copy.ar === quote) copy.ar = quote;
  if (copy.en === quote) copy.en = quote;
  return copy;
};
/** What `copyTranslation` does, in place, for data parsed here (which no one else holds): one string each. */
export function shareQuotes(event: unknown) {
  if (!isObject(event) || !Array.isArray(event.excerpts)) return;
  for (const excerpt of event.excerpts as unknown[]) {
    if (!isObject(excerpt) || !isObject(excerpt.translation) || typeof excerpt.quote !== 'string') continue;
    const { quote, translation } = excerpt;
    if (translation.ar === quote) translation.ar = quote;
    if (translation.en === quote) translation.en = quote;
  }
}
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
    return { source, quote, start, end, translation: copyTranslation(translation, quote) };
  const copy: Record<string, unknown> = {};
  if (source !== undefined) copy.source = source;
  if (quote !== undefined) copy.quote = quote;
  if (start !== undefined) copy.start = start;
  if (end !== undefined) copy.end = end;
  if (translation !== undefined) copy.translation = copyTranslation(translation, quote);
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
export const copyEvent: Copy = (value) => {
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
  const reproduces = value.reproduces;
  if (reproduces !== undefined) copy.reproduces = copyReproductions(reproduces);
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
  const { start, end, fold } = value;
  if (start !== undefined) copy.start = start;
  if (end !== undefined) copy.end = end;
  if (fold !== undefined) copy.fold = fold;
  return copy;
};

/** The fields of a type of the contract, for finding what threw (`locate`): a leaf is copied as it is. */
type Shape = 'leaf' | { fields: Record<string, Shape> } | { list: Shape };
const TEXT: Shape = { fields: { ar: 'leaf', en: 'leaf' } };
const EXCERPT: Shape = {
  fields: { source: 'leaf', quote: 'leaf', start: 'leaf', end: 'leaf', translation: TEXT },
};
const DISPUTE: Shape = { fields: { note: TEXT, excerpts: { list: EXCERPT } } };
export const EVENT: Shape = {
  fields: {
    id: 'leaf',
    date: 'leaf',
    end: 'leaf',
    precision: 'leaf',
    title: TEXT,
    summary: TEXT,
    place: TEXT,
    track: 'leaf',
    excerpts: { list: EXCERPT },
    disputes: { list: DISPUTE },
    context: 'leaf',
    note: 'leaf',
  },
};
const SOURCE: Shape = {
  fields: {
    id: 'leaf',
    title: TEXT,
    outlet: TEXT,
    published: 'leaf',
    lang: 'leaf',
    url: 'leaf',
    text: 'leaf',
    reproduces: 'leaf',
  },
};
const TRACK: Shape = { fields: { id: 'leaf', label: TEXT } };
const VIEW: Shape = { fields: { start: 'leaf', end: 'leaf', fold: 'leaf' } };

/**
 * Where inside `value` reading it throws, walking the contract's fields one at a time; '' when it is
 * the value itself (or nothing throws a second time). Only ever run for a value whose copy threw.
 */
function locate(value: unknown, shape: Shape): string {
  if (shape === 'leaf') return '';
  try {
    if ('list' in shape) {
      if (!Array.isArray(value)) return '';
      const n = value.length;
      for (let i = 0; i < n; i += 1) {
        let item: unknown;
        try {
          item = (value as unknown[])[i];
        } catch {
          return `[${i}]`;
        }
        const at = locate(item, shape.list);
        if (at !== '' || threw(item, shape.list)) return `[${i}]${at}`;
      }
      return '';
    }
    if (!isObject(value)) return '';
  } catch {
    return '';
  }
  for (const [key, inner] of Object.entries(shape.fields)) {
    let field: unknown;
    try {
      field = value[key];
    } catch {
      return `.${key}`;
    }
    const at = locate(field, inner);
    if (at !== '' || threw(field, inner)) return `.${key}${at}`;
  }
  return '';
}

/** Whether looking at `value` itself throws (a revoked Proxy throws even when asked whether it is a list). */
function threw(value: unknown, shape: Shape): boolean {
  if (shape === 'leaf') return false;
  try {
    if ('list' in shape) void (Array.isArray(value) && value.length);
    else void isObject(value);
    return false;
  } catch {
    return true;
  }
}

/** `copy(list[i])`, or an Unreadable saying what in it threw. */
export function readItem(list: readonly unknown[], i: number, copy: Copy, shape: Shape): unknown {
  let item: unknown;
  try {
    item = list[i];
  } catch {
    return new Unreadable('');
  }
  try {
    return copy(item);
  } catch {
    return new Unreadable(locate(item, shape));
  }
}

/**
 * How long `value` is if it is a list (undefined if it is not), or an Unreadable when asking throws.
 */
export function listLength(value: unknown): number | undefined | Unreadable {
  try {
    return Array.isArray(value) ? value.length : undefined;
  } catch {
    return new Unreadable('');
  }
}

/** A list of sources or tracks, copied item by item (one that throws is an Unreadable in it). */
function copyEach(value: unknown, copy: Copy, shape: Shape): unknown {
  const n = listLength(value);
  if (n === undefined || n instanceof Unreadable) return n ?? value;
  const out = new Array<unknown>(n);
  for (let i = 0; i < n; i += 1) out[i] = readItem(value as unknown[], i, copy, shape);
  return out;
}

/** `value[key]`, copied, or an Unreadable. */
function readField(value: Record<string, unknown>, key: string, copy: (v: unknown) => unknown): unknown {
  let field: unknown;
  try {
    field = value[key];
  } catch {
    return new Unreadable('');
  }
  return field === undefined ? undefined : copy(field);
}

const guarded =
  (copy: Copy, shape: Shape): Copy =>
  (value) => {
    try {
      return copy(value);
    } catch {
      return new Unreadable(locate(value, shape));
    }
  };
const copyTitle = guarded(copyText, TEXT);
const copyViewGuarded = guarded(copyView, VIEW);
const copyStoryGuarded = guarded(copyStory, { fields: { order: 'leaf' } });
const copyTracks: Copy = (v) => copyEach(v, copyTrack, TRACK);
const copySources: Copy = (v) => copyEach(v, copySource, SOURCE);
// The list of events is copied by `check` as it goes, each event just before it is checked, while
// it is still in the cache: it is most of the data.
const keep: Copy = (v) => v;

/** The snapshot of a dataset: its fields copied, each one that throws an Unreadable. */
export function snapshot(value: unknown): unknown {
  try {
    if (!isObject(value)) return value;
  } catch {
    return new Unreadable('');
  }
  const copy: Record<string, unknown> = {};
  const fields: [string, Copy][] = [
    ['title', copyTitle],
    ['view', copyViewGuarded],
    ['tracks', copyTracks],
    ['sources', copySources],
    ['story', copyStoryGuarded],
    ['events', keep],
  ];
  for (const [key, read] of fields) {
    const field = readField(value, key, read);
    if (field !== undefined) copy[key] = field;
  }
  return copy;
}
