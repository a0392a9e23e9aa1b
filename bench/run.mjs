// `npm run bench` (after `npm run build`): Tarikh against vis-timeline in headless Chromium.
// Usage: node bench/run.mjs [--quick] [--repeats N] [--tarikh-repeats N] [--sizes 1000,10000] [--vis-max 10000]
//                           [--shape news|legacy] [--clumped 0.35] [--out bench/results]
//                           [--libs tarikh,vis] [--views fitted,two-weeks,src] [--fold]
// The issue-26 set (1,000 to 1,000,000 events, vis-timeline up to 10,000), about 15 minutes here:
//   npm run bench -- --sizes 1000,10000,100000,1000000
// Serves the repository from a throwaway 127.0.0.1 server, opens bench/page.html once per library,
// size, view and repeat (a fresh browser context each time), and writes bench/results.json (raw)
// and bench/results.md (the table, also printed). What each number means: see bench/README.md.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import os from 'node:os';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import * as prettier from 'prettier';
import { chromeArgs, requireChrome } from '../test/tools/find-chrome.mjs';
import { SHAPES, datasetJsonPieces } from './data.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const argValue = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const quick = args.includes('--quick');
const sizes = (argValue('--sizes') ?? (quick ? '1000,10000' : '1000,10000,100000')).split(',').map(Number);
/** The data: `news` (issue 26's shape, the default) or `legacy` (the earlier runs'); see bench/data.mjs. */
const shape = argValue('--shape') ?? 'news';
if (!SHAPES.includes(shape)) throw new Error(`--shape must be one of ${SHAPES.join(', ')}`);
/** For the legacy shape: share of events that pile up in clumps (0 for uniformly spread events). */
const clumped = Number(argValue('--clumped') ?? 0.35);
/**
 * vis-timeline is measured up to this many events: at 100,000 it never draws within 60 s (and at 10,000 it
 * handles no wheel gesture within 60 s), so larger cells would only add minutes of timeouts.
 */
const visMax = Number(argValue('--vis-max') ?? 10_000);
const repeats = Number(argValue('--repeats') ?? (quick ? 1 : 3));
// Tarikh's runs take seconds, so they are repeated more on a shared machine whose load moves every figure.
const tarikhRepeats = Number(argValue('--tarikh-repeats') ?? argValue('--repeats') ?? (quick ? 1 : 5));
const repeatsOf = (lib) => (lib === 'tarikh' ? tarikhRepeats : repeats);
/** A library gets this long to draw before we record "> 60 s". */
const TIMEOUT_MS = 60_000;
/** The zoom sequence stops after this long; its p50/p95 are then over the steps done (and marked so). */
const ZOOM_BUDGET_MS = 30_000;
/**
 * A gesture stops sending input after this long (CDP waits for the page to take each event, so one that takes
 * seconds an event, vis-timeline at 10,000, would otherwise hold the run for minutes); the cell then says how
 * many of its events were sent.
 */
const GESTURE_BUDGET_MS = 20_000;
/** A run that takes longer than this in all is not repeated (keeps `npm run bench` near five minutes). */
const REPEAT_LIMIT_MS = 20_000;
const LIBS = (argValue('--libs') ?? 'tarikh,vis').split(',');
/** Tarikh with `fold-gaps`: the axis folds its stretches without events. */
const fold = args.includes('--fold');
/** fitted and two-weeks hand the dataset over by `data`; src (Tarikh only) by the URL of the served JSON. */
const VIEWS = (argValue('--views') ?? 'fitted,two-weeks,src').split(',');
/** Where results go: <out>.md and <out>.json, relative to the repository. */
const out = argValue('--out') ?? 'bench/results';
const FILES = {
  tarikh: ['dist/tarikh.bundled.js'],
  // The details panel and reader: a second file the bundle loads on the first selection (or when idle).
  tarikhLazy: ['dist/tarikh.bundled.details.js'],
  // The standalone build injects its own CSS (a <style> element) at import, so this one file is all
  // a page loads; styles/vis-timeline-graph2d.min.css is only needed with the peer build.
  vis: ['node_modules/vis-timeline/standalone/esm/vis-timeline-graph2d.min.js'],
};
const VIS_CSS = 'node_modules/vis-timeline/styles/vis-timeline-graph2d.min.css';

// ——— Static server: only what the pages need, only on 127.0.0.1 ———

const SERVED = ['bench/', 'dist/', 'demo/fonts/', 'node_modules/vis-timeline/standalone/'];
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.woff2': 'font/woff2',
};

/**
 * The libraries as read once at the start: every page of a run gets the same bytes even if
 * `npm run build` rewrites dist/ meanwhile (others work in this tree), and the sizes and hash in the
 * results are of exactly what was measured.
 */
const snapshot = new Map();

/** The datasets' JSON, built once in Node (bench/data.mjs) and served as `/bench/data/<shape>-<n>.json`. */
const datasets = new Map();

/**
 * Builds every size's JSON twice (determinism: the same sha256 both times) and keeps the first as Buffers,
 * served without ever being one string (a million events is about 570 MB of UTF-8).
 */
function buildDatasets() {
  const options = { shape, clumped };
  const digest = (pieces, keep) => {
    const hash = createHash('sha256');
    for (const piece of pieces) {
      const bytes = Buffer.from(piece);
      hash.update(bytes);
      keep?.push(bytes);
    }
    return hash.digest('hex');
  };
  const built = [];
  for (const size of sizes) {
    const t0 = Date.now();
    const buffers = [];
    const sha256 = digest(datasetJsonPieces(size, options), buffers);
    const generateMs = Date.now() - t0;
    const deterministic = digest(datasetJsonPieces(size, options)) === sha256;
    const bytes = buffers.reduce((sum, b) => sum + b.length, 0);
    datasets.set(`bench/data/${shape}-${size}.json`, { buffers, bytes });
    built.push({ size, shape, bytes, sha256, generateMs, deterministic });
  }
  return built;
}

