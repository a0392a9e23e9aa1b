// The flakiness check's report (test/tools/repeat-report.mjs): which tests did not pass every run.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { flakyTests } from '../tools/repeat-report.mjs';

const run = (outcomes) => Object.entries(outcomes).map(([name, outcome]) => ({ name, outcome }));

test('lists a test that failed in one run of three, with how often it passed', () => {
  const runs = [
    run({ a: 'passed', b: 'passed' }),
    run({ a: 'passed', b: 'failed' }),
    run({ a: 'passed', b: 'passed' }),
  ];
  assert.deepEqual(flakyTests(runs), { tests: 2, flaky: [{ name: 'b', passed: 2, runs: 3 }], missingRuns: [] });
});

test('lists none when every test passed every run', () => {
  const runs = [run({ a: 'passed', b: 'passed' }), run({ b: 'passed', a: 'passed' })];
  assert.deepEqual(flakyTests(runs), { tests: 2, flaky: [], missingRuns: [] });
});

test('counts a test missing from a run, or skipped, as not passing it; a run that never reported apart', () => {
  const runs = [
    run({ a: 'passed', b: 'passed', c: 'passed', 'file (errors)': 'failed' }),
    null,
    run({ a: 'passed', c: 'skipped' }),
  ];
  assert.deepEqual(flakyTests(runs), {
    tests: 4,
    flaky: [
      { name: 'b', passed: 1, runs: 2 },
      { name: 'c', passed: 1, runs: 2 },
      { name: 'file (errors)', passed: 0, runs: 2 },
    ],
    missingRuns: [2],
  });
});

test('lists a test that failed every time', () => {
  assert.deepEqual(flakyTests([run({ a: 'failed' }), run({ a: 'failed' })]).flaky, [{ name: 'a', passed: 0, runs: 2 }]);
});
