// `npm run test:repeat -- --times 5`: runs the browser suite that many times and lists every test
// that did not pass every time (a flaky test, or one that fails each time), with how often it passed.
// Exits non-zero when there is one, or when a run did not report its results.
//
//   --times N        how many runs (default 5)
//   --fonts bare     run under the font set of a bare container (test/tools/fontconfig/bare.conf)
//                    instead of the machine's own fonts
//   --files GLOB     only these test files (passed on to web-test-runner; may be repeated)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { flakyTests } from './repeat-report.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));

function options(argv) {
  const opts = { times: 5, fonts: 'machine', files: [] };
  for (let i = 0; i < argv.length; i += 1) {
    const [arg, value] = [argv[i], argv[i + 1]];
    if (arg === '--times') opts.times = Number(value);
    else if (arg === '--fonts') opts.fonts = value;
    else if (arg === '--files') opts.files.push(value);
    else throw new Error(`test:repeat: unknown option ${arg} (--times N, --fonts bare|machine, --files GLOB)`);
    i += 1;
  }
  if (!Number.isInteger(opts.times) || opts.times < 1) throw new Error('test:repeat: --times needs a whole number');
  if (!['bare', 'machine'].includes(opts.fonts)) throw new Error('test:repeat: --fonts is bare or machine');
  return opts;
}

function main() {
  const opts = options(process.argv.slice(2));
  const env = { ...process.env, TARIKH_TEST_RUNNER: 'repeat' };
  delete env.TARIKH_TEST_TOTAL;
  if (opts.fonts === 'bare') env.FONTCONFIG_FILE = join(root, 'test/tools/fontconfig/bare.conf');
  spawnSync(process.execPath, ['demo/tools/copy-fonts.mjs'], { cwd: root, stdio: 'inherit' });
  const dir = mkdtempSync(join(tmpdir(), 'tarikh-repeat-'));
  const runs = [];
  try {
    for (let run = 1; run <= opts.times; run += 1) {
      const results = join(dir, `run-${run}.json`);
      console.log(`test:repeat: run ${run} of ${opts.times} (${opts.fonts} fonts)`);
      const files = opts.files.flatMap((glob) => ['--files', glob]);
      const started = Date.now();
      const child = spawnSync(
        process.execPath,
        ['node_modules/@web/test-runner/dist/bin.js', '--config', 'web-test-runner.config.mjs', ...files],
        { cwd: root, env: { ...env, TARIKH_TEST_RESULTS: results }, stdio: ['ignore', 'pipe', 'inherit'] },
      );
      const summary = /^tests: .*$/m.exec(child.stdout?.toString() ?? '')?.[0] ?? 'no summary';
      console.log(`test:repeat: run ${run}: ${summary} (${Math.round((Date.now() - started) / 1000)} s)`);
      let outcomes = null;
      try {
        outcomes = JSON.parse(readFileSync(results, 'utf8'));
      } catch {
        // Counted below as a run that did not report.
      }
      for (const { name, outcome, error } of outcomes ?? [])
        if (outcome === 'failed') console.log(`  failed in run ${run}: ${name}${error ? `: ${error}` : ''}`);
      runs.push(outcomes);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const { tests, flaky, missingRuns } = flakyTests(runs);
  for (const run of missingRuns) console.log(`test:repeat: run ${run} did not report its results`);
  for (const { name, passed, runs: seen } of flaky) console.log(`  passed ${passed} of ${seen}: ${name}`);
  console.log(
    `test:repeat: ${opts.times} runs, ${tests} tests, ${flaky.length} did not pass every time` +
      (missingRuns.length ? `, ${missingRuns.length} runs did not report` : ''),
  );
  process.exit(flaky.length || missingRuns.length ? 1 : 0);
}

main();