function startServer() {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^[/\\]+/, '');
    const dataset = datasets.get(path.split(sep).join('/'));
    if (req.method === 'GET' && dataset) {
      res.writeHead(200, {
        'content-type': 'application/json; charset=utf-8',
        'content-length': dataset.bytes,
        'cache-control': 'no-store',
      });
      const write = (i) => {
        // Respects back-pressure: half a gigabyte is not queued in the socket at once.
        while (i < dataset.buffers.length) {
          if (!res.write(dataset.buffers[i++])) return res.once('drain', () => write(i));
        }
        res.end();
      };
      write(0);
      return;
    }
    const pinned = snapshot.get(path.split(sep).join('/'));
    if (req.method === 'GET' && pinned) {
      res.writeHead(200, { 'content-type': TYPES[extname(path)], 'cache-control': 'no-store' }).end(pinned);
      return;
    }
    const file = join(root, path);
    const allowed = SERVED.some((prefix) => path.split(sep).join('/').startsWith(prefix)) && !path.includes('..');
    if (req.method !== 'GET' || !allowed || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

// ——— Helpers ———

const median = (values) => {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  const m = Math.floor(v.length / 2);
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
};
/** Nearest-rank percentile. */
const percentile = (values, p) => {
  const v = [...values].sort((a, b) => a - b);
  return v.length ? v[Math.min(v.length - 1, Math.max(0, Math.ceil((p / 100) * v.length) - 1))] : null;
};
const timeout = (ms, what) =>
  new Promise((_, reject) => setTimeout(() => reject(new Error(`timeout: ${what} after ${ms} ms`)), ms).unref());

function gzipBytes(files) {
  const raw = files.map((f) => snapshot.get(f) ?? readFileSync(join(root, f)));
  return {
    files,
    bytes: raw.reduce((sum, b) => sum + b.length, 0),
    gzip: raw.reduce((sum, b) => sum + gzipSync(b, { level: 9 }).length, 0),
  };
}

function git(...argv) {
  try {
    return execFileSync('git', argv, { cwd: root, encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
}

// ——— Browser ———

let browser;
let browserVersion = 'unknown';
const launch = async () => {
  browser = await chromium.launch({
    executablePath: requireChrome(),
    // --expose-gc gives the pages window.gc() for the heap figure; precise memory info stops Chromium
    // from rounding performance.memory to coarse buckets.
    args: [...chromeArgs, '--js-flags=--expose-gc', '--enable-precise-memory-info'],
  });
  browserVersion = browser.version();
};

async function openPage(origin, lib) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 720 },
    deviceScaleFactor: 1,
    timezoneId: 'UTC',
    locale: 'en-US',
  });
  // No network but our server.
  await context.route('**/*', (route) =>
    route
      .request()
      .url()
      .startsWith(origin + '/')
      ? route.continue()
      : route.abort(),
  );
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  await page.goto(`${origin}/bench/page.html?lib=${lib}&shape=${shape}${fold && lib === 'tarikh' ? '&fold=1' : ''}`);
  await page.waitForFunction(() => window.bench?.ready === true);
  return { context, page, problems };
}

/** Closes a context; if its renderer is stuck in a long task and will not close, restarts the browser. */
async function closeContext(context) {
  try {
    await Promise.race([context.close(), timeout(15_000, 'closing the page')]);
  } catch {
    await restartBrowser();
  }
}

/** After a timeout the page may still be busy: a new browser makes sure no renderer keeps the CPU. */
async function restartBrowser() {
  await browser.close().catch(() => {});
  await launch();
}

/** Evaluates `call` in the page, giving up after `ms` (a page stuck in one long task cannot stop itself). */
const evaluate = (page, call, arg, ms, what) =>
  Promise.race([page.evaluate(({ call, arg }) => window.bench[call](arg), { call, arg }), timeout(ms, what)]);

/** Main-thread work so far (Chromium's TaskDuration), in ms: counts what is deferred to idle time too. */
async function taskMs(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
}

/**
 * A real gesture over the plot's middle through CDP input (as a reader's wheel or mouse makes it): 60 wheel events
 * with irregular deltas, in and out, 8–40 ms apart; or a drag of 30 moves of 10 px, 16 ms apart. Frames, long tasks and the
 * main-thread work per input event (Performance.getMetrics) are recorded from its start until it settled.
 */
async function gesture(page, kind, what) {
  const box = await evaluate(page, 'gestureStart', null, 10_000, `${what} ${kind} start`);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  // The same irregular deltas in every run (a linear congruential sequence; page.mjs has the dataset's PRNG).
  let seed = kind === 'wheel' ? 60 : 30;
  const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  await page.mouse.move(kind === 'wheel' ? x : x - 150, y);
  const before = await taskMs(cdp);
  const started = Date.now();
  const overBudget = () => Date.now() - started > GESTURE_BUDGET_MS;
  let inputs = 0;
  if (kind === 'wheel') {
    for (let i = 0; i < 60 && !overBudget(); i += 1) {
      // Twenty in, then out and in again: deltas of 20–140 px, as a notched wheel or a trackpad gives them.
      const sign = i < 20 || i >= 45 ? -1 : 1;
      await page.mouse.wheel(0, sign * (20 + Math.round(random() * 120)));
      inputs += 1;
      await sleep(8 + Math.round(random() * 32));
    }
  } else {
    await page.mouse.down();
    for (let i = 1; i <= 30 && !overBudget(); i += 1) {
      await page.mouse.move(x - 150 + i * 10, y + Math.round((random() - 0.5) * 4));
      inputs += 1;
      await sleep(16);
    }
    await page.mouse.up();
  }
  const result = await evaluate(page, 'gestureResult', null, 30_000, `${what} ${kind} result`);
  const after = await taskMs(cdp);
  await cdp.detach();
  return { ...result, inputs, workPerInputMs: (after - before) / inputs };
}

