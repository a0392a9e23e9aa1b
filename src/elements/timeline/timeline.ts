import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { zoomIdentity, type ZoomTransform } from 'd3-zoom';
import { DEFAULT_TIMEOUT_MS, type LoadFailure } from '../../controllers/dataset-loader.js';
import { DatasetController } from '../../controllers/dataset-controller.js';
import { keyAction, moveTarget, rangeHolding, rovingStop, type KeyAction } from '../../controllers/keyboard.js';
import { ResizeController } from '../../controllers/resize-controller.js';
import { SearchPreparation } from '../../controllers/search-preparation.js';
import { StyleProbeController } from '../../controllers/style-probe.js';
import { NodeFocus } from '../../controllers/node-focus.js';
import { ZoomController } from '../../controllers/zoom-controller.js';
import { dirOf, messagesFor, toLang } from '../../i18n/messages.js';
import { firstIndex, type Cluster, type LayoutOptions } from '../../layout/lanes.js';
import { drawFrame, type DrawnCluster, type DrawnEvent } from '../../layout/frame.js';
import { BandedLayout, type BandRequests } from '../../layout/banded-layout.js';
import {
  bandsFit,
  indexInBand,
  stackBands,
  type BandBox,
  type BandMetrics,
  type TrackBand,
} from '../../layout/track-bands.js';
import { layoutForView, WindowLayout, type WindowLayoutRequest } from '../../layout/window-layout.js';
import { NodeSlots } from '../../layout/node-slots.js';
import { parseIsoDate } from '../../model/dates.js';
import type { TimelineItem } from '../../model/items.js';
import { ShownItems } from '../../model/shown-items.js';
import type { Dataset, Excerpt, Lang } from '../../model/types.js';
import { defineDetails } from '../details/lazy.js';
import { describeProblem, type ValidationResult } from '../../model/validate.js';
import { tokens } from '../../styles/tokens.js';
import { sharedStyles } from '../../styles/shared.js';
import { fittedDomain } from '../../time/fitted-domain.js';
import { formatAtPrecision } from '../../time/format.js';
import { timeScale, type TimeScale } from '../../time/scale.js';
import { nextStep, physicalX, type View } from '../../time/view.js';
import { guard } from 'lit/directives/guard.js';
import { cssTimeMs } from '../../styles/css-time.js';
import { trackColors } from '../../styles/track-colors.js';
import { axisTemplate } from './axis-template.js';
import {
  CLUSTER_LIST_PAGE,
  clusterListTemplate,
  LIST_PAGE,
  type ListRange,
  listViewTemplate,
  listWindow,
} from './list-template.js';
import { liveRegionTemplate, windowAnnouncement } from './live-region.js';
import { tipAnchor, tooltipTemplate } from './tooltip.js';
import { controlsTemplate } from './controls-template.js';
import {
  clusterNodeId,
  clusterNodeTemplate,
  eventNodeId,
  eventNodeTemplate,
  trackBandTemplate,
  type ClusterNodeContext,
  type EventNodeContext,
} from './nodes-template.js';
import { OverviewBand } from './overview.js';
import { PlotMetrics } from './plot-metrics.js';
import { failureText, statusTemplate } from './status-template.js';
import { TimelineStory } from './story.js';
import { storyStartStyles } from './story-start.styles.js';
import { timelineStyles } from './timeline.styles.js';

/** A window's end: the instant for a date-time ("…T12:00Z"), the end of the day or month for a date ("2024-06"). */
const windowEnd = (parsed: { start: number; end: number; precision: string }) =>
  parsed.precision === 'minute' || parsed.precision === 'hour' ? parsed.start : parsed.end;

const EMPTY_SET: ReadonlySet<Excerpt> = new Set();
const HOUR = 3_600_000;
/** Longest label before it is truncated: longer ones are unreadable at a glance anyway. */
const MAX_LABEL_WIDTH = 240;
/** A label's inline padding (`.label` in timeline.styles.ts): its box is the text plus this. */
const LABEL_PADDING = 4;
/**
 * The room a dispute badge takes beside the dot (`.badge` in timeline.styles.ts: the node size plus
 * 2 px wide, drawn a third of the node size over the dot, and the node's gap after it), which the
 * label's box must leave it, or the label is cut by that much.
 */
const badgeRoom = (nodeSize: number, labelGap: number) => nodeSize + 2 - nodeSize / 3 + labelGap;
/** Room above the lanes for the controls. */
const TOP_PADDING = 48;
/** With events grouped by track: where the first band starts (beside the controls), and a band's heading row. */
const BAND_HEADING_HEIGHT = 22;
const BANDS_TOP = TOP_PADDING - BAND_HEADING_HEIGHT;

/** What a frame draws: events, clusters, and the track bands when events are grouped by track. */
interface Frame {
  events: DrawnEvent<TimelineItem>[];
  clusters: DrawnCluster[];
  bands: { key: string; box: BandBox }[];
}

