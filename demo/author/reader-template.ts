/** The reader: the open article in `<tarikh-source-view>`, what is selected in it, and the cite button. */
import { html, nothing } from 'lit';
import '../../src/elements/source-view/define.js';
import type { Excerpt, Lang, Source } from '../../src/model/types.js';
import type { WorkbenchMessages } from './messages.js';
import type { Story } from './story-edits.js';

export interface ReaderInputs {
  story: Story;
  lang: Lang;
  m: WorkbenchMessages;
  source: Source | null;
  highlight: Excerpt | null;
  /** The selected passage of the open article, if any. */
  selected: string | null;
  /** The title of the event a citation goes to, or null when none is being edited. */
  target: string | null;
  notice: string;
  onKeydown: (e: KeyboardEvent) => void;
  cite: () => void;
  chooseEvent: (id: string) => void;
}

export function readerTemplate(inputs: ReaderInputs) {
  const { m, lang, source } = inputs;
  const quoteLang = source?.lang ?? lang;
  return html`<section class="reader" aria-labelledby="reader-heading">
    <h2 id="reader-heading">${m.readerHeading}</h2>
    ${
      source
        ? html`<p class="muted">${m.selectHint}</p>
            <div class="reader-box" role="region" tabindex="0" aria-label=${m.readerLabel} @keydown=${inputs.onKeydown}>
              <tarikh-source-view
                lang=${lang}
                .source=${source}
                .data=${inputs.story}
                .highlight=${inputs.highlight}
                @tarikh-source-select=${(e: CustomEvent<{ id: string }>) => inputs.chooseEvent(e.detail.id)}
              ></tarikh-source-view>
            </div>
            <div class="cite-bar">
              <p class="selection" aria-live="polite">
                <span class="muted">${m.selection}:</span>
                ${
                  inputs.selected
                    ? html`<q lang=${quoteLang} dir=${quoteLang === 'ar' ? 'rtl' : 'ltr'}>${inputs.selected}</q>`
                    : m.noSelection
                }
              </p>
              <button
                type="button"
                class="cite primary"
                ?disabled=${!inputs.selected || inputs.target === null}
                aria-label=${inputs.target === null ? m.cite : m.citeFor(inputs.target)}
                @click=${inputs.cite}
              >
                ${m.cite}
              </button>
              ${inputs.target === null ? html`<p class="muted">${m.needEvent}</p>` : nothing}
            </div>`
        : html`<p class="muted">${m.chooseSource}</p>`
    }
    <p class="notice" role="status">${inputs.notice}</p>
  </section>`;
}