async function runOne(origin, lib, size, view) {
  const { context, page, problems } = await openPage(origin, lib);
  const started = Date.now();
  const opts = { size, view, timeoutMs: TIMEOUT_MS };
  let result = { lib, size, view, firstRender: { failed: true } };
  let stuck = false;
  try {
    // The page gives up by itself after TIMEOUT_MS, unless one long task (vis-timeline's constructor) blocks it.
    result = await evaluate(page, 'render', opts, TIMEOUT_MS + 5_000, `${lib} ${size} ${view} first render`);
    if (result.firstRender.ms > TIMEOUT_MS) result.firstRender.timedOut = true;
    if (view === 'fitted' && !result.firstRender.timedOut) {
      const zoomOpts = { ...opts, timeoutMs: ZOOM_BUDGET_MS };
      result.zoom = await evaluate(page, 'zoom', zoomOpts, ZOOM_BUDGET_MS + 30_000, `${lib} ${size} zoom sequence`);
      result.wheel = await gesture(page, 'wheel', `${lib} ${size}`);
      result.drag = await gesture(page, 'drag', `${lib} ${size}`);
      // The first press on an event, as a reader's mouse makes it (CDP input), after the zoom sequence.
      const point = await evaluate(page, 'pressTarget', null, 10_000, `${lib} ${size} press target`);
      if (point) {
        await page.mouse.click(point.x, point.y);
        result.press = await evaluate(page, 'pressResult', { timeoutMs: 30_000 }, 45_000, `${lib} ${size} first press`);
      }
      result.selections = await evaluate(page, 'selectMany', { size }, 60_000, `${lib} ${size} selections`);
    }
  } catch (error) {
    const message = String(error.message ?? error);
    problems.push(message);
    stuck = message.startsWith('timeout');
    if (result.firstRender.failed && stuck) result.firstRender = { timedOut: true };
  } finally {
    if (stuck) await restartBrowser();
    else await closeContext(context);
  }
  return { ...result, wallMs: Date.now() - started, problems };
}

// ——— Summaries ———

/** The smallest of the numbers given (how many input events the shortest gesture sent), or null. */
const fewest = (values) => {
  const v = values.filter((x) => typeof x === 'number');
  return v.length ? Math.min(...v) : null;
};

function summarize(runs) {
  const ok = runs.filter((r) => !r.firstRender.timedOut && !r.firstRender.failed);
  const zoomRuns = ok.filter((r) => r.zoom);
  const stepMs = (r) => r.zoom.steps.map((s) => s.ms);
  return {
    runs: runs.length,
    timedOut: runs.filter((r) => r.firstRender.timedOut).length,
    failed: runs.filter((r) => r.firstRender.failed).length,
    firstRenderMs: ok.length === runs.length ? median(ok.map((r) => r.firstRender.ms)) : null,
    firstRenderPaintedMs: ok.length === runs.length ? median(ok.map((r) => r.firstRender.paintedMs)) : null,
    firstRenderSyncMs: ok.length === runs.length ? median(ok.map((r) => r.firstRender.syncMs)) : null,
    zoomP50Ms: median(zoomRuns.map((r) => percentile(stepMs(r), 50))),
    zoomP95Ms: median(zoomRuns.map((r) => percentile(stepMs(r), 95))),
    zoomMaxMs: median(zoomRuns.map((r) => Math.max(...stepMs(r)))),
    zoomLatencyP95Ms: median(
      zoomRuns.map((r) =>
        percentile(
          r.zoom.steps.map((s) => s.latencyMs),
          95,
        ),
      ),
    ),
    zoomStepsDone: zoomRuns.length ? Math.min(...zoomRuns.map((r) => r.zoom.steps.length)) : 0,
    zoomMaxWindowError: zoomRuns.length ? Math.max(...zoomRuns.map((r) => r.zoom.maxWindowError)) : null,
    wheelFramesOver33: median(zoomRuns.filter((r) => r.wheel).map((r) => r.wheel.framesOver33)),
    wheelInputs: fewest(zoomRuns.map((r) => r.wheel?.inputs)),
    dragInputs: fewest(zoomRuns.map((r) => r.drag?.inputs)),
    wheelFrames: median(zoomRuns.filter((r) => r.wheel).map((r) => r.wheel.frames)),
    wheelLongestTaskMs: median(zoomRuns.filter((r) => r.wheel).map((r) => r.wheel.longestTaskMs)),
    wheelWorkPerInputMs: median(zoomRuns.filter((r) => r.wheel).map((r) => r.wheel.workPerInputMs)),
    dragFramesOver33: median(zoomRuns.filter((r) => r.drag).map((r) => r.drag.framesOver33)),
    dragFrames: median(zoomRuns.filter((r) => r.drag).map((r) => r.drag.frames)),
    dragLongestTaskMs: median(zoomRuns.filter((r) => r.drag).map((r) => r.drag.longestTaskMs)),
    pressLongestTaskMs: median(zoomRuns.filter((r) => r.press?.selected).map((r) => r.press.longestTaskMs)),
    pressSelectedMs: median(zoomRuns.filter((r) => r.press?.selected).map((r) => r.press.selectedMs)),
    selectLongestTaskMs: median(zoomRuns.filter((r) => r.selections).map((r) => r.selections.longestTaskMs)),
    selectLongTasks: median(zoomRuns.filter((r) => r.selections).map((r) => r.selections.longTasks)),
    selectMedianMs: median(zoomRuns.filter((r) => r.selections).map((r) => r.selections.medianMs)),
    selectSlowestMs: median(zoomRuns.filter((r) => r.selections).map((r) => r.selections.slowestMs)),
    nodes: median(ok.map((r) => r.nodes?.elements)),
    nodesAll: median(ok.map((r) => r.nodes?.all)),
    nodesMaxDuringZoom: median(zoomRuns.map((r) => r.zoom.maxNodes)),
    drawnEvents: median(ok.map((r) => r.drawn?.events)),
    drawnClusters: median(ok.map((r) => r.drawn?.clusters)),
    heapMB: median(ok.map((r) => (r.heapUsed == null ? null : r.heapUsed / 1e6))),
    heapBaselineMB: median(ok.map((r) => (r.heapBaseline == null ? null : r.heapBaseline / 1e6))),
    heapPerEventBytes: median(ok.map((r) => r.heapPerEventBytes)),
    loadLongestTaskMs: ok.length === runs.length ? median(ok.map((r) => r.firstRender.loading?.longestTaskMs)) : null,
    loadLongTasks: ok.length === runs.length ? median(ok.map((r) => r.firstRender.loading?.longTasks)) : null,
    loadEventMs: median(ok.map((r) => r.firstRender.loadEventMs)),
    elapsedMs: runs.reduce((sum, r) => sum + r.wallMs, 0),
  };
}

