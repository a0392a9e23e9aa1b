import { css } from 'lit';

/** The toolbar's "Start the story" (part `story-start`): the one control there with its name written out. */
export const storyStartStyles = css`
  .controls .story-start {
    display: flex;
    gap: 0.35em;
    width: auto;
    padding-inline: 0.5em 0.7em;
    font: inherit;
    font-size: var(--_small-font-size, 12px);
    font-weight: 600;
    white-space: nowrap;
  }
  .controls .story-start svg {
    fill: currentColor;
    width: calc(var(--_icon-size) * 0.8);
    height: calc(var(--_icon-size) * 0.8);
  }
`;