/**
 * A zoomable, bilingual timeline in which every event links to the verbatim excerpts it rests on.
 *
 * @summary Draws a dataset of dated events on a time axis; Arabic lays it out right to left.
 *
 * @fires tarikh-select - An event was selected or the selection cleared. `detail: { id: string | null }`.
 * @fires tarikh-range-change - The visible window settled after a zoom or pan. `detail: { start: Date; end: Date }`.
 * @fires tarikh-load - A dataset was loaded (from `data` or `src`) and drawn. `detail: { dataset: Dataset }`, with invalid events left out.
 * @fires tarikh-error - The data could not be loaded or is (partly) unusable. `detail: { message: string; errors: string[] }`.
 *
 * @csspart controls - The toolbar: "Start the story", zoom in, zoom out, fit, and the list view toggle.
 * @csspart story-start - The toolbar's "Start the story": selects the story's first event (in the dataset's `story.order`, else in time).
 * @csspart plot - The zoomable area holding events, clusters and the axis.
 * @csspart axis - The time axis with its two tiers of labels.
 * @csspart event - An event node (dot and label).
 * @csspart event-selected - The selected event node (in addition to `event`).
 * @csspart cluster - A node standing for several events too dense to label.
 * @csspart track-band - With `group-tracks`: the band of one track (a rule across the plot above its events).
 * @csspart track-label - With `group-tracks`: the name of a band's track (or "Other events").
 * @csspart cluster-list - The list of a cluster's events (at the deepest zoom, or Shift with a cluster).
 * @csspart cluster-more - The cluster list's last option when it has more events than it shows: shows the next 100.
 * @csspart tooltip - The title and date shown on hover or focus.
 * @csspart overview - The miniature of the whole dataset under the axis.
 * @csspart brush - The visible window in the overview.
 * @csspart list - The list view: every event in time order (and, in print, the excerpts and sources).
 * @csspart list-event - One event in the list view.
 * @csspart list-more - The buttons before and after the list view's events when it shows only some: show 200 more.
 * @csspart error - The panel that says what is wrong with the data.
 * @csspart details - The details panel (exported from `<tarikh-details>`, as are `excerpt`, `excerpt-disputed`, `source`, `mark`, `mark-current` and `story-nav`).
 *
 * @cssprop [--tarikh-height=26rem] - Height of the element.
 * @cssprop [--tarikh-surface=#ffffff] - Background colour (dark scheme: `#16181d`).
 * @cssprop [--tarikh-text=#1c1f24] - Text colour (dark: `#e8eaed`).
 * @cssprop [--tarikh-muted=#5b6470] - Secondary text: tick labels, background events, captions (dark: `#a4adba`).
 * @cssprop [--tarikh-axis-color=#7a8391] - Axis line, ticks and the overview's density bars (dark: `#7f8998`).
 * @cssprop [--tarikh-grid-color=#e3e7ec] - Hairlines: grid, panel border, toolbar outline (dark: `#2c3139`).
 * @cssprop [--tarikh-accent=#0b6bcb] - Events without a track, links, the overview brush (dark: `#6cb4ff`).
 * @cssprop [--tarikh-selection=#b3261e] - The selected event's node and label (dark: `#ff8f85`).
 * @cssprop [--tarikh-focus-ring=#0b6bcb] - The keyboard focus ring (dark: `#8cc8ff`).
 * @cssprop [--tarikh-focus-ring-width=2px] - Width of the focus ring.
 * @cssprop [--tarikh-error=#b3261e] - Error messages (dark: `#ff8f85`).
 * @cssprop [--tarikh-disputed=#9a5b00] - The "sources disagree" mark (dark: `#f2b35b`).
 * @cssprop [--tarikh-cluster-background=#e8eef6] - Background of cluster nodes (dark: `#262c36`).
 * @cssprop [--tarikh-cluster-color=#1c1f24] - Count in cluster nodes (dark: `#e8eaed`).
 * @cssprop [--tarikh-cluster-border=#6b7585] - Outline of cluster nodes (dark: `#8a94a3`).
 * @cssprop [--tarikh-track-color-1=#0b6bcb] - Colour of the first track in the dataset's `tracks` (dark: `#6cb4ff`); the palette repeats after the eighth.
 * @cssprop [--tarikh-track-color-2=#b54708] - Second track (dark: `#ffa05c`).
 * @cssprop [--tarikh-track-color-3=#107c41] - Third track (dark: `#5fd38d`).
 * @cssprop [--tarikh-track-color-4=#8e44ad] - Fourth track (dark: `#c99bff`).
 * @cssprop [--tarikh-track-color-5=#c2185b] - Fifth track (dark: `#ff7eb3`).
 * @cssprop [--tarikh-track-color-6=#00838f] - Sixth track (dark: `#4dd0e1`).
 * @cssprop [--tarikh-track-color-7=#6d4c41] - Seventh track (dark: `#c8a18f`).
 * @cssprop [--tarikh-track-color-8=#4f5bb5] - Eighth track (dark: `#9fa8ff`).
 * @cssprop [--tarikh-track-<id>-color=the palette colour] - One track's colour by its id (ids of letters, digits, `-` and `_`), over the palette.
 * @cssprop [--tarikh-font-family=system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif] - Font stack for English.
 * @cssprop [--tarikh-font-family-ar='Noto Sans Arabic Variable', 'Noto Sans Arabic', 'SF Arabic', 'Segoe UI', 'Geeza Pro', 'Noto Naskh Arabic', Tahoma, 'Arabic Typesetting', sans-serif] - Font stack for Arabic.
 * @cssprop [--tarikh-font-size=13px] - Size of event labels and the list view.
 * @cssprop [--tarikh-axis-font-size=12px] - Size of axis labels.
 * @cssprop [--tarikh-small-font-size=12px] - Size of the tooltip and cluster lists.
 * @cssprop [--tarikh-axis-height=44px] - Height of the axis.
 * @cssprop [--tarikh-node-size=12px] - Diameter of an event node.
 * @cssprop [--tarikh-target-size=24px] - Least width and height of the area that takes a node's pointer events.
 * @cssprop [--tarikh-lane-height=28px] - Height of one lane of events (also the height of an event's target).
 * @cssprop [--tarikh-control-size=32px] - Width and height of the toolbar buttons.
 * @cssprop [--tarikh-icon-size=18px] - Size of the toolbar icons.
 * @cssprop [--tarikh-overview-height=36px] - Height of the overview band.
 * @cssprop [--tarikh-panel-width=min(26rem, 45%)] - Width of the details panel beside the plot.
 * @cssprop [--tarikh-sheet-height=62%] - Height of the details panel as a bottom sheet (hosts narrower than 600px).
 * @cssprop [--tarikh-radius=6px] - Corner radius of panels, buttons and focus rings.
 * @cssprop [--tarikh-spacing=8px] - Base spacing unit.
 * @cssprop [--tarikh-shadow=0 -8px 24px rgb(0 0 0 / 0.18)] - Shadow of the bottom sheet and the cluster list.
 * @cssprop [--tarikh-animation-duration=450ms] - Duration of zoom animations (none under `prefers-reduced-motion`).
 */
export class TarikhTimeline extends LitElement {
  static override styles = [tokens, sharedStyles, timelineStyles, storyStartStyles];

  /** The dataset to draw. Setting it validates it and re-renders; bad events are reported, valid ones kept. */
  @property({ attribute: false }) data: Dataset | null = null;

  /** URL of a dataset JSON to fetch. A failure shows a localized error and fires `tarikh-error`. */
  @property({ reflect: true }) src = '';

  /** UI language: `ar` (right to left, time flowing right to left) or `en`. Defaults to the page's language. */
  @property({ reflect: true }) override lang = '';

  /** Start of the visible window (ISO 8601). Reflects the window after each zoom or pan settles. */
  @property({ reflect: true }) start = '';

  /** End of the visible window (ISO 8601). */
  @property({ reflect: true }) end = '';

  /** Id of the selected event, or null. */
  @property({ reflect: true }) selected: string | null = null;

  /** Shows the events as a list in time order instead of the plot (the "List view" control toggles it). */
  @property({ type: Boolean, attribute: 'list-view', reflect: true }) listView = false;

  /** How long a `src` request may take, in milliseconds. */
  @property({ type: Number, attribute: 'fetch-timeout' }) fetchTimeout = DEFAULT_TIMEOUT_MS;

  /**
   * Text filter: only events whose titles, summaries, places or quotes (in either language) contain
   * every word are drawn. Case, Arabic diacritics and hamza forms are ignored.
   */
  @property({ reflect: true }) filter = '';

  /** Ids of tracks whose events are hidden (attribute: space-separated ids). */
  @property({
    attribute: 'hidden-tracks',
    reflect: true,
    converter: {
      fromAttribute: (value: string | null) => (value ? value.split(/\s+/).filter(Boolean) : []),
      toAttribute: (value: string[]) => (Array.isArray(value) && value.length ? value.join(' ') : null),
    },
  })
  hiddenTracks: string[] = [];

  /**
   * Groups the events by track: a band per track (in the dataset's order, then one for events
   * without a track), each named, with its own lanes and clusters. A band needs about 80 px of
   * height; in a timeline too short for all its bands, the events are shown ungrouped.
   */
  @property({ type: Boolean, attribute: 'group-tracks', reflect: true }) groupTracks = false;

  /** The dataset (given as `data` or fetched from `src`), and what validation found in it. */
  private readonly loader = new DatasetController(this, {
    read: (items, result) => this.onDatasetRead(items, result),
    failed: (failure, url) => this.onLoadFailed(failure, url),
  });
  /** The event with the collection's tab stop (roving tabindex). */
  @state() private focusId: string | null = null;
  /** The cluster whose events are listed (its key), and the item whose list it is. */
  @state() private openCluster: string | null = null;
  /** How many of the open cluster list's options are rendered (it grows a page at a time). */
  @state() private clusterListLimit = CLUSTER_LIST_PAGE;
  /** The positions of the events the list view renders (it grows a page at a time, either way). */
  @state() private listRange: ListRange = { start: 0, end: LIST_PAGE };
  /** While printing, the list is drawn even under the plot view: it is what gets printed. */
  @state() private printing = false;
  /** What the polite live region says. */
  @state() private announcement = '';
  /** The selection just announced, to say together with the window its selection settles on. */
  private selectionNote = { text: '', at: 0 };
  private readonly printQuery = typeof matchMedia === 'function' ? matchMedia('print') : null;
  private readonly onPrint = (event: Event) => {
    this.printing = event.type === 'beforeprint' || (event.type !== 'afterprint' && !!this.printQuery?.matches);
  };
  /** The event whose tooltip shows. */
  @state() private tipId: string | null = null;

  @query('.plot') private plot!: HTMLElement;

