import { css } from 'lit';

/** "Previous", "3 of 40", "Next" (see story-nav.ts): a bar kept in sight at the foot of the panel as it scrolls. */
export const storyNavStyles = css`
  .story-nav {
    position: sticky;
    /* The panel's padding: the bar sits on its very edge, with nothing scrolling beneath it. */
    bottom: calc(var(--_space) * -2);
    z-index: 1;
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto minmax(0, 1fr);
    align-items: center;
    gap: var(--_space);
    margin: calc(var(--_space) * 2.5) calc(var(--_space) * -2) calc(var(--_space) * -2);
    padding: var(--_space) calc(var(--_space) * 2);
    border-block-start: 1px solid var(--_line);
    background: var(--_surface);
  }
  .story-step {
    display: flex;
    flex-direction: column;
    gap: 0.1em;
    min-width: 0;
    min-height: 44px;
    padding: 0.3em 0.6em;
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    background: none;
    text-align: start;
  }
  .story-step.previous {
    grid-column: 1;
  }
  .story-step.next {
    grid-column: 3;
    align-items: flex-end;
    text-align: end;
  }
  .story-step:hover {
    border-color: var(--_accent);
  }
  .story-caption {
    color: var(--_accent);
    font-size: 0.85em;
    font-weight: 600;
  }
  .story-title {
    /* Two lines at most, a long word broken rather than running out of the panel. */
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    max-width: 100%;
    overflow: hidden;
    overflow-wrap: anywhere;
    font-size: 0.9em;
  }
  .story-position {
    grid-column: 2;
    color: var(--_muted);
    font-size: 0.85em;
    white-space: nowrap;
    text-align: center;
  }

  @media (forced-colors: active) {
    .story-step {
      border-color: ButtonText;
    }
  }
`;
