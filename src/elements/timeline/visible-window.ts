import { zoomIdentity, type ZoomTransform } from '../../time/zoom-transform.js';
import type { ZoomController } from '../../controllers/zoom-controller.js';
import { parseIsoDate } from '../../model/dates.js';
import type { Stretch } from '../../time/fold.js';
import { pxPerMs, timeAt, type View } from '../../time/view.js';
import type { AxisFold } from './axis-fold.js';
import { report } from './report.js';
import type { WindowGeometry } from './window-geometry.js';

const HOUR = 3_600_000;

/** A window asked for, shown once it can be: a missing side is the whole dataset's. */
export interface WindowRequest {
  start?: number;
  end?: number;
  animate: boolean;
}

/** What the visible window reads of the timeline, and the one thing it asks of it. */
export interface VisibleWindowInputs {
  readonly zoom: Pick<
    ZoomController,
    'transform' | 'anchor' | 'configure' | 'constrain' | 'set' | 'scaleBy' | 'rebase'
  >;
  readonly geometry: WindowGeometry;
  /** The fold of the axis, which the geometry reads too; without one, the axis is linear. */
  readonly fold?: Pick<AxisFold, 'stale' | 'show' | 'settleAt' | 'scale' | 'unfold' | 'fold'>;
  /** The plot's size in CSS pixels (0 before it is laid out). */
  size(): { width: number; height: number };
  rtl(): boolean;
  /** Whether a window can be shown now: the element has rendered and its data is drawn. */
  canShow(): boolean;
  /** Asks for the selected event to be brought into view, after a window asked for was shown. */
  selectedIntoView(): void;
  /** Tells that a folded stretch is shown in full, at the reader's request. */
  unfolded?(stretch: Stretch): void;
}

/** A window's end: the instant for a date-time ("…T12:00Z"), the end of the day or month for a date ("2024-06"). */
export const windowEnd = (parsed: { start: number; end: number; precision: string }) =>
  parsed.precision === 'minute' || parsed.precision === 'hour' ? parsed.start : parsed.end;

/**
 * The window new data opens at: the `start` and `end` attributes where they are dates, else the
 * dataset's own `view`; a side neither gives is left to the whole dataset.
 */
export function openingWindow(
  start: string,
  end: string,
  view: { start: string; end: string } | undefined,
): WindowRequest {
  const a = parseIsoDate(start) ?? (view ? parseIsoDate(view.start) : undefined);
  const b = parseIsoDate(end) ?? (view ? parseIsoDate(view.end) : undefined);
  return { start: a?.start, end: b ? windowEnd(b) : undefined, animate: false };
}

/**
 * A window's instant as the element reports it. Read back from the zoom transform, a window set as
 * 00:00 comes out as 23:59:59.9999…, which a Date truncates to a millisecond short (the README's
 * deep link was rewritten so): to the nearest millisecond, a window is kept as it was given.
 */
export const reportedDate = (ms: number) => new Date(Math.round(ms));

/**
 * The visible window: the zoom transform read as a window of time, the windows asked for (by the
 * page, new data, a resize or a change of direction) held until they can be shown, and the window
 * last reflected to `start` and `end`, so that reflecting it is not taken for a request to zoom.
 */
export class VisibleWindow {
  /** The window to show once the element has a size (set before layout, or kept across a resize or a change of direction). */
  pending: WindowRequest | null = null;
  /** The attribute values reflected, so they are not taken for a request to zoom. */
  private reflected = { start: '', end: '' };

  constructor(private readonly inputs: VisibleWindowInputs) {}

  /** The visible window, from a zoom transform (by default the current one, at the current width and direction). */
  view(
    transform: ZoomTransform = this.inputs.zoom.transform,
    width = this.inputs.size().width,
    rtl = this.inputs.rtl(),
  ) {
    if (transform === this.inputs.zoom.transform && this.inputs.fold?.stale()) this.carryFold();
    return this.inputs.geometry.view(this.inputs.zoom.transform, width, rtl);
  }

