import type { Lang } from '../src/index.js';

/** Where the published package is served from: its `dist/` bundle and `data/` datasets. */
export const PACKAGE_URL = 'https://unpkg.com/tarikh';

/** The copy-paste snippet that puts this story on any page: the bundled module, then the element. */
export function embedSnippet(lang: Lang, base = PACKAGE_URL): string {
  return [
    `<script type="module" src="${base}/dist/tarikh.bundled.js"></script>`,
    `<tarikh-timeline src="${base}/data/vostochny-pyongyang.json" lang="${lang}"></tarikh-timeline>`,
  ].join('\n');
}
