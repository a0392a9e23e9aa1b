// How many of the drawn titles are whole (not cut short) in the demo as a reader opens it, at
// 1280 × 800, in English and Arabic, with the axis folded (the bundled story's `view.fold`) and not
// (`fold-gaps="false"`); and whether any two labels overlap. Issue #25 asks for at least half whole.
//
//   npm run build && node demo/tools/fold-titles.mjs [--screenshots]
//
// With --screenshots, writes docs/screenshots/demo-{en,ar}-folded.png (the timeline, folded).
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromeArgs, requireChrome } from '../../test/tools/find-chrome.mjs';
import { serveStatic } from './static-server.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const screenshots = process.argv.includes('--screenshots');
const server = await serveStatic({ mounts: { '/demo/': join(root, 'dist', 'demo') } });
const browser = await chromium.launch({ executablePath: requireChrome(), args: chromeArgs });
const rows = [];
try {
  for (const lang of ['en', 'ar']) {
    for (const folded of [false, true]) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
      page.on('console', (m) => m.type() === 'error' && console.error(`[${lang}] console: ${m.text()}`));
      await page.goto(`${server.origin}/demo/#lang=${lang}`);
      await page.waitForFunction(() => document.querySelector('tarikh-timeline')?.shadowRoot?.querySelector('.event'));
      await page.evaluate(async (folded) => {
        await document.fonts.ready;
        const el = document.querySelector('tarikh-timeline');
        if (!folded) el.setAttribute('fold-gaps', 'false');
        await el.updateComplete;
      }, folded);
      await page.waitForTimeout(600);
      const counts = await page.evaluate(() => {
        const el = document.querySelector('tarikh-timeline');
        const labels = [...el.shadowRoot.querySelectorAll('.event .label')];
        const whole = labels.filter((l) => l.scrollWidth <= l.clientWidth + 0.5).length;
        const boxes = labels.map((l) => l.getBoundingClientRect());
        let overlaps = 0;
        for (let i = 0; i < boxes.length; i += 1)
          for (let j = i + 1; j < boxes.length; j += 1) {
            const [a, b] = [boxes[i], boxes[j]];
            if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5)
              overlaps += 1;
          }
        const marks = [...el.shadowRoot.querySelectorAll('.fold-mark')].map((m) => m.textContent.trim());
        return { drawn: labels.length, whole, overlaps, marks, width: el.getBoundingClientRect().width };
      });
      rows.push({ lang, folded, ...counts });
      if (screenshots && folded) {
        const path = join(root, 'docs', 'screenshots', `demo-${lang}-folded.png`);
        await page.locator('tarikh-timeline').screenshot({ path });
        console.log(`wrote ${path}`);
      }
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
for (const r of rows)
  console.log(
    `${r.lang} ${r.folded ? 'folded  ' : 'unfolded'}: ${r.whole} of ${r.drawn} titles whole, ${r.overlaps} overlaps` +
      `${r.marks.length ? `; marks: ${r.marks.join(', ')}` : ''} (timeline ${Math.round(r.width)} px)`,
  );
