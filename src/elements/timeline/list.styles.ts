import { css } from 'lit';

/** The list view (which is also what prints). */
export const listStyles = css`
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
`;
