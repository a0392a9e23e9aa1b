/**
 * The `tarikh-*` events and their details, in one place: each element's `@fires` names these types, and
 * `HTMLElementEventMap` maps every event name to its `CustomEvent`, so that `addEventListener('tarikh-select',
 * (e) => e.detail.id)` type-checks in a strict project with no cast.
 */
import type { Dataset } from './model/types.js';

/** `tarikh-select`: an event was selected (its id) or the selection cleared (null). */
export interface TarikhSelectDetail {
  id: string | null;
}

/** `tarikh-range-change`: the visible window after a zoom or pan settled. */
export interface TarikhRangeChangeDetail {
  start: Date;
  end: Date;
}

/** `tarikh-load`: the dataset as drawn, with invalid events left out. */
export interface TarikhLoadDetail {
  dataset: Dataset;
}

/** `tarikh-error`: what went wrong, in the reader's language, and each problem in words. */
export interface TarikhErrorDetail {
  message: string;
  errors: string[];
}

/** `tarikh-source-select`: a marked excerpt of the reader was activated; the id of its event. */
export interface TarikhSourceSelectDetail {
  id: string;
}

/** `tarikh-story-step`: "Previous" or "Next" was activated; the event to show. */
export interface TarikhStoryStepDetail {
  id: string;
  direction: 'previous' | 'next';
}

/** Every event the elements fire, by name. */
export interface TarikhEventMap {
  'tarikh-select': CustomEvent<TarikhSelectDetail>;
  'tarikh-range-change': CustomEvent<TarikhRangeChangeDetail>;
  'tarikh-load': CustomEvent<TarikhLoadDetail>;
  'tarikh-error': CustomEvent<TarikhErrorDetail>;
  'tarikh-source-select': CustomEvent<TarikhSourceSelectDetail>;
  'tarikh-story-step': CustomEvent<TarikhStoryStepDetail>;
  'tarikh-details-close': CustomEvent<null>;
}

declare global {
  // The events bubble and are composed, so any element (or the document) may hear them.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends TarikhEventMap {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface DocumentEventMap extends TarikhEventMap {}
}