const fmtMs = (v) => (v == null ? 'n/a' : v >= 1000 ? `${(v / 1000).toFixed(2)} s` : `${v.toFixed(v < 10 ? 2 : 1)} ms`);
const fmtInt = (v) => (v == null ? 'n/a' : Math.round(v).toLocaleString('en-US'));
const fmtMB = (v) => (v == null ? 'n/a' : `${v.toFixed(1)} MB`);
const fmtKB = (v) => `${(v / 1000).toFixed(1)} KB`;
const over = `> ${TIMEOUT_MS / 1000} s`;

/** "2 of 75": frames over 33 ms of all the frames recorded; "(12/60 events in 20 s)" if the gesture was cut short. */
const framesCell = (totalKey) => (s, k) => {
  if (s[k] == null) return 'n/a';
  const [inputs, of] = k.startsWith('wheel') ? [s.wheelInputs, 60] : [s.dragInputs, 30];
  const partial = inputs != null && inputs < of ? ` (${inputs}/${of} events in ${GESTURE_BUDGET_MS / 1000} s)` : '';
  return `${fmtInt(s[k])} of ${fmtInt(s[totalKey])}${partial}`;
};
/** A longest task: the `longtask` observer reports only tasks over 50 ms, so 0 means none. */
const taskCell = (s, k) => (s[k] == null ? 'n/a' : s[k] === 0 ? 'none over 50 ms' : fmtMs(s[k]));

/** A cell for a time that may have hit the timeout. */
function timeCell(summary, key) {
  if (summary.failed) return 'failed';
  if (key.startsWith('firstRender') && summary.timedOut) return over;
  if (key.startsWith('zoom') && summary.zoomStepsDone < 60) {
    const partial = `${summary.zoomStepsDone}/60 steps in ${ZOOM_BUDGET_MS / 1000} s`;
    return summary.zoomStepsDone ? `${fmtMs(summary[key])} (${partial})` : 'n/a';
  }
  return fmtMs(summary[key]);
}

/**
 * vis / Tarikh. Where either side was not measured: "—"; where Tarikh's figure is 0 (no frame over 33 ms, no
 * long task) a quotient means nothing, so both figures are shown instead ("vis 74 / Tarikh 0").
 */
function ratio(t, v, key, show = (x) => fmtInt(x)) {
  if (key.startsWith('firstRender') && v.timedOut && t[key]) return `> ${Math.floor(TIMEOUT_MS / t[key])}×`;
  if (t[key] == null || v[key] == null) return '—';
  if (t[key] === 0 || v[key] === 0) {
    const raw = (x) => (x === 0 ? '0' : show(x));
    return t[key] === v[key] ? 'both 0' : `vis ${raw(v[key])} / Tarikh ${raw(t[key])}`;
  }
  const r = v[key] / t[key];
  return `${r >= 10 ? r.toFixed(0) : r.toFixed(1)}×`;
}

/** "179.0 ms (1 task over 50 ms)": the longest task while loading and how many were over 50 ms. */
const loadTasksCell = (s, k) =>
  s[k] == null ? 'n/a' : s[k] === 0 ? 'none over 50 ms' : `${fmtMs(s[k])} (${fmtInt(s.loadLongTasks)} over 50 ms)`;
const bytesCell = (s, k) => (s[k] == null ? 'n/a' : `${fmtInt(s[k])} B`);
const selectTasksCell = (s, k) =>
  s[k] == null ? 'n/a' : s[k] === 0 ? 'none over 50 ms' : `${fmtMs(s[k])} (${fmtInt(s.selectLongTasks)} over 50 ms)`;
const selectTimesCell = (s) =>
  s.selectMedianMs == null ? 'n/a' : `${fmtMs(s.selectMedianMs)} (slowest ${fmtMs(s.selectSlowestMs)})`;

