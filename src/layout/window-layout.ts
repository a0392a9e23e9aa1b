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
  /** Anything else the layout depends on (data, language, filter, fonts); a new key recomputes. */
  key: string;
}

export interface WindowLayoutResult {
  layout: Layout;
  /** The scale the layout was made at (pixels per ms), at most the current one. */
  pxPerMs: number;
  origin: number;
}

/**
 * Lays out the events around the visible window at a quantized zoom level and over a window
 * aligned to a grid, and reuses that layout while the view stays inside it. Panning therefore
 * never reshuffles lanes, zooming reshuffles them only when crossing a level, and because gaps only
 * grow with scale the layout stays free of overlaps between levels.
 */
export class WindowLayout {
  private cached?: {
    key: string;
    level: number;
    chunk: number;
    width: number;
    result: WindowLayoutResult;
    lo: number;
    hi: number;
  };
  /** How many times a layout was computed (for tests and the benchmark). */
  computations = 0;

  get(request: WindowLayoutRequest): WindowLayoutResult {
    const { at, end, epoch, basePxPerMs, viewStart, viewEnd, width } = request;
    const pxPerMs = width / Math.max(1e-9, viewEnd - viewStart);
    const level = Math.floor(Math.log2(Math.max(1e-12, pxPerMs / basePxPerMs)) * LEVELS_PER_OCTAVE + 1e-9);
    const quantized = Math.min(pxPerMs, basePxPerMs * Math.pow(2, level / LEVELS_PER_OCTAVE));
    const chunk = Math.floor(((viewStart - epoch) * quantized) / width);
    const c = this.cached;
    if (c && c.key === request.key && c.level === level && c.width === width && viewStart >= c.lo && viewEnd <= c.hi) {
      return c.result;
    }
    // One screen of context before the view, so lanes are already settled where the view begins,
    // and room after it, so small pans reuse this layout.
    const lo = epoch + ((chunk - 1) * width) / quantized;
    const hi = epoch + ((chunk + 3) * width) / quantized;
    const from = searchTime(at, lo - request.longestRange);
    const to = searchTime(at, hi);
    const layout = layoutLanes(
      { at, end, origin: lo, pxPerMs: quantized, labelWidth: request.labelWidth, from, to },
      request.options,
    );
    this.computations += 1;
    const result = { layout, pxPerMs: quantized, origin: lo };
    this.cached = { key: request.key, level, chunk, width, result, lo: epoch + (chunk * width) / quantized, hi };
    return result;
  }

  clear() {
    this.cached = undefined;
  }
}
