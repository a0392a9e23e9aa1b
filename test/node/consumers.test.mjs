// The README's recipes as a user runs them: the packed tarball installed into four small apps (vanilla
// TypeScript, React 19, Vue 3, Svelte 5; test/consumers/), each app's code taken from the README's code block
// marked `<!-- consumer: <app>/<file> -->`, so the README cannot drift from what is tested. Each app is
// installed from its own lock file, type-checked strictly (tsc, vue-tsc, svelte-check), built with Vite and
// opened in headless Chromium: the events are drawn, and selecting one calls the app's handler with its id.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { chromeArgs, requireChrome } from '../tools/find-chrome.mjs';
import { serveStatic } from '../../demo/tools/static-server.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const APPS = ['vanilla', 'react', 'vue', 'svelte'];
const TEST_OPTIONS = { timeout: 120_000 };
/** Where each recipe gives the story to `data`: `data = story`, `data={story}`, `:data.prop="story"`. */
const MISTAKE = /\bdata(?: = story|=\{story\}|\.prop="story")/;

/** The README's code blocks marked for an app, by the file they become. */
export function recipes(readme) {
  const marked = /<!-- consumer: ([\w./-]+) -->\s*\n```\w*\n([\s\S]*?)\n```/g;
  return new Map([...readme.matchAll(marked)].map(([, file, code]) => [file, `${code}\n`]));
}

/** Runs a command to its end; rejects with its output when it fails. */
function run(command, args, cwd) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, NO_COLOR: '1', CI: '1' } });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (status) =>
      status === 0
        ? resolve(output)
        : reject(new Error(`${command} ${args.join(' ')} (in ${cwd}) exited with ${status}:\n${output}`)),
    );
  });
}

