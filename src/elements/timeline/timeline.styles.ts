import { css } from 'lit';

/** The host and its layout: the frame, the details panel beside it (or as a bottom sheet), the plot. */
export const timelineStyles = css`
  :host {
    display: block;
    position: relative;
    height: var(--tarikh-height, 26rem);
    min-height: 12rem;
    color: var(--_text);
    background: var(--_surface);
    font-family: var(--_font);
    font-size: var(--_font-size);
    contain: content;
    box-sizing: border-box;
  }
  :host(:lang(ar)) {
    font-family: var(--_font-ar);
  }

  .layout {
    position: absolute;
    inset: 0;
    display: flex;
    container-type: inline-size;
  }
  .frame {
    position: relative;
    flex: 1 1 auto;
    min-width: 0;
    display: flex;
    flex-direction: column;
  }
  .panel {
    flex: none;
    width: var(--tarikh-panel-width, min(26rem, 45%));
    height: 100%;
    border-inline-start: 1px solid var(--_grid);
    background: var(--_surface);
  }
  /* Narrow hosts (phones): the panel becomes a bottom sheet over the lower part of the timeline. */
  @container (max-width: 600px) {
    .panel {
      position: absolute;
      inset-inline: 0;
      bottom: 0;
      z-index: 3;
      width: auto;
      height: var(--tarikh-sheet-height, 62%);
      border-inline-start: 0;
      border-top: 1px solid var(--_grid);
      border-radius: calc(var(--_radius) * 2) calc(var(--_radius) * 2) 0 0;
      box-shadow: var(--_shadow);
    }
  }

  .plot {
    position: relative;
    flex: 1 1 auto;
    overflow: hidden;
    /* Nothing inside affects layout outside: a zoom frame restyles only this box. */
    contain: strict;
    /* Up and down scroll the page (a reader scrolling an article is not caught by the timeline);
       sideways and two-finger gestures are the timeline's, in script (touch-gestures.ts). Page
       pinch-zoom is not allowed here, so that a pinch reaches the script. */
    touch-action: pan-y;
    cursor: grab;
    user-select: none;
    -webkit-user-select: none;
  }
  .plot:active {
    cursor: grabbing;
  }
`;

/** Forced palettes: composed after every part's styles, which it overrides. */
export const forcedColorStyles = css`
  /* Windows high contrast and other forced palettes: nodes keep a shape, focus keeps a ring. */
  @media (forced-colors: active) {
    .dot,
    .list-dot {
      forced-color-adjust: none;
      background: ButtonText;
      border-color: Canvas;
      box-shadow: none;
    }
    .event[aria-pressed='true'] .dot {
      background: Highlight;
      outline: 2px solid Highlight;
    }
    .event.context .dot {
      background: Canvas;
      outline: 1px solid ButtonText;
    }
    .cluster,
    .controls,
    .cluster-list {
      border: 1px solid ButtonText;
    }
    /* Chromium paints a Canvas backplate behind forced-colour text, so text in Canvas on a filled
       mark is not drawn at all: a filled mark keeps its pair of system colours without backplate,
       and any other text is CanvasText on Canvas. */
    .badge {
      forced-color-adjust: none;
      background: CanvasText;
      color: Canvas;
    }
    .tooltip {
      border: 1px solid CanvasText;
      background: Canvas;
      color: CanvasText;
    }
    .event:focus-visible,
    .cluster:focus-visible,
    .controls button:focus-visible,
    .plot:focus-visible,
    .brush:focus-visible,
    .list-event:focus-visible,
    .cluster-option:focus-visible {
      outline: 3px solid Highlight;
      outline-offset: 2px;
    }
    .list-event[aria-current='true'],
    .cluster-option[aria-selected='true'],
    .controls button[aria-pressed='true'] {
      outline: 2px solid Highlight;
    }
  }
`;
