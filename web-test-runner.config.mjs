import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { chromeArgs, requireChrome } from './test/tools/find-chrome.mjs';
import { summaryReporter } from './test/tools/summary-reporter.mjs';

const executablePath = requireChrome();

export default {
  files: 'test/**/*.test.ts',
  nodeResolve: true,
  // One page at a time: Chromium throttles resize observers and animation frames in background tabs.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 300000,
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json' })],
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
