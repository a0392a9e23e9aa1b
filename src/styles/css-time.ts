/** What `--tarikh-animation-duration` defaults to, in milliseconds (tokens.ts says the same in CSS). */
export const DEFAULT_ANIMATION_MS = 450;

/**
 * Milliseconds of a CSS time as a custom property holds it (`450ms`, `0.3s`, `0s`): the text the page
 * wrote, as custom properties are not computed. Anything else (a negative time, `calc()`, a typo)
 * gives the default rather than an animation of an unintended length.
 */
export function cssTimeMs(value: string, fallback = DEFAULT_ANIMATION_MS): number {
  const match = /^\+?(\d+(?:\.\d*)?|\.\d+)(?:e([+-]?\d+))?(ms|s)$/i.exec(value.trim());
  if (!match) return fallback;
  const n = Number(match[1]) * 10 ** Number(match[2] ?? 0);
  const ms = match[3]!.toLowerCase() === 's' ? n * 1000 : n;
  return Number.isFinite(ms) ? ms : fallback;
}
