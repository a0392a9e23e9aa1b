import { TarikhSourceView } from './source-view.js';

export { TarikhSourceView };

if (typeof customElements !== 'undefined' && !customElements.get('tarikh-source-view')) {
  customElements.define('tarikh-source-view', TarikhSourceView);
}
