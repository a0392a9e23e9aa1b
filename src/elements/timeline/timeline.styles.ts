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
  :host([hidden]) {
    display: none;
  }
  :host(:lang(ar)) {
    font-family: var(--_font-ar);
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
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
      box-shadow: 0 -8px 24px rgb(0 0 0 / 0.18);
    }
  }

  .plot {
    position: relative;
    flex: 1 1 auto;
    overflow: hidden;
    touch-action: none;
    cursor: grab;
    user-select: none;
    -webkit-user-select: none;
  }
  .plot:active {
    cursor: grabbing;
  }

  .event,
  .cluster {
    position: absolute;
    top: 0;
    left: 0;
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
    will-change: transform;
  }
  .event:focus-visible,
  .cluster:focus-visible {
    z-index: 1;
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
    border-radius: var(--_radius);
  }
  .dot {
    flex: none;
    width: var(--_node-size);
    height: var(--_node-size);
    border-radius: 50%;
    background: var(--_event-color, var(--_accent));
    border: 2px solid var(--_surface);
    box-shadow: 0 0 0 1px var(--_event-color, var(--_accent));
  }
  .range {
    position: absolute;
    inset-inline-start: calc(var(--_node-size) / 2);
    top: calc(50% - 2px);
    height: 4px;
    border-radius: 2px;
    background: var(--_event-color, var(--_accent));
    opacity: 0.35;
  }
  .label {
    position: relative;
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
    background: var(--_cluster-bg);
    color: var(--_text);
    font-variant-numeric: tabular-nums;
    font-weight: 600;
    min-width: 24px;
    padding-inline: 6px;
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
  .gridline {
    position: absolute;
    top: 0;
    bottom: 0;
    left: 0;
    border-left: 1px solid var(--_grid);
    pointer-events: none;
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
    width: 32px;
    height: 32px;
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
  .controls button:focus-visible,
  .plot:focus-visible,
  .brush:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: -2px;
  }
  .controls svg {
    width: 18px;
    height: 18px;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  .span {
    position: absolute;
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
    width: 14px;
    height: 14px;
    margin-inline-start: -4px;
    border-radius: 50%;
    background: var(--_disputed, #b26a00);
    color: var(--_surface);
    font-size: 10px;
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
    max-width: 260px;
    padding: 6px 8px;
    border-radius: var(--_radius);
    background: var(--_text);
    color: var(--_surface);
    font-size: 12px;
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
    touch-action: none;
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
`;
