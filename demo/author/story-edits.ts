/**
 * The workbench's story is a Dataset of the contract, edited in place of the authoring file: it
 * carries each article's text and each excerpt's offsets, so what the reporter sees cited is what
 * is published. Every edit is a pure function from one story to the next (the page keeps the
 * history of nothing; IndexedDB keeps the latest), and none throws on odd input.
 */
import type { Dataset, Excerpt, Lang, Source, Text, TimelineEvent } from '../../src/model/types.js';

export type Story = Dataset;

/** Where an excerpt lives in an event: its own excerpts, or one dispute's. */
export type ExcerptList = { dispute: null } | { dispute: number };

export const emptyText = (): Text => ({ ar: '', en: '' });

export function emptyStory(): Story {
  return { title: emptyText(), sources: [], events: [] };
}

/** `base`, or `base-2`, `base-3`… : the first not in `taken`. */
export function uniqueId(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** An id made of a file's name: letters and digits of any script, the rest as dashes. */
export function idFromName(name: string): string {
  const slug = name
    .replace(/\.[^.]*$/, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'source';
}

/** The language most of a text's letters are in. */
export function guessLang(text: string): Lang {
  const arabic = (text.match(/[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF]/g) ?? []).length;
  const latin = (text.match(/[A-Za-z]/g) ?? []).length;
  return arabic >= latin ? 'ar' : 'en';
}

/** Adds an article, its text kept exactly as given, under a new id. */
export function addSource(story: Story, text: string, name = ''): { story: Story; id: string } {
  const id = uniqueId(
    idFromName(name || 'source'),
    story.sources.map((s) => s.id),
  );
  const source: Source = { id, title: emptyText(), outlet: emptyText(), lang: guessLang(text), text };
  return { story: { ...story, sources: [...story.sources, source] }, id };
}

type SourceFields = Partial<Omit<Source, 'text' | 'reproduces'>>;

const renameIn = (excerpts: Excerpt[], from: string, to: string) =>
  excerpts.map((x) => (x.source === from ? { ...x, source: to } : x));

/** Changes a source's fields; a new id is carried into every excerpt citing it. Empty optional fields are dropped. */
export function updateSource(story: Story, index: number, fields: SourceFields): Story {
  const old = story.sources[index];
  if (!old) return story;
  const next = withoutEmpty({ ...old, ...fields } as Source, ['published', 'url']);
  const sources = story.sources.map((s, i) => (i === index ? next : s));
  if (fields.id === undefined || fields.id === old.id) return { ...story, sources };
  const events = story.events.map((event) => ({
    ...event,
    excerpts: renameIn(event.excerpts, old.id, fields.id!),
    ...(event.disputes
      ? { disputes: event.disputes.map((d) => ({ ...d, excerpts: renameIn(d.excerpts, old.id, fields.id!) })) }
      : {}),
  }));
  return { ...story, sources, events };
}

/** Removes a source and every excerpt citing it. */
export function removeSource(story: Story, index: number): Story {
  const gone = story.sources[index];
  if (!gone) return story;
  const keep = (x: Excerpt) => x.source !== gone.id;
  return {
    ...story,
    sources: story.sources.filter((_, i) => i !== index),
    events: story.events.map((event) => ({
      ...event,
      excerpts: event.excerpts.filter(keep),
      ...(event.disputes ? { disputes: event.disputes.map((d) => ({ ...d, excerpts: d.excerpts.filter(keep) })) } : {}),
    })),
  };
}

/** Adds an event dated `date` (an ISO day), under a new id. */
export function addEvent(story: Story, date: string): { story: Story; index: number } {
  const id = uniqueId(
    'event',
    story.events.map((e) => e.id),
  );
  const event: TimelineEvent = { id, date, precision: 'day', title: emptyText(), excerpts: [] };
  return { story: { ...story, events: [...story.events, event] }, index: story.events.length };
}

type EventFields = Partial<Omit<TimelineEvent, 'excerpts' | 'disputes'>>;

/** Optional fields of an event that an empty form field removes. */
const OPTIONAL_EVENT: (keyof TimelineEvent)[] = ['end', 'precision', 'summary', 'place', 'track', 'note'];

function withoutEmpty<T extends object>(value: T, keys: (keyof T)[]): T {
  const out = { ...value };
  for (const key of keys) {
    const v = out[key] as unknown;
    const emptyText = !!v && typeof v === 'object' && !(v as Text).ar && !(v as Text).en;
    if (v === '' || v === undefined || emptyText) delete out[key];
  }
  return out;
}

export function updateEvent(story: Story, index: number, fields: EventFields): Story {
  const old = story.events[index];
  if (!old) return story;
  const next = withoutEmpty({ ...old, ...fields } as TimelineEvent, OPTIONAL_EVENT);
  return { ...story, events: story.events.map((e, i) => (i === index ? next : e)) };
}

export function removeEvent(story: Story, index: number): Story {
  return { ...story, events: story.events.filter((_, i) => i !== index) };
}

/** The excerpts of one list of an event. */
export function excerptList(event: TimelineEvent | undefined, list: ExcerptList): Excerpt[] {
  if (!event) return [];
  return list.dispute === null ? event.excerpts : (event.disputes?.[list.dispute]?.excerpts ?? []);
}

function withList(event: TimelineEvent, list: ExcerptList, excerpts: Excerpt[]): TimelineEvent {
  if (list.dispute === null) return { ...event, excerpts };
  const disputes = (event.disputes ?? []).map((d, i) => (i === list.dispute ? { ...d, excerpts } : d));
  return { ...event, disputes };
}

function mapEvent(story: Story, index: number, change: (event: TimelineEvent) => TimelineEvent): Story {
  return { ...story, events: story.events.map((e, i) => (i === index ? change(e) : e)) };
}

/**
 * Cites `[start, end)` of a source for an event: the excerpt's quote is exactly that span of the
 * article's text. An Arabic quote is its own Arabic translation (the contract's rule); the other
 * language is left for the author. Null when the span is not in the text.
 */
export function cite(
  story: Story,
  eventIndex: number,
  sourceId: string,
  span: { start: number; end: number },
  list: ExcerptList = { dispute: null },
): { story: Story; excerpt: Excerpt } | null {
  const source = story.sources.find((s) => s.id === sourceId);
  const event = story.events[eventIndex];
  const { start, end } = span;
  if (!source || !event || !Number.isInteger(start) || !Number.isInteger(end)) return null;
  if (start < 0 || end > source.text.length || start >= end) return null;
  const quote = source.text.slice(start, end);
  const translation: Text = { ar: source.lang === 'ar' ? quote : '', en: source.lang === 'en' ? quote : '' };
  const excerpt: Excerpt = { source: sourceId, quote, start, end, translation };
  const next = mapEvent(story, eventIndex, (e) => withList(e, list, [...excerptList(e, list), excerpt]));
  return { story: next, excerpt };
}

export function updateExcerpt(
  story: Story,
  eventIndex: number,
  list: ExcerptList,
  index: number,
  translation: Partial<Text>,
): Story {
  return mapEvent(story, eventIndex, (e) =>
    withList(
      e,
      list,
      excerptList(e, list).map((x, i) =>
        i === index ? { ...x, translation: { ...x.translation, ...translation } } : x,
      ),
    ),
  );
}

export function removeExcerpt(story: Story, eventIndex: number, list: ExcerptList, index: number): Story {
  return mapEvent(story, eventIndex, (e) =>
    withList(
      e,
      list,
      excerptList(e, list).filter((_, i) => i !== index),
    ),
  );
}

/**
 * Marks excerpts of an event's own list as disagreeing: they move, in their order, into a new
 * dispute whose note the author then writes in both languages. Fewer than two: nothing changes.
 */
export function markDisputed(story: Story, eventIndex: number, indices: number[]): Story {
  const chosen = [...new Set(indices)].sort((a, b) => a - b);
  const event = story.events[eventIndex];
  if (!event || chosen.length < 2 || chosen.some((i) => !event.excerpts[i])) return story;
  return mapEvent(story, eventIndex, (e) => ({
    ...e,
    excerpts: e.excerpts.filter((_, i) => !chosen.includes(i)),
    disputes: [...(e.disputes ?? []), { note: emptyText(), excerpts: chosen.map((i) => e.excerpts[i]!) }],
  }));
}

export function updateDisputeNote(story: Story, eventIndex: number, dispute: number, note: Partial<Text>): Story {
  return mapEvent(story, eventIndex, (e) => ({
    ...e,
    disputes: (e.disputes ?? []).map((d, i) => (i === dispute ? { ...d, note: { ...d.note, ...note } } : d)),
  }));
}

/** Undoes a dispute: its excerpts go back to the event's own. */
export function dissolveDispute(story: Story, eventIndex: number, dispute: number): Story {
  return mapEvent(story, eventIndex, (e) => {
    const gone = e.disputes?.[dispute];
    if (!gone) return e;
    const disputes = e.disputes!.filter((_, i) => i !== dispute);
    const { disputes: _d, ...rest } = e;
    return { ...rest, excerpts: [...e.excerpts, ...gone.excerpts], ...(disputes.length ? { disputes } : {}) };
  });
}

export function updateTitle(story: Story, title: Partial<Text>): Story {
  return { ...story, title: { ...story.title, ...title } };
}

export function addTrack(story: Story): Story {
  const id = uniqueId(
    'track',
    (story.tracks ?? []).map((t) => t.id),
  );
  return { ...story, tracks: [...(story.tracks ?? []), { id, label: emptyText() }] };
}

export function updateTrack(story: Story, index: number, fields: { id?: string; label?: Partial<Text> }): Story {
  const tracks = story.tracks ?? [];
  const old = tracks[index];
  if (!old) return story;
  const next = { id: fields.id ?? old.id, label: { ...old.label, ...fields.label } };
  const events =
    fields.id !== undefined && fields.id !== old.id
      ? story.events.map((e) => (e.track === old.id ? { ...e, track: fields.id } : e))
      : story.events;
  return { ...story, tracks: tracks.map((t, i) => (i === index ? next : t)), events };
}
