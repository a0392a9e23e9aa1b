/** The data model of the public contract (shared/CONTRACT.md): the single source of these types. */

/** A language Tarikh renders in. */
export type Lang = 'ar' | 'en';

/** Every human-readable string is bilingual. */
export interface Text {
  ar: string;
  en: string;
}

/** How finely an event's date is known. */
export type Precision = 'year' | 'month' | 'day' | 'hour' | 'minute';

export interface Track {
  id: string;
  label: Text;
}

export interface Source {
  id: string;
  /** Headline, original and English. */
  title: Text;
  /** Publisher or agency. */
  outlet: Text;
  /** ISO 8601 date. */
  published?: string;
  /** Language of `text`. */
  lang: Lang;
  /** http(s) only. */
  url?: string;
  /** The full article text. */
  text: string;
  /**
   * Other sources whose text this one carries (agency copy run word for word): an event citing both
   * rests on one witness there, not two. The details panel counts sources accordingly.
   */
  reproduces?: Reproduction[];
}

/** That a source reproduces another, in whole or in the passages listed. */
export interface Reproduction {
  /** The Source id of the original. */
  source: string;
  /** What is reproduced, for readers: "000 reproduces AFP's report (002) word for word in three passages". */
  note: Text;
  /**
   * The reproduced passages, verbatim substrings of this source's text. An excerpt inside one of them
   * is the other source's words; without `passages` the whole text is.
   */
  passages?: string[];
}

export interface Excerpt {
  /** A Source id. */
  source: string;
  /** Verbatim substring of the source text. */
  quote: string;
  /** UTF-16 offsets into Source.text: `text.slice(start, end) === quote`. */
  start: number;
  end: number;
  /** `ar` repeats the quote when the source is Arabic. */
  translation: Text;
}

export interface Dispute {
  note: Text;
  excerpts: Excerpt[];
}

export interface TimelineEvent {
  id: string;
  /** ISO 8601: "2023-09-13" or "2024-06-19T04:00:00+09:00". */
  date: string;
  /** For events that last (visits, trips). */
  end?: string;
  precision?: Precision;
  title: Text;
  summary?: Text;
  place?: Text;
  /** A Dataset.tracks id. */
  track?: string;
  excerpts: Excerpt[];
  /** Where sources disagree or err, both accounts. */
  disputes?: Dispute[];
  /** Background outside the story's window. */
  context?: boolean;
  /** How the date was derived, for editors. */
  note?: string;
}

/**
 * How the story is told when a reader steps through it ("previous" and "next" in the details panel).
 * A Tarikh extension of the contract.
 */
export interface Story {
  /**
   * The editor's order: event ids in the order the story is told, which may leave events out (context a
   * reporter does not step through) or put a background event first. Without it, events are told in
   * time order.
   */
  order?: string[];
}

export interface Dataset {
  title: Text;
  /**
   * The window shown first; context events stay reachable. `fold: true` (a Tarikh extension) folds
   * the axis's stretches without events unless the element's `fold-gaps` says otherwise.
   */
  view?: { start: string; end: string; fold?: boolean };
  tracks?: Track[];
  sources: Source[];
  events: TimelineEvent[];
  /** How the story is told step by step (a Tarikh extension). */
  story?: Story;
}
