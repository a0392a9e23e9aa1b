import { css } from 'lit';

/** Print: the list view with every excerpt and source, instead of the plot. */
export const printStyles = css`
  /* Print: the whole story as the list, with every excerpt and the sources, instead of a clipped plot. */
  @media print {
    :host {
      height: auto !important;
      min-height: 0;
      contain: none;
      background: none;
    }
    .layout,
    .frame,
    .list-view {
      position: static;
      display: block;
      overflow: visible;
    }
    .list-view,
    .layout:not(.listing) .list-view {
      display: block;
      padding: 0;
    }
    .plot,
    .overview,
    .controls,
    .panel,
    .status,
    .cluster-list,
    .live-region {
      display: none !important;
    }
    .list-excerpts,
    .list-dispute,
    .list-sources {
      display: block;
    }
    .list-item {
      break-inside: avoid-page;
    }
    .list-more {
      display: none;
    }
    .list-more-note {
      display: block;
      font-style: italic;
    }
    .list-event {
      padding-inline: 0;
      box-shadow: none;
    }
    .list-sources ol {
      padding-inline-start: 1.5em;
    }
  }
`;
