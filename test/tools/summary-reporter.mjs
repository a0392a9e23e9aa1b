// A web-test-runner reporter that records the browser suite's counts for the closing line of
// `npm test` (test/tools/total.mjs sums them with the Node suite's) and prints this runner's own
// subtotal. The counts are the runner's own results (every test in every file and browser), and a
// file that failed to load counts as a failure so that a broken import can never pass silently.
// Run on its own (not under `npm test`, which sets TARIKH_TEST_TOTAL), its subtotal is the whole
// run, so it prints it as the line CI reads: `tests: N passed, M failed`.
//
// TARIKH_TEST_RUNNER names the runner the counts are recorded for (`browser` unless set: `.ci/run`
// records its second pass, under the machine's own fonts, apart). TARIKH_TEST_RESULTS, if set, is a
// file that gets every test's outcome (and a failure's first line), for test/tools/repeat.mjs.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { record } from './total.mjs';

/** Adds each test of a suite (and its suites) to `totals` and to `outcomes` as "file > suite > test". */
function count(suite, path, totals, outcomes) {
  for (const test of suite.tests) {
    const outcome = test.skipped ? 'skipped' : test.passed ? 'passed' : 'failed';
    totals[outcome] += 1;
    const error = outcome === 'failed' ? (test.error?.message ?? '').split('\n')[0] : undefined;
    outcomes.push({ name: [...path, test.name].join(' > '), outcome, ...(error ? { error } : {}) });
  }
  for (const child of suite.suites) count(child, [...path, child.name], totals, outcomes);
}

export function summaryReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      const outcomes = [];
      for (const session of sessions) {
        const file = relative(process.cwd(), session.testFile);
        if (session.testResults) count(session.testResults, [file], totals, outcomes);
        if (!session.passed && (session.errors?.length ?? 0) > 0) {
          totals.failed += 1;
          const error = (session.errors[0]?.message ?? '').split('\n')[0];
          outcomes.push({ name: `${file} (the file's own errors)`, outcome: 'failed', error });
        }
      }
      record(process.env.TARIKH_TEST_RUNNER || 'browser', totals);
      const results = process.env.TARIKH_TEST_RESULTS;
      if (results) {
        mkdirSync(dirname(results), { recursive: true });
        writeFileSync(results, `${JSON.stringify(outcomes)}\n`);
      }
      const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
      const label = process.env.TARIKH_TEST_TOTAL ? 'browser tests' : 'tests';
      process.stdout.write(`\n${label}: ${totals.passed} passed, ${totals.failed} failed${skipped}\n`);
    },
  };
}
