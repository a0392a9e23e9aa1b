import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { BandedLayout, type BandRequests } from '../../layout/banded-layout.js';
import { drawFrame, type DrawnCluster, type DrawnEvent } from '../../layout/frame.js';
import type { LayoutOptions } from '../../layout/lanes.js';
import { rangeHolding } from '../../controllers/keyboard.js';
import {
  bandsFit,
  indexInBand,
  stackBands,
  type BandBox,
  type BandMetrics,
  type TrackBand,
} from '../../layout/track-bands.js';
import { layoutForView, WindowLayout, type WindowLayoutRequest } from '../../layout/window-layout.js';
import type { TimelineItem } from '../../model/items.js';
import type { ShownItems } from '../../model/shown-items.js';
import type { Lang } from '../../model/types.js';
import { nextStep, type View } from '../../time/view.js';
import { badgeRoom, labelBoxWidth, MAX_FOLDED_LABEL_WIDTH, MAX_LABEL_WIDTH } from './label-box.js';
import type { AxisFold } from './axis-fold.js';
import type { PlotMetrics } from './plot-metrics.js';
import type { WindowGeometry } from './window-geometry.js';

/** Room above the lanes for the controls. */
const TOP_PADDING = 48;
/** With events grouped by track: where the first band starts (beside the controls), and a band's heading row. */
const BAND_HEADING_HEIGHT = 22;
const BANDS_TOP = TOP_PADDING - BAND_HEADING_HEIGHT;

/** What a frame draws: events, clusters, and the track bands when events are grouped by track. */
export interface Frame {
  events: DrawnEvent<TimelineItem>[];
  clusters: DrawnCluster[];
  bands: { key: string; box: BandBox }[];
}

/** What the pipeline reads of the timeline: the events, the sizes, and the state a layout depends on. */
export interface FrameInputs {
  /** The layout of all events (ungrouped), kept across frames. */
  readonly windowLayout: WindowLayout;
  readonly shown: ShownItems;
  readonly metrics: PlotMetrics;
  readonly geometry: WindowGeometry;
  /** The fold of the axis (ungrouped events only): the events are laid out in folded time. */
  readonly fold?: Pick<AxisFold, 'fold' | 'columns'>;
  /** The plot's size in CSS pixels. */
  size(): { width: number; height: number };
  language(): Lang;
  selected(): string | null;
  /** The dataset's track ids in order when events are grouped by track (`group-tracks`), else null. */
  groupedTracks(): readonly string[] | null;
  /** Whether data is drawn: a layout worked out ahead is only for drawn data. */
  ready(): boolean;
  /** The window shown now: a layout worked out ahead is for the step after it. */
  currentView(): View;
}

/**
 * The layout pipeline: turns a window into a frame (where each node, cluster and track band goes),
 * keeping the window layouts that let labels stay put while zooming, and working out in idle time
 * the layout the next zoom step will most likely need. Asked, it also says whether an event would be
 * drawn on its own in a window, and which drawn cluster holds an event.
 */
export class FramePipeline implements ReactiveController {
  /** With `group-tracks`: the bands of the events shown, and a window layout for each. */
  private readonly bandedLayout = new BandedLayout();
  /** The windows of the last two frames drawn at different windows (the earlier null once guessed from). */
  private drawnViews: [View | null, View | null] = [null, null];
  private aheadCallback = 0;

  constructor(
    private readonly host: ReactiveControllerHost & { readonly isConnected: boolean },
    private readonly inputs: FrameInputs,
  ) {
    host.addController(this);
  }

  hostDisconnected() {
    globalThis.cancelIdleCallback?.(this.aheadCallback);
  }

  /** Forgets every layout: the events shown changed. */
  clear() {
    this.inputs.windowLayout.clear();
    this.bandedLayout.clear();
  }

  /** The frame of a window: what the template draws. */
  frame(view: View): Frame {
    const bands = this.trackBands();
    if (bands) return this.bandedFrame(view, bands);
    const options = this.layoutOptions();
    const { layout } = this.inputs.windowLayout.get(this.windowRequest(view, options));
    const drawn = drawFrame(layout, this.inputs.shown.items, view, this.frameGeometry(options, TOP_PADDING));
    return { ...drawn, bands: [] };
  }

  /** Records the window a frame is drawn at, so that the step after it can be guessed (see `layoutAhead`). */
  drawn(view: View) {
    const last = this.drawnViews[1];
    if (!last || last.start !== view.start || last.end !== view.end) this.drawnViews = [last, view];
  }

