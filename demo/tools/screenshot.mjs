// Takes screenshots of a running demo: `node demo/tools/screenshot.mjs http://localhost:8000/demo/ out-prefix`.
// Writes <prefix>-en.png and <prefix>-ar.png at desktop size and <prefix>-en-375.png, <prefix>-ar-375.png.
import { chromium } from 'playwright-core';
import { chromeArgs, requireChrome } from '../../test/tools/find-chrome.mjs';

const [url = 'http://localhost:8000/demo/', prefix = 'screenshot'] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: requireChrome(), args: chromeArgs });
try {
  for (const [suffix, viewport] of [
    ['', { width: 1280, height: 800 }],
    ['-375', { width: 375, height: 812 }],
  ]) {
    for (const lang of ['en', 'ar']) {
      const page = await browser.newPage({ viewport });
      page.on('console', (m) => m.type() === 'error' && console.error(`[${lang}] console: ${m.text()}`));
      await page.goto(`${url}#lang=${lang}`);
      await page.click(`[data-lang="${lang}"]`).catch(() => {});
      await page.waitForFunction(() => {
        const el = document.querySelector('tarikh-timeline');
        return el?.shadowRoot?.querySelector('[part~="event"]');
      });
      await page.evaluate(() => document.fonts.ready);
      await page.waitForTimeout(600);
      await page.screenshot({ path: `${prefix}-${lang}${suffix}.png`, fullPage: true });
      await page.close();
    }
  }
} finally {
  await browser.close();
}
