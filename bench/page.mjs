// Browser side of `npm run bench` (see bench/run.mjs, which drives it through `window.bench`).
// bench/page.html?lib=tarikh loads dist/tarikh.bundled.js, ?lib=vis loads vis-timeline's standalone
// build, ?lib=check loads Tarikh only to validate the synthetic datasets. Nothing here is timed
// unless it says so; every timed span is measured with performance.now() in this page.

import { FOCUS, TITLE_MAX, TITLE_MIN, isoMinute } from './data.mjs';

const DAY = 86_400_000;
const MINUTE = 60_000;
const TWO_WEEKS = 14 * DAY;

const TARIKH_URL = '/dist/tarikh.bundled.js';
const VIS_URL = '/node_modules/vis-timeline/standalone/esm/vis-timeline-graph2d.min.js';

const params = new URLSearchParams(location.search);
/**
 * The dataset's JSON as bench/run.mjs serves it (built by bench/data.mjs in Node, the same bytes for every page).
 * Absolute, so that a Web Worker (whose base URL is its script's) would fetch the very same resource.
 */
const datasetUrl = (size) => new URL(`/bench/data/${params.get('shape') ?? 'news'}-${size}.json`, location.href).href;

/** The dataset as a page holds data it fetched: `response.json()` of the served bytes (not timed). */
async function fetchDataset(size) {
  const response = await fetch(datasetUrl(size));
  if (!response.ok) throw new Error(`dataset ${size}: HTTP ${response.status}`);
  return response.json();
}

/** The span of a dataset the way Tarikh fits it: every event, plus 5 % (at least a day) each side. */
function fittedWindow(dataset) {
  let lo = Infinity;
  let hi = -Infinity;
  for (const e of dataset.events) {
    const a = Date.parse(e.date);
    const b = e.end ? Date.parse(e.end) + DAY : e.date.length === 10 ? a + DAY : a + MINUTE;
    if (a < lo) lo = a;
    if (b > hi) hi = b;
  }
  const margin = Math.max((hi - lo) * 0.05, DAY);
  return [lo - margin, hi + margin];
}

// ——— Frames ———

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())));
/**
 * Resolves in a new task. Posted from a requestAnimationFrame callback, it runs after that frame's
 * style, layout, paint and commit on the main thread: its time is the end of the frame's main-thread work.
 */
const nextTask = () =>
  new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve(performance.now());
    };
    channel.port2.postMessage(0);
  });

async function idle(frames = 3) {
  for (let i = 0; i < frames; i += 1) await nextFrame();
  await nextTask();
}

/**
 * Two collections, each in a task of its own: an object a `WeakRef` gave out is kept alive until the task that
 * asked for it ends, and the element holds the page's `data` weakly (reading `el.data` asks). When the
 * collections ran in the task that read the figures, one run at 1,000,000 events measured 955 B an event
 * against 578 B in every other; this is the likely cause, not a confirmed one.
 */
async function collectGarbage() {
  if (typeof window.gc !== 'function') return;
  for (let i = 0; i < 2; i += 1) {
    await nextTask();
    window.gc();
  }
}

function heapUsed() {
  return performance.memory ? performance.memory.usedJSHeapSize : null;
}

function countNodes(root) {
  let all = 0;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
  while (walker.nextNode()) all += 1;
  return { elements: root.querySelectorAll('*').length, all };
}

// ——— Library adapters: the same five operations for both libraries ———

