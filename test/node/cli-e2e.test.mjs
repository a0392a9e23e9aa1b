// The README's "Make your own story" guide, followed by a newcomer: `npm pack`, the tarball
// installed in an empty project (so only the package's runtime dependencies are there, none of its
// dev dependencies), an Arabic article in a folder, `npx tarikh init`, the two spreadsheets filled
// in and imported, the sources described, `npx tarikh build`, `npx tarikh check`, and the one-line
// embed drawing the dataset in headless Chromium.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromeArgs, requireChrome } from '../tools/find-chrome.mjs';
import { serveStatic } from '../../demo/tools/static-server.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
let work;
let project;

function run(command, args, cwd = project) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, LANG: 'C' } });
  if (result.error) throw result.error;
  return result;
}
const npx = (...args) => run('npx', ['--no-install', 'tarikh', ...args]);

const ARTICLE =
  'وصل الرئيس الروسي فلاديمير بوتين إلى بيونغ يانغ فجر الأربعاء.\n' +
  'ووقّع الزعيمان معاهدة «شراكة استراتيجية شاملة».\n' +
  'وقال بوتين إن المعاهدة «وثيقة اختراقية».\n';

before(() => {
  assert.ok(existsSync(join(root, 'dist', 'cli', 'tarikh.js')), 'run npm run build first');
  work = mkdtempSync(join(tmpdir(), 'tarikh-guide-'));
  const pack = run('npm', ['pack', '--json', '--pack-destination', work], root);
  assert.equal(pack.status, 0, pack.stderr);
  const [{ filename }] = JSON.parse(pack.stdout);
  project = join(work, 'newsroom');
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'newsroom', private: true, type: 'module' }));
  let install = run('npm', ['install', '--offline', '--no-audit', '--no-fund', join(work, filename)]);
  if (install.status !== 0)
    install = run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', join(work, filename)]);
  assert.equal(install.status, 0, install.stderr);
});

