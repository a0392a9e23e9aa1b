import type { ParsedDate } from './dates.js';
import { IdSet } from './id-set.js';
import { knownDates, setKnownDates } from './items.js';
import type { KnownDates } from './items.js';
import type { Dataset, Excerpt, TimelineEvent } from './types.js';
import { Checker, isObject, shown } from './validate/checker.js';
import { checkEvent, isCleanEvent } from './validate/events.js';
import type { ValidationResult } from './validate/problem.js';
import { EVENT, copyEvent, listLength, readItem, snapshot } from './validate/snapshot.js';
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
function validate(input: unknown, fast: boolean, owned = false): Checked {
  try {
    return check(owned ? input : snapshot(input), fast, owned);
  } catch {
    // The snapshot turns whatever throws when read into a problem at its path; this is the last
    // guard (an engine's own limits), as the page must never see a throw.
    return unreadableData();
  }
}

function check(input: unknown, fast: boolean, owned: boolean): Checked {
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
  const ids = new IdSet(n);
  // The dates the shortcut read, for toItems to place the events without reading them again.
  const known = knownDates(n);
  const parsed: { date?: ParsedDate; end?: ParsedDate } = {};
  for (let i = 0; i < n; i += 1) {
    // Each event is read on its own: one whose getter or Proxy throws is reported and left out,
    // never the events around it.
    const event = owned ? (list as unknown[])[i] : readItem(list as unknown[], i, copyEvent, EVENT);
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
    const id = isObject(event) && !(event instanceof Unreadable) && typeof event.id === 'string' ? event.id : `#${i}`;
    if (ok && !ids.add(id))
      c.error(`${path}.id`, `the event id "${shown(id)}" is used twice`, `معرّف الحدث "${shown(id)}" مستخدم مرتين`);
    else if (ok) {
      events.push(event as TimelineEvent);
      if (marks.size) unverified.set(id, marks);
      continue;
    }
    rejected.push(id);
  }

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
  return { result: { dataset, problems: c.problems, rejected, unverified }, dates: known };
}

/** Validation with and without the shortcut for clean events, for the test that checks they agree. @internal */
export const validatorsForTesting = {
  withShortcut: (input: unknown) => validate(input, true).result,
  withoutShortcut: (input: unknown) => validate(input, false).result,
  /** Without the snapshot copy, as for a response the element parsed itself. */
  owned: (input: unknown) => validate(input, true, true).result,
};
