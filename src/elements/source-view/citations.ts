import type { Dataset, Excerpt, Source, Text, TimelineEvent } from '../../model/types.js';

/** One excerpt of a source, and the event that cites it. */
export interface Citation {
  excerpt: Excerpt;
  event: TimelineEvent;
  /** The excerpt is one of the event's competing accounts (`disputes`), not its main excerpts. */
  disputed: boolean;
}

const list = <T>(value: readonly T[] | undefined | null): readonly T[] => (Array.isArray(value) ? value : []);

/** Every excerpt an event rests on: its own, then those of its disputes. */
export function excerptsOf(event: TimelineEvent): { excerpt: Excerpt; disputed: boolean }[] {
  const own = list(event.excerpts).map((excerpt) => ({ excerpt, disputed: false }));
  const disputed = list(event.disputes).flatMap((d) =>
    list(d?.excerpts).map((excerpt) => ({ excerpt, disputed: true })),
  );
  return [...own, ...disputed].filter(({ excerpt }) => excerpt && typeof excerpt === 'object');
}

/** Every excerpt the dataset cites from one source, in the order of the dataset's events. */
export function citationsOf(dataset: Dataset | null | undefined, sourceId: string): Citation[] {
  if (!dataset) return [];
  return list(dataset.events).flatMap((event) =>
    event
      ? excerptsOf(event)
          .filter(({ excerpt }) => excerpt.source === sourceId)
          .map((c) => ({ ...c, event }))
      : [],
  );
}

/** How many distinct events cite each source, by source id. */
export function citingEventCounts(dataset: Dataset | null | undefined): Map<string, number> {
  const counts = new Map<string, number>();
  for (const event of list(dataset?.events)) {
    if (!event) continue;
    const cited = new Set(excerptsOf(event).map(({ excerpt }) => excerpt.source));
    for (const id of cited) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

export function findSource(dataset: Dataset | null | undefined, id: string | undefined): Source | undefined {
  return list(dataset?.sources).find((s) => s?.id === id);
}

/** A bilingual text in one language, falling back to the other so untrusted data never renders "undefined". */
export function textIn(text: Partial<Text> | undefined | null, lang: 'ar' | 'en'): string {
  const value = text?.[lang] ?? text?.[lang === 'ar' ? 'en' : 'ar'];
  return typeof value === 'string' ? value : '';
}
