// React 19 JSX types for Tarikh's elements. Opt in once, in any file the project type-checks:
//   import type {} from 'tarikh/react';
// React 19 sets each prop that is a property of the element as a property (so `data={story}` passes the object)
// and listens for `ontarikh-select` as the `tarikh-select` event.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
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

type ElementProps<E extends HTMLElement, Props, Events> = TemplateProps<
  DetailedHTMLProps<HTMLAttributes<E>, E>,
  Props,
  Events
>;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'tarikh-timeline': ElementProps<TarikhTimeline, TarikhTimelineProps, TarikhTimelineEvents>;
      'tarikh-details': ElementProps<TarikhDetails, TarikhDetailsProps, TarikhDetailsEvents>;
      'tarikh-source-view': ElementProps<TarikhSourceView, TarikhSourceViewProps, TarikhSourceViewEvents>;
    }
  }
}
