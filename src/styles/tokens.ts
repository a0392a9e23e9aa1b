import { css, unsafeCSS } from 'lit';

/** A colour of the theme: the public property, the internal variable it resolves into, and both defaults. */
export interface ColorToken {
  /** Internal name, used in the styles as `var(--_<name>)`. */
  name: string;
  /** The public custom property a page sets. */
  property: string;
  light: string;
  dark: string;
  /** The system colour used when the reader's OS forces its own palette (Windows high contrast). */
  forced: string;
}

/** How many track colours the palette holds; tracks beyond it reuse them in order. */
export const TRACK_PALETTE_SIZE = 8;

/**
 * Light defaults meet WCAG 2.2 AA on `#ffffff`, dark ones on `#16181d`: text colours 4.5:1, node and
 * focus colours 3:1 (test/a11y/contrast.test.ts checks each pair with the same numbers).
 */
const base: ColorToken[] = [
  { name: 'surface', property: '--tarikh-surface', light: '#ffffff', dark: '#16181d', forced: 'Canvas' },
  { name: 'text', property: '--tarikh-text', light: '#1c1f24', dark: '#e8eaed', forced: 'CanvasText' },
  { name: 'muted', property: '--tarikh-muted', light: '#5b6470', dark: '#a4adba', forced: 'CanvasText' },
  { name: 'axis', property: '--tarikh-axis-color', light: '#7a8391', dark: '#7f8998', forced: 'CanvasText' },
  { name: 'grid', property: '--tarikh-grid-color', light: '#e3e7ec', dark: '#2c3139', forced: 'GrayText' },
  { name: 'accent', property: '--tarikh-accent', light: '#0b6bcb', dark: '#6cb4ff', forced: 'LinkText' },
  { name: 'selection', property: '--tarikh-selection', light: '#b3261e', dark: '#ff8f85', forced: 'Highlight' },
  { name: 'focus', property: '--tarikh-focus-ring', light: '#0b6bcb', dark: '#8cc8ff', forced: 'Highlight' },
  { name: 'error', property: '--tarikh-error', light: '#b3261e', dark: '#ff8f85', forced: 'CanvasText' },
  { name: 'disputed', property: '--tarikh-disputed', light: '#9a5b00', dark: '#f2b35b', forced: 'CanvasText' },
  {
    name: 'cluster-bg',
    property: '--tarikh-cluster-background',
    light: '#e8eef6',
    dark: '#262c36',
    forced: 'ButtonFace',
  },
  { name: 'cluster-text', property: '--tarikh-cluster-color', light: '#1c1f24', dark: '#e8eaed', forced: 'ButtonText' },
  {
    name: 'cluster-border',
    property: '--tarikh-cluster-border',
    light: '#6b7585',
    dark: '#8a94a3',
    forced: 'ButtonText',
  },
];

/** The track palette, in dataset order of the tracks: distinct hues, each 3:1 against its surface. */
const palette: [light: string, dark: string][] = [
  ['#0b6bcb', '#6cb4ff'],
  ['#b54708', '#ffa05c'],
  ['#107c41', '#5fd38d'],
  ['#8e44ad', '#c99bff'],
  ['#c2185b', '#ff7eb3'],
  ['#00838f', '#4dd0e1'],
  ['#6d4c41', '#c8a18f'],
  ['#4f5bb5', '#9fa8ff'],
];

export const colorTokens: readonly ColorToken[] = [
  ...base,
  ...palette.map(([light, dark], i) => ({
    name: `track-color-${i + 1}`,
    property: `--tarikh-track-color-${i + 1}`,
    light,
    dark,
    forced: 'ButtonText',
  })),
];

/** Looks a colour token up by its internal name. */
export function colorToken(name: string): ColorToken {
  const token = colorTokens.find((t) => t.name === name);
  if (!token) throw new Error(`no colour token ${name}`);
  return token;
}

const declarations = (scheme: 'light' | 'dark') =>
  unsafeCSS(colorTokens.map((t) => `--_${t.name}: var(${t.property}, ${t[scheme]});`).join('\n'));

// Forced colours win over the page's theme: the reader's system palette is what they can see.
const forced = unsafeCSS(colorTokens.map((t) => `--_${t.name}: ${t.forced};`).join('\n'));

/**
 * The theming surface: every colour, font, size and spacing the elements use, as `--tarikh-*`
 * custom properties on the host with their defaults. Internal `--_*` variables resolve them once;
 * the dark scheme changes only the defaults, so a property the page sets wins in both schemes.
 */
export const tokens = css`
  :host {
    ${declarations('light')}
    --_font: var(
      --tarikh-font-family,
      system-ui,
      -apple-system,
      'Segoe UI',
      Roboto,
      'Helvetica Neue',
      Arial,
      sans-serif
    );
    /* Sans faces first (labels are small); every major platform has one of these. */
    --_font-ar: var(
      --tarikh-font-family-ar,
      'Noto Sans Arabic Variable',
      'Noto Sans Arabic',
      'SF Arabic',
      'Segoe UI',
      'Geeza Pro',
      'Noto Naskh Arabic',
      Tahoma,
      'Arabic Typesetting',
      sans-serif
    );
    --_font-size: var(--tarikh-font-size, 13px);
    --_axis-font-size: var(--tarikh-axis-font-size, 12px);
    --_small-font-size: var(--tarikh-small-font-size, 12px);
    --_node-size: var(--tarikh-node-size, 12px);
    --_lane-height: var(--tarikh-lane-height, 28px);
    /* WCAG 2.2 target size (minimum): 24 × 24 CSS pixels. */
    --_target-size: var(--tarikh-target-size, 24px);
    --_control-size: var(--tarikh-control-size, 32px);
    --_icon-size: var(--tarikh-icon-size, 18px);
    --_radius: var(--tarikh-radius, 6px);
    --_space: var(--tarikh-spacing, 8px);
    --_focus-width: var(--tarikh-focus-ring-width, 2px);
    --_shadow: var(--tarikh-shadow, 0 -8px 24px rgb(0 0 0 / 0.18));
    --_duration: var(--tarikh-animation-duration, 450ms);
  }
  @media (prefers-color-scheme: dark) {
    :host {
      ${declarations('dark')}
      --_shadow: var(--tarikh-shadow, 0 -8px 24px rgb(0 0 0 / 0.55));
    }
  }
  @media (forced-colors: active) {
    :host {
      ${forced}
      --_shadow: none;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    :host {
      --_duration: 0ms;
    }
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }
`;