async function tarikhAdapter(host) {
  const t0 = performance.now();
  await import(TARIKH_URL);
  const loadMs = performance.now() - t0;
  const el = document.createElement('tarikh-timeline');
  el.lang = 'en';
  // `--fold` in run.mjs: the axis folds its stretches without events (issue #25).
  if (new URLSearchParams(location.search).get('fold') === '1') el.setAttribute('fold-gaps', '');
  // A million events is several hundred megabytes of JSON: give `src` more than the default 15 s.
  el.setAttribute('fetch-timeout', '120000');
  const errors = [];
  el.addEventListener('tarikh-error', (e) => errors.push(e.detail));
  // Only the time: keeping `detail.dataset` would hold the data in the page and inflate the heap per event.
  const loaded = { at: null };
  el.addEventListener('tarikh-load', () => (loaded.at ??= performance.now()));
  host.append(el);
  await el.updateComplete;
  return {
    name: 'tarikh',
    loadMs,
    errors,
    loaded,
    root: () => el.shadowRoot,
    /** Sets the data; with `window`, the dataset's `view` asks for that window first. */
    render(dataset, window) {
      el.data = window
        ? { ...dataset, view: { start: new Date(window[0]).toISOString(), end: new Date(window[1]).toISOString() } }
        : dataset;
    },
    /** Hands over a URL instead: the element fetches, parses, validates and draws it. */
    renderSrc(url) {
      el.src = url;
    },
    hasNodes: () => el.shadowRoot.querySelector('[part~="event"], [part="cluster"]') !== null,
    zoom: (a, b) => el.zoomTo(new Date(a), new Date(b), { animate: false }),
    visible: () => {
      const { start, end } = el.visibleRange;
      return [+start, +end];
    },
    nodes: () => countNodes(el.shadowRoot),
    drawn: () => ({
      events: el.shadowRoot.querySelectorAll('[part~="event"]').length,
      clusters: el.shadowRoot.querySelectorAll('[part="cluster"]').length,
    }),
    /** An event node's dot, whole inside the plot, to press. */
    pressPoint: () => pointInside(el.shadowRoot.querySelectorAll('[part~="event"]'), el.getBoundingClientRect(), 6),
    plotBox: () => el.shadowRoot.querySelector('.plot').getBoundingClientRect().toJSON(),
    selected: () => el.selected !== null,
    /** Selects an event by id (as a deep link or a list's entry does) and waits for the render. */
    select: async (id) => {
      el.select(id);
      await el.updateComplete;
    },
  };
}

/** The left end (a node's dot, or a box's edge) of the first element whole inside `box`, at mid height. */
function pointInside(elements, box, inset) {
  for (const element of elements) {
    const r = element.getBoundingClientRect();
    if (r.width && r.left >= box.left && r.right <= box.right && r.top >= box.top && r.bottom <= box.bottom) {
      return { x: r.left + inset, y: r.top + r.height / 2 };
    }
  }
  return null;
}

async function visAdapter(host) {
  const t0 = performance.now();
  const { Timeline, DataSet } = await import(VIS_URL);
  const loadMs = performance.now() - t0;
  const container = document.createElement('div');
  host.append(container);
  let timeline = null;
  return {
    name: 'vis',
    loadMs,
    errors: [],
    root: () => container,
    /**
     * Builds vis-timeline's DataSet and Timeline from items prepared beforehand (not timed: see
     * `prepare`), in a fixed 500 px high timeline showing `window`.
     */
    render(items, window) {
      const data = new DataSet(items);
      timeline = new Timeline(container, data, {
        height: '500px',
        width: '100%',
        start: new Date(window[0]),
        end: new Date(window[1]),
      });
    },
    /** The same events as vis-timeline items: id, label (English title), start, and end for ranges. */
    prepare: (dataset) =>
      dataset.events.map((e) =>
        e.end
          ? { id: e.id, content: e.title.en, start: e.date, end: e.end }
          : { id: e.id, content: e.title.en, start: e.date },
      ),
    hasNodes: () => container.querySelector('.vis-item') !== null,
    zoom: (a, b) => timeline.setWindow(new Date(a), new Date(b), { animation: false }),
    visible: () => {
      const { start, end } = timeline.getWindow();
      return [+start, +end];
    },
    nodes: () => countNodes(container),
    // Each box item is three elements (.vis-box, .vis-line, .vis-dot); count the items.
    drawn: () => ({
      events: container.querySelectorAll('.vis-item:not(.vis-line):not(.vis-dot)').length,
      clusters: container.querySelectorAll('.vis-cluster').length,
    }),
    pressPoint: () =>
      pointInside(container.querySelectorAll('.vis-item.vis-box'), container.getBoundingClientRect(), 8),
    plotBox: () => (container.querySelector('.vis-center') ?? container).getBoundingClientRect().toJSON(),
    selected: () => (timeline?.getSelection().length ?? 0) > 0,
  };
}

