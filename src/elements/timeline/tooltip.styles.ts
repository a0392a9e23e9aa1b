import { css } from 'lit';

/** The tooltip shown on hover or focus. */
export const tooltipStyles = css`
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
`;
