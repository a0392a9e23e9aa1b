/**
 * The passage of an article nearest to a quote that is not in it exactly: the substring of the
 * folded article (see fold.ts) with the fewest edits from the folded quote (an approximate
 * substring search, Sellers 1980: the edit distance in which the match may start anywhere),
 * mapped back to offsets in the real text. It is what a miss shows the author, and what `reanchor`
 * falls back on when a corrected article no longer has the quote.
 */
import { fold, type Folded } from './fold.js';

export interface Passage {
  /** UTF-16 offsets into the original text, `end` exclusive. */
  start: number;
  end: number;
  /** 1 when the two are the same once folded, down to 0. */
  similarity: number;
}

/** Folding an article once for all its quotes; the caller keeps the result. */
export type FoldedText = Folded;
export { fold };

/**
 * The closest passage of `text` to `quote`, or null when nothing is alike (an empty quote or text).
 * `folded` may pass `fold(text)` already computed. Cost: quote length × text length.
 */
export function closestPassage(text: string, quote: string, folded: Folded = fold(text)): Passage | null {
  const q = fold(quote).text.trim();
  const t = folded.text;
  const m = q.length;
  const n = t.length;
  if (m === 0 || n === 0) return null;
  // One column of the DP table per article unit: cost[j] is the fewest edits turning q[0, j) into a
  // substring of t ending here, origin[j] where that substring starts.
  let cost = new Int32Array(m + 1);
  let origin = new Int32Array(m + 1);
  let nextCost = new Int32Array(m + 1);
  let nextOrigin = new Int32Array(m + 1);
  for (let j = 0; j <= m; j += 1) cost[j] = j;
  let best = m + 1;
  let bestStart = 0;
  let bestEnd = 0;
  for (let i = 0; i < n; i += 1) {
    const c = t.charCodeAt(i);
    nextCost[0] = 0;
    nextOrigin[0] = i + 1;
    for (let j = 1; j <= m; j += 1) {
      // Substitute (or match), skip an article unit, skip a quote unit.
      let value = cost[j - 1]! + (q.charCodeAt(j - 1) === c ? 0 : 1);
      let from = j === 1 ? i : origin[j - 1]!;
      if (cost[j]! + 1 < value) {
        value = cost[j]! + 1;
        from = origin[j]!;
      }
      if (nextCost[j - 1]! + 1 < value) {
        value = nextCost[j - 1]! + 1;
        from = nextOrigin[j - 1]!;
      }
      nextCost[j] = value;
      nextOrigin[j] = from;
    }
    if (nextCost[m]! < best) {
      best = nextCost[m]!;
      bestStart = nextOrigin[m]!;
      bestEnd = i + 1;
    }
    [cost, nextCost] = [nextCost, cost];
    [origin, nextOrigin] = [nextOrigin, origin];
  }
  if (bestEnd <= bestStart) return null;
  const similarity = Math.max(0, 1 - best / Math.max(m, bestEnd - bestStart));
  const passage = { start: folded.from[bestStart]!, end: folded.to[bestEnd - 1]!, similarity };
  return wholeWords(text, quote, passage);
}

const WORD = /[\p{L}\p{M}\p{N}]/u;

/**
 * The fewest edits may end a passage inside a word ("سيستمر" against a corrected "سيتواصل" is
 * closest to "سيت"): a passage is widened to whole words where the quote starts or ends with one.
 */
function wholeWords(text: string, quote: string, passage: Passage): Passage {
  let { start, end } = passage;
  if (WORD.test(quote[0] ?? '')) while (start > 0 && WORD.test(text[start - 1]!) && WORD.test(text[start]!)) start -= 1;
  if (WORD.test(quote.at(-1) ?? ''))
    while (end < text.length && WORD.test(text[end]!) && WORD.test(text[end - 1]!)) end += 1;
  return { ...passage, start, end };
}

/** How alike two texts are once folded: 1 minus their edit distance over the longer length. */
export function similarity(a: string, b: string): number {
  const x = fold(a).text.trim();
  const y = fold(b).text.trim();
  if (!x.length && !y.length) return 1;
  let row = Int32Array.from({ length: y.length + 1 }, (_, j) => j);
  let next = new Int32Array(y.length + 1);
  for (let i = 1; i <= x.length; i += 1) {
    next[0] = i;
    for (let j = 1; j <= y.length; j += 1)
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    [row, next] = [next, row];
  }
  return 1 - row[y.length]! / Math.max(x.length, y.length);
}
