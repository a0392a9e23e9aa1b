// What each element takes from a framework template: its properties (set as properties, not attributes, by React
// 19, Vue's `.prop` and Svelte 5) and its events. Shared by the React, Vue and Svelte declarations beside this file.
import type { Dataset, Excerpt, Source, StoryStep, TarikhEventMap, TimelineEvent } from 'tarikh';

/** `<tarikh-timeline>`'s properties (README, "API"). */
export interface TarikhTimelineProps {
  data?: Dataset | null;
  src?: string;
  lang?: string;
  start?: string;
  end?: string;
  selected?: string | null;
  listView?: boolean;
  fetchTimeout?: number;
  filter?: string;
  hiddenTracks?: string[];
  groupTracks?: boolean;
}

/** `<tarikh-details>`'s properties. */
export interface TarikhDetailsProps {
  event?: TimelineEvent | null;
  data?: Dataset | null;
  lang?: string;
  unverified?: ReadonlySet<Excerpt>;
  story?: StoryStep | null;
}

/** `<tarikh-source-view>`'s properties. */
export interface TarikhSourceViewProps {
  source?: Source | null;
  data?: Dataset | null;
  highlight?: Excerpt | null;
  lang?: string;
}

/** The events each element fires (its own and those that bubble up from inside it). */
export type TarikhTimelineEvents = Pick<
  TarikhEventMap,
  'tarikh-select' | 'tarikh-range-change' | 'tarikh-load' | 'tarikh-error'
>;
export type TarikhDetailsEvents = Pick<
  TarikhEventMap,
  'tarikh-details-close' | 'tarikh-source-select' | 'tarikh-story-step'
>;
export type TarikhSourceViewEvents = Pick<TarikhEventMap, 'tarikh-source-select'>;

/** `ontarikh-select`, … : the event props of React 19 and Svelte 5, which listen for the name after `on`. */
export type OnEventProps<Events> = {
  [Name in keyof Events & string as `on${Name}`]?: (event: Events[Name]) => void;
};

/**
 * An element's template props in React 19 and Svelte 5: the framework's attributes for that element (`Base`), with
 * Tarikh's properties in place of any of the same name, and `ontarikh-*` for its events.
 */
export type TemplateProps<Base, Props, Events> = Omit<Base, keyof Props> & Props & OnEventProps<Events>;
