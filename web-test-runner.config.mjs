import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { chromeArgs, requireChrome } from './test/tools/find-chrome.mjs';
import { summaryReporter } from './test/tools/summary-reporter.mjs';

const executablePath = requireChrome();

/** A tiny valid dataset for the test routes below. */
const TINY = JSON.stringify({ title: { ar: 'بطيء', en: 'Slow' }, sources: [], events: [] });

/**
 * Test-only routes for the loading tests (test/robustness/loading.test.ts):
 * `/__test__/status/{code}` answers with that status (200 with a tiny dataset, else a text body);
 * `/__test__/slow?ms={n}` answers with the tiny dataset after n milliseconds (at most 60 s).
 */
async function testRoutes(ctx, next) {
  const status = /^\/__test__\/status\/(\d{3})$/.exec(ctx.path);
  if (status) {
    ctx.status = Number(status[1]);
    ctx.type = ctx.status === 200 ? 'application/json' : 'text/plain';
    ctx.body = ctx.status === 200 ? TINY : `status ${ctx.status}`;
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
  // Every test page loads the demo's self-hosted fonts, so Arabic text is measured in a real
  // Arabic face (the machines have none installed).
  testRunnerHtml: (testFramework) => `<!doctype html>
<html>
  <head><link rel="stylesheet" href="/demo/fonts/fonts.css" /></head>
  <body><script type="module" src="${testFramework}"></script></body>
</html>`,
  browsers: [chromeLauncher({ launchOptions: { executablePath, args: chromeArgs } })],
  reporters: [defaultReporter(), summaryReporter()],
};
