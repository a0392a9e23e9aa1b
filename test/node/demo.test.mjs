// The built demo (dist/demo), as a reader gets it from a static file server, driven in headless
// Chromium: it loads cleanly and only from its own host, the language switch, deep links, Back and
// Forward, the track chips, the search box, the themes, the phone layout, and the embed snippet
// pasted into a blank page.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromeArgs, requireChrome } from '../tools/find-chrome.mjs';
import { serveStatic } from '../../demo/tools/static-server.mjs';
import { watchPage } from '../tools/page-problems.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dataset = JSON.parse(readFileSync(join(root, 'data', 'vostochny-pyongyang.json'), 'utf8'));
const eventById = new Map(dataset.events.map((event) => [event.id, event]));
/** Where the embed snippet says the package lives; the test serves those files from this machine. */
const PACKAGE_URL = 'https://unpkg.com/tarikh/';
/** A window in which four context events are drawn on their own: two of 1948, 1950 and 1961. */
const EARLY_WINDOW = 'from=1946-01-01T00:00:00Z&to=1972-01-01T00:00:00Z';
const TEST_OPTIONS = { timeout: 90_000 };

let server;
let browser;

function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

before(async () => {
  // test/tools/ensure-build.mjs rebuilds for changes in src/; the demo's own sources are checked here.
  const built = join(root, 'dist', 'demo', 'main.js');
  const stale =
    !existsSync(built) ||
    !existsSync(join(root, 'dist', 'tarikh.bundled.js')) ||
    ['index.html', 'main.ts', 'demo.css', 'themes.css'].some(
      (file) => newest(join(root, 'demo', file)) > statSync(built).mtimeMs,
    ) ||
    readdirSync(join(root, 'demo')).some(
      (file) => file.endsWith('.ts') && newest(join(root, 'demo', file)) > statSync(built).mtimeMs,
    );
  if (stale) {
    console.log('demo.test: dist/demo is missing or older than demo/; running npm run build');
    execSync('npm run build', { cwd: root, stdio: 'inherit' });
  }
  server = await serveStatic({
    mounts: {
      '/demo/': join(root, 'dist', 'demo'),
      '/pkg/dist/': join(root, 'dist'),
      '/pkg/data/': join(root, 'data'),
    },
    pages: {},
  });
  browser = await chromium.launch({ executablePath: requireChrome(), args: chromeArgs });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens the built demo at a hash and waits until the timeline, its chips and the sources are drawn. */
async function openDemo(hash = '', contextOptions = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...contextOptions });
  const page = await context.newPage();
  const problems = watchPage(page, server.origin);
  await page.goto(`${server.origin}/demo/${hash}`);
  await page.waitForFunction(() => {
    const shadow = document.querySelector('tarikh-timeline')?.shadowRoot;
    return (
      shadow?.querySelector('[part~="event"]') &&
      document.querySelectorAll('#track-chips [data-track]').length > 0 &&
      document.querySelectorAll('#source-list li').length > 0
    );
  });
  await page.evaluate(() => document.fonts.ready);
  return { context, page, problems };
}

/** Ids of the events the timeline draws now. */
const drawnIds = (page) =>
  page.evaluate(() =>
    [...document.querySelector('tarikh-timeline').shadowRoot.querySelectorAll('[part~="event"]')].map(
      (node) => node.dataset.id,
    ),
  );

/** What the timeline shows: language, direction, selection, window, and the open panel's text. */
const timelineView = (page) =>
  page.evaluate(() => {
    const timeline = document.querySelector('tarikh-timeline');
    const layout = timeline.shadowRoot.querySelector('.layout');
    const details = timeline.shadowRoot.querySelector('tarikh-details');
    const { start, end } = timeline.visibleRange;
    return {
      lang: timeline.lang,
      direction: getComputedStyle(layout).direction,
      selected: timeline.selected,
      start: start.getTime(),
      end: end.getTime(),
      details: details ? details.shadowRoot.textContent : null,
    };
  });

/**
 * Waits until the details panel is drawn: its element is in the timeline from the selection on, but is
 * upgraded (and has a shadow root) only once the details file has loaded.
 */
const detailsShown = (page) =>
  page.waitForFunction(
    () =>
      document
        .querySelector('tarikh-timeline')
        .shadowRoot.querySelector('tarikh-details')
        ?.shadowRoot?.textContent.trim() ?? '',
  );

