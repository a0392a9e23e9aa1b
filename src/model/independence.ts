/**
 * How many independent witnesses an event rests on. Two outlets that print the same agency copy are
 * one witness: a source that says it `reproduces` another (whole, or in the passages it lists) does
 * not count as independent for an event when every excerpt the event cites from it is inside that
 * copy and the original is cited too.
 */
import type { Dataset, Excerpt, Reproduction, Source, Text, TimelineEvent } from './types.js';

export interface Independence {
  /** Ids of the cited sources that exist in the dataset, in the order of first citation. */
  sources: string[];
  /** How many of them are independent (at least 1 when any source is cited). */
  independent: number;
  /** The reproductions that made a source not independent here, each once. */
  copies: { from: Source; to: Source; note: Text }[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** The excerpts an event cites, its own and its disputes', skipping anything that is not an excerpt. */
function citedExcerpts(event: TimelineEvent): Excerpt[] {
  const own = Array.isArray(event.excerpts) ? event.excerpts : [];
  const disputed = Array.isArray(event.disputes)
    ? event.disputes.flatMap((d) => (isObject(d) && Array.isArray(d.excerpts) ? d.excerpts : []))
    : [];
  return [...own, ...disputed].filter((e): e is Excerpt => isObject(e) && typeof e.source === 'string');
}

/** Whether `excerpt` of `source` lies inside what `reproduction` says is copied. */
function isCopied(excerpt: Excerpt, source: Source, reproduction: Reproduction): boolean {
  const passages = reproduction.passages;
  if (passages === undefined) return true;
  if (!Array.isArray(passages) || typeof excerpt.quote !== 'string') return false;
  const text = typeof source.text === 'string' ? source.text : '';
  const { start, end, quote } = excerpt;
  const placed = Number.isInteger(start) && Number.isInteger(end) && text.slice(start, end) === quote;
  return passages.some((passage) => {
    if (typeof passage !== 'string' || !passage.includes(quote)) return false;
    if (!placed) return true;
    // The excerpt's own place must be inside an occurrence of the passage, not just its words.
    for (let at = text.indexOf(passage); at >= 0; at = text.indexOf(passage, at + 1))
      if (at <= start && end <= at + passage.length) return true;
    return false;
  });
}

/** Counts the sources `event` cites and how many of them are independent, by the dataset's `reproduces`. */
export function independenceOf(event: TimelineEvent, data: Dataset | null | undefined): Independence {
  const byId = new Map<string, Source>();
  for (const s of Array.isArray(data?.sources) ? data.sources : [])
    if (isObject(s) && typeof s.id === 'string' && !byId.has(s.id)) byId.set(s.id, s);
  const bySource = new Map<string, Excerpt[]>();
  for (const excerpt of citedExcerpts(event)) {
    if (!byId.has(excerpt.source)) continue;
    const list = bySource.get(excerpt.source);
    if (list) list.push(excerpt);
    else bySource.set(excerpt.source, [excerpt]);
  }
  const sources = [...bySource.keys()];
  const copies: Independence['copies'] = [];
  let dependent = 0;
  for (const id of sources) {
    const source = byId.get(id)!;
    const reproductions = (Array.isArray(source.reproduces) ? source.reproduces : []).filter(
      (r): r is Reproduction =>
        isObject(r) && typeof r.source === 'string' && r.source !== id && bySource.has(r.source),
    );
    if (!reproductions.length) continue;
    const used = new Set<Reproduction>();
    const allCopied = bySource.get(id)!.every((excerpt) => {
      const r = reproductions.find((candidate) => isCopied(excerpt, source, candidate));
      if (r) used.add(r);
      return r !== undefined;
    });
    if (!allCopied) continue;
    dependent += 1;
    for (const r of used) copies.push({ from: source, to: byId.get(r.source)!, note: r.note });
  }
  // A circle of sources reproducing one another (the validator warns) still rests on one witness.
  const independent = sources.length ? Math.max(1, sources.length - dependent) : 0;
  return { sources, independent, copies };
}
