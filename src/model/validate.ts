import type { ParsedDate } from './dates.js';
import { IdSet, idHash } from './id-set.js';
import { CHUNK, inChunks, runToEnd, type Sliced } from './slices.js';
import { knownDates, setKnownDates } from './items.js';
import type { KnownDates } from './items.js';
import type { Dataset, Excerpt, TimelineEvent } from './types.js';
import { Checker, isObject, shown } from './validate/checker.js';
import { checkEvent, isCleanEvent } from './validate/events.js';
import { DateStrings } from './validate/date-strings.js';
import { shareSourceStrings } from './validate/excerpts.js';
import { PassageTranslations } from './validate/passage-translations.js';
import type { ValidationResult } from './validate/problem.js';
import { EVENT, copyEvent, listLength, readItem, shareQuotes, snapshot } from './validate/snapshot.js';
import { checkSources } from './validate/sources.js';
import { checkTracks } from './validate/tracks.js';
import { Unreadable } from './validate/unreadable.js';
import { checkView } from './validate/view.js';
import { checkStory } from './story-validate.js';

// The checks of each part of a dataset are in validate/ (checker, snapshot, sources, tracks,
// events, excerpts, view); this module puts them together and is the API.
export { describeProblem, isHttpUrl, type Problem, type ValidationResult } from './validate/problem.js';

/**
 * Checks untrusted input against the data model and keeps what is usable: a bad event is dropped
 * and reported, never the valid ones around it. Never throws.
 */
export function validateDataset(input: unknown): ValidationResult {
  return runToEnd(validate(input, true)).result;
}

/** A validation result, with the dates read for each kept event when there is a dataset. */
export type Checked = { result: ValidationResult; dates?: KnownDates };

/**
 * `validateDataset`, also giving the dates it read for each kept event (by index into
 * `result.dataset.events`), for `toItems` not to read them again.
 * @internal
 */
export function validateWithDates(input: unknown, options: { owned?: boolean } = {}): Checked {
  return runToEnd(validateInSlices(input, options));
}

/**
 * `validateWithDates` as work that can be cut into slices (see slices.ts): the element validates a
 * large dataset a chunk of events at a time, between which the page draws and takes input. Each
 * value is still read exactly once, when its event is checked, so what was checked is what is drawn
 * even if the page changes its object meanwhile.
 * @internal
 */
export function validateInSlices(input: unknown, options: SlicedOptions = {}): Sliced<Checked> {
  return validate(input, true, options.owned ?? false, options.preview);
}

/** How `validateInSlices` reads: see `validate` for `owned`. */
export interface SlicedOptions {
  owned?: boolean;
  /**
   * Called once, early in the reading of a large dataset, with the events checked so far (valid,
   * each already kept by the whole reading) and the rest of the dataset without its story, and the
   * dates read for them: enough to draw while the rest is read.
   */
  preview?: (dataset: Dataset, dates: KnownDates) => void;
}

/** Datasets smaller than this are read too soon for a preview to be worth drawing. */
export const PREVIEW_MIN_EVENTS = 20_000;
/** Events in a preview: a few thousand, drawn in a few milliseconds. */
export const PREVIEW_EVENTS = 2 * CHUNK;

const unreadableData = (): Checked => ({
  result: {
    dataset: null,
    problems: [
      { path: '$', message: { en: 'the data could not be read', ar: 'تعذّرت قراءة البيانات' }, level: 'error' },
    ],
    rejected: [],
    unverified: new Map(),
  },
});

/**
 * `owned` input is data no one else holds and without getters or proxies, as `JSON.parse` makes it
 * from a response the element fetched itself: it is checked and kept as it is, without the snapshot
 * copy that protects data a page hands over (at 100,000 events, half a million objects).
 */
function* validate(input: unknown, fast: boolean, owned = false, preview?: SlicedOptions['preview']): Sliced<Checked> {
  try {
    return yield* check(owned ? input : snapshot(input), fast, owned, preview);
  } catch {
    // The snapshot turns whatever throws when read into a problem at its path; this is the last
    // guard (an engine's own limits), as the page must never see a throw.
    return unreadableData();
  }
}

/** What checking the events keeps as it goes, chunk by chunk. */
interface EventsChecked {
  readonly c: Checker;
  readonly list: unknown[];
  readonly fast: boolean;
  readonly owned: boolean;
  readonly sources: ReturnType<typeof checkSources>;
  readonly trackIds: Set<string>;
  readonly events: TimelineEvent[];
  readonly ids: IdSet;
  readonly dates: DateStrings;
  readonly translations: PassageTranslations;
  readonly known: KnownDates;
  readonly parsed: { date?: ParsedDate; end?: ParsedDate };
  readonly unverified: Map<string, Set<Excerpt>>;
  readonly rejected: string[];
}

