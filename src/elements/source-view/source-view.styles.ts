import { css } from 'lit';

export const sourceViewStyles = css`
  :host {
    --_mark-bg: var(--tarikh-mark-background, color-mix(in srgb, var(--_accent) 16%, transparent));
    --_mark-current-bg: var(--tarikh-mark-current-background, color-mix(in srgb, var(--_selection) 22%, transparent));
    --_font-quote-ar: var(--tarikh-quote-font-family-ar, var(--_font-ar));
    --_quote-line-height: var(--tarikh-quote-line-height, 1.9);
    display: block;
    overflow: auto;
    overscroll-behavior: contain;
    color: var(--_text);
    background: var(--_surface);
    font-family: var(--_font);
    box-sizing: border-box;
  }

  .root {
    padding: calc(var(--_space) * 2);
    overflow-wrap: anywhere;
    line-height: 1.5;
  }
  .head {
    margin-block-end: calc(var(--_space) * 2);
    padding-block-end: var(--_space);
    border-block-end: 1px solid color-mix(in srgb, var(--_muted) 30%, transparent);
  }
  .title {
    margin: 0;
    font-size: 1.2em;
    line-height: 1.4;
    unicode-bidi: isolate;
  }
  .title[lang='ar'] {
    font-family: var(--_font-quote-ar);
    line-height: 1.7;
  }
  .headline,
  .meta {
    margin: calc(var(--_space) / 2) 0 0;
    color: var(--_muted);
  }
  .sep {
    margin-inline: 0.4em;
  }
  a {
    color: var(--_accent);
  }
  a:focus-visible,
  mark[role='button']:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
    border-radius: 2px;
  }

  .text {
    unicode-bidi: isolate;
    line-height: var(--_quote-line-height);
    font-size: 1.05em;
  }
  .text[lang='ar'] {
    font-family: var(--_font-quote-ar);
  }
  .text p {
    margin: 0 0 calc(var(--_space) * 1.5);
  }

  mark {
    color: inherit;
    background: var(--_mark-bg);
    border-radius: 2px;
    padding-block: 0.1em;
    box-decoration-break: clone;
    -webkit-box-decoration-break: clone;
  }
  mark.overlap {
    background: color-mix(in srgb, var(--_accent) 28%, transparent);
  }
  mark[role='button'] {
    cursor: pointer;
    text-decoration: underline dotted color-mix(in srgb, var(--_accent) 60%, transparent);
    text-underline-offset: 0.3em;
  }
  mark[role='button']:hover {
    background: color-mix(in srgb, var(--_accent) 30%, transparent);
  }
  mark.current {
    background: var(--_mark-current-bg);
    box-shadow: 0 2px 0 var(--_selection);
    /* Scrolled to the middle, with room around it when it is near an edge. */
    scroll-margin-block: 3em;
  }
  /* An excerpt of another event inside the highlighted one stays reachable, drawn over it. */
  mark.current mark {
    background: color-mix(in srgb, var(--_accent) 22%, transparent);
  }

  .empty {
    color: var(--_muted);
    margin: 0;
  }
  @media (forced-colors: active) {
    mark {
      forced-color-adjust: none;
      background: Mark;
      color: MarkText;
    }
    mark.current {
      outline: 2px solid Highlight;
    }
  }
`;
