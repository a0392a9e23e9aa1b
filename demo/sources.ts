import type { Dataset, Excerpt } from '../src/index.js';

/**
 * How many events cite each source, by source id: an event counts once per source however many of
 * its excerpts (or its disputes' excerpts) quote it. Sources nobody cites count 0.
 */
export function citationCounts(data: Pick<Dataset, 'sources' | 'events'>): Map<string, number> {
  const counts = new Map<string, number>(data.sources.map((source) => [source.id, 0]));
  for (const event of data.events) {
    const excerpts: Excerpt[] = [...(event.excerpts ?? []), ...(event.disputes ?? []).flatMap((d) => d.excerpts)];
    for (const id of new Set(excerpts.map((excerpt) => excerpt.source))) {
      if (counts.has(id)) counts.set(id, counts.get(id)! + 1);
    }
  }
  return counts;
}
