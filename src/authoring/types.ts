/**
 * The authoring format (its JSON Schema is data/schema/authoring.schema.json): the Dataset of the
 * contract, except that sources name a text file instead of carrying the text, and excerpts are
 * quotes, placed by `occurrence` or `prefix`/`suffix` where the words repeat, instead of character
 * offsets that no person writes by hand. `buildDataset` turns it into the published Dataset.
 */
import type { Dataset, Excerpt, Source, Text, TimelineEvent } from '../model/types.js';
import type { QuoteSelector } from './locate-quote.js';

export type AuthoredExcerpt = Omit<Excerpt, 'start' | 'end' | 'translation'> &
  Omit<QuoteSelector, 'quote'> & {
    /**
     * `ar` may be left out for a quote from an Arabic source: the contract has it repeat the quote,
     * so the build copies the quote rather than have authors type it twice.
     */
    translation: { en: string; ar?: string };
  };

export type AuthoredSource = Omit<Source, 'text'> & {
  /** The article's text file, relative to the story's sources folder. */
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
  /** The schema, for editors; not copied into the dataset. */
  $schema?: string;
  sources: AuthoredSource[];
  events: AuthoredEvent[];
};
