import { css } from 'lit';

/** The toolbar, and the focus rings it shares with the plot and the brush. */
export const controlsStyles = css`
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
`;
