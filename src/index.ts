/**
 * Tarikh: zoomable, bilingual timeline web components. Importing this module defines `<tarikh-timeline>`
 * (its only side effect); the timeline loads `<tarikh-details>` and `<tarikh-source-view>` from `tarikh/details`
 * (src/details.ts) when a reader first selects an event, so bundlers put them in a chunk of their own. The
 * timeline's class and the data model are exported for typing and for extending.
 */
import { TarikhTimeline } from './elements/timeline/timeline.js';

export { TarikhTimeline };
export * from './api.js';

if (typeof customElements !== 'undefined' && !customElements.get('tarikh-timeline')) {
  customElements.define('tarikh-timeline', TarikhTimeline);
}
