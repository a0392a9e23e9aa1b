import { css } from 'lit';

/** The break marks of a folded axis: a gap in the axis line, two slanted strokes, the length under them. */
export const foldMarkStyles = css`
  .fold-mark {
    position: absolute;
    bottom: 0;
    height: var(--tarikh-axis-height, 44px);
    margin: 0;
    padding: 0;
    border: 0;
    background: var(--_surface);
    color: var(--_muted);
    font: inherit;
    font-size: var(--_axis-font-size);
    cursor: pointer;
    overflow: visible;
  }
  .fold-mark:focus-visible {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: -2px;
  }
  .fold-mark:hover .fold-length {
    color: var(--_text);
  }
  .fold-break {
    position: absolute;
    top: -7px;
    left: 50%;
    width: 12px;
    height: 14px;
    transform: translateX(-50%) skewX(-20deg);
    border-inline: 2px solid var(--_axis);
    background: var(--_surface);
  }
  .fold-length {
    position: absolute;
    top: 14px;
    left: 50%;
    transform: translateX(-50%);
    white-space: nowrap;
    font-style: italic;
  }
`;
