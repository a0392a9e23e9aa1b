import { css } from 'lit';

export const detailsStyles = css`
  :host {
    --_font-quote-ar: var(--tarikh-quote-font-family-ar, var(--_font-ar));
    --_quote-line-height: var(--tarikh-quote-line-height, 1.9);
    --_dispute: var(--tarikh-dispute-color, var(--_disputed));
    --_line: color-mix(in srgb, var(--_muted) 28%, transparent);
    display: flex;
    flex-direction: column;
    min-height: 0;
    overflow: hidden;
    color: var(--_text);
    background: var(--_surface);
    font-family: var(--_font);
    font-size: var(--tarikh-details-font-size, 14px);
    line-height: 1.5;
    box-sizing: border-box;
  }
  bdi,
  blockquote,
  dd,
  .note,
  .summary {
    unicode-bidi: isolate;
  }

  .panel {
    flex: 1 1 auto;
    min-height: 0;
    overflow-y: auto;
    overscroll-behavior: contain;
    padding: calc(var(--_space) * 2);
    overflow-wrap: anywhere;
  }
  .panel.reader {
    display: flex;
    flex-direction: column;
    overflow: hidden;
    padding: 0;
  }
  .panel.reader tarikh-source-view {
    flex: 1 1 auto;
    min-height: 0;
  }

  .head {
    display: flex;
    align-items: flex-start;
    gap: var(--_space);
  }
  h2 {
    flex: 1 1 auto;
    margin: 0;
    font-size: 1.3em;
    line-height: 1.35;
  }
  h2:focus {
    outline: none;
  }
  h2:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
    border-radius: 2px;
  }
  h3 {
    margin: calc(var(--_space) * 2.5) 0 var(--_space);
    font-size: 0.85em;
    font-weight: 600;
    letter-spacing: 0.02em;
    color: var(--_muted);
  }
  h3:lang(ar) {
    letter-spacing: 0;
    font-size: 0.95em;
  }

  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
  }
  button:focus-visible,
  a:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .close {
    flex: none;
    display: grid;
    place-items: center;
    width: var(--_control-size);
    height: var(--_control-size);
    margin-inline-start: auto;
    padding: 0;
    border: 1px solid transparent;
    border-radius: var(--_radius);
    background: none;
    font-size: 1.4em;
    line-height: 1;
    color: var(--_muted);
  }
  .close:hover {
    color: var(--_text);
    border-color: var(--_line);
  }

  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2) calc(var(--_space) * 2);
    margin: var(--_space) 0 0;
    color: var(--_muted);
  }
  .facts div {
    display: flex;
    gap: 0.4em;
    min-width: 0;
  }
  .facts dt {
    flex: none;
    white-space: nowrap;
  }
  .facts dt::after {
    content: ':';
  }
  .facts dd {
    margin: 0;
    color: var(--_text);
  }
  .summary {
    margin: calc(var(--_space) * 1.5) 0 0;
  }
  .empty {
    flex: 1 1 auto;
    margin: 0;
    color: var(--_muted);
  }

  ul[role='list'] {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .cards {
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }

  .card {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
    height: 100%;
    padding: calc(var(--_space) * 1.5);
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .quote {
    margin: 0;
    padding-inline-start: calc(var(--_space) * 1.25);
    border-inline-start: 3px solid var(--_accent);
    font-size: 1.08em;
    line-height: var(--_quote-line-height);
  }
  .quote[lang='ar'] {
    font-family: var(--_font-quote-ar);
  }
  .translation {
    color: var(--_muted);
  }
  .translation[hidden] {
    display: none;
  }
  .translation p {
    margin: 0;
    unicode-bidi: isolate;
    color: var(--_text);
  }
  .translation p[lang='ar'] {
    line-height: var(--_quote-line-height);
  }
  .caption {
    display: block;
    font-size: 0.8em;
  }
  .toggle,
  .read {
    align-self: flex-start;
    padding: 0.2em 0.7em;
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    background: none;
    color: var(--_accent);
  }
  .toggle::after {
    content: '▾';
    display: inline-block;
    margin-inline-start: 0.4em;
  }
  .toggle[aria-expanded='true']::after {
    transform: rotate(180deg);
  }
  .toggle:hover,
  .read:hover {
    background: color-mix(in srgb, var(--_accent) 8%, transparent);
  }
  .cite {
    margin: 0;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .sep {
    margin-inline: 0.4em;
  }
  a {
    color: var(--_accent);
  }
  .missing {
    color: var(--_error);
  }

  .badge {
    display: inline-block;
    padding: 0.05em 0.6em;
    border-radius: 999px;
    font-size: 0.85em;
    font-weight: 600;
    letter-spacing: 0;
  }
  .unverified {
    margin: 0;
    color: var(--_error);
    font-size: 0.9em;
  }
  .unverified-badge {
    border: 1px solid currentColor;
  }
  .dispute-badge {
    color: var(--_surface);
    background: var(--_dispute);
  }
  /* Chromium paints a Canvas backplate behind forced-colour text, which would hide text in Canvas
     on the filled badge: it keeps its pair of system colours, without backplate. */
  @media (forced-colors: active) {
    .dispute-badge {
      forced-color-adjust: none;
      background: CanvasText;
      color: Canvas;
    }
  }

  .disputes {
    margin-block-start: calc(var(--_space) * 2);
    padding: calc(var(--_space) * 1.5);
    border: 1px solid color-mix(in srgb, var(--_dispute) 45%, transparent);
    border-radius: var(--_radius);
    background: color-mix(in srgb, var(--_dispute) 6%, transparent);
  }
  .disputes h3 {
    margin-block-start: 0;
  }
  .dispute + .dispute {
    margin-block-start: calc(var(--_space) * 2);
  }
  .note {
    margin: 0 0 var(--_space);
  }
  /* How many sources the excerpts rest on, and how many are independent. */
  .independence {
    margin: 0 0 var(--_space);
    color: var(--_muted);
    font-size: 0.9em;
    unicode-bidi: isolate;
  }
  /* Side by side when each account gets 15rem; stacked on a phone. */
  .accounts {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 15rem), 1fr));
    gap: var(--_space);
  }
  .accounts .card {
    border-color: color-mix(in srgb, var(--_dispute) 35%, transparent);
  }

  .all-sources {
    margin: calc(var(--_space) * 2.5) 0 0;
  }
  .sources-button {
    padding: 0.3em 0.8em;
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    background: none;
    color: var(--_accent);
  }

  .bar {
    flex: none;
    display: flex;
    align-items: center;
    gap: var(--_space);
    padding: var(--_space) calc(var(--_space) * 2);
    border-block-end: 1px solid var(--_line);
    background: var(--_surface);
  }
  .back {
    padding: 0.3em 0.6em;
    border: 1px solid transparent;
    border-radius: var(--_radius);
    background: none;
    color: var(--_accent);
  }
  .back:hover {
    border-color: var(--_line);
  }
  .panel:not(.reader) .bar {
    margin: calc(var(--_space) * -2) calc(var(--_space) * -2) calc(var(--_space) * 2);
  }

  .sources h2 {
    margin-block-end: var(--_space);
  }
  .source-list {
    display: grid;
    gap: var(--_space);
  }
  .source-item {
    display: flex;
    flex-direction: column;
    gap: 0.2em;
    width: 100%;
    padding: var(--_space) calc(var(--_space) * 1.5);
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    background: none;
    text-align: start;
  }
  .source-item:hover {
    border-color: var(--_accent);
  }
  .source-title {
    font-weight: 600;
    unicode-bidi: isolate;
  }
  .source-title[lang='ar'] {
    font-family: var(--_font-quote-ar);
    line-height: 1.7;
  }
  .source-headline,
  .source-meta {
    color: var(--_muted);
    font-size: 0.9em;
  }

  @media (prefers-reduced-motion: no-preference) {
    .toggle::after {
      transition: transform 150ms;
    }
  }
`;
