/**
 * Tarikh: zoomable, bilingual timeline web components. Importing this module defines
 * `<tarikh-timeline>` (its only side effect); the class and the data model are exported for typing
 * and for extending.
 */
import { TarikhTimeline } from './elements/timeline/timeline.js';

export { TarikhTimeline };
export type { Dataset, Excerpt, Dispute, Lang, Precision, Source, Text, TimelineEvent, Track } from './model/types.js';
export { validateDataset, describeProblem, isHttpUrl, type Problem, type ValidationResult } from './model/validate.js';
export { parseIsoDate, type ParsedDate } from './model/dates.js';

if (typeof customElements !== 'undefined' && !customElements.get('tarikh-timeline')) {
  customElements.define('tarikh-timeline', TarikhTimeline);
}
