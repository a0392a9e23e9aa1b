// Svelte 5 types for Tarikh's elements. Opt in once, in any file svelte-check reads (a `.d.ts` or a
// `<script lang="ts">`):
//   import type {} from 'tarikh/svelte';
// Svelte 5 sets each attribute that is a property of a custom element as a property (so `data={story}` passes the
// object) and listens for `ontarikh-select` as the `tarikh-select` event.
import type { HTMLAttributes } from 'svelte/elements';
import type { TarikhTimeline } from 'tarikh';
import type { TarikhDetails, TarikhSourceView } from 'tarikh/details';
import type {
  TarikhDetailsEvents,
  TarikhDetailsProps,
  TarikhSourceViewEvents,
  TarikhSourceViewProps,
  TarikhTimelineEvents,
  TarikhTimelineProps,
  TemplateProps,
} from './elements.js';

type ElementProps<E extends HTMLElement, Props, Events> = TemplateProps<HTMLAttributes<E>, Props, Events>;

declare module 'svelte/elements' {
  export interface SvelteHTMLElements {
    'tarikh-timeline': ElementProps<TarikhTimeline, TarikhTimelineProps, TarikhTimelineEvents>;
    'tarikh-details': ElementProps<TarikhDetails, TarikhDetailsProps, TarikhDetailsEvents>;
    'tarikh-source-view': ElementProps<TarikhSourceView, TarikhSourceViewProps, TarikhSourceViewEvents>;
  }
}
