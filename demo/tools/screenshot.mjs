// Screenshots of the demo in English and Arabic, at desktop size (1280×800) and phone size (375 px),
// each with an event selected so the details panel (or, on the phone, the bottom sheet) shows its
// sources.
//
//   node demo/tools/screenshot.mjs                       serves dist/demo itself (run `npm run build` first)
//   node demo/tools/screenshot.mjs http://localhost:8000/demo/   a running demo (`npm start`)
//
// Writes docs/screenshots/demo-{en,ar}-{desktop,375,grouped}.png (or to the folder given as a second argument).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromeArgs, requireChrome } from '../../test/tools/find-chrome.mjs';
import { serveStatic } from './static-server.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const [givenUrl, outDir = join(root, 'docs', 'screenshots')] = process.argv.slice(2);

/** The story's climax, a day of the Pyongyang visit, with the treaty's signing selected. */
const STORY = 'event=treaty-signed&from=2024-06-17T12:00:00Z&to=2024-06-21T00:00:00Z';

const server = givenUrl ? null : await serveStatic({ mounts: { '/demo/': join(root, 'dist', 'demo') } });
const url = givenUrl || `${server.origin}/demo/`;
mkdirSync(outDir, { recursive: true });

const browser = await chromium.launch({ executablePath: requireChrome(), args: chromeArgs });
try {
  // `grouped`: the desktop page with the events grouped by track (taller, for the seven bands).
  for (const [size, viewport, extra] of [
    ['desktop', { width: 1280, height: 800 }, ''],
    ['375', { width: 375, height: 812 }, ''],
    ['grouped', { width: 1280, height: 1000 }, '&group=1'],
  ]) {
    for (const lang of ['en', 'ar']) {
      const page = await browser.newPage({ viewport, colorScheme: 'light', deviceScaleFactor: 1 });
      page.on('console', (m) => m.type() === 'error' && console.error(`[${lang} ${size}] console: ${m.text()}`));
      await page.goto(`${url}#${STORY}&lang=${lang}${extra}`);
      await page.waitForFunction(() => {
        const root = document.querySelector('tarikh-timeline')?.shadowRoot;
        return root?.querySelector('[part~="event"]') && root.querySelector('tarikh-details');
      });
      await page.evaluate(() => document.fonts.ready);
      await page.waitForTimeout(800);
      const path = join(outDir, `demo-${lang}-${size}.png`);
      // The phone: the whole page, to show how header, chips and sections wrap. The desktop: one
      // screen from the filters down, the timeline whole with its panel (the header is in the phone's).
      if (size !== '375') {
        await page.evaluate(() => scrollTo(0, document.querySelector('.explore').offsetTop - 16));
        await page.waitForTimeout(200);
      }
      await page.screenshot({ path, fullPage: size === '375' });
      console.log(`wrote ${path}`);
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server?.close();
}