  /**
   * Folding was turned on or off, or other events are shown: the window shown is carried into the
   * fold for it, unchanged, before anything is drawn.
   */
  private carryFold() {
    const { width } = this.inputs.size();
    if (!width || !this.inputs.canShow()) return;
    const rtl = this.inputs.rtl();
    const { geometry, zoom } = this.inputs;
    const before = geometry.view(zoom.transform, width, rtl);
    this.inputs.fold?.show(before.start, before.end, width);
    zoom.rebase(geometry.transformFor(before.start, before.end, width, rtl));
  }

  /**
   * Folds for showing [start, end] (see AxisFold.show). The current transform is carried into the
   * new fold, showing the same window, so that an animation starts where the reader is.
   */
  private foldFor(start: number, end: number) {
    const { width } = this.inputs.size();
    const rtl = this.inputs.rtl();
    const { geometry, zoom } = this.inputs;
    const before = geometry.view(zoom.transform, width, rtl);
    if (!this.inputs.fold?.show(start, end, width)) return;
    if (Number.isFinite(before.start) && Number.isFinite(before.end) && before.end > before.start)
      zoom.rebase(geometry.transformFor(before.start, before.end, width, rtl));
  }

  /**
   * A zoom settled: the axis is folded anew for the scale it settled at, by the same rule, keeping
   * the date under the zoom's centre (the pointer of a wheel) where it is, at the same scale.
   */
  private refoldSettled() {
    const { width } = this.inputs.size();
    if (!width) return;
    const rtl = this.inputs.rtl();
    const { geometry, zoom, fold } = this.inputs;
    if (!fold) return;
    const before = geometry.view(zoom.transform, width, rtl);
    const scale = pxPerMs(before);
    if (!fold.settleAt(scale)) return;
    const x = zoom.anchor ?? width / 2;
    const date = timeAt(before, x);
    const u = rtl ? width - x : x;
    const folded = fold.scale() ?? ((t: number) => t);
    const unfold = fold.scale()?.invert ?? ((t: number) => t);
    const start = unfold(folded(date) - u / scale);
    const end = unfold(folded(start) + width / scale);
    this.configureZoom();
    zoom.rebase(zoom.constrain(geometry.transformFor(start, end, width, rtl)));
  }

  /** The whole dataset, with its margin. */
  baseDomain(): [number, number] {
    return this.inputs.geometry.baseDomain(Math.max(1, this.inputs.size().width));
  }

  /** Shows the window from `start` to `end` (at least an hour), now or, before it can be shown, once it can. */
  zoomTo(start: Date, end: Date, options: { animate?: boolean } = {}) {
    try {
      let a = +start;
      let b = +end;
      if (!Number.isFinite(a) || !Number.isFinite(b)) return;
      if (b < a) [a, b] = [b, a];
      if (b - a < HOUR) {
        const middle = (a + b) / 2;
        a = middle - HOUR / 2;
        b = middle + HOUR / 2;
      }
      const animate = options?.animate ?? true;
      if (!this.inputs.size().width || !this.inputs.canShow()) {
        this.pending = { start: a, end: b, animate: false };
        return;
      }
      this.configureZoom();
      this.inputs.zoom.set(this.transformFor(a, b), animate);
    } catch (error) {
      report(error);
    }
  }

  /** Zooms by `factor` around `x` (pixels from the plot's left edge; its centre by default). */
  zoomAround(factor: number, animate: boolean, x?: number) {
    if (!(factor > 0) || !Number.isFinite(factor) || !this.inputs.size().width) return;
    try {
      this.configureZoom();
      // The zoom limits clamp the scale but not the translation worked out for the unclamped one:
      // zooming in at the limit would throw the view to one end of time, and an overflowing factor
      // (1e308) would leave it at NaN. So the factor is clamped first.
      const { zoom } = this.inputs;
      const k = zoom.transform.k;
      const next = zoom.constrain(zoomIdentity.scale(k * Math.min(1e6, Math.max(1e-6, factor)))).k;
      if (next !== k) zoom.scaleBy(next / k, animate, x);
    } catch (error) {
      report(error);
    }
  }

