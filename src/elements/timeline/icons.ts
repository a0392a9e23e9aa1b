import { svg } from 'lit';

/** Small stroke icons for the controls; they inherit the button's colour. */
export const icons = {
  zoomIn: svg`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M12 5v14M5 12h14"/></svg>`,
  zoomOut: svg`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M5 12h14"/></svg>`,
  /** "Start the story": a triangle pointing the way time runs, rightwards in English… */
  story: svg`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M8 5l11 7-11 7z"/></svg>`,
  /** …and leftwards in Arabic. */
  storyRtl: svg`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M16 5L5 12l11 7z"/></svg>`,
  fit: svg`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M4 9V4h5M20 9V4h-5M4 15v5h5M20 15v5h-5"/></svg>`,
};

/** The list view toggle: a bulleted list. */
export const listIcon = svg`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M9 6h11M9 12h11M9 18h11M4 6h.01M4 12h.01M4 18h.01"/></svg>`;
