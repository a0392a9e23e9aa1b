// The bundled build (dist/tarikh.bundled.js) in a blank page, in headless Chromium. The build leaves parts of
// its dependencies out (date-fns's locales, d3-interpolate; rollup.config.ts), so this checks that what a reader does
// still works there and not only against the sources: wheel, drag, double-click and animated zoomTo, dates
// in both languages (the build keeps only the month and era names of date-fns's locales), and the details
// panel, whose code is a second file loaded on the first selection.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromeArgs, requireChrome } from '../tools/find-chrome.mjs';
import { serveStatic } from '../../demo/tools/static-server.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const TEST_OPTIONS = { timeout: 60_000 };
const DAY = 86_400_000;

/** Forty daily events in September and October 2023. */
const dataset = {
  title: { ar: 'اختبار', en: 'Test' },
  sources: [{ id: 's', title: { ar: 'م', en: 'S' }, outlet: { ar: 'و', en: 'O' }, lang: 'en', text: 'quote' }],
  events: Array.from({ length: 40 }, (_, i) => ({
    id: `e${i}`,
    date: new Date(Date.UTC(2023, 8, 1) + i * DAY).toISOString().slice(0, 10),
    title: { ar: `حدث ${i}`, en: `Event ${i}` },
    excerpts: [{ source: 's', quote: 'quote', start: 0, end: 5, translation: { ar: 'اقتباس', en: 'quote' } }],
  })),
};

let server;
let browser;

