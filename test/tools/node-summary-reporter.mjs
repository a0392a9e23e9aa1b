// A `node --test` reporter that records the run's counts for the closing line of `npm test`
// (test/tools/total.mjs) and prints this runner's own subtotal. It counts tests as node's own
// summary does: every test and subtest, not the `describe` suites around them; a file that fails to
// load is reported by node as a failed test, so it counts as one.
import { record } from './total.mjs';

export default async function* nodeSummaryReporter(source) {
  const totals = { passed: 0, failed: 0, skipped: 0 };
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    if (event.data.details?.type === 'suite') continue;
    if (event.data.skip !== undefined || event.data.todo !== undefined) totals.skipped += 1;
    else if (event.type === 'test:pass') totals.passed += 1;
    else totals.failed += 1;
  }
  // TARIKH_TEST_RUNNER names the run apart (`.ci/run` runs this suite again on Node 22 and 24).
  record(process.env.TARIKH_TEST_RUNNER || 'node', totals);
  const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
  yield `node tests: ${totals.passed} passed, ${totals.failed} failed${skipped}\n`;
}
