/**
 * Tarikh: zoomable, bilingual timeline web components. Importing this module defines
 * `<tarikh-timeline>`, `<tarikh-details>` and `<tarikh-source-view>` (its only side effect); the
 * classes and the data model are exported for typing and for extending.
 */
import { TarikhTimeline } from './elements/timeline/timeline.js';
import { TarikhDetails } from './elements/details/define.js';
import { TarikhSourceView } from './elements/source-view/define.js';

export { TarikhTimeline, TarikhDetails, TarikhSourceView };
export * from './api.js';

if (typeof customElements !== 'undefined' && !customElements.get('tarikh-timeline')) {
  customElements.define('tarikh-timeline', TarikhTimeline);
}
