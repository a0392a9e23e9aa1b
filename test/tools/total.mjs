// The closing line of `npm test`: `tests: N passed, M failed`, summed over every runner.
//
// Each runner's reporter records its own counts with `record()` (test/tools/summary-reporter.mjs for
// web-test-runner, test/tools/node-summary-reporter.mjs for `node --test`); `npm test` clears them
// first (`--reset`), runs both suites whatever the first one's outcome, then runs this script, which
// prints the sum and exits non-zero when a test failed or a runner never reported (it crashed, or
// never started) — a suite that did not run can never pass as zero failures. `--also <runner>`
// (as often as needed) adds a runner that must have reported too: `.ci/run` adds its second
// browser pass, under the machine's own fonts.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const RESULTS = fileURLToPath(new URL('../../node_modules/.cache/tarikh-tests/', import.meta.url));
/** The runners `npm test` starts, in the order it starts them. */
export const RUNNERS = { node: 'node --test (test/node)', browser: 'web-test-runner (test/**/*.test.ts)' };
/** Runners `--also` may add, and how the closing line names them when they did not report. */
const EXTRA = {
  'browser-system-fonts': "web-test-runner again, under the machine's own fonts (.ci/run)",
  'node-22': 'node --test (test/node) again, on Node 22 (.ci/run)',
  'node-24': 'node --test (test/node) again, on Node 24 (.ci/run)',
};

/** Stores one runner's counts for the closing line. */
export function record(runner, { passed, failed, skipped = 0 }) {
  mkdirSync(RESULTS, { recursive: true });
  writeFileSync(`${RESULTS}${runner}.json`, `${JSON.stringify({ passed, failed, skipped })}\n`);
}

function read(runner) {
  try {
    return JSON.parse(readFileSync(`${RESULTS}${runner}.json`, 'utf8'));
  } catch {
    return null;
  }
}

function main() {
  if (process.argv.includes('--reset')) {
    rmSync(RESULTS, { recursive: true, force: true });
    return;
  }
  const totals = { passed: 0, failed: 0, skipped: 0 };
  const runners = { ...RUNNERS };
  process.argv.forEach((arg, i) => {
    const runner = process.argv[i + 1];
    if (arg === '--also' && runner) runners[runner] = EXTRA[runner] ?? runner;
  });
  for (const [runner, label] of Object.entries(runners)) {
    const counts = read(runner);
    if (!counts) {
      console.error(`total: ${label} did not report its results; counted as one failure`);
      totals.failed += 1;
      continue;
    }
    totals.passed += counts.passed;
    totals.failed += counts.failed;
    totals.skipped += counts.skipped ?? 0;
  }
  const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
  console.log(`tests: ${totals.passed} passed, ${totals.failed} failed${skipped}`);
  process.exit(totals.failed > 0 ? 1 : 0);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
