import { Readable } from 'node:stream';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { chromeArgs, requireChrome } from './test/tools/find-chrome.mjs';
import { summaryReporter } from './test/tools/summary-reporter.mjs';
import { TEST_STACKS, testFontCss } from './test/tools/test-fonts.mjs';

const executablePath = requireChrome();

/** A tiny valid dataset for the test routes below. */
const TINY = JSON.stringify({ title: { ar: 'بطيء', en: 'Slow' }, sources: [], events: [] });

/**
 * Test-only routes for the loading tests (test/robustness/loading.test.ts):
 * `/__test__/status/{code}` answers with that status (200 with a tiny dataset, else a text body);
 * `/__test__/slow?ms={n}` answers with the tiny dataset after n milliseconds (at most 60 s);
 * `PUT /__test__/held/{id}` keeps a body, which `GET /__test__/held/{id}?first={bytes}&ms={n}` then sends
 * in two parts, the first `bytes` and after n milliseconds the rest (test/robustness/sliced-loading.test.ts);
 * `/__test__/fonts.css` is the test pages' faces (test/tools/test-fonts.mjs).
 */
const heldBodies = new Map();
async function testRoutes(ctx, next) {
  if (ctx.path === '/__test__/fonts.css') {
    ctx.type = 'text/css';
    ctx.body = testFontCss(process.cwd());
    return;
  }
  const status = /^\/__test__\/status\/(\d{3})$/.exec(ctx.path);
  if (status) {
    ctx.status = Number(status[1]);
    ctx.type = ctx.status === 200 ? 'application/json' : 'text/plain';
    ctx.body = ctx.status === 200 ? TINY : `status ${ctx.status}`;
    return;
  }
  // A body the test put, sent in two parts with a pause between (a large `src` still arriving).
  const held = /^\/__test__\/held\/(\w+)$/.exec(ctx.path);
  if (held && ctx.method === 'PUT') {
    const chunks = [];
    for await (const chunk of ctx.req) chunks.push(chunk);
    heldBodies.set(held[1], Buffer.concat(chunks));
    ctx.status = 204;
    return;
  }
  if (held && heldBodies.has(held[1])) {
    const body = heldBodies.get(held[1]);
    const first = Math.min(body.length, Number(ctx.query.first) || 0);
    const ms = Math.min(60_000, Math.max(0, Number(ctx.query.ms) || 0));
    ctx.type = 'application/json';
    ctx.length = body.length;
    ctx.body = Readable.from(
      (async function* () {
        yield body.subarray(0, first);
        await new Promise((resolve) => setTimeout(resolve, ms));
        yield body.subarray(first);
      })(),
    );
    return;
  }
  if (ctx.path === '/__test__/slow') {
    const ms = Math.min(60_000, Math.max(0, Number(ctx.query.ms) || 0));
    await new Promise((resolve) => setTimeout(resolve, ms));
    ctx.type = 'application/json';
    ctx.body = TINY;
    return;
  }
  return next();
}

/**
 * `executeServerCommand('emulate-forced-colors', { active })`: Windows high-contrast mode, which
 * emulateMedia cannot set, through the DevTools protocol of the test's own page.
 * `executeServerCommand('capture-screenshot', { x, y, width, height })`: a PNG (base64) of that part
 * of the page, as painted (forced colours' backplates included, which no computed style shows).
 */
function forcedColorsPlugin() {
  // Emulation lasts as long as the DevTools session that set it, so one is kept per test page.
  const clients = new Map();
  return {
    name: 'tarikh-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors' && command !== 'capture-screenshot') return undefined;
      let client = clients.get(session.id);
      if (!client) {
        client = await session.browser.getPage(session.id).createCDPSession();
        clients.set(session.id, client);
      }
      if (command === 'capture-screenshot') {
        const { data } = await client.send('Page.captureScreenshot', {
          format: 'png',
          clip: { ...payload, scale: 1 },
        });
        return data;
      }
      await client.send('Emulation.setEmulatedMedia', {
        features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }],
      });
      return true;
    },
  };
}

export default {
  files: 'test/**/*.test.ts',
  nodeResolve: true,
  middleware: [testRoutes],
  // One page at a time: Chromium throttles resize observers and animation frames in background tabs.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 300000,
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json' }), forcedColorsPlugin()],
  // Every test page measures text only in faces it loads from npm, never in the machine's own (see
  // test/tools/test-fonts.mjs). Its stacks name only those faces, and the tests start once every
  // face has loaded, so no layout is measured in a fallback and redone when a font arrives.
  // test/styles/page-fonts.test.ts checks that they draw every character the elements show.
  testRunnerHtml: (testFramework) => `<!doctype html>
<html>
  <head>
    <link rel="stylesheet" href="/__test__/fonts.css" />
    <style>
      :root {
        --tarikh-font-family: ${TEST_STACKS.en};
        --tarikh-font-family-ar: ${TEST_STACKS.ar};
        font-family: var(--tarikh-font-family);
      }
    </style>
  </head>
  <body>
    <script type="module">
      const links = [...document.querySelectorAll('link[rel="stylesheet"]')];
      await Promise.all(links.map((link) => link.sheet || new Promise((done) => link.addEventListener('load', done))));
      await Promise.all([...document.fonts].map((face) => face.load()));
      await import('${testFramework}');
    </script>
  </body>
</html>`,
  browsers: [chromeLauncher({ launchOptions: { executablePath, args: chromeArgs } })],
  reporters: [defaultReporter(), summaryReporter()],
};
