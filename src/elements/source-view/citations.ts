import type { Dataset, Excerpt, Source, Text, TimelineEvent } from '../../model/types.js';

/** One excerpt of a source, and the event that cites it. */
export interface Citation {
  excerpt: Excerpt;
  event: TimelineEvent;
  /** The excerpt is one of the event's competing accounts (`disputes`), not its main excerpts. */
  disputed: boolean;
}

const list = <T>(value: readonly T[] | undefined | null): readonly T[] => (Array.isArray(value) ? value : []);

/**
 * Calls `visit` for every excerpt of the dataset, in the order of its events, each event's own excerpts
 * before its disputes'. No list is made per event: at a million events, gathering one source's citations
 * with a list of each event's excerpts made opening the reader a task of a third of a second.
 */
function forEachExcerpt(
  dataset: Dataset,
  visit: (event: TimelineEvent, excerpt: Excerpt, disputed: boolean) => void,
  eventDone?: () => void,
) {
  for (const event of list(dataset.events)) {
    if (!event) continue;
    for (const excerpt of list(event.excerpts))
      if (excerpt && typeof excerpt === 'object') visit(event, excerpt, false);
    const disputes = event.disputes;
    if (Array.isArray(disputes))
      for (const dispute of disputes)
        for (const excerpt of list(dispute?.excerpts))
          if (excerpt && typeof excerpt === 'object') visit(event, excerpt, true);
    eventDone?.();
  }
}

/**
 * What was worked out of a dataset object (a new dataset is a new object): the counts, and the citations of
 * the last source asked for, which the reader asks for on every render. Only the last: the citations of
 * every source would be an object per excerpt, held as long as the dataset.
 */
interface Cited {
  source?: { id: string; citations: readonly Citation[] };
  counts?: ReadonlyMap<string, number>;
}
const cited = new WeakMap<Dataset, Cited>();
const citedIn = (dataset: Dataset): Cited => {
  let known = cited.get(dataset);
  if (!known) cited.set(dataset, (known = {}));
  return known;
};

/** Every excerpt the dataset cites from one source, in the order of the dataset's events. */
export function citationsOf(dataset: Dataset | null | undefined, sourceId: string): readonly Citation[] {
  if (!dataset) return [];
  const known = citedIn(dataset);
  if (known.source?.id !== sourceId) {
    const citations: Citation[] = [];
    forEachExcerpt(dataset, (event, excerpt, disputed) => {
      if (excerpt.source === sourceId) citations.push({ excerpt, event, disputed });
    });
    known.source = { id: sourceId, citations };
  }
  return known.source.citations;
}

/** How many distinct events cite each source, by source id. */
export function citingEventCounts(dataset: Dataset | null | undefined): ReadonlyMap<string, number> {
  if (!dataset) return new Map();
  const known = citedIn(dataset);
  if (!known.counts) {
    const counts = new Map<string, number>();
    // The sources the event being read cites so far (usually one or two).
    const seen: string[] = [];
    forEachExcerpt(
      dataset,
      (_, { source }) => {
        if (seen.includes(source)) return;
        seen.push(source);
        counts.set(source, (counts.get(source) ?? 0) + 1);
      },
      () => (seen.length = 0),
    );
    known.counts = counts;
  }
  return known.counts;
}

export function findSource(dataset: Dataset | null | undefined, id: string | undefined): Source | undefined {
  return list(dataset?.sources).find((s) => s?.id === id);
}

/** A bilingual text in one language, falling back to the other so untrusted data never renders "undefined". */
export function textIn(text: Partial<Text> | undefined | null, lang: 'ar' | 'en'): string {
  const value = text?.[lang] ?? text?.[lang === 'ar' ? 'en' : 'ar'];
  return typeof value === 'string' ? value : '';
}
