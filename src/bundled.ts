/**
 * The entry of the bundled build, `dist/tarikh.bundled.js`, for a plain `<script type="module">`: defines
 * `<tarikh-timeline>` at once and `<tarikh-details>` with `<tarikh-source-view>` when the first event is
 * selected, or before that when the browser is idle (their code is a second file,
 * `dist/tarikh.bundled.details.js`, about a fifth of the whole). It exports what the package's index does
 * except those two classes, which would pull that file into the first load; `import 'tarikh'` has them.
 */
import { TarikhTimeline } from './elements/timeline/timeline.js';
import { defineDetails } from './elements/details/lazy.js';

export { TarikhTimeline };
export * from './api.js';

if (typeof customElements !== 'undefined' && !customElements.get('tarikh-timeline')) {
  customElements.define('tarikh-timeline', TarikhTimeline);
  // Off the first render's path, but ready before most readers click.
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => void defineDetails().catch(() => {}));
}
