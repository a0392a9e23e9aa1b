// What test/tools/repeat.mjs reports after its runs: which tests did not pass in every run.

/**
 * `runs` holds each run's outcomes (`[{ name, outcome }]`, as summary-reporter.mjs writes them), or
 * null for a run that never reported. A test passes a run only if it ran and passed there: one
 * missing from a run that reported (its file did not load) or skipped did not pass it. Returns how
 * many tests were seen, those that did not pass every reported run (in the order first seen, with
 * how many runs they passed of how many), and the 1-based numbers of the runs that did not report.
 */
export function flakyTests(runs) {
  const reported = runs.filter((run) => run !== null);
  const missingRuns = runs.flatMap((run, i) => (run === null ? [i + 1] : []));
  const passes = new Map();
  for (const run of reported) for (const { name } of run) if (!passes.has(name)) passes.set(name, 0);
  for (const run of reported) {
    const passed = new Set(run.filter((t) => t.outcome === 'passed').map((t) => t.name));
    for (const name of passed) passes.set(name, passes.get(name) + 1);
  }
  const flaky = [...passes]
    .filter(([, passed]) => passed < reported.length)
    .map(([name, passed]) => ({ name, passed, runs: reported.length }));
  return { tests: passes.size, flaky, missingRuns };
}