// ——— Measurements ———

/**
 * Time to first render: from just before the data is handed over (Tarikh: `el.data = dataset` or `el.src = url`;
 * vis: `new DataSet(items)` + `new Timeline(...)`) to the first painted frame with nodes drawn, by double
 * requestAnimationFrame: every frame, the first rAF callback looks for drawn nodes (so loading spread over many
 * tasks is timed as well as loading in one); the first frame that has them paints them, and the time is taken in
 * the rAF callback of the frame after it. `paintedMs` is the end of the main-thread work of the painting frame
 * (rAF + task). `loading` is what a `longtask` observer saw from the hand-over until the events were drawn,
 * `tarikh-load` had fired (Tarikh) and the main thread then had 500 ms without a long task.
 */
async function firstRender(adapter, input, window, timeoutMs, bySrc) {
  await idle();
  const loading = startLongTasks();
  const t0 = performance.now();
  if (bySrc) adapter.renderSrc(input);
  else adapter.render(input, window);
  const syncMs = performance.now() - t0;
  let frames = 0;
  let drawn = null;
  for (;;) {
    await nextFrame();
    frames += 1;
    if (adapter.hasNodes()) {
      const painted = await nextTask();
      const t1 = await nextFrame();
      drawn = { ms: t1 - t0, paintedMs: painted - t0, syncMs, frames };
      break;
    }
    if (performance.now() - t0 > timeoutMs) {
      loading.stop();
      return { timedOut: true, ms: performance.now() - t0, syncMs, frames, loading: loading.result() };
    }
  }
  while (adapter.loaded && adapter.loaded.at === null && performance.now() - t0 < timeoutMs) await sleep(20);
  const loadEventMs = adapter.loaded?.at == null ? null : adapter.loaded.at - t0;
  await loading.quiet(500, timeoutMs);
  loading.stop();
  return { ...drawn, loadEventMs, loading: loading.result() };
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** A `longtask` recorder: every task over 50 ms on the main thread from now until `stop()`. */
function startLongTasks() {
  const tasks = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, ms: entry.duration });
  });
  observer.observe({ type: 'longtask' });
  const began = performance.now();
  return {
    /** Waits until the main thread has had `ms` without a long task (entries arrive just after a task ends). */
    async quiet(ms, limitMs) {
      const since = performance.now();
      for (;;) {
        await sleep(50);
        const now = performance.now();
        const last = Math.max(since, ...tasks.map((t) => t.start + t.ms));
        if (now - last >= ms || now - began > limitMs) return;
      }
    },
    stop: () => {
      for (const entry of observer.takeRecords()) tasks.push({ start: entry.startTime, ms: entry.duration });
      observer.disconnect();
    },
    result: () => ({
      longestTaskMs: Math.max(0, ...tasks.map((t) => t.ms)),
      longTasks: tasks.length,
      // The first twenty, in ms from the hand-over: enough to see whether loading came in slices.
      tasks: tasks.slice(0, 20).map((t) => ({ at: Math.round(t.start - began), ms: Math.round(t.ms) })),
    }),
  };
}

/**
 * The zoom windows: from the fitted window [a, b] towards a two-week window around FOCUS in 30
 * geometric steps, keeping FOCUS at the same fraction of the view (as a wheel zoom keeps the date
 * under the pointer), then back out in 30 steps to the fitted window: 60 steps.
 */
