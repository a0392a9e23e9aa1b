import { html, nothing, type TemplateResult } from 'lit';
import { messagesFor } from '../../i18n/messages.js';
import type { Lang } from '../../model/types.js';
import { icons, listIcon } from './icons.js';

/** The toolbar's state and what its buttons do. */
export interface ControlsState {
  lang: Lang;
  listView: boolean;
  onZoomIn(): void;
  onZoomOut(): void;
  onFit(): void;
  onToggleList(): void;
  /** "Start the story" (part `story-start`); left out when there is no story to start. */
  onStartStory?: () => void;
}

/**
 * The toolbar (part `controls`): "Start the story", zoom in, zoom out, fit, and the list view toggle,
 * named in the reader's language.
 */
export function controlsTemplate(c: ControlsState): TemplateResult {
  const m = messagesFor(c.lang);
  return html`<div class="controls" part="controls" role="toolbar" aria-label=${m.controls}>
    ${
      c.onStartStory
        ? html`<button
            type="button"
            class="story-start"
            part="story-start"
            aria-label=${m.startStory}
            title=${m.startStory}
            @click=${c.onStartStory}
          >
            ${c.lang === 'ar' ? icons.storyRtl : icons.story}
          </button>`
        : nothing
    }
    <button type="button" aria-label=${m.zoomIn} title=${m.zoomIn} @click=${c.onZoomIn}>${icons.zoomIn}</button>
    <button type="button" aria-label=${m.zoomOut} title=${m.zoomOut} @click=${c.onZoomOut}>${icons.zoomOut}</button>
    <button type="button" aria-label=${m.fit} title=${m.fit} @click=${c.onFit}>${icons.fit}</button>
    <button
      type="button"
      class="list-toggle"
      aria-pressed=${c.listView ? 'true' : 'false'}
      aria-label=${m.listView}
      title=${m.listView}
      @click=${c.onToggleList}
    >
      ${listIcon}
    </button>
  </div>`;
}
