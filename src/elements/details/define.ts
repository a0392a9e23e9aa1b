import '../source-view/define.js';
import { TarikhDetails } from './details.js';

export { TarikhDetails };

if (typeof customElements !== 'undefined' && !customElements.get('tarikh-details')) {
  customElements.define('tarikh-details', TarikhDetails);
}