after(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

test(
  'the guide: a folder of articles → init → spreadsheets → build → check → embed',
  { timeout: 180_000 },
  async () => {
    // 1. A folder with the article as a .txt file.
    const story = join(project, 'summit');
    mkdirSync(story);
    writeFileSync(join(story, 'pyongyang.txt'), ARTICLE);

    // 2. init.
    const init = npx('init', 'summit');
    assert.equal(init.status, 0, init.stderr);
    const created = JSON.parse(readFileSync(join(story, 'story.json'), 'utf8'));
    const schema = resolve(story, created.$schema);
    assert.equal(schema, join(project, 'node_modules', 'tarikh', 'data', 'schema', 'authoring.schema.json'));
    assert.ok(existsSync(schema), '$schema points at the installed schema');
    assert.equal(created.sources[0].lang, 'ar');

    // 3. Describe the story and its source in story.json, as the README says.
    created.title = { ar: 'قمة بيونغ يانغ', en: 'The Pyongyang summit' };
    created.sources[0].title = { ar: 'بوتين في بيونغ يانغ', en: 'Putin in Pyongyang' };
    created.sources[0].outlet = { ar: 'وكالة', en: 'Agency' };
    created.sources[0].published = '2024-06-19';
    created.view = { start: '2024-06-01', end: '2024-07-31' };
    writeFileSync(join(story, 'story.json'), JSON.stringify(created, null, 2));

    // 4. Fill in the spreadsheets (as a spreadsheet exports them: quoted cells with commas) and import.
    const events = readFileSync(join(story, 'events.csv'), 'utf8');
    writeFileSync(
      join(story, 'events.csv'),
      events +
        'arrival,2024-06-19T02:50:00+09:00,,minute,وصول بوتين,"Putin lands, before dawn",,,بيونغ يانغ,Pyongyang,,,\n' +
        'treaty,2024-06-19,,day,توقيع المعاهدة,The treaty is signed,,,,,,,\n',
    );
    const excerpts = readFileSync(join(story, 'excerpts.csv'), 'utf8');
    writeFileSync(
      join(story, 'excerpts.csv'),
      excerpts +
        'arrival,pyongyang.txt,وصل الرئيس الروسي فلاديمير بوتين إلى بيونغ يانغ,,,,"Putin arrived in Pyongyang",\n' +
        // "بوتين" is in the article twice: the prefix says which (a quoted cell keeps its space).
        'treaty,pyongyang.txt,بوتين,,"وقال ",,"Putin, he said",\n',
    );
    const imported = npx('import', 'summit/events.csv', 'summit/excerpts.csv', '-o', 'summit/story.json');
    assert.equal(imported.status, 0, imported.stderr);

    // 5. build, with a mistake first: the reporter typed the quote without the shadda.
    const story2 = JSON.parse(readFileSync(join(story, 'story.json'), 'utf8'));
    story2.events[1].excerpts.push({
      source: 'pyongyang',
      quote: 'ووقع الزعيمان',
      translation: { en: 'The two leaders signed' },
    });
    writeFileSync(join(story, 'story.json'), JSON.stringify(story2, null, 2));
    const miss = npx('build', 'summit');
    assert.equal(miss.status, 1);
    assert.match(miss.stderr, /event "treaty" excerpt 2: the quote is not in source "pyongyang"/);
    assert.match(miss.stderr, /Closest passage \(line 2, 100% alike\): «ووقّع الزعيمان»/);
    assert.match(miss.stderr, /diacritics: the article has mark U\+0651 where the quote has nothing/);
    assert.ok(!existsSync(join(story, 'dataset.json')));
    story2.events[1].excerpts[1].quote = 'ووقّع الزعيمان';
    writeFileSync(join(story, 'story.json'), JSON.stringify(story2, null, 2));
    const built = npx('build', 'summit');
    assert.equal(built.status, 0, built.stderr);
    assert.match(built.stdout, /wrote summit\/dataset\.json \(2 events, 0 of them context; 3 excerpts; 1 sources\)/);

    // 6. check.
    const checked = npx('check', 'summit/dataset.json', '--strict');
    assert.equal(checked.status, 0, checked.stderr);

    // 7. The one-line embed, served from the project as any static server would.
    const server = await serveStatic({
      mounts: { '/': project },
      pages: {
        '/page.html': `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>قمة</title></head><body>
<script type="module" src="/node_modules/tarikh/dist/tarikh.bundled.js"></script>
<tarikh-timeline src="/summit/dataset.json" lang="ar"></tarikh-timeline>
</body></html>`,
      },
    });
    const browser = await chromium.launch({ executablePath: requireChrome(), args: chromeArgs });
    try {
      const page = await browser.newPage({ viewport: { width: 1000, height: 700 } });
      const problems = [];
      page.on('pageerror', (error) => problems.push(error.message));
      // A failed load is recorded by its URL (the console's own line does not name it); Chromium asks
      // for /favicon.ico by itself, which is no part of the embed.
      page.on(
        'response',
        (r) => r.status() >= 400 && !r.url().endsWith('/favicon.ico') && problems.push(`${r.status()} ${r.url()}`),
      );
      page.on(
        'console',
        (m) => m.type() === 'error' && !/Failed to load resource/.test(m.text()) && problems.push(m.text()),
      );
      await page.goto(`${server.origin}/page.html`);
      await page.waitForFunction(
        () =>
          document.querySelector('tarikh-timeline')?.shadowRoot?.querySelectorAll('[part~="event"]:not([hidden])')
            .length === 2,
        undefined,
        { timeout: 60_000 },
      );
      const drawn = await page.evaluate(() =>
        [...document.querySelector('tarikh-timeline').shadowRoot.querySelectorAll('[part~="event"]:not([hidden])')].map(
          (node) => ({
            id: node.dataset.id,
            label: node.getAttribute('aria-label'),
            width: node.getBoundingClientRect().width,
          }),
        ),
      );
      assert.deepEqual(drawn.map((d) => d.id).sort(), ['arrival', 'treaty']);
      assert.ok(drawn.find((d) => d.id === 'arrival').label.includes('وصول بوتين'), JSON.stringify(drawn));
      assert.ok(drawn.every((d) => d.width > 0));
      assert.deepEqual(problems, []);
    } finally {
      await browser.close();
      await server.close();
    }
    assert.equal(dirname(schema), join(project, 'node_modules', 'tarikh', 'data', 'schema'));
  },
);
