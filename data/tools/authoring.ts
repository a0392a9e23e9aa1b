/**
 * The authoring format: the Dataset of the contract, except that sources name a text file instead
 * of carrying the text, and excerpts are written as quotes (with `occurrence`, counted from 1, where
 * the same words appear more than once) instead of character offsets. `build.ts` turns it into the
 * published dataset.
 */
import type { Dataset, Excerpt, Source, TimelineEvent } from '../../src/model/types.js';

export type AuthoredExcerpt = Omit<Excerpt, 'start' | 'end'> & { occurrence?: number };

export type AuthoredSource = Omit<Source, 'text'> & {
  /** The article's file in data/sources/ (its name is its id). */
  file: string;
  /** How `published` was established, for editors. */
  publishedNote?: string;
};

export type AuthoredEvent = Omit<TimelineEvent, 'excerpts' | 'disputes'> & {
  excerpts: AuthoredExcerpt[];
  disputes?: { note: TimelineEvent['title']; excerpts: AuthoredExcerpt[] }[];
};

export type AuthoredDataset = Omit<Dataset, 'sources' | 'events'> & {
  sources: AuthoredSource[];
  events: AuthoredEvent[];
};
