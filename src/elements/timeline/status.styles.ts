import { css } from 'lit';

/** The loading, empty and error messages, and the collapsed problem list over partly bad data. */
export const statusStyles = css`
  .status {
    position: absolute;
    inset: 0;
    display: grid;
    place-content: center;
    gap: var(--_space);
    padding: calc(var(--_space) * 2);
    text-align: center;
    color: var(--_muted);
  }
  .error {
    position: absolute;
    inset-inline: var(--_space);
    top: var(--_space);
    max-height: calc(100% - 2 * var(--_space));
    overflow: auto;
    padding: var(--_space) calc(var(--_space) * 1.5);
    border: 1px solid var(--_error);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    text-align: start;
  }
  .error h2 {
    margin: 0 0 calc(var(--_space) / 2);
    font-size: 1em;
    color: var(--_error);
  }
  .error ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .error li {
    overflow-wrap: anywhere;
    unicode-bidi: isolate;
  }
  .error button {
    margin-top: var(--_space);
    font: inherit;
  }
  /* The collapsed problem list over partly bad data: one line at the start of the top bar, clear of the controls. */
  .error.partial {
    z-index: 2;
    /* Four toolbar buttons, their gaps and padding. */
    inset-inline-end: calc(var(--_space) * 2 + var(--_control-size) * 4 + 10px);
    padding-block: 4px;
  }
  .error.partial > summary {
    cursor: pointer;
    color: var(--_error);
    font-weight: 600;
    overflow-wrap: anywhere;
  }

  /* In the panel's place when its code could not be loaded (details-failed.ts). */
  .details-failed {
    box-sizing: border-box;
    padding: calc(var(--_space) * 1.5);
    color: var(--_text);
  }
  .details-failed h2 {
    margin: 0 0 calc(var(--_space) / 2);
    font-size: 1em;
    color: var(--_error);
  }
  .details-failed button {
    font: inherit;
    margin-inline-end: var(--_space);
  }
`;