function zoomWindows([a, b]) {
  const f = (FOCUS - a) / (b - a);
  const s0 = b - a;
  const windowAt = (i) => {
    const span = s0 * Math.pow(TWO_WEEKS / s0, i / 30);
    return [FOCUS - f * span, FOCUS + (1 - f) * span];
  };
  const steps = [];
  for (let i = 1; i <= 30; i += 1) steps.push(windowAt(i));
  for (let i = 29; i >= 0; i -= 1) steps.push(windowAt(i));
  return steps;
}

/**
 * Frame time of one zoom step. The zoom call is made at the start of a frame, in a
 * requestAnimationFrame callback (where a wheel or pinch would be handled); the time runs from the
 * call to the end of that frame's main-thread work (style, layout, paint, commit), taken by a task
 * posted from the callback. A library that defers its redraw to later frames (vis-timeline redraws
 * in its own rAF) has those frames added too: each following frame in which its DOM changed counts
 * from the frame's first rAF callback (ours, registered before the library's) to the end of its
 * main-thread work. Idle waiting between frames is not counted; `latencyMs` (call to the end of the
 * last frame with changes) includes it.
 */
async function zoomStep(adapter, observer, mutations, [a, b]) {
  const t0 = await nextFrame();
  let next = nextFrame();
  adapter.zoom(a, b);
  let end = await nextTask();
  let busy = end - t0;
  let frames = 1;
  const changed = () => {
    const n = mutations.count + observer.takeRecords().length;
    mutations.count = 0;
    return n > 0;
  };
  changed();
  for (let k = 0; k < 10; k += 1) {
    const start = await next;
    next = nextFrame();
    const frameEnd = await nextTask();
    if (!changed()) break;
    busy += frameEnd - start;
    end = frameEnd;
    frames += 1;
  }
  await next;
  return { ms: busy, latencyMs: end - t0, frames };
}

async function zoomSequence(adapter, fitted, budgetMs) {
  // Counts mutation records as they are delivered (takeRecords() alone would miss delivered ones).
  const mutations = { count: 0 };
  const observer = new MutationObserver((records) => {
    mutations.count += records.length;
  });
  observer.observe(adapter.root(), { subtree: true, childList: true, attributes: true, characterData: true });
  const steps = [];
  let maxNodes = 0;
  let maxWindowError = 0;
  const started = performance.now();
  for (const w of zoomWindows(fitted)) {
    const step = await zoomStep(adapter, observer, mutations, w);
    const [va, vb] = adapter.visible();
    const error = Math.max(Math.abs(va - w[0]), Math.abs(vb - w[1])) / (w[1] - w[0]);
    maxWindowError = Math.max(maxWindowError, error);
    maxNodes = Math.max(maxNodes, adapter.nodes().elements);
    steps.push(step);
    if (performance.now() - started > budgetMs) break;
  }
  observer.disconnect();
  return { steps, complete: steps.length === 60, maxNodes, maxWindowError, totalMs: performance.now() - started };
}

// ——— Entry points for bench/run.mjs ———

const lib = new URLSearchParams(location.search).get('lib');
let adapter = null;

async function setup() {
  await Promise.all([
    document.fonts.load('13px "Inter Variable"'),
    document.fonts.load('12px "Inter Variable"'),
    document.fonts.load('bold 13px "Inter Variable"'),
  ]);
  await document.fonts.ready;
  const host = document.getElementById('host');
  adapter = lib === 'tarikh' ? await tarikhAdapter(host) : await visAdapter(host);
  await idle();
  await collectGarbage();
  return { heapBaseline: heapUsed(), gcAvailable: typeof window.gc === 'function', loadMs: adapter.loadMs };
}

/**
 * One page, one scenario. `view: 'fitted'` hands all events over by `data`, fitted, counts nodes and takes the
 * heap after a GC (then bench/run.mjs calls `zoom` and the gestures); `view: 'two-weeks'` does the same for a
 * two-week window around FOCUS; `view: 'src'` (Tarikh only) gives the element the served JSON's URL instead, so
 * fetching and parsing are the element's work too. The heap held per event is the heap after a GC, with the
 * page's own references to the data dropped, minus the heap before the data was fetched, divided by `size`.
 */
