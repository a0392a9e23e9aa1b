import type { Dataset, Excerpt, Lang } from '../types.js';

/** One thing wrong with a dataset: where (a JSON path such as `$.events[3].date`) and what, in both languages. */
export interface Problem {
  path: string;
  message: { ar: string; en: string };
  /** Severity: an `error` makes the value at `path` unusable; a `warning` keeps it, marked. */
  level: 'error' | 'warning';
}

export interface ValidationResult {
  /** The usable part of the input: valid sources and tracks, and every valid event. Null when nothing is usable. */
  dataset: Dataset | null;
  problems: Problem[];
  /** Ids of events that were dropped. */
  rejected: string[];
  /** Excerpts whose quote does not match its source text at its offsets ("unverified"), keyed by event id. */
  unverified: Map<string, Set<Excerpt>>;
}

/** Formats a problem in one language: "$.events[3].date: the date is not an ISO 8601 date". */
export function describeProblem(problem: Problem, lang: Lang): string {
  return `${problem.path}: ${problem.message[lang]}`;
}

/** True for an absolute http: or https: URL, the only links Tarikh ever renders. */
export function isHttpUrl(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}
