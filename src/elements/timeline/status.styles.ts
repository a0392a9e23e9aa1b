import { css } from 'lit';

/**
 * The loading, empty and error messages, the collapsed problem list over partly bad data, and the lists'
 * place while their code loads.
 */
export const statusStyles = css`
  /* In the list view's or a cluster list's place while their code loads, or when it failed (lists-loading.ts). */
  .lists-pending {
    margin: 0;
    padding: var(--_space);
    color: var(--_muted);
  }
  .lists-pending-cluster {
    position: absolute;
    z-index: 3;
    max-width: 280px;
    border: 1px solid var(--_cluster-border);
    border-radius: var(--_radius);
    background: var(--_surface);
    font-size: var(--_small-font-size);
  }
  .lists-pending p {
    margin: 0 0 var(--_space);
  }
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
