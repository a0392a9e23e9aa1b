import { layoutLanes, searchTime, type Layout, type LayoutOptions } from './lanes.js';

/** Zoom levels per doubling at which the layout is recomputed. */
const LEVELS_PER_OCTAVE = 4;

export interface WindowLayoutRequest {
  /** Node times, ascending, and range ends (ms). */
  at: Float64Array;
  end: Float64Array;
  /** The longest range (end − at) among the items, so ranges that start before the window are kept. */
  longestRange: number;
  /** Fixed reference: the start of everything that can be shown, and pixels per ms when all is shown. */
  epoch: number;
  basePxPerMs: number;
  /** The visible window now. */
  viewStart: number;
  viewEnd: number;
  width: number;
  options: LayoutOptions;
  labelWidth: (index: number) => number;
  /** An item placed wherever its node fits at all (the selected event), or -1. */
  pinned?: number;
  /** Anything else the layout depends on (data, language, filter, fonts); a new key recomputes. */
  key: string;
}

export interface WindowLayoutResult {
  layout: Layout;
  /** The scale the layout was made at (pixels per ms), at most the current one. */
  pxPerMs: number;
  origin: number;
}

interface WindowPlan {
  level: number;
  quantized: number;
  chunk: number;
  /** The laid-out window, and where the view may start for the layout to be reused. */
  lo: number;
  hi: number;
  reuseFrom: number;
}

function planWindow(request: WindowLayoutRequest): WindowPlan {
  const { epoch, basePxPerMs, viewStart, viewEnd, width } = request;
  const pxPerMs = width / Math.max(1e-9, viewEnd - viewStart);
  const level = Math.floor(Math.log2(Math.max(1e-12, pxPerMs / basePxPerMs)) * LEVELS_PER_OCTAVE + 1e-9);
  const quantized = Math.min(pxPerMs, basePxPerMs * Math.pow(2, level / LEVELS_PER_OCTAVE));
  const chunk = Math.floor(((viewStart - epoch) * quantized) / width);
  // One screen of context before the view, so lanes are already settled where the view begins,
  // and room after it, so small pans reuse this layout.
  return {
    level,
    quantized,
    chunk,
    lo: epoch + ((chunk - 1) * width) / quantized,
    hi: epoch + ((chunk + 3) * width) / quantized,
    reuseFrom: epoch + (chunk * width) / quantized,
  };
}

function layoutWindow(request: WindowLayoutRequest, plan: WindowPlan, kept?: number[]): WindowLayoutResult {
  const { at, end, pinned = -1 } = request;
  const from = searchTime(at, plan.lo - request.longestRange);
  const to = searchTime(at, plan.hi);
  const keep = pinned >= 0 ? withIndex(kept ?? [], pinned) : kept;
  const layout = layoutLanes(
    { at, end, origin: plan.lo, pxPerMs: plan.quantized, labelWidth: request.labelWidth, from, to, keep, pinned },
    request.options,
  );
  return { layout, pxPerMs: plan.quantized, origin: plan.lo };
}

/** The layout the window layout would draw for a view, computed afresh (to ask "would this event be drawn?"). */
export function layoutForView(request: Omit<WindowLayoutRequest, 'key'>): WindowLayoutResult {
  return layoutWindow({ ...request, key: '' }, planWindow({ ...request, key: '' }));
}

/**
 * Lays out the events around the visible window at a quantized zoom level and over a window
 * aligned to a grid, and reuses that layout while the view stays inside it. Panning therefore
 * never reshuffles lanes, and because gaps only grow with scale the layout stays free of overlaps
 * between levels. A new layout (a new level, or the view leaving the laid-out window) places the
 * events the previous one drew first, so labels stay put as the reader zooms: only the new room is
 * given to other events. This is also what keeps a zoom frame cheap, as nodes move instead of
 * changing what they show.
 */