let fittedView = null;
async function render({ size, view, timeoutMs }) {
  const setupInfo = await setup();
  const bySrc = view === 'src';
  let input = datasetUrl(size);
  let window = null;
  if (!bySrc) {
    let dataset = await fetchDataset(size);
    window = view === 'two-weeks' ? [FOCUS - TWO_WEEKS / 2, FOCUS + TWO_WEEKS / 2] : fittedWindow(dataset);
    input = adapter.prepare ? adapter.prepare(dataset) : dataset;
    dataset = null;
  }
  // The harness's own garbage (fetching and parsing the JSON, building vis's items) is collected before the
  // clock starts, so neither library is charged for a collection of data it did not make.
  await collectGarbage();
  // Tarikh is handed its window through the dataset's `view` only for two-week renders; fitted is its default.
  const result = await firstRender(
    adapter,
    input,
    view === 'two-weeks' || lib !== 'tarikh' ? window : null,
    timeoutMs,
    bySrc,
  );
  input = null;
  const out = {
    lib,
    size,
    view,
    shape: params.get('shape') ?? 'news',
    window,
    ...setupInfo,
    firstRender: result,
    errors: adapter.errors,
  };
  if (result.timedOut) return out;
  await idle();
  out.nodes = adapter.nodes();
  out.drawn = adapter.drawn();
  out.visibleWindow = adapter.visible();
  fittedView = out.visibleWindow;
  await collectGarbage();
  await idle(2);
  out.heapUsed = heapUsed();
  if (out.heapUsed != null && setupInfo.heapBaseline != null) {
    out.heapPerEventBytes = (out.heapUsed - setupInfo.heapBaseline) / size;
  }
  return out;
}

/** The zoom sequence, from the window the fitted render shows. */
const zoom = ({ timeoutMs }) => zoomSequence(adapter, fittedView, timeoutMs);

/**
 * Validates one served dataset with Tarikh's own validator (the one the element runs), and describes its
 * shape: title lengths, the share of excerpts quoting Arabic sources, of day-precision dates.
 */
async function check(size) {
  const { validateDataset } = await import(TARIKH_URL);
  const dataset = await fetchDataset(size);
  const t0 = performance.now();
  const { problems, rejected, unverified } = validateDataset(dataset);
  const validateMs = performance.now() - t0;
  const sourceLang = new Map(dataset.sources.map((s) => [s.id, s.lang]));
  let shortest = Infinity;
  let longest = 0;
  let arabic = 0;
  let day = 0;
  for (const e of dataset.events) {
    for (const t of [e.title.ar, e.title.en]) {
      shortest = Math.min(shortest, t.length);
      longest = Math.max(longest, t.length);
    }
    if (sourceLang.get(e.excerpts[0].source) === 'ar') arabic += 1;
    if (e.date.length === 10) day += 1;
  }
  const n = dataset.events.length;
  return {
    size,
    validateMs,
    events: n,
    sources: dataset.sources.length,
    problems: problems.slice(0, 5).map((p) => `${p.path}: ${p.message.en}`),
    problemCount: problems.length,
    rejected: rejected.length,
    unverified: unverified.size,
    titleChars: [shortest, longest],
    titlesWithin: shortest >= TITLE_MIN && longest <= TITLE_MAX,
    arabicShare: arabic / n,
    dayPrecisionShare: day / n,
    atFocusMinute: dataset.events.filter((e) => e.date === isoMinute(FOCUS)).length,
  };
}

/**
 * Before the first press on an event (a real mouse click from bench/run.mjs, through CDP): where to press, and a
 * recorder of long tasks from the press on. Issue #26: the first press, focus or selection must not freeze.
 */
