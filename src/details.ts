/**
 * `tarikh/details`: the details panel and the article reader, `<tarikh-details>` and `<tarikh-source-view>`.
 * Importing this module defines both. `<tarikh-timeline>` loads it by itself the first time a reader selects an
 * event (bundlers make it a chunk of its own, off the first load); import it where you use the two elements on
 * their own, or need their classes.
 */
import './elements/source-view/define.js';

export { TarikhDetails } from './elements/details/define.js';
export { TarikhSourceView } from './elements/source-view/define.js';
