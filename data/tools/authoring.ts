/**
 * The authoring format: the Dataset of the contract, except that sources name a text file instead
 * of carrying the text, and excerpts are written as quotes (with `occurrence`, counted from 1, where
 * the same words appear more than once) instead of character offsets. `build.ts` turns it into the
 * published dataset.
 */
import type { Dataset, Excerpt, Source, Text, TimelineEvent } from '../../src/model/types.js';

export type AuthoredExcerpt = Omit<Excerpt, 'start' | 'end' | 'translation'> & {
  occurrence?: number;
  /**
   * `ar` may be left out for a quote from an Arabic source: the contract has it repeat the quote,
   * so the build copies the quote rather than have authors type it twice.
   */
  translation: { en: string; ar?: string };
};

export type AuthoredSource = Omit<Source, 'text'> & {
  /** The article's file in data/sources/ (its name is its id). */
  file: string;
  /** How `published` was established, for editors. */
  publishedNote?: string;
  /** Where the headline comes from when the file carries none, for editors. */
  titleNote?: string;
};

export type AuthoredEvent = Omit<TimelineEvent, 'excerpts' | 'disputes'> & {
  excerpts: AuthoredExcerpt[];
  disputes?: { note: Text; excerpts: AuthoredExcerpt[] }[];
};

export type AuthoredDataset = Omit<Dataset, 'sources' | 'events'> & {
  sources: AuthoredSource[];
  events: AuthoredEvent[];
};
