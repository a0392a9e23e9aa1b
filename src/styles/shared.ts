import { css } from 'lit';

/**
 * Rules every Tarikh element shares: `hidden` hides, borders count in sizes, text marked with a
 * language gets that language's font stack, and screen-reader-only text stays out of sight.
 */
export const sharedStyles = css`
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  [lang='ar'] {
    font-family: var(--_font-ar);
  }
  [lang='en'] {
    font-family: var(--_font);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