  /** Every valid event, sorted, and those passing the filter, which are drawn. */
  private readonly shown = new ShownItems();
  /** The order a reader steps through the events shown ("Previous" and "Next" in the panel). */
  private readonly story = new TimelineStory({
    shown: () => this.shown.items,
    all: () => this.shown.all,
    version: () => this.shown.version,
    order: () => this.loader.model?.story?.order,
    indexOf: (id) => this.indexOf(id),
  });
  /** The first search over many events, worked out in slices (see SearchPreparation). */
  private readonly searchPreparation = new SearchPreparation(
    this.shown,
    () => this.loader.model,
    () => {
      this.applyFilter();
      // New data waited for this search: its selected event (a shared link's) is brought into view now.
      if (this.selectAfterSearch && this.selected) this.bringIntoView(this.selected, false);
      this.selectAfterSearch = false;
      this.requestUpdate();
    },
  );
  /** Whether the search under way was started by new data, which drew nothing until it is ready. */
  private selectAfterSearch = false;
  /** Sizes and fonts from the element's CSS, and text measured in them. */
  private readonly metrics = new PlotMetrics();
  private readonly windowLayout = new WindowLayout();
  /** The windows of the last two frames drawn at different windows (the earlier null once guessed from). */
  private drawnViews: [View | null, View | null] = [null, null];
  private aheadCallback = 0;
  /** With `group-tracks`: the bands of the events shown, and a window layout for each. */
  private readonly bandedLayout = new BandedLayout();
  /** The DOM node each drawn event uses, kept while it stays drawn (see NodeSlots). */
  private readonly eventSlots = new NodeSlots<string>();
  private readonly overview = new OverviewBand({
    overviewView: () => this.overviewView(),
    view: () => this.view(),
    times: () => this.shown.at,
    timesKey: () => String(this.shown.version),
    showWindow: (start, end, animate) => this.zoomTo(new Date(start), new Date(end), { animate }),
    panBy: (px) => this.zoom.panBy(px),
    hold: () => this.zoom.hold(),
    release: () => this.zoom.release(),
  });
  private readonly clusterSlots = new NodeSlots<string>();
  private readonly size = new ResizeController(this, (previous) => this.onResize(previous.width));
  /** A theme changing the label font, node size, lane height, axis height or spacing at run time lays the nodes out again. */
  private readonly styleProbe = new StyleProbeController(this, () => this.onStyleChange());
  private readonly nodeFocus = new NodeFocus(this, {
    focusNode: (id) => this.focusNode(id),
    rememberedId: () => this.focusId,
    fallback: () => this.plot,
  });
  private readonly zoom = new ZoomController(this, {
    onZoom: () => this.requestUpdate(),
    onSettle: () => this.settle(),
    duration: () => cssTimeMs(getComputedStyle(this).getPropertyValue('--_duration')),
  });
  /** The window to show once the element has a size (set before layout, or kept across a resize or a change of direction). */
  private pendingWindow: { start?: number; end?: number; animate: boolean } | null = null;
  /** The attribute values we reflected ourselves, so they are not taken for a request to zoom. */
  private reflectedWindow = { start: '', end: '' };
  private readonly onFontsLoaded = () => {
    // A family the page switched to may have been loading (its fallback measured the same as before).
    this.readMetrics();
    this.metrics.fontsLoaded();
    this.shown.forgetLabelWidths();
    this.requestUpdate();
  };

  /** The effective language: the `lang` attribute, else the nearest ancestor's, else English. */
  get language(): Lang {
    return this.lang ? toLang(this.lang) : this.inheritedLanguage();
  }

  private inheritedLanguage(): Lang {
    const owner = this.parentElement?.closest('[lang]');
    return toLang(owner?.getAttribute('lang') ?? document.documentElement.lang);
  }

  /** The dataset as drawn: what `data` or `src` gave, with invalid events left out. Null until one is loaded. */
  get loadedData(): Dataset | null {
    return this.loader.model;
  }

  private get isRtl() {
    return this.language === 'ar';
  }

  override connectedCallback() {
    super.connectedCallback();
    document.fonts?.addEventListener('loadingdone', this.onFontsLoaded);
    this.printQuery?.addEventListener('change', this.onPrint);
    window.addEventListener('beforeprint', this.onPrint);
    window.addEventListener('afterprint', this.onPrint);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    document.fonts?.removeEventListener('loadingdone', this.onFontsLoaded);
    this.printQuery?.removeEventListener('change', this.onPrint);
    window.removeEventListener('beforeprint', this.onPrint);
    window.removeEventListener('afterprint', this.onPrint);
    globalThis.cancelIdleCallback?.(this.aheadCallback);
  }

  // ——— Public API ———

