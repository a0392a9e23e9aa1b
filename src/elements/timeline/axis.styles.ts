import { css } from 'lit';

/** The time axis: its ticks, tick labels and the context label of the upper tier. */
export const axisStyles = css`
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
`;
