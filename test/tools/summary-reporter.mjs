// A web-test-runner reporter that records the browser suite's counts for the closing line of
// `npm test` (test/tools/total.mjs sums them with the Node suite's) and prints this runner's own
// subtotal. The counts are the runner's own results (every test in every file and browser), and a
// file that failed to load counts as a failure so that a broken import can never pass silently.
// Run on its own (not under `npm test`, which sets TARIKH_TEST_TOTAL), its subtotal is the whole
// run, so it prints it as the line CI reads: `tests: N passed, M failed`.
import { record } from './total.mjs';

function count(suite, totals) {
  for (const test of suite.tests) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite.suites) count(child, totals);
}

export function summaryReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        if (session.testResults) count(session.testResults, totals);
        if (!session.passed && (session.errors?.length ?? 0) > 0) totals.failed += 1;
      }
      record('browser', totals);
      const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
      const label = process.env.TARIKH_TEST_TOTAL ? 'browser tests' : 'tests';
      process.stdout.write(`\n${label}: ${totals.passed} passed, ${totals.failed} failed${skipped}\n`);
    },
  };
}