  /** The cluster drawn at a window with that key. */
  /** The event drawn at a window with this id, on its own node. */
  eventAt(view: View, id: string): DrawnEvent<TimelineItem> | undefined {
    return this.frame(view).events.find((e) => e.item.id === id);
  }

  clusterAt(view: View, key: string | undefined): DrawnCluster | undefined {
    return key === undefined ? undefined : this.frame(view).clusters.find((c) => c.key === key);
  }

  /** The cluster drawn at a window that holds an item. */
  clusterHolding(view: View, index: number): DrawnCluster | undefined {
    if (index < 0 || !this.inputs.size().width) return undefined;
    return this.frame(view).clusters.find((c) => rangeHolding(c.cluster.ranges, index));
  }

  /**
   * While the reader zooms or pans, works out in idle time the layout the next step will most likely
   * need (the last step taken once more, see `nextStep`), so that the frame drawing that step only
   * places nodes. At 100,000 events, zoom frames that lay out their window anew took a median of
   * 11.0 ms here, those reusing a layout 8.4 ms. A wrong guess costs idle time only: a layout worked
   * out ahead is taken only where it is exactly the one the frame would compute.
   */
  layoutAhead() {
    const [previous, current] = this.drawnViews;
    if (!previous || !current || typeof requestIdleCallback !== 'function') return;
    // Once per step: a frame drawn again at the same window (a hover, a focus) guesses nothing new.
    this.drawnViews = [null, current];
    cancelIdleCallback(this.aheadCallback);
    this.aheadCallback = requestIdleCallback(() => {
      const next = nextStep(previous, current);
      if (!next || !this.host.isConnected || !this.inputs.ready() || this.inputs.currentView().start !== current.start)
        return;
      try {
        const view = { ...current, ...next };
        const bands = this.trackBands();
        if (bands) this.bandedLayout.prepare(bands, this.bandBoxes(bands), this.bandRequests(view));
        else this.inputs.windowLayout.prepare(this.windowRequest(view));
      } catch {
        // Only ever a head start: the frame lays out its window itself.
      }
    });
  }

  /**
   * Whether an event would be drawn on its own (not clustered) in a window. The selected event is
   * pinned there, as in the frame: it is drawn wherever its node fits at all.
   */
  placedAt(index: number, start: number, end: number): boolean {
    const pinned = this.pinned() === index;
    const bands = this.trackBands();
    if (!bands) {
      const request = { ...this.layoutRequest(start, end), pinned: pinned ? index : -1 };
      return layoutForView(request).layout.events.some((e) => e.index === index);
    }
    const b = bands.findIndex((band) => indexInBand(band, index) >= 0);
    if (b < 0) return false;
    const band = bands[b]!;
    const local = indexInBand(band, index);
    const { lanes } = this.bandBoxes(bands)[b]!;
    const request = { ...this.layoutRequest(start, end, band, lanes), pinned: pinned ? local : -1 };
    return layoutForView(request).layout.events.some((e) => e.index === local);
  }

  /** The selected event's index, or −1. */
  private pinned(): number {
    const selected = this.inputs.selected();
    return selected ? this.inputs.shown.indexOf(selected) : -1;
  }

  private layoutOptions(): LayoutOptions {
    const { nodeSize, laneHeight, axisHeight, labelGap } = this.inputs.metrics.sizes;
    const clusterRow = laneHeight + 2;
    const { height } = this.inputs.size();
    const lanes = Math.max(1, Math.floor((height - axisHeight - clusterRow - TOP_PADDING) / laneHeight));
    return {
      lanes,
      radius: nodeSize / 2,
      labelGap,
      gap: 10,
      clusterWidth: 32,
      countWidth: this.inputs.metrics.countWidth,
    };
  }

  /** What the window layout of all events is asked for a view (ungrouped). */
  private windowRequest(view: View, options = this.layoutOptions()): WindowLayoutRequest {
    return {
      ...this.layoutRequest(view.start, view.end),
      // The selected event is drawn on its own wherever its node fits, never lost in a cluster
      // because labels kept from the previous zoom level took the lanes around it.
      pinned: this.pinned(),
      key: `${this.inputs.shown.version}|${this.inputs.language()}|${view.width}|${options.lanes}|${this.inputs.metrics.sizes.font}|${this.inputs.fold?.fold?.key ?? ''}`,
    };
  }