/** The targets of issue 26 at one size, as rows of | target | measured | met |. */
function issue26Targets(size, summaries) {
  const data = summaries[`tarikh/${size}/fitted`];
  const src = summaries[`tarikh/${size}/src`];
  const rows = [];
  const mark = (ok) => (ok == null ? 'not measured' : ok ? '**met**' : '**not met**');
  const at = `at ${fmtInt(size)}`;
  const both = (key, fmt) =>
    `by \`data\` ${data.runs ? fmt(data, key) : 'not run'}, by \`src\` ${src.runs ? fmt(src, key) : 'not run'}`;
  const worst = (key) => (data[key] == null || src[key] == null ? null : Math.max(data[key], src[key]));
  const within = (value, limit) => (value == null ? null : value <= limit);
  const loadLongest = worst('loadLongestTaskMs');
  rows.push(
    `| No task over 50 ms while loading, by \`data\` and by \`src\`, ${at} | ${both('loadLongestTaskMs', loadTasksCell)} | ${mark(within(loadLongest, 50))} |`,
  );
  const drawLimit = size >= 1_000_000 ? 2000 : 300;
  rows.push(
    `| Events drawn within ${fmtMs(drawLimit)} of the hand-over, by \`data\` and by \`src\`, ${at} | ${both('firstRenderMs', timeCell)} | ${mark(within(worst('firstRenderMs'), drawLimit))} |`,
  );
  if (size >= 1_000_000) {
    rows.push(
      `| ≤ 500 B of JS heap held per event ${at} | ${both('heapPerEventBytes', bytesCell)} | ${mark(within(worst('heapPerEventBytes'), 500))} |`,
    );
  }
  for (const [label, frames, total, task] of [
    ['60 real wheel events', 'wheelFramesOver33', 'wheelFrames', 'wheelLongestTaskMs'],
    ['the 30-move drag', 'dragFramesOver33', 'dragFrames', 'dragLongestTaskMs'],
  ]) {
    const measured =
      data[frames] == null ? 'n/a' : `${framesCell(total)(data, frames)}; longest task: ${taskCell(data, task)}`;
    const ok = data[frames] == null || data[task] == null ? null : data[frames] <= 1 && data[task] <= 50;
    rows.push(`| ≤ 1 frame over 33 ms in ${label} and no task over 50 ms, ${at} | ${measured} | ${mark(ok)} |`);
  }
  rows.push(
    `| First press on an event: no task over 50 ms, ${at} | ${taskCell(data, 'pressLongestTaskMs')} | ${mark(within(data.pressLongestTaskMs, 50))} |`,
    `| 20 selections by \`select()\`, nearly all of events not drawn: no task over 50 ms, ${at} | ${selectTasksCell(data, 'selectLongestTaskMs')} | ${mark(within(data.selectLongestTaskMs, 50))} |`,
  );
  return rows;
}

