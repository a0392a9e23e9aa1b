import { css } from 'lit';

/** The list of a cluster's events, over it. */
export const clusterListStyles = css`
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
`;