  private frameGeometry(options: LayoutOptions, top: number) {
    const { radius, labelGap, gap } = options;
    return { radius, labelGap, laneHeight: this.inputs.metrics.sizes.laneHeight, top, gap };
  }

  /**
   * The frame with events grouped by track: each band laid out on its own, in its own lanes, and
   * drawn at its place in the plot.
   */
  private bandedFrame(view: View, bands: TrackBand[]): Frame {
    const boxes = this.bandBoxes(bands);
    const drawn = this.bandedLayout.draw(view, bands, boxes, this.inputs.shown.items, {
      ...this.bandRequests(view),
      geometry: (options, top) => this.frameGeometry(options, top),
    });
    return { ...drawn, bands: bands.map((band, b) => ({ key: band.key, box: boxes[b]! })) };
  }

  /** What each band's window layout is asked for a view (grouped by track). */
  private bandRequests(view: View): BandRequests {
    const { shown, metrics } = this.inputs;
    return {
      request: (band, lanes) => this.layoutRequest(view.start, view.end, band, lanes),
      key: (band, box) =>
        `${shown.version}|${band.key}|${this.inputs.language()}|${view.width}|${box.lanes}|${metrics.sizes.font}`,
      pinned: this.pinned(),
    };
  }

  /**
   * The bands of the events shown, when grouping by track is asked for and the dataset has tracks.
   * Where the plot is too short for a lane and a cluster row in every band, the events are not
   * grouped: bands running over the axis would hide events.
   */
  private trackBands(): TrackBand[] | null {
    const tracks = this.inputs.groupedTracks();
    const { shown } = this.inputs;
    if (!tracks?.length || !shown.items.length) return null;
    const items = shown.items;
    const bands = this.bandedLayout.bands(shown.version, tracks, (i) => items[i]!.event.track, shown.at, shown.ends);
    return bandsFit(bands.length, this.bandMetrics()) ? bands : null;
  }

  /** Where each band goes; a band's share of the lanes follows how many events it holds. */
  private bandBoxes(bands: readonly TrackBand[]): BandBox[] {
    return stackBands(
      bands.map((band) => band.index.length),
      this.bandMetrics(),
    );
  }

  private bandMetrics(): BandMetrics {
    const { laneHeight, axisHeight } = this.inputs.metrics.sizes;
    return {
      top: BANDS_TOP,
      bottom: this.inputs.size().height - axisHeight,
      headingHeight: BAND_HEADING_HEIGHT,
      laneHeight,
      clusterRowHeight: laneHeight + 2,
    };
  }

  /** The layout of all events, or with `band`, of that band's events in its `lanes`. */
  private layoutRequest(start: number, end: number, band?: TrackBand, lanes?: number) {
    const { shown, metrics, geometry } = this.inputs;
    const width = Math.max(1, this.inputs.size().width);
    const [b0, b1] = geometry.baseDomain(width);
    const lang = this.inputs.language();
    const options = this.layoutOptions();
    const badge = badgeRoom(metrics.sizes.nodeSize, options.labelGap);
    // On a folded axis, in folded time, where the window is linear (ranges only get shorter there),
    // and with labels that may take the room folding gives.
    const fold = band ? undefined : this.inputs.fold?.fold;
    const longest = fold ? MAX_FOLDED_LABEL_WIDTH : MAX_LABEL_WIDTH;
    const measure = (item: TimelineItem) =>
      labelBoxWidth(metrics.labels.measure(item.event.title[lang]), item.event.disputes?.length ? badge : 0, longest);
    const font = `${metrics.sizes.font}|${longest}`;
    const folded = fold && this.inputs.fold!.columns(fold);
    const t = fold ? fold.scale : (time: number) => time;
    return {
      at: band ? band.at : (folded?.at ?? shown.at),
      end: band ? band.end : (folded?.end ?? shown.ends),
      longestRange: band ? band.longestRange : shown.longestRange,
      epoch: t(b0),
      basePxPerMs: width / (t(b1) - t(b0)),
      viewStart: t(start),
      viewEnd: t(end),
      width,
      options: lanes === undefined ? options : { ...options, lanes },
      labelWidth: band
        ? (k: number) => shown.labelWidth(band.index[k]!, lang, font, measure)
        : (index: number) => shown.labelWidth(index, lang, font, measure),
    };
  }
}