function* check(input: unknown, fast: boolean, owned: boolean, preview: SlicedOptions['preview']): Sliced<Checked> {
  const c = new Checker();
  const unverified = new Map<string, Set<Excerpt>>();
  const rejected: string[] = [];
  const none = (): Checked => ({ result: { dataset: null, problems: c.problems, rejected, unverified } });
  if (c.unreadable(input, '$')) return none();
  if (!isObject(input)) {
    c.error('$', 'the data is not a dataset object', 'البيانات ليست كائن مجموعة بيانات');
    return none();
  }
  const list = input.events;
  const n = listLength(list);
  if (c.unreadable(list, '$.events') || c.unreadable(n, '$.events')) return none();
  if (n === undefined) {
    c.error('$.events', 'the dataset has no list of events', 'مجموعة البيانات بلا قائمة أحداث');
    return none();
  }
  const titleOk = c.text(input.title, '$.title', { en: 'the dataset title', ar: 'عنوان مجموعة البيانات' });
  const sources = checkSources(c, input.sources);
  const tracks = checkTracks(c, input.tracks);
  const trackIds = new Set(tracks.map((t) => t.id));

  const events: TimelineEvent[] = [];
  const state: EventsChecked = {
    c,
    list: list as unknown[],
    fast,
    owned,
    sources,
    trackIds,
    events,
    ids: new IdSet(n),
    dates: new DateStrings(n),
    translations: new PassageTranslations(n),
    // The dates the shortcut read, for toItems to place the events without reading them again.
    known: knownDates(n),
    parsed: {},
    unverified,
    rejected,
  };
  let previewed = !preview || n < PREVIEW_MIN_EVENTS;
  yield* inChunks(n, (from, to) => {
    checkEvents(state, from, to);
    if (previewed || events.length < PREVIEW_EVENTS || to === n) return;
    previewed = true;
    // The view is read again, on its own: the input is the snapshot copy, or owned data.
    const view = checkView(new Checker(), input.view);
    const title = titleOk ? (input.title as Dataset['title']) : { ar: '', en: '' };
    const shownSoFar = {
      title,
      sources: [...sources.values()],
      tracks,
      events: events.slice(),
      ...(view ? { view } : {}),
    };
    preview!(shownSoFar, state.known);
  });

  const view = checkView(c, input.view);
  // The editor's order (a Tarikh extension): checked in its own module, against the events kept.
  let story: ReturnType<typeof checkStory> = { problems: [] };
  if (!c.unreadable(input.story, '$.story')) {
    let kept: Set<string> | undefined;
    let dropped: Set<string> | undefined;
    story = checkStory(input.story, {
      has: (id) => (kept ??= new Set(events.map((e) => e.id))).has(id),
      isRejected: (id) => (dropped ??= new Set(rejected)).has(id),
      quote: shown,
    });
    c.problems.push(...story.problems);
  }
  const title = titleOk ? (input.title as Dataset['title']) : { ar: '', en: '' };
  const dataset: Dataset = {
    title,
    sources: [...sources.values()],
    tracks,
    events,
    ...(view ? { view } : {}),
    ...(story.story ? { story: story.story } : {}),
  };
  return { result: { dataset, problems: c.problems, rejected, unverified }, dates: state.known };
}

/** Checks the events `[from, to)` of the list, keeping the valid ones. */
function checkEvents(state: EventsChecked, from: number, to: number) {
  const {
    c,
    list,
    fast,
    owned,
    sources,
    trackIds,
    events,
    ids,
    dates,
    translations,
    known,
    parsed,
    unverified,
    rejected,
  } = state;
  for (let i = from; i < to; i += 1) {
    // Each event is read on its own: one whose getter or Proxy throws is reported and left out,
    // never the events around it.
    const event = owned ? list[i] : readItem(list, i, copyEvent, EVENT);
    if (owned) shareQuotes(event);
    if (fast && isCleanEvent(event, sources, trackIds, parsed)) {
      const id = (event as TimelineEvent).id;
      const hash = idHash(id);
      if (ids.add(id, hash)) {
        known.idHash[events.length] = hash;
        // Dates read without a precision are what toItems reads only when the event has none.
        if ((event as TimelineEvent).precision === undefined)
          setKnownDates(known, events.length, parsed.date!, parsed.end);
        shareSourceStrings(event as TimelineEvent, sources, translations);
        (event as TimelineEvent).date = dates.share((event as TimelineEvent).date, parsed.date!.start);
        events.push(event as TimelineEvent);
        continue;
      }
    }
    const path = `$.events[${i}]`;
    const marks = new Set<Excerpt>();
    const ok = checkEvent(c, event, path, sources, trackIds, marks);
    const id = isObject(event) && !(event instanceof Unreadable) && typeof event.id === 'string' ? event.id : `#${i}`;
    const hash = ok ? idHash(id) : 0;
    if (ok && !ids.add(id, hash))
      c.error(`${path}.id`, `the event id "${shown(id)}" is used twice`, `معرّف الحدث "${shown(id)}" مستخدم مرتين`);
    else if (ok) {
      known.idHash[events.length] = hash;
      shareSourceStrings(event as TimelineEvent, sources, translations);
      events.push(event as TimelineEvent);
      if (marks.size) unverified.set(id, marks);
      continue;
    }
    rejected.push(id);
  }
}

/** Validation with and without the shortcut for clean events, for the test that checks they agree. @internal */
export const validatorsForTesting = {
  withShortcut: (input: unknown) => runToEnd(validate(input, true)).result,
  withoutShortcut: (input: unknown) => runToEnd(validate(input, false)).result,
  /** Without the snapshot copy, as for a response the element parsed itself. */
  owned: (input: unknown) => runToEnd(validate(input, true, true)).result,
};
