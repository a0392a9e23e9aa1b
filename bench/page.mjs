// Browser side of `npm run bench` (see bench/run.mjs, which drives it through `window.bench`).
// bench/page.html?lib=tarikh loads dist/tarikh.bundled.js, ?lib=vis loads vis-timeline's standalone
// build, ?lib=check loads Tarikh only to validate the synthetic datasets. Nothing here is timed
// unless it says so; every timed span is measured with performance.now() in this page.

const DAY = 86_400_000;
const HOUR = 3_600_000;
const MINUTE = 60_000;
/** The story's ten months: 1 September 2023 to 30 June 2024 (UTC). */
const RANGE_START = Date.UTC(2023, 8, 1);
const RANGE_END = Date.UTC(2024, 6, 1);
/** Centre of the biggest pile-up, the point the zoom sequence and the two-week window close in on. */
const FOCUS = Date.UTC(2024, 0, 16, 9, 0);
const TWO_WEEKS = 14 * DAY;

const TARIKH_URL = '/dist/tarikh.bundled.js';
const VIS_URL = '/node_modules/vis-timeline/standalone/esm/vis-timeline-graph2d.min.js';

// ——— Synthetic data ———

/** A small, fast, seeded PRNG (mulberry32): the same seed gives the same dataset in every run. */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const EN_WORDS = [
  'summit',
  'launch',
  'talks',
  'visit',
  'statement',
  'missile',
  'delegation',
  'agreement',
  'meeting',
  'report',
  'satellite',
  'cosmodrome',
  'envoy',
  'sanctions',
  'exercise',
  'briefing',
  'treaty',
  'cooperation',
  'minister',
  'parliament',
];
const AR_WORDS = [
  'قمة',
  'إطلاق',
  'محادثات',
  'زيارة',
  'بيان',
  'صاروخ',
  'وفد',
  'اتفاق',
  'اجتماع',
  'تقرير',
  'قمر',
  'مبعوث',
  'عقوبات',
  'مناورة',
  'وزير',
  'تعاون',
];

const pick = (rand, list) => list[Math.floor(rand() * list.length)];
const words = (rand, list, n) => Array.from({ length: n }, () => pick(rand, list)).join(' ');
const isoMinute = (ms) => new Date(ms).toISOString().slice(0, 19) + 'Z';
const isoDay = (ms) => new Date(ms).toISOString().slice(0, 10);

