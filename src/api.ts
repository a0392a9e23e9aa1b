/**
 * What both entries export besides the element classes: the data model's types, the validator and
 * the date parser, `defineDataset`, the events' detail types, and the story's types. `index.ts` adds the three classes; `bundled.ts` only the
 * timeline's (the others load on the first selection).
 */
export type {
  Dataset,
  Excerpt,
  Dispute,
  Lang,
  Precision,
  Reproduction,
  Source,
  Story,
  Text,
  TimelineEvent,
  Track,
} from './model/types.js';
export { validateDataset, describeProblem, isHttpUrl, type Problem, type ValidationResult } from './model/validate.js';
export { parseIsoDate, type ParsedDate } from './model/dates.js';
export { defineDataset } from './model/define-dataset.js';
export type {
  TarikhEventMap,
  TarikhErrorDetail,
  TarikhLoadDetail,
  TarikhRangeChangeDetail,
  TarikhSelectDetail,
  TarikhSourceSelectDetail,
  TarikhStoryStepDetail,
} from './events.js';
export type { StoryNeighbour, StoryStep } from './elements/details/story-nav.js';
