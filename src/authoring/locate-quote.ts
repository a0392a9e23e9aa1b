/**
 * Finds a quote in its article, exactly: the excerpt's offsets are the place where the article's
 * text is the quote, code unit for code unit. Where the words appear more than once, the author says
 * which by `occurrence` (counted from 1) or by the text just before (`prefix`) and after (`suffix`),
 * the fields of the W3C Web Annotation TextQuoteSelector. No Node imports: an authoring page in the
 * browser can use it as it is.
 */

/** Where a quote is, as an author writes it. */
export interface QuoteSelector {
  quote: string;
  /** Which appearance, counted from 1, among those that fit `prefix` and `suffix`. */
  occurrence?: number;
  /** The text right before the quote. */
  prefix?: string;
  /** The text right after the quote. */
  suffix?: string;
}

export type Located =
  | { ok: true; start: number; end: number }
  | {
      ok: false;
      /**
       * `missing`: the quote is not in the text; `ambiguous`: it is there more than once and nothing
       * says which; `no-occurrence`: fewer appearances than `occurrence`; `no-context`: it is there,
       * but never with that prefix and suffix; `bad-occurrence`: not a whole number from 1; `empty`.
       */
      reason: 'missing' | 'ambiguous' | 'no-occurrence' | 'no-context' | 'bad-occurrence' | 'empty';
      /** How many appearances fit (of the quote, and of its prefix and suffix when given). */
      count: number;
    };

/** Every offset at which `quote` starts in `text`, overlapping ones included. */
export function occurrences(text: string, quote: string): number[] {
  const found: number[] = [];
  if (!quote) return found;
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) found.push(at);
  return found;
}

/** True when the text around `[start, end)` is the selector's prefix and suffix (those it has). */
export function fitsContext(text: string, start: number, end: number, selector: QuoteSelector): boolean {
  const { prefix, suffix } = selector;
  if (prefix && (start < prefix.length || !text.startsWith(prefix, start - prefix.length))) return false;
  if (suffix && !text.startsWith(suffix, end)) return false;
  return true;
}

/** Locates a quote in `text` (UTF-16 offsets, `end` exclusive). */
export function locateQuote(text: string, selector: QuoteSelector): Located {
  const { quote, occurrence } = selector;
  if (typeof quote !== 'string' || quote.length === 0) return { ok: false, reason: 'empty', count: 0 };
  if (occurrence !== undefined && (!Number.isInteger(occurrence) || occurrence < 1))
    return { ok: false, reason: 'bad-occurrence', count: 0 };
  const all = occurrences(text, quote);
  if (all.length === 0) return { ok: false, reason: 'missing', count: 0 };
  const fitting = all.filter((start) => fitsContext(text, start, start + quote.length, selector));
  if (fitting.length === 0) return { ok: false, reason: 'no-context', count: all.length };
  if (occurrence === undefined && fitting.length > 1) return { ok: false, reason: 'ambiguous', count: fitting.length };
  const start = fitting[(occurrence ?? 1) - 1];
  if (start === undefined) return { ok: false, reason: 'no-occurrence', count: fitting.length };
  return { ok: true, start, end: start + quote.length };
}
