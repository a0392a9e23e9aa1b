import { css } from 'lit';

/** The hidden probes sized by the CSS the layout reads (see style-probe.ts). */
export const probeStyles = css`
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
`;