/** Waits until the window stops moving (a selection may pan, and the panel narrows the plot). */
async function settled(page) {
  let last = '';
  for (let i = 0; i < 40; i += 1) {
    const now = await page.evaluate(() => {
      const { start, end } = document.querySelector('tarikh-timeline').visibleRange;
      return `${start.getTime()}|${end.getTime()}`;
    });
    if (now === last) return;
    last = now;
    await page.waitForTimeout(250);
  }
  throw new Error('the window never settled');
}

const hashParams = (page) =>
  page.evaluate(() => Object.fromEntries(new URLSearchParams(location.hash.slice(1).replace(/\+/g, '%2B'))));

/** Waits for a condition on the page's hash (the demo writes it once zoom or typing settles). */
const waitForHash = (page, pattern) =>
  page.waitForFunction((source) => new RegExp(source).test(decodeURIComponent(location.hash)), pattern.source);

/** How many events cite each source, counted from the dataset the way the page says it. */
function citations() {
  const counts = new Map(dataset.sources.map((source) => [source.id, 0]));
  for (const event of dataset.events) {
    const cited = new Set(
      [...event.excerpts, ...(event.disputes ?? []).flatMap((dispute) => dispute.excerpts)].map((e) => e.source),
    );
    for (const id of cited) counts.set(id, counts.get(id) + 1);
  }
  return counts;
}

test(
  'the built demo loads with no console errors, no failed requests and nothing from another host',
  TEST_OPTIONS,
  async () => {
    const { context, page, problems } = await openDemo();
    await page.waitForLoadState('networkidle');
    assert.equal(await page.textContent('h1'), 'From Vostochny to Pyongyang');
    assert.match(await page.textContent('#intro'), /five Arabic news reports/);

    const chips = await page.$$eval('#track-chips [data-track]', (nodes) =>
      nodes.map((node) => [node.textContent, node.getAttribute('aria-pressed')]),
    );
    assert.deepEqual(
      chips,
      dataset.tracks.map((track) => [track.label.en, 'true']),
    );

    const sources = await page.$$eval('#source-list li', (nodes) => nodes.map((node) => node.textContent));
    assert.equal(sources.length, 5);
    const counts = citations();
    dataset.sources.forEach((source, i) => {
      assert.ok(sources[i].includes(source.title.en), `source ${i + 1} shows its headline`);
      assert.ok(sources[i].includes(source.outlet.en), `source ${i + 1} shows its outlet`);
      assert.ok(sources[i].includes(`Cited by ${counts.get(source.id)} events`), `source ${i + 1}: ${sources[i]}`);
    });
    assert.ok((await drawnIds(page)).length > 5);
    assert.deepEqual(problems, []);
    await context.close();
  },
);

test(
  'the language switch flips the page to right to left and keeps the selection and the window',
  TEST_OPTIONS,
  async () => {
    // A window where the selected event is drawn on its own in both languages: where it would fall into
    // a cluster, the element pans to show it, by design.
    const { context, page, problems } = await openDemo(`#lang=en&${EARLY_WINDOW}`);
    const id = 'korean-war';
    await page.locator(`tarikh-timeline [part~="event"][data-id="${id}"]`).click();
    await detailsShown(page);
    await waitForHash(page, new RegExp(`event=${id}`));
    await settled(page);
    const before = await timelineView(page);
    assert.equal(before.direction, 'ltr');
    assert.ok(before.details.includes(eventById.get(id).title.en));

    await page.click('[data-lang="ar"]');
    await page.waitForFunction(() => document.querySelector('tarikh-timeline').language === 'ar');
    await settled(page);
    const afterSwitch = await timelineView(page);
    assert.equal(await page.getAttribute('html', 'lang'), 'ar');
    assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
    assert.equal(await page.textContent('h1'), 'من فوستوشني إلى بيونغ يانغ');
    assert.equal(afterSwitch.direction, 'rtl');
    assert.equal(afterSwitch.selected, id);
    assert.ok(afterSwitch.details.includes(eventById.get(id).title.ar), 'the panel shows the event in Arabic');
    const span = before.end - before.start;
    assert.ok(Math.abs(afterSwitch.start - before.start) < span * 0.01, 'the window keeps its start');
    assert.ok(Math.abs(afterSwitch.end - before.end) < span * 0.01, 'the window keeps its end');
    const params = await hashParams(page);
    assert.equal(params.lang, 'ar');
    assert.equal(params.event, id);
    assert.deepEqual(problems, []);
    await context.close();
  },
);