/** Waits until `done()` holds, for up to ten seconds. */
async function until(done, message) {
  for (const started = Date.now(); !done();) {
    if (Date.now() - started > 10_000) assert.fail(message);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

let work;
let browser;
/** Per app: a promise of its built folder, or the failure of a step with its output. */
const built = new Map();

before(async () => {
  work = mkdtempSync(join(tmpdir(), 'tarikh-consumers-'));
  const pack = JSON.parse(await run('npm', ['pack', '--json', '--pack-destination', work], root));
  const tarball = join(work, pack[0].filename);
  const snippets = recipes(readFileSync(join(root, 'README.md'), 'utf8'));
  for (const app of APPS) {
    const dir = join(work, app);
    cpSync(join(root, 'test', 'consumers', app), dir, {
      recursive: true,
      filter: (path) => !/[\\/](node_modules|dist)$/.test(path),
    });
    for (const [file, code] of snippets) {
      if (!file.startsWith(`${app}/`)) continue;
      // A folder that holds only README code (vanilla/src/) is not in a clone: git keeps no empty folders.
      mkdirSync(dirname(join(work, file)), { recursive: true });
      writeFileSync(join(work, file), code);
    }
    const steps = async () => {
      await run('npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund'], dir);
      await run('npm', ['install', '--no-save', '--prefer-offline', '--no-audit', '--no-fund', tarball], dir);
      await run('npm', ['run', 'check'], dir);
      await run('npm', ['run', 'build'], dir);
      // The same recipe with a number for `data` must not type-check: the element is typed, not `any`.
      const [file, code] = [...snippets].find(([name, text]) => name.startsWith(`${app}/`) && MISTAKE.test(text));
      writeFileSync(
        join(work, file),
        code.replace(MISTAKE, (binding) => binding.replace(/story/, '12345')),
      );
      const mistake = await run('npm', ['run', 'check'], dir).then(
        () => null,
        (error) => error.message,
      );
      writeFileSync(join(work, file), code);
      return { dir: join(dir, 'dist'), mistake };
    };
    built.set(app, steps());
    // Every app's failure is reported by its own test.
    built.get(app).catch(() => {});
  }
  browser = await chromium.launch({ executablePath: requireChrome(), args: chromeArgs });
});

after(async () => {
  await browser?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

test('every app has its recipe in the README, and every recipe an app', () => {
  const files = [...recipes(readFileSync(join(root, 'README.md'), 'utf8')).keys()];
  assert.deepEqual(files.map((file) => file.split('/')[0]).sort(), ['react', 'svelte', 'vanilla', 'vue', 'vue']);
  for (const file of files) assert.ok(APPS.includes(file.split('/')[0]), `${file}: no such app`);
});

for (const app of APPS) {
  test(`${app}: giving data a number is a type error there`, TEST_OPTIONS, async () => {
    const { mistake } = await built.get(app);
    assert.ok(mistake, 'the check passed with data set to 12345');
    assert.match(mistake, /number/, 'the type error does not say what is wrong');
  });

  test(
    `${app}: the README's recipe type-checks strictly, builds, draws the story and hears a selection`,
    TEST_OPTIONS,
    async () => {
      const { dir } = await built.get(app);
      const server = await serveStatic({ mounts: { '/': dir } });
      const context = await browser.newContext({ viewport: { width: 1100, height: 700 } });
      try {
        const page = await context.newPage();
        const problems = [];
        const logged = [];
        page.on('console', (m) => (m.type() === 'error' ? problems.push(m.text()) : logged.push(m.text())));
        page.on('pageerror', (error) => problems.push(error.message));
        await page.goto(`${server.origin}/`);
        const nodes = page.locator('tarikh-timeline [part~="event"]');
        await nodes.first().waitFor();
        assert.ok((await nodes.count()) > 5, 'the story is not drawn');

        const node = nodes.nth(2);
        const id = await node.getAttribute('data-id');
        assert.ok(id, 'an event node has no data-id');
        await node.click();
        await page.locator('tarikh-timeline tarikh-details').waitFor();
        if (app === 'vanilla') {
          await until(() => logged.includes(`selected ${id}`), `the handler logged ${JSON.stringify(logged)}`);
        } else {
          await page.getByText(`Selected: ${id}`).waitFor({ timeout: 10_000 });
        }
        assert.deepEqual(problems, []);
      } finally {
        await context.close();
        await server.close();
      }
    },
  );
}

test(
  "vanilla: Vite splits the details panel off the first load (sizes in the test's output)",
  TEST_OPTIONS,
  async (t) => {
    const { dir } = await built.get('vanilla');
    // size.html imports only 'tarikh': its first load is the scripts its page names and what they import.
    const html = readFileSync(join(dir, 'size.html'), 'utf8');
    const named = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((match) => match[1]);
    assert.ok(named.length > 0, 'size.html loads no script');
    const text = (file) => readFileSync(join(dir, file), 'utf8');
    const staticImports = (file) =>
      [...text(file).matchAll(/\bimport\s*(?:[\w{*$][^;]*?\bfrom\s*)?["']\.\/([^"']+\.js)["']/g)].map(
        (match) => `assets/${match[1]}`,
      );
    const first = new Set();
    for (const queue = [...named]; queue.length;) {
      const file = queue.shift();
      if (first.has(file)) continue;
      first.add(file);
      queue.push(...staticImports(file));
    }
    const scripts = readdirSync(join(dir, 'assets'))
      .filter((file) => file.endsWith('.js'))
      .map((file) => `assets/${file}`);
    // Minifiers quote the name as they like: "tarikh-details", 'tarikh-details' or `tarikh-details`.
    const definesPanel = (file) => /\.define\(\s*["'`]tarikh-details["'`]/.test(text(file));
    const panel = scripts.filter(definesPanel);
    assert.ok(panel.length > 0, 'no chunk defines <tarikh-details>');
    assert.deepEqual(
      panel.filter((file) => first.has(file)),
      [],
      'the details panel is in the first load',
    );
    // The chunks the panel's chunk needs besides the first load.
    const later = new Set();
    for (const queue = [...panel]; queue.length;) {
      const file = queue.shift();
      if (later.has(file) || first.has(file)) continue;
      later.add(file);
      queue.push(...staticImports(file));
    }
    const size = (files) => [...files].reduce((sum, file) => sum + gzipSync(readFileSync(join(dir, file))).length, 0);
    const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;
    t.diagnostic(
      `import 'tarikh' in a Vite app: first load ${kb(size(first))} gzip, on first selection ${kb(size(later))}, total ${kb(size(first) + size(later))}`,
    );
  },
);