function pressTarget() {
  const point = adapter.pressPoint();
  if (!point) return null;
  press = { at: null, tasks: [] };
  const recorder = press;
  document.addEventListener('pointerdown', (e) => (recorder.at = e.timeStamp), { capture: true, once: true });
  recorder.observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      if (recorder.at !== null && entry.startTime >= recorder.at - 1) recorder.tasks.push(entry.duration);
  });
  recorder.observer.observe({ type: 'longtask' });
  return point;
}

/** After the press: from the pointerdown to the selection painted, and the longest task meanwhile and just after. */
async function pressResult({ timeoutMs }) {
  const recorder = press;
  const started = performance.now();
  while (!adapter.selected() && performance.now() - started < timeoutMs) await nextFrame();
  const selected = adapter.selected();
  await idle();
  const selectedMs = recorder.at === null ? null : performance.now() - recorder.at;
  // Long tasks are reported after they end; wait a little for the last.
  await new Promise((resolve) => setTimeout(resolve, 300));
  recorder.observer.disconnect();
  return { selected, selectedMs, longestTaskMs: Math.max(0, ...recorder.tasks), longTasks: recorder.tasks.length };
}

let press = null;

/**
 * Tarikh only, after the first press: `select()` of 20 events spread through the dataset, nearly all of them not
 * drawn (as a deep link, an entry of the list view or a mark in the reader selects them), each to the frame after
 * its render, 30 ms apart. Issue #26: no task over 50 ms on the selection of an event.
 */
async function selectMany({ size }) {
  if (!adapter.select) return null;
  const tasks = startLongTasks();
  const times = [];
  for (let k = 0; k < 20; k += 1) {
    const started = performance.now();
    await adapter.select(`e${Math.floor(((k + 0.5) * size) / 20)}`);
    await nextFrame();
    times.push(performance.now() - started);
    await sleep(30);
  }
  // Long tasks are reported after they end; wait a little for the last.
  await sleep(300);
  tasks.stop();
  const { longestTaskMs, longTasks } = tasks.result();
  times.sort((a, b) => a - b);
  return { count: times.length, medianMs: times[times.length >> 1], slowestMs: times.at(-1), longestTaskMs, longTasks };
}

/**
 * Before a real gesture (wheel events or a drag from bench/run.mjs, through CDP): the plot's box, and recorders of
 * frames (requestAnimationFrame) and long tasks until `gestureResult`. Issue #26: at most 1 frame over 33 ms in 60
 * wheel events and in a 30-move drag, and no task over 50 ms.
 */
function gestureStart() {
  const recorder = { frames: [], tasks: [], running: true };
  let last = performance.now();
  const frame = (now) => {
    recorder.frames.push(now - last);
    last = now;
    if (recorder.running) requestAnimationFrame(frame);
  };
  requestAnimationFrame((now) => {
    last = now;
    requestAnimationFrame(frame);
  });
  recorder.observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) recorder.tasks.push(entry.duration);
  });
  recorder.observer.observe({ type: 'longtask' });
  gesture = recorder;
  return adapter.plotBox();
}

/** After the gesture, once it has settled: frames over 33 ms and the longest task while it ran. */
async function gestureResult() {
  const recorder = gesture;
  await idle(4);
  await new Promise((resolve) => setTimeout(resolve, 300));
  recorder.running = false;
  recorder.observer.disconnect();
  return {
    frames: recorder.frames.length,
    framesOver33: recorder.frames.filter((ms) => ms > 33.4).length,
    longestFrameMs: Math.max(0, ...recorder.frames),
    longestTaskMs: Math.max(0, ...recorder.tasks),
    longTasks: recorder.tasks.length,
    visible: adapter.visible(),
  };
}

let gesture = null;

window.bench = {
  render,
  zoom,
  check,
  pressTarget,
  pressResult,
  selectMany,
  gestureStart,
  gestureResult,
  ready: true,
};