test('switching language with nothing selected keeps the opening window', TEST_OPTIONS, async () => {
  const { context, page, problems } = await openDemo();
  await settled(page);
  const before = await timelineView(page);
  await page.click('[data-lang="ar"]');
  await page.waitForFunction(() => document.querySelector('tarikh-timeline').language === 'ar');
  await settled(page);
  const after = await timelineView(page);
  assert.equal(after.direction, 'rtl');
  const span = before.end - before.start;
  assert.ok(Math.abs(after.start - before.start) < span * 0.01, `starts at ${new Date(after.start).toISOString()}`);
  assert.ok(Math.abs(after.end - before.end) < span * 0.01, `ends at ${new Date(after.end).toISOString()}`);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a deep link restores the selection, language, window, hidden tracks and search', TEST_OPTIONS, async () => {
  const from = Date.parse('2024-06-17T12:00:00Z');
  const to = Date.parse('2024-06-21T00:00:00Z');
  const { context, page, problems } = await openDemo(
    '#event=treaty-signed&lang=ar&from=2024-06-17T12:00:00Z&to=2024-06-21T00:00:00Z&hide=media&q=treaty',
  );
  await detailsShown(page);
  const view = await timelineView(page);
  assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
  assert.equal(view.lang, 'ar');
  assert.equal(view.direction, 'rtl');
  assert.equal(view.selected, 'treaty-signed');
  assert.ok(view.details.includes(eventById.get('treaty-signed').title.ar));
  const tolerance = (to - from) * 0.01;
  assert.ok(Math.abs(view.start - from) < tolerance, `window starts at ${new Date(view.start).toISOString()}`);
  assert.ok(Math.abs(view.end - to) < tolerance, `window ends at ${new Date(view.end).toISOString()}`);

  assert.equal(await page.inputValue('#search'), 'treaty');
  assert.equal(await page.getAttribute('#track-chips [data-track="media"]', 'aria-pressed'), 'false');
  assert.equal(await page.getAttribute('#track-chips [data-track="treaty"]', 'aria-pressed'), 'true');
  const drawnTracks = await page.evaluate(() =>
    [...document.querySelector('tarikh-timeline').shadowRoot.querySelectorAll('[part~="event"]')].map(
      (node) => node.dataset.track,
    ),
  );
  assert.ok(drawnTracks.length > 0 && !drawnTracks.includes('media'), 'no event of the hidden track is drawn');

  const params = await hashParams(page);
  assert.equal(params.event, 'treaty-signed');
  assert.equal(params.lang, 'ar');
  assert.equal(params.hide, 'media');
  assert.equal(params.q, 'treaty');
  assert.deepEqual(problems, []);
  await context.close();
});

test('Back and Forward step through selections and languages', TEST_OPTIONS, async () => {
  const { context, page, problems } = await openDemo(`#lang=en&${EARLY_WINDOW}`);
  await page.locator('tarikh-timeline [data-id="korean-war"]').click();
  await waitForHash(page, /event=korean-war/);
  await page.click('[data-lang="ar"]');
  await waitForHash(page, /lang=ar/);

  const selectedAndLang = () =>
    page.evaluate(() => [document.querySelector('tarikh-timeline').selected, document.documentElement.lang]);
  const waitFor = (selected, lang) =>
    page.waitForFunction(
      ([s, l]) => document.querySelector('tarikh-timeline').selected === s && document.documentElement.lang === l,
      [selected, lang],
    );

  await page.goBack();
  await waitFor('korean-war', 'en');
  assert.deepEqual(await selectedAndLang(), ['korean-war', 'en']);
  await page.goBack();
  await waitFor(null, 'en');
  assert.equal(
    await page.evaluate(() => document.querySelector('tarikh-timeline').shadowRoot.querySelector('tarikh-details')),
    null,
    'the panel closes with the selection',
  );
  await page.goForward();
  await waitFor('korean-war', 'en');
  await page.goForward();
  await waitFor('korean-war', 'ar');
  assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
  assert.deepEqual(problems, []);
  await context.close();
});