function buildMarkdown({ summaries, bundle, load, machine, checks, options }) {
  const rows = [];
  const metrics = [
    ['First render by `data`, fitted (all events): drawn', 'fitted', 'firstRenderMs', timeCell],
    ['First render by `data`, two-week window: drawn', 'two-weeks', 'firstRenderMs', timeCell],
    ['First render by `src` (the served JSON), fitted: drawn', 'src', 'firstRenderMs', timeCell],
    ['Loading by `data`: longest task (tasks over 50 ms)', 'fitted', 'loadLongestTaskMs', loadTasksCell],
    ['Loading by `src`: longest task (tasks over 50 ms)', 'src', 'loadLongestTaskMs', loadTasksCell],
    ['Zoom frame p50', 'fitted', 'zoomP50Ms', timeCell],
    ['Zoom frame p95', 'fitted', 'zoomP95Ms', timeCell],
    [
      '60 real wheel events: frames over 33 ms (of all frames)',
      'fitted',
      'wheelFramesOver33',
      framesCell('wheelFrames'),
    ],
    ['60 real wheel events: longest task', 'fitted', 'wheelLongestTaskMs', taskCell],
    ['60 real wheel events: main-thread work per event', 'fitted', 'wheelWorkPerInputMs', (s, k) => fmtMs(s[k])],
    ['30-move drag: frames over 33 ms (of all frames)', 'fitted', 'dragFramesOver33', framesCell('dragFrames')],
    ['30-move drag: longest task', 'fitted', 'dragLongestTaskMs', taskCell],
    ['First press on an event: longest task', 'fitted', 'pressLongestTaskMs', taskCell],
    ['First press on an event: selected and painted', 'fitted', 'pressSelectedMs', (s, k) => fmtMs(s[k])],
    ['20 selections by `select()`: longest task', 'fitted', 'selectLongestTaskMs', selectTasksCell],
    ['20 selections by `select()`: each, to the frame after', 'fitted', 'selectMedianMs', selectTimesCell],
    ['DOM nodes, fitted', 'fitted', 'nodes', (s, k) => fmtInt(s[k])],
    ['DOM nodes, max during zoom', 'fitted', 'nodesMaxDuringZoom', (s, k) => fmtInt(s[k])],
    ['DOM nodes, two-week window', 'two-weeks', 'nodes', (s, k) => fmtInt(s[k])],
    ['JS heap held per event, loaded by `data`', 'fitted', 'heapPerEventBytes', bytesCell],
    ['JS heap held per event, loaded by `src`', 'src', 'heapPerEventBytes', bytesCell],
    ['JS heap after GC (whole page)', 'fitted', 'heapMB', (s, k) => fmtMB(s[k])],
  ];
  // How a ratio shows a raw figure when Tarikh's is 0.
  const rawOf = (key) => (key.endsWith('Ms') ? fmtMs : key.endsWith('Bytes') ? (x) => `${fmtInt(x)} B` : fmtInt);
  for (const size of sizes) {
    for (const [label, view, key, cell] of metrics) {
      const t = summaries[`tarikh/${size}/${view}`];
      const v = summaries[`vis/${size}/${view}`];
      // A cell resting on fewer runs than asked for (a long run is not repeated) says so; one not run says "—".
      const withRuns = (x) => {
        if (!x.runs) return '—';
        const text = cell(x, key);
        const few = x.runs < x.repeats && text !== 'n/a';
        return few ? `${text} (${x.runs} run${x.runs > 1 ? 's' : ''})` : text;
      };
      rows.push(`| ${fmtInt(size)} | ${label} | ${withRuns(t)} | ${withRuns(v)} | ${ratio(t, v, key, rawOf(key))} |`);
    }
  }
  rows.push(
    `| all | Bundle, min + gzip (what the page loads first) | ${fmtKB(bundle.tarikh.gzip)} | ${fmtKB(bundle.vis.gzip)} | ${(bundle.vis.gzip / bundle.tarikh.gzip).toFixed(1)}× |`,
    `| all | Bundle, min + gzip, with the details panel loaded on the first selection | ${fmtKB(bundle.tarikhAll.gzip)} | ${fmtKB(bundle.vis.gzip)} | ${(bundle.vis.gzip / bundle.tarikhAll.gzip).toFixed(1)}× |`,
    `| all | Script load (import: fetch, compile, run), before any data | ${fmtMs(load.tarikh)} | ${load.vis == null ? '—' : fmtMs(load.vis)} | ${load.tarikh && load.vis ? `${(load.vis / load.tarikh).toFixed(1)}×` : '—'} |`,
  );

  const targets = [];
  const mark = (ok) => (ok ? '**met**' : '**not met**');
  for (const size of [100_000, 1_000_000]) {
    if (sizes.includes(size)) targets.push(...issue26Targets(size, summaries));
    else targets.push(`| Targets at ${fmtInt(size)} events | not run (\`--sizes\`) | not measured |`);
  }
  targets.push(
    `| Bundle ≤ 50 KB min + gzip on first load | ${fmtKB(bundle.tarikh.gzip)} | ${mark(bundle.tarikh.gzip <= 50_000)} |`,
    `| Bundle ≤ 64 KB min + gzip in all (with the details file) | ${fmtKB(bundle.tarikhAll.gzip)} | ${mark(bundle.tarikhAll.gzip <= 64_000)} |`,
  );

  const dataLine = (o) =>
    o.shape === 'news'
      ? 'news-shaped (ten months, 80 % of events in 12 bursts, sentence titles of 40–90 characters in both languages, a third of excerpts quoting 4 Arabic sources of 12, 15 % day precision; bench/data.mjs)'
      : `legacy shape (${Math.round(o.clumped * 100)} % clumped, short titles; bench/data.mjs)`;
  const checkLine = checks
    .map((c) => `${fmtInt(c.size)}: ${c.problemCount} problems, ${c.rejected} rejected, ${c.unverified} unverified`)
    .join('; ');
  return `# Benchmark: Tarikh vs vis-timeline

Generated by \`npm run bench\` (\`node bench/run.mjs${options.argv.length ? ' ' + options.argv.join(' ') : ''}\`) on ${machine.date}.
Machine: ${machine.cpuModel}, ${machine.cores} cores, ${machine.memoryGB} GB RAM, ${machine.platform}; ${machine.browser} (headless, software rendering); Node ${machine.node}; load average ${machine.loadAverage[0]} before, ${machine.loadAverage[1]} after the run.
Tarikh: commit ${machine.commit ?? 'unknown'}${machine.srcDirty ? ' **with uncommitted changes in src/**' : ''}, dist/tarikh.bundled.js built ${machine.bundleBuilt}, sha256 ${machine.bundleSha256.slice(0, 12)}. vis-timeline ${machine.visVersion} (standalone build), vis-data ${machine.visDataVersion}.
Medians of ${options.tarikhRepeats} run(s) per cell for Tarikh and ${options.repeats} for vis-timeline, each in a fresh browser context; viewport 1280×720, timeline 1200×500 px; vis-timeline with its defaults (stacking on) and \`height: '500px'\`.
Data: ${dataLine(options)}, served as JSON by the bench's server; validated by Tarikh's validator before the run (${checkLine}). vis-timeline measured up to ${fmtInt(options.visMax)} events (it never draws 100,000 within ${TIMEOUT_MS / 1000} s); "—" is a cell not run.

| Events | Metric | Tarikh | vis-timeline | vis / Tarikh |
|---:|---|---:|---:|---:|
${rows.join('\n')}

## Targets (issue 26)

Tarikh's medians against the targets of issue 26 (drawn: to the frame after the first frame painted with events).

| Target | Measured | |
|---|---:|---|
${targets.join('\n')}

## What is measured

See [README.md](./README.md) for the details. In short:
- **Loading by \`data\` and by \`src\`**: by \`data\`, the page fetches the served JSON and \`response.json()\`s it before the clock starts, then sets \`el.data\`; by \`src\`, it sets \`el.src\` to the JSON's absolute http://127.0.0.1 URL (fetching, parsing, validating are the element's; a Web Worker could fetch the same URL). Drawn = first render below (polled every frame, so loading in many tasks is timed alike); longest task = the longest a \`longtask\` observer saw from the hand-over until events were drawn, \`tarikh-load\` had fired and 500 ms then passed without a long task, with the count of tasks over 50 ms.
- **JS heap held per event**: \`usedJSHeapSize\` after \`gc()\`, the page's own references to the data dropped, minus the same before the data was fetched, divided by the events.
- **First render**: \`performance.now()\` just before the data is handed over (Tarikh: \`el.data = dataset\`, which includes validation; vis: \`new DataSet(items)\` + \`new Timeline(container, data, { start, end })\`) to the \`requestAnimationFrame\` callback of the frame after the first frame painted with event or cluster nodes in the DOM (double rAF); by \`data\`, the dataset is handed over as \`response.json()\` of the served JSON makes it, and the page collects its own garbage (from fetching and parsing it) just before. Fitted = all events plus 5 % margin; two-week = 14 days around the biggest pile-up (16 January 2024, 09:00 UTC).
- **Zoom frame**: 60 steps, geometric zoom from the fitted window towards a two-week window around that pile-up (the point keeps its place in the view, as under a wheel) and back out. Tarikh: \`zoomTo(a, b, { animate: false })\`; vis: \`setWindow(a, b, { animation: false })\`. Each call is made at the start of a frame (in a rAF callback, where input is handled) and timed to the end of that frame's main-thread work (style, layout, paint, commit: a task posted from the callback); frames after it in which the library still changed its DOM (vis-timeline redraws in a later rAF) are added, idle time between frames is not (nor work done in it: Tarikh lays out the next zoom step ahead in idle time, see the main README). Raster and compositing run off the main thread and are not included.
- **Real wheel and drag**: after the zoom sequence, over the plot's middle, through CDP input (Playwright's \`mouse.wheel\`, \`mouse.move\`): 60 wheel events of 20–140 px, twenty zooming in, then out, then in, 8–40 ms apart; then a drag of 30 moves of 10 px, 16 ms apart, to the right. Frames from a \`requestAnimationFrame\` recorder (a frame over 33 ms is two or more missed at 60 Hz), long tasks from a \`longtask\` observer, both until the gesture settled; main-thread work per input event is Chromium's \`TaskDuration\` (\`Performance.getMetrics\`) over the gesture divided by the events, so work deferred to idle time counts.
- **Selections by \`select()\`** (Tarikh only): after the first press, \`el.select(id)\` of 20 events spread evenly through the dataset (nearly all of them not drawn, as a deep link, an entry of the list view or a mark in the reader selects them), each awaited to \`updateComplete\` and the next frame, 30 ms apart; the median and slowest of the 20, and the longest task a \`longtask\` observer saw meanwhile and 300 ms after.
- **First press on an event**: after the zoom sequence, a real mouse click (CDP \`Input.dispatchMouseEvent\` through Playwright) on the dot of the first event node whole in view; from the \`pointerdown\` event's time stamp to the frame after the selection (Tarikh: \`selected\` set; vis: \`getSelection()\` not empty) is painted, and the longest task a \`longtask\` observer saw from the press until 300 ms after.
- **DOM nodes**: elements in Tarikh's shadow root / in vis-timeline's container (\`querySelectorAll('*')\`; results.json also has all nodes including text and comments).
- **JS heap**: \`performance.memory.usedJSHeapSize\` after \`gc()\` (Chromium with \`--js-flags=--expose-gc --enable-precise-memory-info\`), after the fitted render; the whole page: library code, the data the library holds (vis its DataSet) and the page's harness; the heap held per event is this less the same page before the data, per event.
- **Limits**: a first render over ${TIMEOUT_MS / 1000} s is recorded as "> ${TIMEOUT_MS / 1000} s" (then nothing else is measured in that page: "n/a"); the zoom sequence stops after ${ZOOM_BUDGET_MS / 1000} s and its percentiles are then over the steps done, as the cell says; a run longer than ${REPEAT_LIMIT_MS / 1000} s is not repeated, and its cells say "(1 run)".
- **Script load**: \`await import()\` of each library's file in every fresh page before any data (fetch from the local server, compile, run); the median over the run's pages. Tarikh's bundle carries V8's \`//# allFunctionsCalledOnLoad\` compile hint, so it compiles its functions here rather than in the first render.
- **Bundle**: files gzipped with node:zlib at level 9; KB = 1,000 bytes. Tarikh: dist/tarikh.bundled.js (lit, d3, date-fns bundled, minified), which the page loads first, and dist/tarikh.bundled.details.js (the details panel and reader), which it loads on the first selection or when the browser is idle; each file gzipped on its own and the sizes added. vis-timeline: its standalone ESM build, which embeds and injects its CSS (the separate ${VIS_CSS.split('/').pop()} would be another ${fmtKB(bundle.visCss.gzip)} but a standalone page does not load it).
`;
}