before(async () => {
  const page = (lang) => `<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><title>Bundled</title></head>
<body style="margin: 0">
<script type="module" src="/dist/tarikh.bundled.js"></script>
<tarikh-timeline lang="${lang}" src="/data.json" style="display: block; width: 1000px; height: 420px"></tarikh-timeline>
</body>
</html>`;
  server = await serveStatic({
    mounts: { '/dist/': join(root, 'dist') },
    pages: { '/en.html': page('en'), '/ar.html': page('ar') },
  });
  browser = await chromium.launch({ executablePath: requireChrome(), args: chromeArgs });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function open(lang, context = undefined) {
  context ??= await browser.newContext({ viewport: { width: 1100, height: 600 } });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('pageerror', (error) => problems.push(error.message));
  // serveStatic's pages are HTML, so the dataset is answered here.
  await page.route('**/data.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(dataset) }),
  );
  await page.goto(`${server.origin}/${lang}.html`);
  await page.waitForFunction(
    () => document.querySelector('tarikh-timeline')?.shadowRoot?.querySelectorAll('[part~="event"]').length > 5,
  );
  return { context, page, problems };
}

/** The visible window's span in days, and the plot's box. */
const state = (page) =>
  page.evaluate(() => {
    const el = document.querySelector('tarikh-timeline');
    const box = el.shadowRoot.querySelector('.plot').getBoundingClientRect();
    const { start, end } = el.visibleRange;
    return { start: +start, end: +end, days: (end - start) / 86_400_000, box: box.toJSON() };
  });

for (const lang of ['en', 'ar']) {
  test(`${lang}: the axis of the bundled build names the months in the page's language`, TEST_OPTIONS, async () => {
    const { context, page, problems } = await open(lang);
    const axis = await page.evaluate(
      () => document.querySelector('tarikh-timeline').shadowRoot.querySelector('[part~="axis"]').textContent,
    );
    assert.match(axis, lang === 'ar' ? /سبتمبر 2023/ : /September 2023/);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test(
    `${lang}: the first selection loads the details panel, shows the event and takes the focus there`,
    TEST_OPTIONS,
    async () => {
      const context = await browser.newContext({ viewport: { width: 1100, height: 600 } });
      // Idle time would load the panel before the click; this test wants the load the click starts.
      await context.addInitScript(() => delete window.requestIdleCallback);
      const requested = [];
      context.on('request', (request) => requested.push(new URL(request.url()).pathname));
      const { page, problems } = await open(lang, context);
      assert.ok(!requested.includes('/dist/tarikh.bundled.details.js'), 'the panel is not part of the first load');
      assert.equal(await page.evaluate(() => customElements.get('tarikh-details')), undefined);

      await page.evaluate(() =>
        document.querySelector('tarikh-timeline').shadowRoot.querySelector('[part~="event"][data-id="e3"]').focus(),
      );
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => {
        let active = document.activeElement;
        while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
        const panel = document.querySelector('tarikh-timeline').shadowRoot.querySelector('tarikh-details');
        return panel?.shadowRoot?.contains(active);
      });
      const text = await page.evaluate(
        () =>
          document.querySelector('tarikh-timeline').shadowRoot.querySelector('tarikh-details').shadowRoot.textContent,
      );
      assert.match(text, lang === 'ar' ? /حدث 3/ : /Event 3/);
      assert.match(text, lang === 'ar' ? /اقتباس/ : /quote/);
      assert.ok(requested.includes('/dist/tarikh.bundled.details.js'));
      assert.deepEqual(problems, []);
      await context.close();
    },
  );

  test(`${lang}: wheel, drag and double-click zoom and pan the bundled build`, TEST_OPTIONS, async () => {
    const { context, page, problems } = await open(lang);
    const first = await state(page);
    const { box } = first;
    const y = box.y + 40;

    await page.mouse.move(box.x + box.width / 2, y);
    await page.mouse.wheel(0, -300);
    await page.waitForFunction((days) => {
      const { start, end } = document.querySelector('tarikh-timeline').visibleRange;
      return (end - start) / 86_400_000 < days * 0.9;
    }, first.days);
    const zoomed = await state(page);

    await page.mouse.move(box.x + 400, y);
    await page.mouse.down();
    await page.mouse.move(box.x + 450, y);
    await page.mouse.move(box.x + 500, y);
    await page.mouse.up();
    const dragged = await state(page);
    assert.ok(Math.abs(dragged.days - zoomed.days) < 1e-6, 'dragging keeps the zoom');
    // Dragging right shows earlier dates in English and later ones in Arabic, where time runs right to left.
    assert.ok(lang === 'en' ? dragged.start < zoomed.start : dragged.start > zoomed.start, 'dragging pans');

    await page.mouse.dblclick(box.x + box.width / 2, y);
    await page.waitForFunction((days) => {
      const { start, end } = document.querySelector('tarikh-timeline').visibleRange;
      return Math.abs((end - start) / 86_400_000 - days / 2) < 1e-3;
    }, dragged.days);

    assert.deepEqual(problems, []);
    await context.close();
  });

  test(`${lang}: zoomTo animates through intermediate windows in the bundled build`, TEST_OPTIONS, async () => {
    const { context, page, problems } = await open(lang);
    const spans = await page.evaluate(async () => {
      const el = document.querySelector('tarikh-timeline');
      const seen = [];
      const settled = new Promise((resolve) => el.addEventListener('tarikh-range-change', resolve, { once: true }));
      el.zoomTo(new Date('2023-09-10'), new Date('2023-09-12'));
      const sample = () => {
        const { start, end } = el.visibleRange;
        seen.push((end - start) / 86_400_000);
      };
      const timer = setInterval(sample, 16);
      await settled;
      clearInterval(timer);
      sample();
      return seen;
    });
    const distinct = new Set(spans.map((d) => d.toFixed(3)));
    assert.ok(distinct.size > 3, `animated through ${distinct.size} windows`);
    assert.ok(Math.abs(spans.at(-1) - 2) < 0.05, `ends on the two days asked for (${spans.at(-1)})`);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test(
    `${lang}: a page that hosts the bundle without its details file says so in the panel, fires tarikh-error and can try again`,
    TEST_OPTIONS,
    async () => {
      const context = await browser.newContext({ viewport: { width: 1100, height: 600 } });
      await context.addInitScript(() => {
        delete window.requestIdleCallback;
        window.unhandled = [];
        window.addEventListener('unhandledrejection', (e) => window.unhandled.push(String(e.reason)));
        window.errors = [];
        document.addEventListener('tarikh-error', (e) => window.errors.push(e.detail));
      });
      // The file is missing from the host until the reader tries again.
      const missing = (route) => route.fulfill({ status: 404, body: 'not found' });
      await context.route('**/tarikh.bundled.details.js', missing);
      const { page } = await open(lang, context);
      const problems = [];
      page.on('pageerror', (error) => problems.push(error.message));

      await page.locator('tarikh-timeline [part~="event"][data-id="e3"]').click();
      const failed = page.locator('tarikh-timeline .details-failed');
      await failed.waitFor();
      const heading = lang === 'ar' ? 'تعذّر تحميل تفاصيل هذا الحدث' : 'The details of this event could not be loaded';
      assert.equal(await failed.getByRole('heading').textContent(), heading);
      assert.equal(await failed.getAttribute('lang'), lang);
      const errors = await page.evaluate(() => window.errors);
      assert.equal(errors.length, 1, 'tarikh-error fired once');
      assert.equal(errors[0].message, heading);
      assert.equal(errors[0].errors.length, 1);

      await context.unroute('**/tarikh.bundled.details.js', missing);
      await failed.getByRole('button', { name: lang === 'ar' ? 'أعد المحاولة' : 'Try again' }).click();
      const panel = page.locator('tarikh-timeline tarikh-details');
      await panel
        .getByText(lang === 'ar' ? 'حدث 3' : 'Event 3')
        .first()
        .waitFor();
      assert.equal(await failed.count(), 0);
      assert.deepEqual(await page.evaluate(() => window.unhandled), [], 'a rejection went unhandled');
      assert.deepEqual(problems, []);
      await context.close();
    },
  );
}