test(
  'Next and Previous in the panel, by pointer and key, move the deep link, and Back returns',
  TEST_OPTIONS,
  async () => {
    const { context, page, problems } = await openDemo('#event=vostochny-summit&lang=ar');
    const next = page.locator('tarikh-timeline tarikh-details .story-step.next');
    const first = await next.getAttribute('data-id');
    assert.ok(first && first !== 'vostochny-summit');
    await next.click();
    await waitForHash(page, new RegExp(`event=${first}(&|$)`));
    // In Arabic the story runs leftwards: the left bracket key is "next"; focus stayed on the control.
    const second = await next.getAttribute('data-id');
    await page.keyboard.press('[');
    await waitForHash(page, new RegExp(`event=${second}(&|$)`));
    await page.goBack();
    await page.waitForFunction((id) => document.querySelector('tarikh-timeline').selected === id, first);
    assert.deepEqual(problems, []);
    await context.close();
  },
);

test('a track chip hides the events of its track and brings them back', TEST_OPTIONS, async () => {
  const { context, page, problems } = await openDemo(`#lang=en&${EARLY_WINDOW}`);
  const drawn = await drawnIds(page);
  assert.ok(drawn.includes('treaty-1961') && drawn.includes('korean-war'), `drawn: ${drawn}`);
  const chip = page.locator('#track-chips [data-track="treaty"]');
  assert.equal(await chip.textContent(), 'Treaties and agreements');

  await chip.click();
  await page.waitForFunction(
    () => !document.querySelector('tarikh-timeline').shadowRoot.querySelector('[data-id="treaty-1961"]'),
  );
  assert.equal(await chip.getAttribute('aria-pressed'), 'false');
  assert.ok((await drawnIds(page)).includes('korean-war'), 'other tracks stay');
  assert.equal((await hashParams(page)).hide, 'treaty');

  await chip.click();
  await page.waitForFunction(
    () => !!document.querySelector('tarikh-timeline').shadowRoot.querySelector('[data-id="treaty-1961"]'),
  );
  assert.equal(await chip.getAttribute('aria-pressed'), 'true');
  assert.equal((await hashParams(page)).hide, undefined);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the search box narrows the events to those matching, in either language', TEST_OPTIONS, async () => {
  const { context, page, problems } = await openDemo(`#lang=en&${EARLY_WINDOW}`);
  const all = await drawnIds(page);
  assert.deepEqual([...all].sort(), ['dprk-founded', 'korean-war', 'treaty-1961', 'ussr-recognizes-dprk']);

  // "outbreak": only the Korean War's Arabic title has it, and the English page finds it.
  await page.fill('#search', 'اندلاع');
  await page.waitForFunction(
    () => document.querySelector('tarikh-timeline').shadowRoot.querySelectorAll('[part~="event"]').length === 1,
  );
  assert.deepEqual(await drawnIds(page), ['korean-war']);
  await waitForHash(page, /q=اندلاع/);

  await page.fill('#search', '');
  await page.waitForFunction(
    () => document.querySelector('tarikh-timeline').shadowRoot.querySelectorAll('[part~="event"]').length === 4,
  );
  await page.waitForFunction(() => !location.hash.includes('q='));
  assert.deepEqual(problems, []);
  await context.close();
});

test('the theme switch restyles the timeline, and Auto follows the system preference', TEST_OPTIONS, async () => {
  const surface = (page) =>
    page.evaluate(() => getComputedStyle(document.querySelector('tarikh-timeline')).backgroundColor);
  const light = await openDemo('', { colorScheme: 'light' });
  assert.equal(await surface(light.page), 'rgb(255, 255, 255)');
  await light.page.click('[data-theme-choice="dark"]');
  assert.equal(await surface(light.page), 'rgb(23, 26, 32)');
  assert.equal(await light.page.getAttribute('[data-theme-choice="dark"]', 'aria-pressed'), 'true');
  await light.page.click('[data-theme-choice="newsroom"]');
  assert.equal(await surface(light.page), 'rgb(251, 249, 244)');
  await light.page.click('[data-theme-choice="auto"]');
  assert.equal(await surface(light.page), 'rgb(255, 255, 255)');
  assert.deepEqual(light.problems, []);
  await light.context.close();

  const dark = await openDemo('', { colorScheme: 'dark' });
  assert.equal(await surface(dark.page), 'rgb(23, 26, 32)');
  await dark.page.click('[data-theme-choice="light"]');
  assert.equal(await surface(dark.page), 'rgb(255, 255, 255)');
  await dark.context.close();
});

