/** The demo's themes: `auto` follows the system's light or dark preference. */
export const THEMES = ['auto', 'light', 'dark', 'newsroom'] as const;
export type Theme = (typeof THEMES)[number];

const KEY = 'tarikh-demo-theme';

/** The theme the reader chose last time on this device, else `auto`. */
export function storedTheme(): Theme {
  try {
    const value = localStorage.getItem(KEY);
    return THEMES.includes(value as Theme) ? (value as Theme) : 'auto';
  } catch {
    // Storage can be disabled (private modes, file: pages): the page still works, it just forgets.
    return 'auto';
  }
}

/**
 * Applies a theme as `data-theme` on <html>; themes.css does the rest with `--tarikh-*` custom
 * properties. `auto` removes the attribute so `prefers-color-scheme` decides.
 */
export function applyTheme(theme: Theme, remember: boolean) {
  const root = document.documentElement;
  if (theme === 'auto') root.removeAttribute('data-theme');
  else root.dataset.theme = theme;
  if (!remember) return;
  try {
    if (theme === 'auto') localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, theme);
  } catch {
    // See storedTheme.
  }
}