// ——— Main ———

async function main() {
  const began = Date.now();
  const loadBefore = os.loadavg();
  execFileSync(process.execPath, [join(root, 'demo/tools/copy-fonts.mjs')], { stdio: 'inherit' });
  for (const file of [...FILES.tarikh, ...FILES.tarikhLazy, ...FILES.vis, VIS_CSS]) {
    if (!existsSync(join(root, file))) {
      console.error(`${file} is missing: run \`npm run build\` first (or \`npm run bench\`).`);
      process.exit(1);
    }
    snapshot.set(file, readFileSync(join(root, file)));
  }
  const gitInfo = {
    commit: git('rev-parse', '--short', 'HEAD'),
    srcDirty: Boolean(git('status', '--porcelain', '--', 'src')),
  };
  const bundleTime = statSync(join(root, FILES.tarikh[0])).mtime.toISOString();
  console.log(`building the ${shape} datasets (${sizes.map(fmtInt).join(', ')} events)…`);
  const built = buildDatasets();
  const server = await startServer();
  const origin = `http://127.0.0.1:${server.address().port}`;
  await launch();
  const runs = [];
  const checks = [];
  try {
    // Each size in its own page: a million events parsed and validated is a few gigabytes of renderer.
    for (const b of built) {
      const { context, page, problems } = await openPage(origin, 'check');
      const c = { ...b, ...(await page.evaluate((size) => window.bench.check(size), b.size)) };
      await closeContext(context);
      checks.push(c);
      console.log(
        `dataset ${fmtInt(c.size)}: ${(c.bytes / 1e6).toFixed(1)} MB of JSON built in ${c.generateMs} ms, ` +
          `deterministic ${c.deterministic}, ${c.problemCount} problems, ${c.rejected} rejected, ${c.unverified} ` +
          `unverified (validated in ${c.validateMs.toFixed(0)} ms); titles ${c.titleChars.join('–')} characters, ` +
          `${(c.arabicShare * 100).toFixed(1)} % quoting Arabic, ${(c.dayPrecisionShare * 100).toFixed(1)} % day precision`,
      );
      const badTitles = shape === 'news' && !c.titlesWithin;
      if (c.problemCount || c.rejected || c.unverified || !c.deterministic || badTitles || problems.length) {
        throw new Error(`synthetic dataset ${c.size} is not valid: ${[...c.problems, ...problems].join('; ')}`);
      }
    }

    const skip = new Set();
    const rounds = Math.max(...LIBS.map(repeatsOf));
    for (let rep = 0; rep < rounds; rep += 1) {
      for (const size of sizes) {
        for (const view of VIEWS) {
          for (const lib of LIBS) {
            const key = `${lib}/${size}/${view}`;
            if (skip.has(key) || rep >= repeatsOf(lib)) continue;
            // vis-timeline has no URL loading, and above visMax it only times out (see visMax).
            if (lib === 'vis' && (view === 'src' || size > visMax)) continue;
            const r = await runOne(origin, lib, size, view);
            runs.push(r);
            const fr = r.firstRender.timedOut ? over : r.firstRender.failed ? 'failed' : fmtMs(r.firstRender.ms);
            const zoom = r.zoom
              ? `, zoom p50 ${fmtMs(
                  percentile(
                    r.zoom.steps.map((s) => s.ms),
                    50,
                  ),
                )} p95 ${fmtMs(
                  percentile(
                    r.zoom.steps.map((s) => s.ms),
                    95,
                  ),
                )} (${r.zoom.steps.length} steps)`
              : '';
            const nodes = r.nodes ? `, ${r.nodes.elements} nodes` : '';
            console.log(
              `[${rep + 1}/${repeatsOf(lib)}] ${key}: first render ${fr}${zoom}${nodes} (${(r.wallMs / 1000).toFixed(1)} s)`,
            );
            for (const p of r.problems) console.log(`    ${p}`);
            for (const e of r.errors ?? []) console.log(`    tarikh-error: ${e.message}`);
            if (r.firstRender.timedOut || r.firstRender.failed || r.wallMs > REPEAT_LIMIT_MS) skip.add(key);
          }
        }
      }
    }
  } finally {
    await browser.close().catch(() => {});
    server.close();
  }

  const summaries = {};
  for (const lib of ['tarikh', 'vis'])
    for (const size of sizes)
      for (const view of ['fitted', 'two-weeks', 'src']) {
        summaries[`${lib}/${size}/${view}`] = {
          ...summarize(runs.filter((r) => r.lib === lib && r.size === size && r.view === view)),
          repeats: repeatsOf(lib),
        };
      }
  const pkg = (name) => JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
  const cpus = os.cpus();
  const machine = {
    date: new Date().toISOString(),
    browser: `Chromium ${browserVersion}`,
    cores: cpus.length,
    cpuModel: cpus[0]?.model ?? 'unknown CPU',
    memoryGB: Math.round(os.totalmem() / 1e9),
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.versions.node,
    // Other work on the machine skews timings: the 1-minute load average before and after the run.
    loadAverage: [loadBefore[0], os.loadavg()[0]].map((x) => Number(x.toFixed(2))),
    ...gitInfo,
    bundleSha256: createHash('sha256').update(snapshot.get(FILES.tarikh[0])).digest('hex'),
    bundleBuilt: bundleTime,
    visVersion: pkg('vis-timeline'),
    visDataVersion: pkg('vis-data'),
  };
  const bundle = {
    tarikh: gzipBytes(FILES.tarikh),
    tarikhAll: gzipBytes([...FILES.tarikh, ...FILES.tarikhLazy]),
    vis: gzipBytes(FILES.vis),
    visCss: gzipBytes([VIS_CSS]),
  };
  // Every page loads its library afresh, so each run has a load time, whatever its size or view.
  const loadOf = (lib) => median(runs.filter((r) => r.lib === lib && r.loadMs != null).map((r) => r.loadMs));
  const load = { tarikh: loadOf('tarikh'), vis: loadOf('vis') };
  const options = {
    argv: args,
    quick,
    sizes,
    repeats,
    tarikhRepeats,
    shape,
    clumped: shape === 'legacy' ? clumped : undefined,
    visMax,
    timeoutMs: TIMEOUT_MS,
    zoomBudgetMs: ZOOM_BUDGET_MS,
    repeatLimitMs: REPEAT_LIMIT_MS,
  };
  const markdown = buildMarkdown({ summaries, bundle, load, machine, checks, options });
  writeFileSync(resolve(root, `${out}.md`), markdown);
  // Formatted as the repository's prettier config wants it, so `npm run lint` stays clean.
  const jsonPath = resolve(root, `${out}.json`);
  const raw = JSON.stringify({ machine, options, bundle, load, checks, summaries, runs });
  const config = (await prettier.resolveConfig(jsonPath)) ?? {};
  writeFileSync(jsonPath, await prettier.format(raw, { ...config, filepath: jsonPath }));
  console.log('\n' + markdown);
  console.log(
    `bench: ${runs.length} page runs in ${((Date.now() - began) / 1000).toFixed(0)} s; wrote ${out}.md and ${out}.json`,
  );
}

await main();
