import { zoomIdentity, type ZoomTransform } from '../../time/zoom-transform.js';
import type { TimelineItem } from '../../model/items.js';
import type { ShownItems } from '../../model/shown-items.js';
import { fittedDomain } from '../../time/fitted-domain.js';
import type { PiecewiseScale } from '../../time/piecewise-scale.js';
import { timeScale, type TimeScale } from '../../time/scale.js';
import type { View } from '../../time/view.js';
import { LABEL_PADDING, MAX_LABEL_WIDTH } from './label-box.js';
import type { PlotMetrics } from './plot-metrics.js';

/**
 * The geometry between zoom transforms and windows of time: the base domain (every event plus a
 * margin, what a transform is relative to), the window a transform shows at a width and direction,
 * and the transform that shows a window. Pure but for the cache of base domains.
 *
 * On a folded axis (`fold` gives time → folded time) a transform is relative to the base domain in
 * folded time, where windows are linear: d3-zoom's arithmetic keeps the date under the pointer.
 */
export class WindowGeometry {
  /** Base domains by data and width: stable, so a transform always means the same window. */
  private readonly baseDomains = new Map<string, [number, number]>();

  constructor(
    private readonly shown: ShownItems,
    private readonly metrics: PlotMetrics,
    /** The fold the axis is drawn with now, if any. */
    private readonly fold: () => PiecewiseScale | undefined = () => undefined,
  ) {}

  /**
   * Every event plus a margin: the widest the reader can zoom out. The margin after the last event
   * leaves room for its label, so fitting the story never cuts the last title.
   */
  baseDomain(width: number): [number, number] {
    // Deliberately not keyed on fonts: the transform is relative to this domain, so it must not
    // move under the reader when a web font finishes loading.
    // Nor on the language: switching languages must keep the reader's window.
    const key = `${this.shown.dataVersion}|${width}`;
    const cached = this.baseDomains.get(key);
    if (cached) return cached;
    const extent = this.shown.allExtent();
    const domain = fittedDomain(extent, width, width > 1 ? this.measureLabelRoom(this.shown.all) : 0);
    if (this.baseDomains.size > 16) this.baseDomains.clear();
    this.baseDomains.set(key, domain);
    return domain;
  }

  /**
   * The room the base domain leaves after the last of `items` for its label: in the wider of the two
   * languages, so that switching languages keeps the domain. Measured ahead of the render that first
   * draws new items, where the first text measured after a large load was up to 30 ms of that render.
   */
  measureLabelRoom(items: readonly TimelineItem[]): number {
    const last = items.at(-1)?.event.title;
    if (!last) return 0;
    const { labels, sizes } = this.metrics;
    return (
      Math.min(MAX_LABEL_WIDTH, Math.max(labels.measure(last.en), labels.measure(last.ar))) +
      LABEL_PADDING +
      sizes.nodeSize +
      16
    );
  }

  /** The base domain across the width (in folded time on a folded axis). */
  baseScale(width: number, rtl: boolean, fold = this.fold()): TimeScale {
    const domain = this.baseDomain(width);
    return timeScale(fold ? domain.map(fold) : domain, rtl ? [width, 0] : [0, width]);
  }

  /** The visible window a zoom transform shows at a width and direction. */
  view(transform: ZoomTransform, width: number, rtl: boolean): View {
    const w = Math.max(1, width);
    const fold = this.fold();
    const [a, b] = transform.rescaleX(this.baseScale(w, rtl, fold)).domain();
    const start = Math.min(+a!, +b!);
    const end = Math.max(+a!, +b!);
    if (!fold) return { start, end, width: w, rtl };
    return { start: fold.invert(start), end: fold.invert(end), width: w, rtl, fold };
  }

  /** The zoom transform that shows [start, end] across the full width. */
  transformFor(start: number, end: number, width: number, rtl: boolean): ZoomTransform {
    const fold = this.fold();
    const base = this.baseScale(Math.max(1, width), rtl, fold);
    const x0 = base(fold ? fold(start) : start);
    const x1 = base(fold ? fold(end) : end);
    const k = Math.max(1, width) / Math.max(1e-9, Math.abs(x1 - x0));
    return zoomIdentity.scale(k).translate(-Math.min(x0, x1), 0);
  }

  /** The whole base domain across the width: what the overview band shows. */
  overview(width: number, rtl: boolean): View {
    const w = Math.max(1, width);
    const [start, end] = this.baseDomain(w);
    return { start, end, width: w, rtl };
  }
}
