// The built workbench (dist/demo/author), as a reporter gets it from a static file server, driven in
// headless Chromium: linked from the demo, it loads only from its own host, then works with the
// network gone: an article pasted, an event written, a passage cited by selecting with the mouse, the dataset
// downloaded, and `tarikh check --strict` (dist/cli/tarikh.js) passes the downloaded file.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromeArgs, requireChrome } from '../tools/find-chrome.mjs';
import { serveStatic } from '../../demo/tools/static-server.mjs';
import { watchPage } from '../tools/page-problems.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = join(root, 'dist', 'cli', 'tarikh.js');
const TEST_OPTIONS = { timeout: 90_000 };
const ARTICLE = 'وَقَّعَ الرَّئِيسَانِ مُعَاهَدَةَ الشَّرَاكَةِ فِي بْيُونْغ يَانْغ.\nوقال الكرملين إن الزيارة تاريخية.';
const QUOTE = 'مُعَاهَدَةَ الشَّرَاكَةِ';

let server;
let browser;
let work;

before(async () => {
  assert.ok(existsSync(join(root, 'dist', 'demo', 'author', 'main.js')), 'dist/demo/author is missing: npm run build');
  server = await serveStatic({ mounts: { '/demo/': join(root, 'dist', 'demo') } });
  browser = await chromium.launch({ executablePath: requireChrome(), args: chromeArgs });
  work = mkdtempSync(join(tmpdir(), 'tarikh-workbench-'));
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

test('the demo links to the workbench, which loads from its own host alone', TEST_OPTIONS, async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = watchPage(page, server.origin, { allowAborted: true });
  await page.goto(`${server.origin}/demo/`);
  await page.click('#author-link');
  await page.waitForURL(`${server.origin}/demo/author/`);
  await page.locator('tarikh-workbench .add-pasted').waitFor();
  assert.equal(await page.locator('h1').textContent(), 'Build a story');
  await page.click('button[data-lang="ar"]');
  assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');
  assert.equal(await page.locator('tarikh-workbench .add-pasted').textContent(), 'أضف المقال الملصق');
  assert.deepEqual(problems, []);
  await context.close();
});

test(
  'offline, a story made in the workbench downloads as a dataset that tarikh check passes',
  TEST_OPTIONS,
  async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    const problems = watchPage(page, server.origin, { allowAborted: true });
    await page.goto(`${server.origin}/demo/author/`);
    await page.locator('tarikh-workbench .add-pasted').waitFor();
    await context.setOffline(true);

    const fill = (path, value) => page.locator(`tarikh-workbench [data-path="${path}"]`).fill(value);
    await page.locator('tarikh-workbench #paste-article').fill(ARTICLE);
    await page.click('tarikh-workbench .add-pasted');
    await fill('$.title.ar', 'المعاهدة');
    await fill('$.title.en', 'The treaty');
    await fill('$.sources[0].title.ar', 'توقيع المعاهدة');
    await fill('$.sources[0].title.en', 'The treaty is signed');
    await fill('$.sources[0].outlet.ar', 'وكالة');
    await fill('$.sources[0].outlet.en', 'Agency');
    await fill('$.sources[0].published', '2024-06-19');
    await fill('$.sources[0].url', 'https://example.com/treaty');
    await page.click('tarikh-workbench .new-event');
    await fill('$.events[0].date', '2024-06-19');
    await fill('$.events[0].title.ar', 'توقيع المعاهدة');
    await fill('$.events[0].title.en', 'The treaty is signed');
    // Drags the mouse across the quote as drawn: from just inside its right end (the Arabic line starts
    // there) to just inside its left end.
    const rect = await page.evaluate((quote) => {
      const reader = document.querySelector('tarikh-workbench').shadowRoot.querySelector('tarikh-source-view');
      const walker = document.createTreeWalker(reader.shadowRoot.querySelector('article'), NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.data.indexOf(quote);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + quote.length);
        const { left, right, top, bottom } = range.getBoundingClientRect();
        return { left, right, y: (top + bottom) / 2 };
      }
      throw new Error('quote not drawn');
    }, QUOTE);
    await page.mouse.move(rect.right - 1, rect.y);
    await page.mouse.down();
    await page.mouse.move(rect.left + 1, rect.y, { steps: 8 });
    await page.mouse.up();
    const selected = await page.evaluate(() => document.getSelection().toString());
    assert.equal(selected, QUOTE);
    await page.click('tarikh-workbench .cite:not([disabled])');
    // The English translation is asked for: its field has the focus.
    await page.keyboard.type('the partnership treaty');
    await page.locator('tarikh-workbench tarikh-timeline').waitFor();
    await page.waitForFunction(() =>
      document
        .querySelector('tarikh-workbench')
        .shadowRoot.querySelector('tarikh-timeline')
        .shadowRoot?.querySelector('[part~="event"]'),
    );

    const download = page.waitForEvent('download');
    await page.click('tarikh-workbench .export-dataset');
    const file = join(work, 'dataset.json');
    await (await download).saveAs(file);
    const dataset = JSON.parse(readFileSync(file, 'utf8'));
    const [excerpt] = dataset.events[0].excerpts;
    assert.equal(dataset.sources[0].text.slice(excerpt.start, excerpt.end), QUOTE);
    assert.deepEqual(excerpt.translation, { ar: QUOTE, en: 'the partnership treaty' });

    const check = spawnSync(process.execPath, [cli, 'check', '--strict', file], { encoding: 'utf8' });
    assert.equal(check.status, 0, check.stderr);
    assert.match(check.stdout, /valid/);
    assert.deepEqual(problems, []);

    // Back online, a reload finds the work as it was.
    await context.setOffline(false);
    await page.reload();
    await page.locator('tarikh-workbench .event-choice').waitFor();
    const restored = await page.evaluate(() => document.querySelector('tarikh-workbench').story);
    assert.equal(restored.events[0].excerpts[0].quote, QUOTE);
    assert.equal(
      await page.locator('tarikh-workbench [data-path="$.events[0].title.en"]').inputValue(),
      'The treaty is signed',
    );

    // A change not exported: closing the page asks first.
    await fill('$.events[0].title.en', 'The treaty is signed in Pyongyang');
    // The reader then leaves anyway (accept): the page closes before the context does. Dismissing the dialog and
    // closing the context while the dismissal was under way crashed Chromium once in CI (Node 22 pass, Dec 2026).
    const asked = new Promise((resolve) =>
      page.once('dialog', async (dialog) => {
        const type = dialog.type();
        await dialog.accept();
        resolve(type);
      }),
    );
    await page.close({ runBeforeUnload: true });
    assert.equal(await asked, 'beforeunload');
    if (!page.isClosed()) await page.waitForEvent('close');
    await context.close();
  },
);

