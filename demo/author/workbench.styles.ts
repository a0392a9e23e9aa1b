import { css } from 'lit';
import { sharedStyles } from '../../src/styles/shared.js';
import { tokens } from '../../src/styles/tokens.js';

/** The workbench's layout; colours and fonts are the demo's themes (demo/themes.css). Logical properties, so Arabic mirrors. */
export const workbenchStyles = [
  tokens,
  sharedStyles,
  css`
    :host {
      display: block;
      color: var(--page-text, CanvasText);
    }
    .workbench {
      display: grid;
      gap: 16px;
    }
    .columns {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 420px), 1fr));
      gap: 16px;
      align-items: start;
    }
    .column {
      display: grid;
      gap: 16px;
      min-width: 0;
    }
    section {
      background: var(--page-card, Canvas);
      border: 1px solid var(--page-border, GrayText);
      border-radius: 8px;
      padding: 12px 16px;
      min-width: 0;
    }
    section section {
      border-style: dashed;
    }
    h2,
    h3,
    h4 {
      margin-block: 0 8px;
      line-height: 1.3;
    }
    ol {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 12px;
    }
    .grid {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 180px), 1fr));
      gap: 8px 12px;
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px;
    }
    .field {
      display: grid;
      gap: 2px;
      align-content: start;
    }
    label {
      font-size: 0.875rem;
      color: var(--page-muted, CanvasText);
    }
    input:not([type='checkbox']),
    textarea,
    select {
      font: inherit;
      color: inherit;
      background: var(--page-bg, Canvas);
      border: 1px solid var(--page-border, GrayText);
      border-radius: 6px;
      padding: 4px 8px;
      min-height: 32px;
      width: 100%;
    }
    [aria-invalid='true'] {
      border-color: var(--tarikh-error, #b3261e);
    }
    button,
    .button {
      font: inherit;
      color: inherit;
      background: var(--page-bg, ButtonFace);
      border: 1px solid var(--page-border, ButtonText);
      border-radius: 6px;
      padding: 4px 12px;
      min-height: 32px;
      cursor: pointer;
      display: inline-flex;
      align-items: center;
    }
    button:disabled {
      cursor: not-allowed;
      opacity: 0.6;
    }
    .primary {
      background: var(--page-accent, Highlight);
      color: var(--page-on-accent, HighlightText);
      border-color: transparent;
    }
    button[aria-pressed='true'],
    button[aria-current='true'] {
      border-color: var(--page-accent, Highlight);
      box-shadow: inset 0 0 0 1px var(--page-accent, Highlight);
    }
    :focus-visible,
    .file:focus-within {
      outline: 2px solid var(--page-accent, Highlight);
      outline-offset: 2px;
    }
    .file {
      position: relative;
    }
    .file input {
      position: absolute;
      inset: 0;
      opacity: 0;
      width: 100%;
      cursor: pointer;
    }
    .muted {
      color: var(--page-muted, CanvasText);
      font-size: 0.875rem;
      margin: 0;
    }
    .problems {
      margin: 2px 0 0;
      padding-inline-start: 18px;
      color: var(--tarikh-error, #b3261e);
      font-size: 0.875rem;
    }
    .problems .warning {
      color: var(--tarikh-disputed, #9a5b00);
    }
    .drop {
      border: 2px dashed var(--page-border, GrayText);
      border-radius: 8px;
      padding: 12px;
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      align-items: center;
      margin-block-end: 8px;
    }
    .paste {
      margin-block-end: 12px;
    }
    .paste button {
      justify-self: start;
    }
    .source,
    .excerpt {
      border-block-start: 1px solid var(--page-border, GrayText);
      padding-block-start: 8px;
    }
    .source-name {
      margin: 0;
      font-size: 1rem;
    }
    .reader-box {
      max-height: 420px;
      overflow: auto;
      border: 1px solid var(--page-border, GrayText);
      border-radius: 6px;
      padding: 8px;
      margin-block: 8px;
    }
    .cite-bar {
      display: grid;
      gap: 6px;
    }
    .cite-bar button {
      justify-self: start;
    }
    .selection {
      margin: 0;
      max-height: 6em;
      overflow: auto;
    }
    blockquote {
      margin: 0;
      padding-inline-start: 10px;
      border-inline-start: 3px solid var(--page-accent, Highlight);
      font-family: var(--tarikh-quote-font-family-ar, inherit);
      line-height: 1.8;
    }
    blockquote[lang='en'] {
      font-family: inherit;
    }
    .asked,
    .notice {
      margin: 0;
      font-weight: 600;
    }
    .event-list {
      gap: 4px;
      margin-block: 8px;
    }
    .event-choice {
      width: 100%;
      justify-content: start;
      gap: 8px;
      text-align: start;
    }
    .error-count {
      margin-inline-start: auto;
      color: var(--tarikh-error, #b3261e);
      font-size: 0.875rem;
    }
    .event-form {
      display: grid;
      gap: 12px;
    }
    .remove {
      justify-self: start;
    }
    .preview tarikh-timeline {
      display: block;
      height: 380px;
    }
  `,
];