  /** Shows the window from `start` to `end`, animating unless `{ animate: false }` or reduced motion. */
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
      if (!this.size.width || !this.hasUpdated || this.loader.status !== 'ready') {
        this.pendingWindow = { start: a, end: b, animate: false };
        return;
      }
      this.configureZoom();
      this.zoom.set(this.transformFor(a, b), animate);
    } catch (error) {
      this.report(error);
    }
  }

  /**
   * Zooms around the centre of the view; a factor above 1 zooms in. Animates unless `{ animate: false }` or
   * reduced motion.
   */
  zoomBy(factor: number, options: { animate?: boolean } = {}) {
    this.zoomAround(factor, options?.animate ?? true);
  }

  /** `zoomBy` around `x` (pixels from the plot's left edge; its centre by default). */
  private zoomAround(factor: number, animate: boolean, x?: number) {
    if (!(factor > 0) || !Number.isFinite(factor) || !this.size.width) return;
    try {
      this.configureZoom();
      // The zoom limits clamp the scale but not the translation worked out for the unclamped one:
      // zooming in at the limit would throw the view to one end of time, and an overflowing factor
      // (1e308) would leave it at NaN. So the factor is clamped first.
      const k = this.zoom.transform.k;
      const next = this.zoom.constrain(zoomIdentity.scale(k * Math.min(1e6, Math.max(1e-6, factor)))).k;
      if (next !== k) this.zoom.scaleBy(next / k, animate, x);
    } catch (error) {
      this.report(error);
    }
  }

  /** Shows every event, animating unless `{ animate: false }` or reduced motion. */
  fit(options: { animate?: boolean } = {}) {
    const [a, b] = this.baseDomain();
    this.zoomTo(new Date(a), new Date(b), options);
  }

  /** Selects an event (or clears the selection with null) and brings it into view. */
  select(id: string | null) {
    this.setSelected(id, false);
  }

  /** The visible window now. */
  get visibleRange(): { start: Date; end: Date } {
    const view = this.view();
    return { start: new Date(view.start), end: new Date(view.end) };
  }

  // ——— Data ———

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('lang') && changed.get('lang') !== undefined) {
      // The transform was made for the previous direction: read the window the reader saw with it.
      const previous = changed.get('lang') as string;
      const wasRtl = (previous ? toLang(previous) : this.inheritedLanguage()) === 'ar';
      this.keepWindow(wasRtl);
    }
    // `data` wins over `src` when both change together; otherwise the newest one given is drawn.
    const dataGiven = changed.has('data') && this.data !== null;
    // The newest input wins: a request still under way for an older `src` must not replace it.
    const resume = this.loader.takeResume();
    // New data, or new search results, are listed from their first page.
    if (dataGiven || changed.has('src') || changed.has('filter') || changed.has('hiddenTracks'))
      this.listRange = { start: 0, end: LIST_PAGE };
    if (dataGiven) this.loader.use(this.data);
    else if ((changed.has('src') || resume) && this.src) void this.load();
    if ((changed.has('start') || changed.has('end')) && this.hasUpdated) this.windowFromAttributes();
    if ((changed.has('filter') || changed.has('hiddenTracks')) && !dataGiven && this.shown.all.length) {
      // Until a first search over many events has its texts, the events drawn stay as they are.
      if (this.shown.isColdSearch(this.filterArgs()[0])) this.searchPreparation.start();
      else this.applyFilter();
    }
    // A window asked for (by new data, or kept across a change of direction) is set before this
    // render, not after it: updated() would draw the old window first, then render again for the
    // new one, and again for start and end changing as the window settles, which here they do
    // within this update.
    if (this.pendingWindow && this.hasUpdated) this.applyPendingWindow();
    // The list view keeps the page it moved to for a selection outside what it showed, rather than
    // going back to its first page once the selection is cleared.
    if (changed.has('selected') && this.selected && (this.listView || this.printing)) {
      const at = this.shown.items.findIndex((item) => item.id === this.selected);
      const range = listWindow(this.shown.items.length, this.listRange, at, LIST_PAGE);
      if (range.start !== this.listRange.start || range.end !== this.listRange.end) this.listRange = range;
    }
  }

  private load() {
    return this.loader.load(this.src, this.fetchTimeout);
  }

  /** Narrows the drawn events to those passing `filter` and `hiddenTracks`; the selection survives if it passes. */
  private applyFilter() {
    this.shown.filter(...this.filterArgs());
    this.clearLayouts();
  }

  private clearLayouts() {
    this.windowLayout.clear();
    this.bandedLayout.clear();
  }

  /**
   * New events to draw (none: `[]`), of which those passing the filter are drawn. A filter set
   * before many events came (a shared link's search) waits for their texts, worked out in slices:
   * in one go they froze the page for 300 ms at 100,000 events, on top of reading the data, and
   * drawing them all first would show events the search leaves out.
   */
  private setItems(items: TimelineItem[]) {
    this.searchPreparation.stop();
    this.selectAfterSearch = this.shown.setAll(items, ...this.filterArgs(), { waitForColdSearch: true });
    if (this.selectAfterSearch) this.searchPreparation.start();
    this.clearLayouts();
  }

  private filterArgs(): [query: string, hiddenTracks: ReadonlySet<string>, dataset: Dataset | null] {
    // Both are public properties a page may set to anything; only a list of ids and a string count.
    const hidden = new Set(Array.isArray(this.hiddenTracks) ? this.hiddenTracks : []);
    return [typeof this.filter === 'string' ? this.filter : '', hidden, this.loader.model];
  }

  private onDatasetRead(items: TimelineItem[], result: ValidationResult) {
    this.setItems(items);
    const dataset = result.dataset;
    if (dataset) {
      this.dispatchEvent(new CustomEvent('tarikh-load', { detail: { dataset }, bubbles: true, composed: true }));
      const view = dataset.view;
      const a = parseIsoDate(this.start) ?? (view ? parseIsoDate(view.start) : undefined);
      const b = parseIsoDate(this.end) ?? (view ? parseIsoDate(view.end) : undefined);
      // A missing side is the whole dataset's, worked out once the element knows its width.
      this.pendingWindow = { start: a?.start, end: b ? windowEnd(b) : undefined, animate: false };
    }
    const problems = this.loader.problems;
    if (problems.length) {
      const m = messagesFor(this.language);
      const message = !dataset
        ? m.invalidData
        : result.rejected.length
          ? m.invalidEvents(result.rejected.length)
          : m.problemsFound(problems.length);
      this.emitError(
        message,
        problems.map((p) => describeProblem(p, this.language)),
      );
    }
  }

  private onLoadFailed(failure: LoadFailure, url: string) {
    this.setItems([]);
    const m = messagesFor(this.language);
    this.emitError(`${m.loadFailed}: ${failureText(failure, this.language)}`, [url]);
  }

  private emitError(message: string, errors: string[]) {
    this.dispatchEvent(new CustomEvent('tarikh-error', { detail: { message, errors }, bubbles: true, composed: true }));
  }

  private report(error: unknown) {
    // An unexpected failure must never escape into the page's code; it is logged for developers.
    console.error('tarikh-timeline:', error);
  }

  // ——— Geometry ———

  /** Base domains by data, language and width: stable, so a transform always means the same window. */
  private readonly baseDomainCache = new Map<string, [number, number]>();

  /**
   * Every event plus a margin: the widest the reader can zoom out. The margin after the last event
   * leaves room for its label, so fitting the story never cuts the last title.
   */
  private baseDomain(width = Math.max(1, this.size.width)): [number, number] {
    // Deliberately not keyed on fonts: the transform is relative to this domain, so it must not
    // move under the reader when a web font finishes loading.
    // Nor on the language: switching languages must keep the reader's window.
    const key = `${this.shown.dataVersion}|${width}`;
    const cached = this.baseDomainCache.get(key);
    if (cached) return cached;
    const extent = this.shown.allExtent();
    // The last event's label in the wider of the two languages: switching languages keeps the domain.
    const last = this.shown.all.at(-1)?.event.title;
    const labelRoom =
      last && width > 1
        ? Math.min(
            MAX_LABEL_WIDTH,
            Math.max(this.metrics.labels.measure(last.en), this.metrics.labels.measure(last.ar)),
          ) +
          LABEL_PADDING +
          this.metrics.sizes.nodeSize +
          16
        : 0;
    const domain = fittedDomain(extent, width, labelRoom);
    if (this.baseDomainCache.size > 16) this.baseDomainCache.clear();
    this.baseDomainCache.set(key, domain);
    return domain;
  }

  private baseScale(width = Math.max(1, this.size.width), rtl = this.isRtl): TimeScale {
    return timeScale(this.baseDomain(width), rtl ? [width, 0] : [0, width]);
  }

  /** The visible window, from a zoom transform (by default the current one, at the current width and direction). */
  private view(transform: ZoomTransform = this.zoom.transform, width = this.size.width, rtl = this.isRtl): View {
    const w = Math.max(1, width);
    const [a, b] = transform.rescaleX(this.baseScale(w, rtl)).domain();
    const start = Math.min(+a!, +b!);
    const end = Math.max(+a!, +b!);
    return { start, end, width: w, rtl };
  }

  /** The zoom transform that shows [start, end] across the full width. */
  private transformFor(start: number, end: number): ZoomTransform {
    const base = this.baseScale();
    const x0 = base(start);
    const x1 = base(end);
    const k = Math.max(1, this.size.width) / Math.max(1e-9, Math.abs(x1 - x0));
    return zoomIdentity.scale(k).translate(-Math.min(x0, x1), 0);
  }

  private configureZoom() {
    const [a, b] = this.baseDomain();
    // Zooming in stops at about an hour across the view.
    this.zoom.configure(this.size.width, this.size.height, Math.max(1, (b - a) / HOUR));
  }

  /** Keeps the window the reader was looking at across a change of width, before anything is drawn. */
  private onResize(previousWidth: number) {
    this.readMetrics();
    if (!this.hasUpdated || this.loader.status !== 'ready' || !previousWidth) return;
    if (!this.pendingWindow) {
      const view = this.view(this.zoom.transform, previousWidth);
      this.pendingWindow = { start: view.start, end: view.end, animate: false };
    }
    this.applyPendingWindow();
  }

  /** Reads the sizes the layout depends on from the element's CSS; returns whether any changed. */
  private readMetrics(): boolean {
    const changed = this.metrics.read(getComputedStyle(this), this.isRtl);
    if (changed.labelWidths) this.shown.forgetLabelWidths();
    return changed.any;
  }

  /** The CSS the layout reads changed at run time (see StyleProbeController): the nodes are laid out again. */
  private onStyleChange() {
    // A new font, node size or gap makes new label widths, and so new layouts (their keys hold the
    // widths' version and the lanes); lane and axis heights are read by every frame.
    if (this.readMetrics()) this.requestUpdate();
  }

  /** Remembers the visible window so a resize or a change of direction keeps showing it. */
  private keepWindow(rtl = this.isRtl) {
    if (!this.hasUpdated || this.pendingWindow || !this.size.width || this.loader.status !== 'ready') return;
    const view = this.view(this.zoom.transform, this.size.width, rtl);
    this.pendingWindow = { start: view.start, end: view.end, animate: false };
  }

  private windowFromAttributes() {
    if (this.start === this.reflectedWindow.start && this.end === this.reflectedWindow.end) return;
    const a = parseIsoDate(this.start);
    const b = parseIsoDate(this.end);
    if (!a && !b) return;
    const view = this.view();
    this.zoomTo(new Date(a?.start ?? view.start), new Date(b ? windowEnd(b) : view.end), { animate: false });
  }

  private settle() {
    if (this.loader.status !== 'ready') return;
    const view = this.view();
    if (!Number.isFinite(view.start) || !Number.isFinite(view.end)) return;
    const start = new Date(view.start).toISOString();
    const end = new Date(view.end).toISOString();
    this.reflectedWindow = { start, end };
    this.start = start;
    this.end = end;
    const range = windowAnnouncement(view.start, view.end, this.language);
    // A selection that moved the window is said with it; an older one is not repeated.
    const note = performance.now() - this.selectionNote.at < 2000 ? this.selectionNote.text : '';
    this.announcement = note ? `${note}. ${range}` : range;
    this.selectionNote = { text: '', at: 0 };
    this.dispatchEvent(
      new CustomEvent('tarikh-range-change', {
        detail: { start: new Date(view.start), end: new Date(view.end) },
        bubbles: true,
        composed: true,
      }),
    );
  }

  // ——— Layout ———

  private layoutOptions(): LayoutOptions {
    const { nodeSize, laneHeight, axisHeight } = this.metrics.sizes;
    const clusterRow = laneHeight + 2;
    const lanes = Math.max(1, Math.floor((this.size.height - axisHeight - clusterRow - TOP_PADDING) / laneHeight));
    return {
      lanes,
      radius: nodeSize / 2,
      labelGap: this.metrics.sizes.labelGap,
      gap: 10,
      clusterWidth: 32,
      countWidth: this.metrics.countWidth,
    };
  }

  /** Lays out the events in view and says where each node and cluster goes this frame. */
  private frame(view: View): Frame {
    const bands = this.trackBands();
    if (bands) return this.bandedFrame(view, bands);
    const options = this.layoutOptions();
    const { layout } = this.windowLayout.get(this.windowRequest(view, options));
    return { ...drawFrame(layout, this.shown.items, view, this.frameGeometry(options, TOP_PADDING)), bands: [] };
  }

  /** What the window layout of all events is asked for a view (ungrouped). */
  private windowRequest(view: View, options = this.layoutOptions()): WindowLayoutRequest {
    return {
      ...this.layoutRequest(view.start, view.end),
      // The selected event is drawn on its own wherever its node fits, never lost in a cluster
      // because labels kept from the previous zoom level took the lanes around it.
      pinned: this.selected ? this.indexOf(this.selected) : -1,
      key: `${this.shown.version}|${this.language}|${view.width}|${options.lanes}|${this.metrics.sizes.font}`,
    };
  }

  /**
   * While the reader zooms or pans, works out in idle time the layout the next step will most likely
   * need (the last step taken once more, see `nextStep`), so that the frame drawing that step only
   * places nodes. At 100,000 events, zoom frames that lay out their window anew took a median of
   * 11.0 ms here, those reusing a layout 8.4 ms. A wrong guess costs idle time only: a layout worked
   * out ahead is taken only where it is exactly the one the frame would compute.
   */
  private layoutAhead() {
    const [previous, current] = this.drawnViews;
    if (!previous || !current || typeof requestIdleCallback !== 'function') return;
    // Once per step: a frame drawn again at the same window (a hover, a focus) guesses nothing new.
    this.drawnViews = [null, current];
    cancelIdleCallback(this.aheadCallback);
    this.aheadCallback = requestIdleCallback(() => {
      const next = nextStep(previous, current);
      if (!next || !this.isConnected || this.loader.status !== 'ready' || this.view().start !== current.start) return;
      try {
        const view = { ...current, ...next };
        const bands = this.trackBands();
        if (bands) this.bandedLayout.prepare(bands, this.bandBoxes(bands), this.bandRequests(view));
        else this.windowLayout.prepare(this.windowRequest(view));
      } catch {
        // Only ever a head start: the frame lays out its window itself.
      }
    });
  }

  private frameGeometry(options: LayoutOptions, top: number) {
    const { radius, labelGap, gap } = options;
    return { radius, labelGap, laneHeight: this.metrics.sizes.laneHeight, top, gap };
  }

  /**
   * The frame with events grouped by track: each band laid out on its own, in its own lanes, and
   * drawn at its place in the plot.
   */
  private bandedFrame(view: View, bands: TrackBand[]): Frame {
    const boxes = this.bandBoxes(bands);
    const drawn = this.bandedLayout.draw(view, bands, boxes, this.shown.items, {
      ...this.bandRequests(view),
      geometry: (options, top) => this.frameGeometry(options, top),
    });
    return { ...drawn, bands: bands.map((band, b) => ({ key: band.key, box: boxes[b]! })) };
  }

  /** What each band's window layout is asked for a view (grouped by track). */
  private bandRequests(view: View): BandRequests {
    return {
      request: (band, lanes) => this.layoutRequest(view.start, view.end, band, lanes),
      key: (band, box) =>
        `${this.shown.version}|${band.key}|${this.language}|${view.width}|${box.lanes}|${this.metrics.sizes.font}`,
      pinned: this.selected ? this.indexOf(this.selected) : -1,
    };
  }

  /**
   * The bands of the events shown, when grouping by track is asked for and the dataset has tracks.
   * Where the plot is too short for a lane and a cluster row in every band, the events are not
   * grouped: bands running over the axis would hide events.
   */
  private trackBands(): TrackBand[] | null {
    const tracks = this.loader.model?.tracks;
    if (!this.groupTracks || !tracks?.length || !this.shown.items.length) return null;
    const items = this.shown.items;
    const bands = this.bandedLayout.bands(
      this.shown.version,
      tracks.map((t) => t.id),
      (i) => items[i]!.event.track,
      this.shown.at,
      this.shown.ends,
    );
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
    const { laneHeight, axisHeight } = this.metrics.sizes;
    return {
      top: BANDS_TOP,
      bottom: this.size.height - axisHeight,
      headingHeight: BAND_HEADING_HEIGHT,
      laneHeight,
      clusterRowHeight: laneHeight + 2,
    };
  }

  /** The layout of all events, or with `band`, of that band's events in its `lanes`. */
  private layoutRequest(start: number, end: number, band?: TrackBand, lanes?: number) {
    const width = Math.max(1, this.size.width);
    const [b0, b1] = this.baseDomain();
    const lang = this.language;
    const font = this.metrics.sizes.font;
    const options = this.layoutOptions();
    const badge = badgeRoom(this.metrics.sizes.nodeSize, options.labelGap);
    const measure = (item: TimelineItem) =>
      Math.min(MAX_LABEL_WIDTH, this.metrics.labels.measure(item.event.title[lang])) +
      LABEL_PADDING +
      (item.event.disputes?.length ? badge : 0);
    return {
      at: band ? band.at : this.shown.at,
      end: band ? band.end : this.shown.ends,
      longestRange: band ? band.longestRange : this.shown.longestRange,
      epoch: b0,
      basePxPerMs: width / (b1 - b0),
      viewStart: start,
      viewEnd: end,
      width,
      options: lanes === undefined ? options : { ...options, lanes },
      labelWidth: band
        ? (k: number) => this.shown.labelWidth(band.index[k]!, lang, font, measure)
        : (index: number) => this.shown.labelWidth(index, lang, font, measure),
    };
  }

  /**
   * Whether an event would be drawn on its own (not clustered) in a window. The selected event is
   * pinned there, as in the frame: it is drawn wherever its node fits at all.
   */
  private placedAt(index: number, start: number, end: number): boolean {
    const pinned = this.selected !== null && this.indexOf(this.selected) === index;
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

  // ——— Selection, focus and keyboard ———

  private indexOf(id: string | null): number {
    return this.shown.indexOf(id);
  }

  private setSelected(id: string | null, fromUser: boolean) {
    try {
      const next = id && this.indexOf(id) >= 0 ? id : null;
      if (id && !next && !fromUser && this.loader.status !== 'ready') {
        // Kept so a selection made before the data arrives still applies.
        this.selected = id;
        return;
      }
      if (next === this.selected) return;
      this.selected = next;
      if (next) this.focusId = next;
      this.dispatchEvent(new CustomEvent('tarikh-select', { detail: { id: next }, bubbles: true, composed: true }));
      this.announceSelection(next);
      if (next) this.bringIntoView(next);
    } catch (error) {
      this.report(error);
    }
  }

  /**
   * Pans so the event is in view and, where it is inside a cluster, zooms in around it until it is
   * drawn on its own: every event can be reached.
   */
  private bringIntoView(id: string, animate = true) {
    const index = this.indexOf(id);
    if (index < 0 || !this.size.width || this.loader.status !== 'ready') return;
    const item = this.shown.items[index]!;
    const view = this.view();
    let span = view.end - view.start;
    const visible = item.at >= view.start && item.at <= view.end;
    if (visible && this.placedAt(index, view.start, view.end)) return;
    let start = visible ? view.start : item.at - span / 2;
    for (let i = 0; i < 40 && !this.placedAt(index, start, start + span) && span > HOUR; i += 1) {
      span /= 1.5;
      start = item.at - span / 2;
    }
    this.zoomTo(new Date(start), new Date(start + span), { animate });
  }

  private onEventClick(event: MouseEvent) {
    const id = (event.currentTarget as HTMLElement).dataset.id ?? null;
    this.setSelected(id, true);
    // Enter or Space (a click without a pointer) takes the reader into the panel; Escape brings them back.
    if (event.detail === 0 && id) void this.focusPanel();
  }

  private async focusPanel() {
    await defineDetails();
    await this.updateComplete;
    const panel = this.shadowRoot?.querySelector<
      HTMLElement & { focusHeading?: () => void; updateComplete?: Promise<unknown> }
    >('tarikh-details');
    await panel?.updateComplete;
    panel?.focusHeading?.();
  }

  // A slot's node stands for different clusters over time: handlers read the cluster from the node.
  private readonly onClusterNodeClick = (event: MouseEvent) => {
    const drawn = this.drawnCluster((event.currentTarget as HTMLElement).dataset.key);
    if (drawn) this.onClusterClick(drawn, event);
  };
  private readonly onClusterFocus = (event: FocusEvent) => {
    const drawn = this.drawnCluster((event.currentTarget as HTMLElement).dataset.key);
    if (!drawn) return;
    this.focusId = this.shown.items[this.clusterAnchor(drawn.cluster)]!.id;
    if (drawn.cluster.count === 1) this.tipId = this.focusId;
  };

  private onClusterClick(drawn: DrawnCluster, event?: MouseEvent) {
    const { cluster } = drawn;
    if (cluster.count === 1 && !event?.shiftKey) {
      // A "cluster" of one event is that event without room for its label: activating it opens the
      // event, as its node would, rather than zooming to an hour around it. Selected, it is drawn on
      // its own where it is, and focus follows it there (or into the panel, from the keyboard).
      const id = this.shown.items[firstIndex(cluster)]!.id;
      this.setSelected(id, true);
      if (event?.detail === 0) void this.focusPanel();
      else this.nodeFocus.focusWhenDrawn(id);
      return;
    }
    const view = this.view();
    // At the deepest zoom (or asked with Shift) a cluster cannot split further: it lists its events.
    if (event?.shiftKey || view.end - view.start <= HOUR * 1.05) {
      this.openClusterList(drawn.key);
      return;
    }
    const first = this.shown.items[firstIndex(cluster)]!;
    const lastRange = cluster.ranges[cluster.ranges.length - 1]!;
    const last = this.shown.items[lastRange[1] - 1]!;
    const span = Math.max(last.end - first.start, HOUR);
    this.zoomTo(new Date(first.start - span * 0.15), new Date(last.end + span * 0.15));
  }

  private onKeyDown(event: KeyboardEvent) {
    try {
      const path = event.composedPath();
      // Keys inside the details panel (scrolling the article, its own Escape) are the panel's.
      if (path.some((node) => (node as Element).localName === 'tarikh-details')) return;
      // The list view's buttons keep their own keys; Escape still closes the details.
      if (event.key !== 'Escape' && path.some((node) => (node as Element).classList?.contains('list-view'))) return;
      const target = path[0] as HTMLElement | undefined;
      const cluster = target?.classList?.contains('cluster') ? this.drawnCluster(target.dataset.key) : undefined;
      const onEvent = !!target?.classList?.contains('event') || !!cluster;
      const action = keyAction(event.key, onEvent, {
        ctrl: event.ctrlKey,
        meta: event.metaKey,
        alt: event.altKey,
        shift: event.shiftKey,
      });
      if (!action) return;
      if (action.type === 'activate' && action.alternate && cluster) {
        event.preventDefault();
        this.openClusterList(cluster.key);
        return;
      }
      if (action.type === 'activate' || (action.type === 'close' && !this.selected)) return;
      event.preventDefault();
      this.perform(action, target?.classList?.contains('event') ? (target.dataset.id ?? null) : null, cluster);
    } catch (error) {
      this.report(error);
    }
  }

  /** The middle of the focused event's node or cluster, in pixels from the plot's left edge, if one has focus. */
  private focusedNodeX(focusedId: string | null, cluster?: DrawnCluster): number | undefined {
    if (cluster) return cluster.left + cluster.width / 2;
    const index = this.indexOf(focusedId);
    return index < 0 ? undefined : physicalX(this.view(), this.shown.items[index]!.at);
  }

  private perform(action: KeyAction, focusedId: string | null, cluster?: DrawnCluster) {
    switch (action.type) {
      case 'zoom':
        // Around the focused event or cluster, as a wheel zooms around the pointer: it stays where it
        // is, and keeps focus, instead of leaving the view.
        this.zoomAround(action.factor, true, this.focusedNodeX(focusedId, cluster));
        return;
      case 'pan':
        this.zoom.panBy(-action.fraction * this.size.width);
        return;
      case 'fit':
        this.fit();
        return;
      case 'close': {
        const id = this.selected;
        this.setSelected(null, true);
        if (id && focusedId === id) this.nodeFocus.focusWhenDrawn(id);
        return;
      }
      case 'move': {
        if (!this.shown.items.length) return;
        const anchor = cluster ? this.clusterAnchor(cluster.cluster) : this.indexOf(focusedId);
        const current = cluster
          ? rangeHolding(cluster.cluster.ranges, anchor)
          : anchor >= 0
            ? ([anchor, anchor + 1] as const)
            : null;
        const index = moveTarget(action.to, current, this.shown.items.length, this.isRtl);
        const id = this.shown.items[index]!.id;
        this.focusId = id;
        // An event inside a cluster in view is reached on its cluster; any other is brought into view.
        if (!this.clusterHolding(index)) this.bringIntoView(id, false);
        if (focusedId || cluster || this.shadowRoot?.activeElement?.classList.contains('event'))
          this.nodeFocus.focusWhenDrawn(id);
        return;
      }
      default:
        return;
    }
  }

  /** The cluster drawn this frame with that key. */
  private drawnCluster(key: string | undefined): DrawnCluster | undefined {
    return key === undefined ? undefined : this.frame(this.view()).clusters.find((c) => c.key === key);
  }

  /** The cluster drawn this frame that holds an item. */
  private clusterHolding(index: number): DrawnCluster | undefined {
    if (index < 0 || !this.size.width) return undefined;
    return this.frame(this.view()).clusters.find((c) => rangeHolding(c.cluster.ranges, index));
  }

  /** The event a cluster stands for while it has focus: the remembered one if it holds it, else its first. */
  private clusterAnchor(cluster: Cluster): number {
    const index = this.indexOf(this.focusId);
    return rangeHolding(cluster.ranges, index) ? index : firstIndex(cluster);
  }

  /** Focuses an event's node, or the cluster holding it; false if neither is drawn. */
  private focusNode(id: string): boolean {
    const root = this.shadowRoot;
    const node = root?.querySelector<HTMLElement>(`.event[data-id="${CSS.escape(id)}"]`);
    if (node) {
      node.focus();
      return true;
    }
    const held = this.clusterHolding(this.indexOf(id));
    const cluster = held && root?.querySelector<HTMLElement>(`.cluster[data-key="${CSS.escape(held.key)}"]`);
    if (!cluster) return false;
    cluster.focus();
    return true;
  }

  private announceSelection(id: string | null) {
    const lang = this.language;
    const m = messagesFor(lang);
    const index = this.indexOf(id);
    const text = index >= 0 ? m.selectedEvent(this.nameOf(this.shown.items[index]!, lang)) : m.selectionCleared;
    this.selectionNote = { text, at: performance.now() };
    this.announcement = text;
  }

  /** A band's heading: its track's name, or "Other events" for the band of events without one. */
  private trackLabel(key: string, lang: Lang): string {
    const track = key ? this.loader.model?.tracks?.find((t) => t.id === key) : undefined;
    return track ? track.label[lang] : messagesFor(lang).otherEvents;
  }

  /** An event's accessible name: title, localized date, track, and whether it is background or disputed. */
  private nameOf(item: TimelineItem, lang: Lang): string {
    const m = messagesFor(lang);
    const track = item.event.track ? this.loader.model?.tracks?.find((t) => t.id === item.event.track) : undefined;
    return [
      item.event.title[lang],
      this.dateText(item, lang),
      track?.label[lang],
      item.event.context ? m.context : '',
      item.event.disputes?.length ? m.disputed : '',
    ]
      .filter(Boolean)
      .join(lang === 'ar' ? '، ' : ', ');
  }

  private openClusterList(key: string) {
    this.openCluster = key;
    this.clusterListLimit = CLUSTER_LIST_PAGE;
    void this.updateComplete.then(() =>
      this.shadowRoot?.querySelector<HTMLElement>('.cluster-list [role="option"][tabindex="0"]')?.focus(),
    );
  }

  private closeClusterList = (returnFocus: boolean) => {
    const key = this.openCluster;
    this.openCluster = null;
    if (returnFocus && key)
      void this.updateComplete.then(() =>
        this.shadowRoot?.querySelector<HTMLElement>(`.cluster[data-key="${CSS.escape(key)}"]`)?.focus(),
      );
  };

  private onClusterListSelect = (id: string) => {
    this.openCluster = null;
    this.setSelected(id, true);
    void this.focusPanel();
  };

  /** The next page of the open cluster list; focus moves to its first option, where the "more" option was. */
  private onClusterListMore = (from: number) => {
    this.clusterListLimit = from + CLUSTER_LIST_PAGE;
    void this.updateComplete.then(() => {
      const options = this.shadowRoot?.querySelectorAll<HTMLElement>('.cluster-list [role="option"]');
      const first = options?.[from];
      if (!options || !first) return;
      options.forEach((option) => option.setAttribute('tabindex', option === first ? '0' : '-1'));
      first.focus();
    });
  };

  private onListSelect = (id: string) => this.setSelected(id, true);

  /**
   * One more page of the list view, before or after what it shows. Focus moves to the new event next to
   * those already shown (the first after them, the last before them): the button pressed may be gone.
   */
  private onListMore = (shown: ListRange, side: 'before' | 'after') => {
    this.listRange =
      side === 'after'
        ? { start: shown.start, end: shown.end + LIST_PAGE }
        : { start: Math.max(0, shown.start - LIST_PAGE), end: shown.end };
    const target = side === 'after' ? shown.end : shown.start - 1;
    void this.updateComplete.then(() =>
      this.shadowRoot?.querySelectorAll<HTMLElement>('.event-list .list-event')[target - this.listRange.start]?.focus(),
    );
  };

  private toggleList = () => {
    this.listView = !this.listView;
  };

  private renderList(lang: Lang) {
    const model = this.loader.model;
    if (this.loader.status !== 'ready' || !model || !(this.listView || this.printing)) return nothing;
    return guard([this.shown.items, model, lang, this.selected, this.listRange], () =>
      listViewTemplate({
        items: this.shown.items,
        data: model,
        lang,
        selected: this.selected,
        colors: trackColors(model.tracks),
        range: this.listRange,
        onSelect: this.onListSelect,
        onMore: this.onListMore,
      }),
    );
  }

  // ——— Overview brush ———

  private overviewView(): View {
    const [a, b] = this.baseDomain();
    return { start: a, end: b, width: Math.max(1, this.size.width), rtl: this.isRtl };
  }

  // ——— Rendering ———

  protected override firstUpdated() {
    this.readMetrics();
    // The probes are rendered once, with the frame, and stay.
    this.styleProbe.observe(this.shadowRoot?.querySelectorAll('.probe > *') ?? []);
  }

  protected override updated(changed: PropertyValues<this>) {
    if (this.plot) {
      this.size.observe(this.plot);
      this.zoom.attach(this.plot);
    }
    if (changed.has('lang')) this.readMetrics();
    if ((changed.has('selected') || changed.has('listView')) && this.listView && this.selected) {
      this.shadowRoot
        ?.querySelector(`.list-item[data-id="${CSS.escape(this.selected)}"]`)
        ?.scrollIntoView({ block: 'nearest' });
    }
    if (changed.has('selected') && this.selected && this.loader.status === 'ready' && !this.pendingWindow) {
      this.bringIntoView(this.selected);
    }
    this.applyPendingWindow();
    this.layoutAhead();
  }

  private applyPendingWindow() {
    if (!this.pendingWindow || !this.size.width || this.loader.status !== 'ready') return;
    const { animate } = this.pendingWindow;
    const [fa, fb] = this.baseDomain();
    const start = this.pendingWindow.start ?? fa;
    const end = this.pendingWindow.end ?? fb;
    this.pendingWindow = null;
    this.configureZoom();
    this.zoom.set(this.transformFor(start, end), animate);
    if (this.selected) this.bringIntoView(this.selected, false);
  }

  /** Also waits for a search worked out over several tasks (see SearchPreparation) and its update. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    for (let pending = this.searchPreparation.pending; pending; pending = this.searchPreparation.pending) {
      await pending;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  override render() {
    const lang = this.language;
    const m = messagesFor(lang);
    const plot = this.loader.status === 'ready' && this.size.width > 0 ? this.renderPlot(lang) : undefined;
    return html`<div
      class=${this.listView ? 'layout listing' : 'layout'}
      dir=${dirOf(lang)}
      lang=${lang}
      aria-busy=${this.loader.status === 'loading' || this.searchPreparation.pending ? 'true' : 'false'}
      @keydown=${this.onKeyDown}
    >
      <div class="frame">
        <div
          class="plot"
          part="plot"
          tabindex="0"
          role="group"
          aria-roledescription=${m.timeline}
          aria-label=${this.loader.model?.title[lang] || m.timeline}
          aria-owns=${plot?.owns || nothing}
        >
          ${plot?.content ?? nothing}
        </div>
        ${
          // Until data is drawn the band's room is kept, so the first drawing is not redone when it appears.
          this.loader.status === 'ready'
            ? this.overview.render(lang)
            : html`<div class="overview pending" aria-hidden="true"></div>`
        }
        ${this.renderList(lang)} ${this.renderControls(lang)} ${this.renderStatus(lang)}
        <div class="probe" aria-hidden="true">
          <span class="probe-text">Tarikh تاريخ 2024</span><span class="probe-node"></span
          ><span class="probe-axis"></span><span class="probe-space"></span
          ><span class="probe-axis-text">Tarikh تاريخ 2024</span>
        </div>
      </div>
      ${this.renderPanel(lang)} ${liveRegionTemplate(this.announcement)}
    </div>`;
  }

  private renderPanel(lang: Lang) {
    const index = this.selected ? this.indexOf(this.selected) : -1;
    if (index < 0 || !this.loader.model) return nothing;
    // The panel's code may not be loaded yet (the bundled build loads it on the first selection); the
    // element below is upgraded, keeping what is set on it, as soon as it is.
    void defineDetails();
    const item = this.shown.items[index]!;
    // The panel's own section is the landmark, named by the event's title; a second one here would repeat it.
    return html`<tarikh-details
      class="panel"
      exportparts="details, excerpt, excerpt-disputed, source, mark, mark-current, story-nav"
      lang=${lang}
      .event=${item.event}
      .story=${this.story.stepAt(item.id)}
      .data=${this.loader.model}
      .unverified=${this.loader.unverified.get(item.id) ?? EMPTY_SET}
      @tarikh-details-close=${this.onDetailsClose}
      @tarikh-source-select=${this.onSourceSelect}
      @tarikh-story-step=${this.onStoryStep}
    ></tarikh-details>`;
  }

  // ——— The story, step by step ———

  private onStoryStep = (event: Event) => {
    event.stopPropagation();
    const id = (event as CustomEvent<{ id: string }>).detail?.id;
    if (typeof id === 'string') this.stepTo(id);
  };

  /** "Start the story": its first event, and focus into the panel, where "Next" leads on. */
  private readonly startStory = () => {
    const id = this.story.firstId();
    if (!id) return;
    this.stepTo(id);
    void this.focusPanel();
  };

  /** Selects an event of the story (brought into view as any selection) and says where it stands in it. */
  private stepTo(id: string) {
    this.setSelected(id, true);
    const index = this.indexOf(id);
    if (this.selected !== id || index < 0) return;
    const lang = this.language;
    const text = this.story.announcement(id, lang, this.nameOf(this.shown.items[index]!, lang));
    if (!text) return;
    this.announcement = text;
    this.selectionNote = { text, at: performance.now() };
  }

  private onDetailsClose = (event: Event) => {
    event.stopPropagation();
    const id = this.selected;
    this.setSelected(null, true);
    if (id) this.nodeFocus.focusWhenDrawn(id);
  };

  private onSourceSelect = (event: Event) => {
    const id = (event as CustomEvent<{ id: string }>).detail?.id;
    if (typeof id === 'string') this.setSelected(id, true);
  };

  private renderControls(lang: Lang) {
    if (this.loader.status !== 'ready') return nothing;
    return controlsTemplate({
      lang,
      listView: this.listView,
      onZoomIn: this.zoomIn,
      onZoomOut: this.zoomOut,
      onFit: this.fitView,
      onToggleList: this.toggleList,
      onStartStory: this.story.firstId() ? this.startStory : undefined,
    });
  }

  private readonly zoomIn = () => this.zoomBy(2);
  private readonly zoomOut = () => this.zoomBy(0.5);
  private readonly fitView = () => this.fit();

  private renderStatus(lang: Lang) {
    return statusTemplate({
      lang,
      loading: this.loader.status === 'loading',
      loadFailure: this.loader.loadFailure,
      problems: this.loader.problems,
      rejectedCount: this.loader.rejectedCount,
      hasData: !!this.loader.model,
      searching: this.loader.status === 'ready' && !this.shown.items.length && !!this.searchPreparation.pending,
      empty: this.loader.status === 'ready' && !this.shown.items.length && !this.searchPreparation.pending,
      onRetry: this.retryLoad,
    });
  }

  private readonly retryLoad = () => void this.load();

  /** Formatted dates by item, per language: formatting is the costliest part of drawing a node. */
  private readonly dateTexts = { ar: new WeakMap<TimelineItem, string>(), en: new WeakMap<TimelineItem, string>() };

  private dateText(item: TimelineItem, lang: Lang): string {
    let text = this.dateTexts[lang].get(item);
    if (text === undefined) {
      text = formatAtPrecision(item.start, item.precision, lang, item.offset);
      this.dateTexts[lang].set(item, text);
    }
    return text;
  }

  private renderPlot(lang: Lang) {
    const view = this.view();
    const last = this.drawnViews[1];
    if (!last || last.start !== view.start || last.end !== view.end) this.drawnViews = [last, view];
    const { events, clusters, bands } = this.frame(view);
    const m = messagesFor(lang);
    // The collection keeps one tab stop: the last focused or the selected event, on its own or on the
    // cluster holding it, else the earliest node.
    const tabStop = rovingStop(
      events,
      clusters.map((c) => c.cluster),
      [this.indexOf(this.focusId), this.indexOf(this.selected)],
    );
    const colors = trackColors(this.loader.model?.tracks);
    const deepest = view.end - view.start <= HOUR * 1.05;
    // Clusters without a row of their own (ungrouped) sit on the row over the axis.
    const clusterRowTop = this.size.height - this.metrics.sizes.axisHeight - this.metrics.sizes.laneHeight - 1;
    const tip = this.tipId
      ? tipAnchor(this.tipId, events, clusters, this.shown.items, {
          laneHeight: this.metrics.sizes.laneHeight,
          clusterRowTop,
        })
      : undefined;
    const drawnById = new Map(events.map((e) => [e.item.id, e]));

    const eventContext: EventNodeContext = {
      lang,
      selected: this.selected,
      tipId: this.tipId,
      tabStopIndex: tabStop?.kind === 'event' ? tabStop.index : -1,
      colors,
      nodeSize: this.metrics.sizes.nodeSize,
      nameOf: (item) => this.nameOf(item, lang),
      onClick: this.onEventClick,
      onPointerEnter: this.onEventPointerEnter,
      onPointerLeave: this.onEventPointerLeave,
      onFocus: this.onEventFocus,
      onBlur: this.onEventBlur,
    };
    const clusterContext: ClusterNodeContext = {
      tabStopPosition: tabStop?.kind === 'cluster' ? tabStop.position : -1,
      openCluster: this.openCluster,
      top: clusterRowTop,
      label: ({ cluster }) =>
        cluster.count === 1
          ? m.clusterOne(this.nameOf(this.shown.items[firstIndex(cluster)]!, lang))
          : deepest
            ? m.clusterDeepest(cluster.count)
            : m.cluster(cluster.count),
      onClick: this.onClusterNodeClick,
      onFocus: this.onClusterFocus,
      onBlur: this.onEventBlur,
      onPointerEnter: this.onClusterPointerEnter,
      onPointerLeave: this.onEventPointerLeave,
    };
    const clusterPosition = new Map(clusters.map((c, position) => [c.key, position]));
    const eventSlots = this.eventSlots.assign(
      events.map((e) => e.item.id),
      this.nodeFocus.focusedKey,
    );
    const clusterSlots = this.clusterSlots.assign(
      clusters.map((c) => c.key),
      this.nodeFocus.focusedKey,
    );

    const content = html`
      ${bands.map(({ key, box }) => trackBandTemplate(this.trackLabel(key, lang), box))}
      ${axisTemplate(view, lang, (text) => this.metrics.axis.measure(text), this.metrics.sizes.axisFont)}
      ${eventSlots.map((id, slot) =>
        eventNodeTemplate(id === null ? undefined : drawnById.get(id), slot, eventContext),
      )}
      ${clusterSlots.map((key, slot) => {
        const position = key === null ? -1 : (clusterPosition.get(key) ?? -1);
        return clusterNodeTemplate(clusters[position], position, slot, clusterContext);
      })}
      ${this.renderClusterList(clusters, lang)}
      ${
        tip
          ? tooltipTemplate(tip, view.width, this.isRtl, tip.item.event.title[lang], this.dateText(tip.item, lang))
          : nothing
      }
    `;
    return { content, owns: readingOrder(events, clusters, this.eventSlots, this.clusterSlots) };
  }

  /** Over a cluster of one, the tooltip of its event, as over the event's node. */
  private readonly onClusterPointerEnter = (event: PointerEvent) => {
    const drawn = this.drawnCluster((event.currentTarget as HTMLElement).dataset.key);
    if (drawn?.cluster.count === 1) this.tipId = this.shown.items[firstIndex(drawn.cluster)]!.id;
  };

  // A slot's node shows different events over time: handlers read the event from the node.
  private readonly onEventPointerEnter = (event: PointerEvent) => {
    this.tipId = (event.currentTarget as HTMLElement).dataset.id ?? null;
  };
  private readonly onEventPointerLeave = () => {
    this.tipId = null;
  };
  private readonly onEventFocus = (event: FocusEvent) => {
    const id = (event.currentTarget as HTMLElement).dataset.id;
    if (!id) return;
    this.tipId = id;
    this.focusId = id;
  };
  private readonly onEventBlur = () => {
    this.tipId = null;
  };

  private renderClusterList(clusters: DrawnCluster[], lang: Lang) {
    const open = this.openCluster === null ? undefined : clusters.find((c) => c.key === this.openCluster);
    if (!open) return nothing;
    return clusterListTemplate({
      items: this.shown.items,
      indexes: open.cluster.ranges.flatMap(([from, to]) => Array.from({ length: to - from }, (_, i) => from + i)),
      lang,
      selected: this.selected,
      nameOf: (item) => this.nameOf(item, lang),
      left: Math.min(open.left, this.size.width - 280),
      bottom:
        open.top === undefined
          ? this.metrics.sizes.axisHeight + this.metrics.sizes.laneHeight + 4
          : this.size.height - open.top + 4,
      limit: this.clusterListLimit,
      onSelect: this.onClusterListSelect,
      onClose: this.closeClusterList,
      onMore: this.onClusterListMore,
    });
  }
}

/**
 * The ids of the drawn nodes in time order, for the plot's `aria-owns`: nodes keep their place in
 * the DOM while they are reused (see NodeSlots), so this is what gives assistive technology the
 * events and clusters in the order they happened.
 */
function readingOrder(
  events: readonly { index: number; item: { id: string } }[],
  clusters: readonly DrawnCluster[],
  eventSlots: NodeSlots<string>,
  clusterSlots: NodeSlots<string>,
): string {
  const nodes = [
    ...events.map((e) => ({ at: e.index, id: eventNodeId(eventSlots.slotOf(e.item.id)) })),
    ...clusters.map((c) => ({ at: firstIndex(c.cluster), id: clusterNodeId(clusterSlots.slotOf(c.key)) })),
  ];
  return nodes
    .sort((a, b) => a.at - b.at)
    .map((n) => n.id)
    .join(' ');
}

declare global {
  interface HTMLElementTagNameMap {
    'tarikh-timeline': TarikhTimeline;
  }
}
