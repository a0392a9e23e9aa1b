import { css } from 'lit';

/** Event and cluster nodes: their slots, dots, ranges, labels, badges, and the track bands under them. */
export const nodeStyles = css`
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
`;