/** A small dataset: one Arabic article, one event citing it, one dispute. */
function smallDataset() {
  const text = ARTICLE;
  const at = text.indexOf(QUOTE);
  const excerpt = (start, quote, en) => ({
    source: 'afp',
    quote,
    start,
    end: start + quote.length,
    translation: { ar: quote, en },
  });
  return {
    title: { ar: 'المعاهدة', en: 'The treaty' },
    tracks: [{ id: 'treaty', label: { ar: 'معاهدات', en: 'Treaties' } }],
    sources: [
      {
        id: 'afp',
        title: { ar: 'توقيع المعاهدة', en: 'The treaty is signed' },
        outlet: { ar: 'وكالة', en: 'Agency' },
        published: '2024-06-19',
        lang: 'ar',
        url: 'https://example.com/treaty',
        text,
      },
    ],
    events: [
      {
        id: 'treaty-signed',
        date: '2024-06-19',
        precision: 'day',
        track: 'treaty',
        title: { ar: 'توقيع المعاهدة', en: 'The treaty is signed' },
        excerpts: [excerpt(at, QUOTE, 'the partnership treaty')],
        disputes: [
          {
            note: { ar: 'أين وُقّعت', en: 'Where it was signed' },
            excerpts: [excerpt(text.indexOf('بْيُونْغ'), 'بْيُونْغ يَانْغ', 'Pyongyang')],
          },
        ],
      },
    ],
  };
}

test(
  'axe finds no violations on the built workbench, in both languages and both colour schemes',
  TEST_OPTIONS,
  async () => {
    for (const colorScheme of ['light', 'dark']) {
      const context = await browser.newContext({ colorScheme, viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${server.origin}/demo/author/`);
      await page.locator('tarikh-workbench .add-pasted').waitFor();
      await page.locator('tarikh-workbench .import-files').setInputFiles({
        name: 'dataset.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(smallDataset())),
      });
      await page.locator('tarikh-workbench .dispute').waitFor();
      await page.addScriptTag({ path: join(root, 'node_modules', 'axe-core', 'axe.min.js') });
      for (const lang of ['en', 'ar']) {
        await page.click(`button[data-lang="${lang}"]`);
        await page.waitForFunction(() =>
          document
            .querySelector('tarikh-workbench')
            .shadowRoot.querySelector('tarikh-timeline')
            .shadowRoot?.querySelector('[part~="event"]'),
        );
        await page.evaluate(() => document.fonts.ready);
        const violations = await page.evaluate(async () =>
          // eslint-disable-next-line no-undef
          (await axe.run(document, { resultTypes: ['violations'] })).violations.map(
            (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
          ),
        );
        assert.deepEqual(violations, [], `${lang}, ${colorScheme}`);
      }
      await context.close();
    }
  },
);