export class WindowLayout {
  private cached?: CachedLayout;
  /** A layout worked out ahead by `prepare`, and the layout it follows (what it keeps labels from). */
  private ahead?: { entry: CachedLayout; after: CachedLayout | undefined };
  /** How many times a layout was computed for a frame (for tests and the benchmark). */
  computations = 0;
  /** How many layouts `prepare` worked out ahead, and how many of them a frame then took. */
  prepared = 0;
  taken = 0;

  get(request: WindowLayoutRequest): WindowLayoutResult {
    const plan = planWindow(request);
    const c = this.cached;
    if (c && serves(c, request, plan)) return c.result;
    const ahead = this.ahead;
    this.ahead = undefined;
    // Worked out from the same layout, for the same plan and request: what computing it now would give.
    if (ahead && ahead.after === c && sameLayout(ahead.entry, request, plan)) {
      this.cached = ahead.entry;
      this.taken += 1;
      return ahead.entry.result;
    }
    this.cached = this.compute(request, plan);
    this.computations += 1;
    return this.cached.result;
  }

  /**
   * Works out now the layout `get(request)` would compute next, so that the frame asking for it
   * takes it instead: for the next step of a zoom, in idle time between frames. Does nothing when
   * the current layout serves `request` or that layout is already worked out. Returns whether it
   * computed one.
   */
  prepare(request: WindowLayoutRequest): boolean {
    const plan = planWindow(request);
    const c = this.cached;
    if (!c || serves(c, request, plan)) return false;
    if (this.ahead?.after === c && sameLayout(this.ahead.entry, request, plan)) return false;
    this.ahead = { entry: this.compute(request, plan), after: c };
    this.prepared += 1;
    return true;
  }

  clear() {
    this.cached = undefined;
    this.ahead = undefined;
  }

  private compute(request: WindowLayoutRequest, plan: WindowPlan): CachedLayout {
    const c = this.cached;
    // The same data, language, width and lanes: carry over what was drawn.
    const keep = c && c.key === request.key && c.width === request.width ? placedIndexes(c.result.layout) : undefined;
    return {
      key: request.key,
      level: plan.level,
      chunk: plan.chunk,
      width: request.width,
      pinned: request.pinned ?? -1,
      result: layoutWindow(request, plan, keep),
      lo: plan.reuseFrom,
      hi: plan.hi,
    };
  }
}

interface CachedLayout {
  key: string;
  level: number;
  chunk: number;
  width: number;
  pinned: number;
  result: WindowLayoutResult;
  /** Where the view may start and end for the layout to be reused. */
  lo: number;
  hi: number;
}

/** Whether a layout made for one request is the one to draw for another (its level, and the view inside it). */
function serves(c: CachedLayout, request: WindowLayoutRequest, plan: WindowPlan): boolean {
  return (
    c.key === request.key &&
    c.level === plan.level &&
    c.width === request.width &&
    c.pinned === (request.pinned ?? -1) &&
    request.viewStart >= c.lo &&
    request.viewEnd <= c.hi
  );
}

/** Whether a layout was computed for this very plan and request (and so is what computing it again gives). */
function sameLayout(c: CachedLayout, request: WindowLayoutRequest, plan: WindowPlan): boolean {
  return (
    c.key === request.key &&
    c.level === plan.level &&
    c.chunk === plan.chunk &&
    c.width === request.width &&
    c.pinned === (request.pinned ?? -1) &&
    c.result.origin === plan.lo &&
    c.result.pxPerMs === plan.quantized
  );
}

/** Ascending indexes with one more in its place (unless already there). */
function withIndex(indexes: number[], index: number): number[] {
  const at = searchTime(indexes, index);
  return indexes[at] === index ? indexes : [...indexes.slice(0, at), index, ...indexes.slice(at)];
}

/** The indexes a layout placed in lanes, ascending (layouts place in time order). */
function placedIndexes(layout: Layout): number[] {
  return layout.events.map((e) => e.index);
}
