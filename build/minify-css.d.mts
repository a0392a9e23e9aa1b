/** The raw parts of a `css` template minified, or null when it should be left as it is (see minify-css.mjs). */
export function minifyCssTemplate(quasis: string[]): string[] | null;