/** A standard normal deviate (Box–Muller) from the seeded generator. */
function gaussian(rand) {
  const u = Math.max(rand(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rand());
}

/**
 * A valid Tarikh Dataset of `n` events across the ten months, deterministic for (`n`, `seed`).
 * 65 % of the events are spread uniformly; 35 % (`clumped`) pile up in 12 clumps (one big clump at FOCUS),
 * a third of those on the exact hour of their clump's centre. 15 % are day-precision dates and 5 %
 * are ranges of 1–5 days. Each event has one excerpt, a verbatim slice of one of 12 small sources.
 */
export function makeDataset(n, { seed = 20230913, clumped = 0.35 } = {}) {
  const rand = mulberry32(seed ^ Math.imul(n, 2654435761));
  const sources = Array.from({ length: 12 }, (_, i) => {
    const lang = i % 2 === 0 ? 'en' : 'ar';
    const list = lang === 'en' ? EN_WORDS : AR_WORDS;
    const sentences = Array.from({ length: 12 }, () => `${words(rand, list, 6 + Math.floor(rand() * 6))}.`);
    return {
      id: `s${i}`,
      title: { ar: `مصدر ${i}: ${words(rand, AR_WORDS, 3)}`, en: `Source ${i}: ${words(rand, EN_WORDS, 3)}` },
      outlet: { ar: `وكالة ${i}`, en: `Agency ${i}` },
      published: isoDay(RANGE_START + i * 20 * DAY),
      lang,
      url: `https://example.org/source/${i}`,
      text: sentences.join(' '),
    };
  });
  const clumps = Array.from({ length: 12 }, (_, i) => ({
    at: i === 0 ? FOCUS : RANGE_START + Math.floor((rand() * (RANGE_END - RANGE_START)) / HOUR) * HOUR,
    sigma: (1 + rand() * 11) * HOUR,
    weight: i === 0 ? 4 : 1,
  }));
  const totalWeight = clumps.reduce((sum, c) => sum + c.weight, 0);
  const pickClump = () => {
    let r = rand() * totalWeight;
    for (const c of clumps) if ((r -= c.weight) < 0) return c;
    return clumps[clumps.length - 1];
  };

  const events = new Array(n);
  for (let i = 0; i < n; i += 1) {
    let at;
    if (rand() < clumped) {
      const c = pickClump();
      at = rand() < 1 / 3 ? c.at : c.at + gaussian(rand) * c.sigma;
      at = Math.min(RANGE_END - DAY, Math.max(RANGE_START, at));
    } else {
      at = RANGE_START + rand() * (RANGE_END - RANGE_START - DAY);
    }
    at = Math.floor(at / MINUTE) * MINUTE;
    const kind = rand();
    const source = sources[Math.floor(rand() * sources.length)];
    const start = Math.floor(rand() * (source.text.length - 80));
    const end = start + 20 + Math.floor(rand() * 50);
    const quote = source.text.slice(start, end);
    const event = {
      id: `e${i}`,
      date: kind < 0.2 ? isoDay(at) : isoMinute(at),
      title: {
        ar: `${words(rand, AR_WORDS, 1 + Math.floor(rand() * 3))} ${i}`,
        en: `${words(rand, EN_WORDS, 1 + Math.floor(rand() * 3))} ${i}`,
      },
      excerpts: [
        {
          source: source.id,
          quote,
          start,
          end,
          translation: { ar: source.lang === 'ar' ? quote : `ترجمة ${i}`, en: `Translation ${i}` },
        },
      ],
    };
    if (kind < 0.05) event.end = isoDay(at + (1 + Math.floor(rand() * 5)) * DAY);
    events[i] = event;
  }
  return { title: { ar: `بيانات اصطناعية (${n})`, en: `Synthetic data (${n})` }, sources, events };
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

function collectGarbage() {
  if (typeof window.gc === 'function') {
    window.gc();
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
  const errors = [];
  el.addEventListener('tarikh-error', (e) => errors.push(e.detail));
  host.append(el);
  await el.updateComplete;
  return {
    name: 'tarikh',
    loadMs,
    errors,
    root: () => el.shadowRoot,
    /** Sets the data; with `window`, the dataset's `view` asks for that window first. */
    render(dataset, window) {
      el.data = window
        ? { ...dataset, view: { start: new Date(window[0]).toISOString(), end: new Date(window[1]).toISOString() } }
        : dataset;
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
 * Time to first render: from just before the data is handed over (Tarikh: `el.data = dataset`;
 * vis: `new DataSet(items)` + `new Timeline(...)`) to the first painted frame with nodes drawn,
 * by double requestAnimationFrame: every frame, the first rAF callback looks for drawn nodes; the
 * first frame that has them paints them, and the time is taken in the rAF callback of the frame
 * after it. `paintedMs` is the end of the main-thread work of the painting frame (rAF + task).
 */
async function firstRender(adapter, input, window, timeoutMs) {
  await idle();
  const t0 = performance.now();
  adapter.render(input, window);
  const syncMs = performance.now() - t0;
  let frames = 0;
  for (;;) {
    await nextFrame();
    frames += 1;
    if (adapter.hasNodes()) {
      const painted = await nextTask();
      const t1 = await nextFrame();
      return { ms: t1 - t0, paintedMs: painted - t0, syncMs, frames };
    }
    if (performance.now() - t0 > timeoutMs) return { timedOut: true, ms: performance.now() - t0, syncMs, frames };
  }
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
  collectGarbage();
  return { heapBaseline: heapUsed(), gcAvailable: typeof window.gc === 'function', loadMs: adapter.loadMs };
}

/**
 * One page, one scenario. `view: 'fitted'` renders all events fitted, counts nodes and takes the
 * heap after a GC (then bench/run.mjs calls `zoom`); `view: 'two-weeks'` renders a two-week window
 * around FOCUS and counts nodes.
 */
let fittedView = null;
async function render({ size, view, timeoutMs, clumped }) {
  const setupInfo = await setup();
  // As a page gets data it fetched: the strings JSON.parse makes, not the concatenations that built
  // them (a library reading a concatenated string first flattens it, which fetched data never costs).
  let dataset = JSON.parse(JSON.stringify(makeDataset(size, { clumped })));
  const fitted = fittedWindow(dataset);
  const window = view === 'fitted' ? fitted : [FOCUS - TWO_WEEKS / 2, FOCUS + TWO_WEEKS / 2];
  let input = adapter.prepare ? adapter.prepare(dataset) : dataset;
  dataset = null;
  // The harness's own garbage (building the dataset and the items) is collected before the clock
  // starts, so neither library is charged for a collection of data it did not make.
  collectGarbage();
  // Tarikh is handed its window through the dataset's `view` only for two-week renders; fitted is its default.
  const result = await firstRender(adapter, input, view === 'fitted' && lib === 'tarikh' ? null : window, timeoutMs);
  input = null;
  const out = { lib, size, view, clumped, window, ...setupInfo, firstRender: result, errors: adapter.errors };
  if (result.timedOut) return out;
  await idle();
  out.nodes = adapter.nodes();
  out.drawn = adapter.drawn();
  out.visibleWindow = adapter.visible();
  fittedView = out.visibleWindow;
  collectGarbage();
  await idle(2);
  out.heapUsed = heapUsed();
  return out;
}

/** The zoom sequence, from the window the fitted render shows. */
const zoom = ({ timeoutMs }) => zoomSequence(adapter, fittedView, timeoutMs);

/** Validates the synthetic datasets with Tarikh's own validator (the one the element runs). */
async function check(sizes, clumped) {
  const { validateDataset } = await import(TARIKH_URL);
  return sizes.map((size) => {
    const t0 = performance.now();
    const dataset = makeDataset(size, { clumped });
    const generateMs = performance.now() - t0;
    const again = JSON.stringify(makeDataset(size, { clumped })) === JSON.stringify(dataset);
    const { problems, rejected, unverified } = validateDataset(dataset);
    return {
      size,
      generateMs,
      deterministic: again,
      events: dataset.events.length,
      problems: problems.slice(0, 5).map((p) => `${p.path}: ${p.message.en}`),
      problemCount: problems.length,
      rejected: rejected.length,
      unverified: unverified.size,
      clumpedAtFocus: dataset.events.filter((e) => e.date === isoMinute(FOCUS)).length,
    };
  });
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

window.bench = { render, zoom, check, pressTarget, pressResult, gestureStart, gestureResult, ready: true };
