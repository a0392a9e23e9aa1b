import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromeArgs, requireChrome } from '../../test/tools/find-chrome.mjs';
import { serveStatic } from './static-server.mjs';
const root = '/work/wt/fold';
const server = await serveStatic({ mounts: { '/demo/': join(root, 'dist', 'demo') } });
const browser = await chromium.launch({ executablePath: requireChrome(), args: chromeArgs });
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
page.on('console', (m) => console.log('console:', m.text()));
await page.goto(`${server.origin}/demo/#lang=en`);
await page.waitForFunction(() => document.querySelector('tarikh-timeline')?.shadowRoot?.querySelector('.event'));
for (const wait of [0, 300, 1500]) {
  await page.waitForTimeout(wait);
  const out = await page.evaluate(() => {
    const el = document.querySelector('tarikh-timeline');
    const brush = el.shadowRoot.querySelector('.brush');
    return { start: el.start, end: el.end, vr: el.visibleRange, marks: [...el.shadowRoot.querySelectorAll('.fold-mark')].map((m) => m.getAttribute('style')), brush: brush?.getAttribute('style'), ticks: [...el.shadowRoot.querySelectorAll('.tick-label')].slice(0,6).map((t) => t.textContent) };
  });
  console.log(JSON.stringify(out));
}
await browser.close(); await server.close();
