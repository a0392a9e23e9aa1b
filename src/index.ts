/**
 * Tarikh: zoomable, bilingual timeline web components. Importing this module defines
 * `<tarikh-timeline>`, `<tarikh-details>` and `<tarikh-source-view>` (its only side effect); the
 * classes and the data model are exported for typing and for extending.
 */
import { TarikhTimeline } from './elements/timeline/timeline.js';
import { TarikhDetails } from './elements/details/define.js';
import { TarikhSourceView } from './elements/source-view/define.js';

export { TarikhTimeline, TarikhDetails, TarikhSourceView };
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
export type { StoryNeighbour, StoryStep } from './elements/details/story-nav.js';

if (typeof customElements !== 'undefined' && !customElements.get('tarikh-timeline')) {
  customElements.define('tarikh-timeline', TarikhTimeline);
}
