import { css } from 'lit';

/**
 * The theming surface: every colour, font, size and spacing the timeline uses, as `--tarikh-*`
 * custom properties on the host with their defaults. Internal `--_*` variables resolve them once.
 */
export const tokens = css`
  :host {
    --_surface: var(--tarikh-surface, #ffffff);
    --_text: var(--tarikh-text, #1c1f24);
    --_muted: var(--tarikh-muted, #5b6470);
    --_axis: var(--tarikh-axis-color, #8a93a0);
    --_grid: var(--tarikh-grid-color, #e7eaee);
    --_accent: var(--tarikh-accent, #0b6bcb);
    --_selection: var(--tarikh-selection, #b3261e);
    --_focus: var(--tarikh-focus-ring, #0b6bcb);
    --_error: var(--tarikh-error, #b3261e);
    --_cluster-bg: var(--tarikh-cluster-background, #e8eef6);
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
    --_font-ar: var(
      --tarikh-font-family-ar,
      'Noto Sans Arabic Variable',
      'Noto Sans Arabic',
      'Noto Naskh Arabic',
      'Segoe UI',
      Tahoma,
      'Geeza Pro',
      'Arabic Typesetting',
      sans-serif
    );
    --_font-size: var(--tarikh-font-size, 13px);
    --_axis-font-size: var(--tarikh-axis-font-size, 12px);
    --_node-size: var(--tarikh-node-size, 12px);
    --_lane-height: var(--tarikh-lane-height, 28px);
    --_radius: var(--tarikh-radius, 6px);
    --_space: var(--tarikh-spacing, 8px);
    --_duration: var(--tarikh-animation-duration, 450ms);
  }
`;
