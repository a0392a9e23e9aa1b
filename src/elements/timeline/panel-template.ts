import { html, nothing } from 'lit';
import type { TimelineItem } from '../../model/items.js';
import type { Dataset, Excerpt, Lang } from '../../model/types.js';
import type { StoryStep } from '../details/story-nav.js';
import type { DetailsLoading } from './details-loading.js';
// The panel's tag comes from lazy.ts's dynamic import (through DetailsLoading); lit-analyzer follows this one.
import '../details/lazy.js';
import { detailsFailedTemplate } from './details-failed.js';

const EMPTY_SET: ReadonlySet<Excerpt> = new Set();

/** What the details panel beside the plot shows, and what it tells the timeline. */
export interface PanelParts {
  /** The selected event, if it is shown. */
  item: TimelineItem | undefined;
  data: Dataset | null;
  lang: Lang;
  /** Excerpts whose quote does not match their source, by event id. */
  unverified: ReadonlyMap<string, ReadonlySet<Excerpt>>;
  /** Where the event stands in the story, for "Previous" and "Next". */
  story: StoryStep | null;
  /** The panel's code: loaded on first use, or failed to load. */
  loading: DetailsLoading;
  onClose(event: Event): void;
  onSourceSelect(event: Event): void;
  onStoryStep(event: Event): void;
}

/** The details panel of the selected event (`<tarikh-details>`), loaded on first use. */
export function panelTemplate(p: PanelParts) {
  const { item, data } = p;
  if (!item || !data) return nothing;
  // The panel's code may not be loaded yet (both builds load it on the first selection); the element
  // below is upgraded, keeping what is set on it, as soon as it is.
  p.loading.request();
  if (p.loading.failed) return detailsFailedTemplate(p.lang, p.loading.retry, p.onClose);
  // The panel's own section is the landmark, named by the event's title; a second one here would repeat it.
  return html`<tarikh-details
    class="panel"
    exportparts="details, excerpt, excerpt-disputed, source, mark, mark-current, story-nav"
    lang=${p.lang}
    .event=${item.event}
    .story=${p.story}
    .data=${data}
    .unverified=${p.unverified.get(item.id) ?? EMPTY_SET}
    @tarikh-details-close=${p.onClose}
    @tarikh-source-select=${p.onSourceSelect}
    @tarikh-story-step=${p.onStoryStep}
  ></tarikh-details>`;
}
