import { html } from 'lit';
import { messagesFor } from '../../i18n/messages.js';
import type { Lang } from '../../model/types.js';

/**
 * In the panel's place when its code could not be loaded: what happened, a retry and a way out. A
 * region named by its heading, like the panel it stands for; `role="alert"` so the reader hears it.
 */
export function detailsFailedTemplate(lang: Lang, onRetry: () => void, onClose: (event: Event) => void) {
  const m = messagesFor(lang);
  return html`<section class="panel details-failed" part="details" lang=${lang} aria-labelledby="details-failed">
    <div role="alert">
      <h2 id="details-failed">${m.detailsFailed}</h2>
      <p>${m.detailsFailedHelp}</p>
    </div>
    <button type="button" @click=${onRetry}>${m.retry}</button>
    <button type="button" @click=${onClose}>${m.closeDetails}</button>
  </section>`;
}
