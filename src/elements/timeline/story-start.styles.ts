import { css } from 'lit';

/** The toolbar's "Start the story" (part `story-start`): an icon button like the others, its triangle filled. */
export const storyStartStyles = css`
  .controls .story-start svg {
    fill: currentColor;
    width: calc(var(--_icon-size) * 0.8);
    height: calc(var(--_icon-size) * 0.8);
  }
`;
