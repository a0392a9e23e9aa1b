/**
 * Finds a quote again after its article's text was corrected. In order: exactly where the selector
 * says (unchanged, or moved when the offsets differ from the last build); exactly elsewhere, at the
 * appearance whose surroundings are those of the last build (moved); between the text that stood
 * before and after it (changed: the words between are the new quote); the closest passage when it
 * is alike enough (changed, with its similarity); or lost. Pure: the command reads the files and
 * decides what to write.
 */
import { closestPassage, similarity } from './closest-passage.js';
import type { Folded } from './fold.js';
import { fitsContext, locateQuote, occurrences, type QuoteSelector } from './locate-quote.js';

/** Where the quote was at the last build: that build's article text and offsets. */
export interface PreviousAnchor {
  text: string;
  start: number;
  end: number;
}

export type Reanchored =
  | {
      status: 'unchanged' | 'moved' | 'changed';
      start: number;
      end: number;
      similarity: number;
      selector: QuoteSelector;
    }
  | { status: 'lost'; similarity: number; selector: QuoteSelector };

/** How close a passage must be to count as the quote, changed. */
export const MIN_SIMILARITY = 0.75;
const CONTEXT = 32;

/** The selector that finds `[start, end)` of `text` exactly: the author's prefix/suffix kept while they fit, else an occurrence where needed. */
export function selectorFor(text: string, start: number, end: number, previous: QuoteSelector): QuoteSelector {
  const quote = text.slice(start, end);
  const { occurrence: _o, prefix, suffix, quote: _q, ...rest } = previous as QuoteSelector & Record<string, unknown>;
  const selector: QuoteSelector = { ...rest, quote };
  if (prefix && fitsContext(text, start, end, { quote, prefix })) selector.prefix = prefix;
  if (suffix && fitsContext(text, start, end, { quote, suffix })) selector.suffix = suffix;
  const fitting = occurrences(text, quote).filter((at) => fitsContext(text, at, at + quote.length, selector));
  if (fitting.length > 1) selector.occurrence = fitting.indexOf(start) + 1;
  return selector;
}

/** True when the text around `start`/`end` of `text` still reads as it did around the previous anchor, on at least one side. */
function sameSurroundings(text: string, start: number, end: number, previous: PreviousAnchor): boolean {
  const n = 12;
  const before = previous.text.slice(Math.max(0, previous.start - n), previous.start);
  const after = previous.text.slice(previous.end, previous.end + n);
  const beforeNow = text.slice(Math.max(0, start - n), start);
  const afterNow = text.slice(end, end + n);
  return (before.length > 0 && before === beforeNow) || (after.length > 0 && after === afterNow) || (!before && !after);
}

/** The text between the previous anchor's prefix and suffix, found in `text` nearest the old place. */
function betweenContext(text: string, previous: PreviousAnchor): { start: number; end: number } | null {
  const oldLength = previous.end - previous.start;
  for (const n of [CONTEXT, 12]) {
    const prefix = previous.text.slice(Math.max(0, previous.start - n), previous.start);
    const suffix = previous.text.slice(previous.end, previous.end + n);
    if (prefix.length < Math.min(n, 6) || suffix.length < Math.min(n, 6)) continue;
    let best: { start: number; end: number } | null = null;
    for (const at of occurrences(text, prefix)) {
      const start = at + prefix.length;
      const end = text.indexOf(suffix, start);
      if (end <= start || end - start > oldLength * 2 + 40) continue;
      if (!best || Math.abs(start - previous.start) < Math.abs(best.start - previous.start)) best = { start, end };
    }
    if (best) return best;
  }
  return null;
}

/** Re-anchors one quote in the corrected `text`. */
export function reanchor(
  text: string,
  selector: QuoteSelector,
  previous?: PreviousAnchor,
  /** `fold(text)`, or a function giving it: only a quote that is not found again needs it. */
  folded?: Folded | (() => Folded),
): Reanchored {
  const found = (status: 'unchanged' | 'moved' | 'changed', start: number, end: number, similarity: number) => ({
    status,
    start,
    end,
    similarity,
    selector: selectorFor(text, start, end, selector),
  });
  const located = locateQuote(text, selector);
  if (located.ok && (!previous || sameSurroundings(text, located.start, located.end, previous)))
    return found(previous && previous.start !== located.start ? 'moved' : 'unchanged', located.start, located.end, 1);
  const { quote } = selector;
  if (previous) {
    const same = occurrences(text, quote).filter((at) => sameSurroundings(text, at, at + quote.length, previous));
    if (same.length) {
      const at = same.reduce((a, b) => (Math.abs(b - previous.start) < Math.abs(a - previous.start) ? b : a));
      return found('moved', at, at + quote.length, 1);
    }
    const between = betweenContext(text, previous);
    if (between) {
      const now = text.slice(between.start, between.end);
      return found(now === quote ? 'moved' : 'changed', between.start, between.end, similarity(quote, now));
    }
  }
  if (located.ok) return found('moved', located.start, located.end, 1);
  const passage = closestPassage(text, quote, typeof folded === 'function' ? folded() : folded);
  if (passage && passage.similarity >= MIN_SIMILARITY)
    return found('changed', passage.start, passage.end, passage.similarity);
  return { status: 'lost', similarity: passage?.similarity ?? 0, selector };
}