  /**
   * Shows a folded stretch in full (the reader activated its mark), keeping the window; returns the
   * stretch, or undefined if none starts there.
   */
  readonly unfold = (start: number): Stretch | undefined => {
    const { fold, geometry, zoom } = this.inputs;
    const { width } = this.inputs.size();
    const stretch = fold?.fold?.gaps.find((gap) => gap.start === start);
    if (!fold || !stretch || !width) return undefined;
    const rtl = this.inputs.rtl();
    const before = geometry.view(zoom.transform, width, rtl);
    fold.unfold(start);
    this.configureZoom();
    zoom.rebase(zoom.constrain(geometry.transformFor(before.start, before.end, width, rtl)));
    this.inputs.unfolded?.(stretch);
    return stretch;
  };

  /** Shows every event. */
  fit(options: { animate?: boolean } = {}) {
    const [a, b] = this.baseDomain();
    this.zoomTo(new Date(a), new Date(b), options);
  }

  /** Keeps the window the reader was looking at across a change of width, before anything is drawn. */
  resized(previousWidth: number) {
    if (!this.inputs.canShow() || !previousWidth) return;
    if (!this.pending) {
      const view = this.view(this.inputs.zoom.transform, previousWidth);
      this.pending = { start: view.start, end: view.end, animate: false };
    }
    this.showPending();
  }

  /** Remembers the visible window (as the reader saw it in direction `rtl`) so a change of direction keeps showing it. */
  keep(rtl = this.inputs.rtl()) {
    if (!this.inputs.canShow() || this.pending || !this.inputs.size().width) return;
    const view = this.view(this.inputs.zoom.transform, this.inputs.size().width, rtl);
    this.pending = { start: view.start, end: view.end, animate: false };
  }

  /** The page set `start` or `end`: shows that window, unless they are the values reflected. */
  fromAttributes(start: string, end: string) {
    if (start === this.reflected.start && end === this.reflected.end) return;
    const a = parseIsoDate(start);
    const b = parseIsoDate(end);
    if (!a && !b) return;
    const view = this.view();
    this.zoomTo(new Date(a?.start ?? view.start), new Date(b ? windowEnd(b) : view.end), { animate: false });
  }

  /** The window a zoom settled on, remembered as reflected to the attributes; null if it is not finite. */
  settle(): { view: View; start: string; end: string } | null {
    this.refoldSettled();
    const view = this.view();
    if (!Number.isFinite(view.start) || !Number.isFinite(view.end)) return null;
    this.reflected = { start: reportedDate(view.start).toISOString(), end: reportedDate(view.end).toISOString() };
    return { view, ...this.reflected };
  }

  /** Shows the window asked for, if any and once it can be shown. */
  showPending() {
    if (!this.pending || !this.inputs.size().width || !this.inputs.canShow()) return;
    const { animate } = this.pending;
    const [fa, fb] = this.baseDomain();
    const start = this.pending.start ?? fa;
    const end = this.pending.end ?? fb;
    this.pending = null;
    this.configureZoom();
    this.inputs.zoom.set(this.transformFor(start, end), animate);
    this.inputs.selectedIntoView();
  }

  private transformFor(start: number, end: number): ZoomTransform {
    this.foldFor(start, end);
    return this.inputs.geometry.transformFor(start, end, this.inputs.size().width, this.inputs.rtl());
  }

  private configureZoom() {
    const [a, b] = this.baseDomain();
    // Zooming in stops at about an hour across the view.
    this.inputs.zoom.configure(this.inputs.size().width, Math.max(1, (b - a) / HOUR));
  }
}
