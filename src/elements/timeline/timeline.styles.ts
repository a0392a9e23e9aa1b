import { css } from 'lit';

export const timelineStyles = css`
  :host {
    display: block;
    position: relative;
    height: var(--tarikh-height, 26rem);
    min-height: 12rem;
    color: var(--_text);
    background: var(--_surface);
    font-family: var(--_font);
    font-size: var(--_font-size);
    contain: content;
    box-sizing: border-box;
  }
  :host(:lang(ar)) {
    font-family: var(--_font-ar);
  }

  .layout {
    position: absolute;
    inset: 0;
    display: flex;
    container-type: inline-size;
  }
  .frame {
    position: relative;
    flex: 1 1 auto;
    min-width: 0;
    display: flex;
    flex-direction: column;
  }
  .panel {
    flex: none;
    width: var(--tarikh-panel-width, min(26rem, 45%));
    height: 100%;
    border-inline-start: 1px solid var(--_grid);
    background: var(--_surface);
  }
  /* Narrow hosts (phones): the panel becomes a bottom sheet over the lower part of the timeline. */
  @container (max-width: 600px) {
    .panel {
      position: absolute;
      inset-inline: 0;
      bottom: 0;
      z-index: 3;
      width: auto;
      height: var(--tarikh-sheet-height, 62%);
      border-inline-start: 0;
      border-top: 1px solid var(--_grid);
      border-radius: calc(var(--_radius) * 2) calc(var(--_radius) * 2) 0 0;
      box-shadow: var(--_shadow);
    }
  }

  .plot {
    position: relative;
    flex: 1 1 auto;
    overflow: hidden;
    /* Nothing inside affects layout outside: a zoom frame restyles only this box. */
    contain: strict;
    /* Up and down scroll the page (a reader scrolling an article is not caught by the timeline);
       sideways and two-finger gestures are the timeline's, in script (touch-gestures.ts). Page
       pinch-zoom is not allowed here, so that a pinch reaches the script. */
    touch-action: pan-y;
    cursor: grab;
    user-select: none;
    -webkit-user-select: none;
  }
  .plot:active {
    cursor: grabbing;
  }

  /* Events grouped by track (group-tracks): a band per track, under its nodes. */
  .track-band {
    position: absolute;
    top: 0;
    inset-inline: 0;
    border-top: 1px solid var(--_grid);
    pointer-events: none;
  }
  .track-label {
    position: absolute;
    top: 3px;
    inset-inline-start: var(--_space);
    max-width: 50%;
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
    unicode-bidi: isolate;
    color: var(--_muted);
    font-size: var(--_small-font-size);
    font-weight: 600;
  }
  .event,
  .cluster {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 0.75);
    height: var(--_lane-height);
    margin: 0;
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  /* Hidden boxes sized by the CSS the layout reads, watched for a theme changing it (style-probe.ts). */
  .probe {
    position: absolute;
    top: 0;
    left: 0;
    display: flex;
    align-items: flex-start;
    visibility: hidden;
    pointer-events: none;
  }
  .probe-text {
    font-size: var(--_font-size);
    white-space: nowrap;
  }
  .probe-node {
    flex: none;
    width: var(--_node-size);
    height: var(--_lane-height);
  }
  .probe-axis {
    flex: none;
    width: 1px;
    height: var(--tarikh-axis-height, 44px);
  }
  .probe-space {
    flex: none;
    width: var(--_space);
    height: 1px;
  }
  .probe-axis-text {
    font-size: var(--_axis-font-size);
    white-space: nowrap;
  }
  /* Each node sits in a box that only carries its position (see nodes-template.ts). */
  .slot {
    position: absolute;
    top: 0;
    left: 0;
  }
  /* Over its neighbours, for its focus ring. */
  .slot:focus-within {
    z-index: 1;
  }
  /* Spare nodes kept for reuse by the next events to come into view. */
  .slot[hidden],
  .event[hidden],
  .cluster[hidden] {
    display: none;
  }
  .event:focus-visible,
  .cluster:focus-visible {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 2px;
    border-radius: var(--_radius);
  }
  .dot {
    position: relative;
    flex: none;
    width: var(--_node-size);
    height: var(--_node-size);
    border-radius: 50%;
    background: var(--_event-color, var(--_accent));
    border: 2px solid var(--_surface);
    box-shadow: 0 0 0 1px var(--_event-color, var(--_accent));
  }
  /* A node without a label is still a 24 × 24 px target (WCAG 2.2, 2.5.8), centred on its dot. */
  .dot::after {
    content: '';
    position: absolute;
    inset: calc(50% - max(var(--_target-size), var(--_node-size)) / 2);
  }
  .range {
    position: absolute;
    z-index: -1;
    inset-inline-start: calc(var(--_node-size) / 2);
    top: calc(50% - 2px);
    height: 4px;
    border-radius: 2px;
    background: var(--_event-color, var(--_accent));
    opacity: 0.35;
  }
  .label {
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
    unicode-bidi: isolate;
    padding-inline: 2px;
    border-radius: 3px;
    background: color-mix(in srgb, var(--_surface) 80%, transparent);
  }
  .event[aria-pressed='true'] .dot {
    background: var(--_selection);
    box-shadow: 0 0 0 2px var(--_selection);
  }
  .event[aria-pressed='true'] .label {
    color: var(--_selection);
    font-weight: 600;
  }
  /* Near the end of the view the label may sit before its node (see drawFrame): the node keeps its place at the end of the box. */
  .event.label-before {
    flex-direction: row-reverse;
  }
  .event.label-before .span {
    inset-inline: auto 0;
  }
  .event.label-before .badge {
    margin-inline: 0 calc(var(--_node-size) / -3);
  }
  .event.context .dot {
    background: var(--_surface);
  }
  .event.context .label {
    color: var(--_muted);
  }

  .cluster {
    justify-content: center;
    height: calc(var(--_lane-height) - 4px);
    border-radius: 999px;
    border: 1px solid var(--_cluster-border);
    background: var(--_cluster-bg);
    color: var(--_cluster-text);
    font-variant-numeric: tabular-nums;
    font-weight: 600;
    height: max(var(--_target-size), calc(var(--_lane-height) - 4px));
    min-width: var(--_target-size);
    padding-inline: calc(var(--_space) * 0.75);
  }

  .axis {
    position: absolute;
    inset-inline: 0;
    bottom: 0;
    height: var(--tarikh-axis-height, 44px);
    border-top: 1px solid var(--_axis);
    color: var(--_muted);
    font-size: var(--_axis-font-size);
    pointer-events: none;
  }
  .tick {
    position: absolute;
    top: 0;
    left: 0;
    height: 6px;
    border-left: 1px solid var(--_axis);
  }
  .tick-label {
    position: absolute;
    top: 7px;
    left: 0;
    white-space: nowrap;
    transform: translateX(-50%);
    font-variant-numeric: tabular-nums;
  }
  .context-label {
    position: absolute;
    top: 24px;
    left: 0;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
    color: var(--_text);
    font-weight: 600;
  }
  .status {
    position: absolute;
    inset: 0;
    display: grid;
    place-content: center;
    gap: var(--_space);
    padding: calc(var(--_space) * 2);
    text-align: center;
    color: var(--_muted);
  }
  .error {
    position: absolute;
    inset-inline: var(--_space);
    top: var(--_space);
    max-height: calc(100% - 2 * var(--_space));
    overflow: auto;
    padding: var(--_space) calc(var(--_space) * 1.5);
    border: 1px solid var(--_error);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    text-align: start;
  }
  .error h2 {
    margin: 0 0 calc(var(--_space) / 2);
    font-size: 1em;
    color: var(--_error);
  }
  .error ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .error li {
    overflow-wrap: anywhere;
    unicode-bidi: isolate;
  }
  .error button {
    margin-top: var(--_space);
    font: inherit;
  }

  .controls {
    position: absolute;
    top: var(--_space);
    inset-inline-end: var(--_space);
    /* Over the list view (which leaves room for it), so the toggle that closes the list stays in reach. */
    z-index: 2;
    display: flex;
    gap: 2px;
    padding: 2px;
    border-radius: var(--_radius);
    background: color-mix(in srgb, var(--_surface) 90%, transparent);
    box-shadow: 0 0 0 1px var(--_grid);
  }
  .controls button {
    display: grid;
    place-items: center;
    width: var(--_control-size);
    height: var(--_control-size);
    padding: 0;
    border: 0;
    border-radius: calc(var(--_radius) - 2px);
    background: transparent;
    color: var(--_text);
    cursor: pointer;
  }
  .controls button:hover {
    background: var(--_cluster-bg);
  }
  .controls button[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_surface);
  }
  .controls button:focus-visible,
  .plot:focus-visible,
  .brush:focus-visible {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: calc(var(--_focus-width) * -1);
  }
  .controls button[aria-pressed='true']:focus-visible {
    outline-offset: 1px;
  }
  .controls svg {
    width: var(--_icon-size);
    height: var(--_icon-size);
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  .span {
    position: absolute;
    z-index: -1;
    inset-inline-start: 0;
    top: calc(50% - 5px);
    height: 10px;
    border-radius: 5px;
    background: var(--_event-color, var(--_accent));
    opacity: 0.12;
    pointer-events: none;
  }
  .badge {
    flex: none;
    display: grid;
    place-items: center;
    width: calc(var(--_node-size) + 2px);
    height: calc(var(--_node-size) + 2px);
    margin-inline-start: calc(var(--_node-size) / -3);
    border-radius: 50%;
    background: var(--_disputed);
    color: var(--_surface);
    font-size: calc(var(--_node-size) * 0.8);
    font-weight: 700;
    line-height: 1;
  }

  .tooltip {
    position: absolute;
    top: 0;
    left: 0;
    z-index: 2;
    display: grid;
    gap: 2px;
    /* TIP_WIDTH in timeline.ts: where the tooltip starts so that it stays inside the plot. */
    max-width: 260px;
    padding: 6px 8px;
    border-radius: var(--_radius);
    background: var(--_text);
    color: var(--_surface);
    font-size: var(--_small-font-size);
    pointer-events: none;
    overflow-wrap: anywhere;
    unicode-bidi: isolate;
  }

  .overview {
    position: relative;
    flex: none;
    height: var(--tarikh-overview-height, 36px);
    border-top: 1px solid var(--_grid);
    background: color-mix(in srgb, var(--_grid) 35%, var(--_surface));
    cursor: pointer;
    /* As on the plot: up and down scroll the page; the brush is dragged sideways. */
    touch-action: pan-y;
  }
  .density {
    position: absolute;
    inset: 4px 0 0;
    width: 100%;
    height: calc(100% - 4px);
    fill: var(--_axis);
    opacity: 0.6;
    pointer-events: none;
  }
  .brush {
    position: absolute;
    top: 0;
    left: 0;
    bottom: 0;
    border: 1px solid var(--_accent);
    border-radius: 3px;
    background: color-mix(in srgb, var(--_accent) 14%, transparent);
    cursor: grab;
  }
  .handle {
    position: absolute;
    top: 0;
    bottom: 0;
    width: 10px;
    cursor: ew-resize;
  }
  .handle:first-child {
    left: -5px;
  }
  .handle:last-child {
    right: -5px;
  }

  /* The list view: the same events, in time order, over the plot (which keeps its size and zoom). */
  .listing .plot,
  .listing .overview,
  .overview.pending {
    visibility: hidden;
  }
  .list-view {
    position: absolute;
    inset: 0;
    z-index: 1;
    overflow: auto;
    overscroll-behavior: contain;
    padding: calc(var(--_control-size) + var(--_space) * 2) calc(var(--_space) * 2) calc(var(--_space) * 2);
    background: var(--_surface);
  }
  .layout:not(.listing) .list-view {
    display: none;
  }
  .list-heading {
    margin: 0 0 var(--_space);
    font-size: 1.25em;
  }
  .event-list {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .list-item + .list-item {
    border-top: 1px solid var(--_grid);
  }
  .list-more {
    display: block;
    min-height: var(--_target-size);
    margin: var(--_space) auto 0;
    padding: calc(var(--_space) * 0.5) calc(var(--_space) * 1.5);
    border: 1px solid var(--_cluster-border);
    border-radius: 999px;
    background: var(--_surface);
    color: var(--_accent);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  .list-more:focus-visible {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 2px;
  }
  .list-more-note {
    display: none;
  }
  .list-event {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 var(--_space);
    width: 100%;
    min-height: var(--_target-size);
    padding: calc(var(--_space) * 0.75) var(--_space);
    border: 0;
    border-radius: var(--_radius);
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  .list-event:hover {
    background: var(--_cluster-bg);
  }
  .list-event:focus-visible,
  .cluster-option:focus-visible {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: calc(var(--_focus-width) * -1);
  }
  .list-event[aria-current='true'] {
    box-shadow: inset 3px 0 0 var(--_selection);
  }
  .list-event[aria-current='true'] .list-title {
    color: var(--_selection);
    font-weight: 600;
  }
  .list-dot {
    flex: none;
    align-self: center;
    width: calc(var(--_node-size) * 0.75);
    height: calc(var(--_node-size) * 0.75);
    border-radius: 50%;
    background: var(--_event-color, var(--_accent));
  }
  .list-date {
    flex: none;
    min-width: 9em;
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  .list-title {
    flex: 1 1 12em;
  }
  .list-track,
  .list-disputed {
    color: var(--_muted);
    font-size: var(--_small-font-size);
  }
  .list-disputed {
    color: var(--_disputed);
  }
  .event-list .context .list-title {
    color: var(--_muted);
  }
  /* Excerpts, disputes and sources are for print: on screen the details panel shows them. */
  .list-excerpts,
  .list-dispute,
  .list-sources {
    display: none;
  }
  .list-excerpts {
    margin: 0 0 var(--_space);
    padding-inline-start: calc(var(--_space) * 3);
    list-style: none;
  }
  .list-excerpts blockquote {
    margin: calc(var(--_space) / 2) 0 0;
    padding-inline-start: var(--_space);
    border-inline-start: 3px solid var(--_event-color, var(--_accent));
  }
  .list-translation,
  .list-cite,
  .list-note {
    margin: 0;
    color: var(--_muted);
  }
  .list-note {
    padding-inline-start: calc(var(--_space) * 3);
    color: var(--_disputed);
  }
  .list-url {
    display: block;
    overflow-wrap: anywhere;
    color: var(--_muted);
  }

  /* A cluster's events, over it. */
  .cluster-list {
    position: absolute;
    z-index: 3;
    display: grid;
    min-width: 12rem;
    max-width: 280px;
    max-height: calc(100% - var(--tarikh-axis-height, 44px) - var(--_lane-height) - var(--_space));
    overflow: auto;
    padding: calc(var(--_space) / 2);
    border: 1px solid var(--_cluster-border);
    border-radius: var(--_radius);
    background: var(--_surface);
    box-shadow: var(--_shadow);
    font-size: var(--_small-font-size);
    cursor: default;
  }
  .cluster-option {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 0.75);
    min-height: var(--_target-size);
    padding: 2px calc(var(--_space) * 0.75);
    border-radius: calc(var(--_radius) - 2px);
    cursor: pointer;
  }
  .cluster-option:hover {
    background: var(--_cluster-bg);
  }
  .cluster-option[aria-selected='true'] {
    color: var(--_selection);
    font-weight: 600;
  }
  .cluster-more {
    justify-content: center;
    margin-top: 2px;
    border-top: 1px solid var(--_grid);
    border-radius: 0;
    color: var(--_accent);
    font-weight: 600;
  }

  /* Windows high contrast and other forced palettes: nodes keep a shape, focus keeps a ring. */
  @media (forced-colors: active) {
    .dot,
    .list-dot {
      forced-color-adjust: none;
      background: ButtonText;
      border-color: Canvas;
      box-shadow: none;
    }
    .event[aria-pressed='true'] .dot {
      background: Highlight;
      outline: 2px solid Highlight;
    }
    .event.context .dot {
      background: Canvas;
      outline: 1px solid ButtonText;
    }
    .cluster,
    .controls,
    .cluster-list {
      border: 1px solid ButtonText;
    }
    /* Chromium paints a Canvas backplate behind forced-colour text, so text in Canvas on a filled
       mark is not drawn at all: a filled mark keeps its pair of system colours without backplate,
       and any other text is CanvasText on Canvas. */
    .badge {
      forced-color-adjust: none;
      background: CanvasText;
      color: Canvas;
    }
    .tooltip {
      border: 1px solid CanvasText;
      background: Canvas;
      color: CanvasText;
    }
    .event:focus-visible,
    .cluster:focus-visible,
    .controls button:focus-visible,
    .plot:focus-visible,
    .brush:focus-visible,
    .list-event:focus-visible,
    .cluster-option:focus-visible {
      outline: 3px solid Highlight;
      outline-offset: 2px;
    }
    .list-event[aria-current='true'],
    .cluster-option[aria-selected='true'],
    .controls button[aria-pressed='true'] {
      outline: 2px solid Highlight;
    }
  }

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
  /* The collapsed problem list over partly bad data: one line at the start of the top bar, clear of the controls. */
  .error.partial {
    z-index: 2;
    /* Four toolbar buttons, their gaps and padding. */
    inset-inline-end: calc(var(--_space) * 2 + var(--_control-size) * 4 + 10px);
    padding-block: 4px;
  }
  .error.partial > summary {
    cursor: pointer;
    color: var(--_error);
    font-weight: 600;
    overflow-wrap: anywhere;
  }
`;