test('at 375 px the page never scrolls sideways and the details open as a bottom sheet', TEST_OPTIONS, async () => {
  for (const lang of ['en', 'ar']) {
    const { context, page, problems } = await openDemo(`#event=korean-war&lang=${lang}&${EARLY_WINDOW}`, {
      viewport: { width: 375, height: 812 },
      hasTouch: true,
      isMobile: true,
    });
    await detailsShown(page);
    assert.ok(
      await page.evaluate(() => document.documentElement.scrollWidth <= 375),
      `${lang}: the page is no wider than the screen`,
    );
    const timeline = await page.locator('tarikh-timeline').boundingBox();
    const sheet = await page.locator('tarikh-timeline tarikh-details').boundingBox();
    assert.ok(Math.abs(sheet.width - timeline.width) < 2, `${lang}: the sheet spans the timeline`);
    assert.ok(Math.abs(sheet.y + sheet.height - (timeline.y + timeline.height)) < 2, `${lang}: it sits at the bottom`);
    assert.ok(sheet.height < timeline.height, `${lang}: and leaves the timeline visible above it`);
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test(
  'the Copy button copies the embed snippet, and pasted into a blank page it renders the timeline',
  TEST_OPTIONS,
  async () => {
    const { context, page, problems } = await openDemo('#lang=ar');
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    await page.click('#copy-button');
    await page.waitForFunction(() => document.querySelector('#copy-status').textContent === 'تم النسخ');
    const snippet = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(snippet, await page.textContent('#embed-code'));
    assert.match(snippet, /<script type="module" src="[^"]+\/tarikh\.bundled\.js"><\/script>/);
    assert.match(snippet, /<tarikh-timeline src="[^"]+\/vostochny-pyongyang\.json" lang="ar"><\/tarikh-timeline>/);
    assert.deepEqual(problems, []);
    await context.close();

    // A blank page holding only the snippet; the package's URLs are answered by this machine's server.
    server.pages['/embed.html'] =
      `<!doctype html>\n<html>\n<head><meta charset="utf-8"><title>Embed</title></head>\n<body>\n${snippet}\n</body>\n</html>\n`;
    const blank = await browser.newContext({ viewport: { width: 1000, height: 700 } });
    const embedded = await blank.newPage();
    const embedProblems = [];
    embedded.on('console', (m) => m.type() === 'error' && embedProblems.push(m.text()));
    embedded.on('pageerror', (error) => embedProblems.push(error.message));
    await blank.route('**/*', async (route) => {
      const url = route.request().url();
      if (url.startsWith(server.origin)) return route.continue();
      if (!url.startsWith(PACKAGE_URL)) return route.abort();
      const local = await route.fetch({ url: `${server.origin}/pkg/${url.slice(PACKAGE_URL.length)}` });
      return route.fulfill({ response: local, headers: { ...local.headers(), 'access-control-allow-origin': '*' } });
    });
    await embedded.goto(`${server.origin}/embed.html`);
    await embedded.waitForFunction(
      () => document.querySelector('tarikh-timeline')?.shadowRoot?.querySelectorAll('[part~="event"]').length > 5,
    );
    const direction = await embedded.evaluate(
      () => getComputedStyle(document.querySelector('tarikh-timeline').shadowRoot.querySelector('.layout')).direction,
    );
    assert.equal(direction, 'rtl');
    assert.deepEqual(embedProblems, []);
    // The page fetches its details file when idle: a fetch still in flight must not fail the test as it closes.
    await blank.unrouteAll({ behavior: 'ignoreErrors' });
    await blank.close();
  },
);

test('without a clipboard, Copy selects the snippet and says how to copy it', TEST_OPTIONS, async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(() => Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined }));
  const page = await context.newPage();
  await page.goto(`${server.origin}/demo/#lang=en`);
  await page.waitForSelector('#embed-code:not(:empty)');
  await page.click('#copy-button');
  assert.match(await page.textContent('#copy-status'), /Selected — press Ctrl\+C/);
  assert.equal(await page.evaluate(() => getSelection().toString()), await page.textContent('#embed-code'));
  await context.close();
});
