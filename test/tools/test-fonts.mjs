// The faces every browser test page loads, and the font stacks it names: npm packages only, each
// renamed to a family no machine has installed, so no test ever measures a system font (a
// contributor's fonts-noto-core, or a Mac's Helvetica, would change label widths and so layouts).
// DejaVu Sans is the face a bare Debian container gives `system-ui`, which the suite was tuned in;
// it draws Latin, Arabic, arrows and the triangles the UI uses. Not Inter, the demo's face: its
// kerning makes Chromium lay out a very long word in time quadratic in its length (a 4,000-letter
// word: 0.4-1.4 s a layout against 10-20 ms), which the hostile-content tests hit.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The test families and the package each comes from. */
export const TEST_FONTS = [
  { family: 'Tarikh Test Sans', pkg: '@fontsource/dejavu-sans' },
  { family: 'Tarikh Test Arabic', pkg: '@fontsource-variable/noto-sans-arabic' },
];

/** The stacks the test pages give `--tarikh-font-family` and `--tarikh-font-family-ar`. */
export const TEST_STACKS = {
  en: "'Tarikh Test Sans'",
  ar: "'Tarikh Test Arabic', 'Tarikh Test Sans'",
};

/** A package's @font-face rules with their family renamed and their files served from node_modules. */
export function renameFaces(css, family, pkg) {
  return css
    .replace(/font-family:\s*(['"])[^'"]*\1/g, `font-family: '${family}'`)
    .replace(/url\(\.\/files\//g, `url(/node_modules/${pkg}/files/`);
}

/** The test pages' stylesheet: every test family's faces, all its subsets. */
export function testFontCss(root) {
  return TEST_FONTS.map(({ family, pkg }) =>
    renameFaces(readFileSync(join(root, 'node_modules', pkg, 'index.css'), 'utf8'), family, pkg),
  ).join('\n');
}
