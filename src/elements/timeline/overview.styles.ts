import { css } from 'lit';

/** The overview band under the axis: density bars, the brush and its handles. */
export const overviewStyles = css`
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
`;
