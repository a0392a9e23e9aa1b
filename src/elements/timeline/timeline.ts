import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, query } from 'lit/decorators.js';
import { DEFAULT_TIMEOUT_MS } from '../../controllers/dataset-loader.js';
import { ResizeController } from '../../controllers/resize-controller.js';
import { ZoomController } from '../../controllers/zoom-controller.js';
import { dirOf, inheritedLang, messagesFor, toLang } from '../../i18n/messages.js';
import type { Dataset, Lang } from '../../model/types.js';
import { cssTimeMs } from '../../styles/css-time.js';
import { Announcer } from './announcer.js';
import { ClusterListController } from './cluster-list-controller.js';
import { controlsTemplate } from './controls-template.js';
import { AxisFold, foldGapsAttribute } from './axis-fold.js';
import { DetailsLoading } from './details-loading.js';
import { EventNames } from './event-names.js';
import { unfoldedText } from './fold-marks.js';
import { FramePipeline } from './frame-pipeline.js';
import { WindowLayout } from '../../layout/window-layout.js';
import { KeyboardController } from './keyboard-controller.js';
import { ListViewController } from './list-view-controller.js';
import { listsLoading } from './lists-loading.js';
import { OverviewBand } from './overview.js';
import { MetricsController } from './metrics-controller.js';
import { panelTemplate } from './panel-template.js';
import { StorySteps, TimelineStory } from './story.js';
import { timelinePartStyles } from './parts.styles.js';
import { PlotTemplate } from './plot-template.js';
import { PrintController } from './print-controller.js';
import { SelectionController } from './selection-controller.js';
import { GivenData } from './given-data.js';
import { TimelineEvents } from './timeline-events.js';
import { reportedDate, VisibleWindow } from './visible-window.js';
import { WindowGeometry } from './window-geometry.js';

/**
 * A zoomable, bilingual timeline in which every event links to the verbatim excerpts it rests on.
 *
 * @summary Draws a dataset of dated events on a time axis; Arabic lays it out right to left.
 *
 * @fires {CustomEvent<TarikhSelectDetail>} tarikh-select - An event was selected (`detail.id`) or the selection cleared (`detail.id` is null).
 * @fires {CustomEvent<TarikhRangeChangeDetail>} tarikh-range-change - The visible window settled after a zoom or pan: `detail.start` and `detail.end` (Dates).
 * @fires {CustomEvent<TarikhLoadDetail>} tarikh-load - A dataset was loaded (from `data` or `src`) and drawn: `detail.dataset`, with invalid events left out.
 * @fires {CustomEvent<TarikhErrorDetail>} tarikh-error - The data could not be loaded or is (partly) unusable, or the code of the details panel or of the lists could not be loaded: `detail.message` in the reader's language and `detail.errors`, each problem in words.
 *
 * @csspart controls - The toolbar: "Start the story", zoom in, zoom out, fit, and the list view toggle.
 * @csspart story-start - The toolbar's "Start the story": selects the story's first event (in the dataset's `story.order`, else in time).
 * @csspart plot - The zoomable area holding events, clusters and the axis.
 * @csspart axis - The time axis with its two tiers of labels.
 * @csspart fold-mark - On a folded axis (`fold-gaps`): the break mark of a folded stretch, with its length; activating it shows the stretch in full.
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
  static override styles = timelinePartStyles;

  /**
   * The dataset to draw. Setting it validates it and re-renders; bad events are reported, valid ones kept. The element
   * draws its own copy and does not keep your object alive: once nothing else holds it, `data` gives `loadedData`.
   * @default null
   */
  @property({ attribute: false })
  get data(): Dataset | null {
    return this.given.get(() => this.loadedData);
  }
  set data(value: Dataset | null) {
    this.given.set(value); // Lit's @property wraps this setter and requests the update.
  }
  private readonly given = new GivenData<Dataset>();

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

  /**
   * Folds the axis: a stretch without events that would be wider than 550 px keeps 420 px for the titles before it
   * and folds the rest into a 64 px gap with a break mark and its length ("7 months"), giving the bursts the width;
   * activating the mark shows the stretch in full. `fold-gaps="false"` turns it off; without the attribute (null),
   * the dataset's `view.fold` says. Not while grouped by track.
   */
  @property({ attribute: 'fold-gaps', converter: foldGapsAttribute })
  foldGaps: boolean | null = null;

  // Behaviour lives in the controllers and modules below (src/README.md); the element holds the public properties,
  // says what changed to whom in willUpdate and updated, and renders.

  /** The dataset, the events shown, loading and its status. */
  private readonly events = new TimelineEvents(this, {
    shownChanged: () => this.frames.clear(),
    opened: (window) => (this.visible.pending = window),
    selectedIntoView: () => this.selectedIntoView(),
    measureAhead: (items) => this.geometry.measureLabelRoom(items),
  });
  private readonly loader = this.events.loader;
  private readonly shown = this.events.shown;
  private readonly print = new PrintController(this);
  private readonly details = new DetailsLoading(this);
  /** The list view's and cluster list's code, loaded when either is first shown or printed. */
  private readonly lists = listsLoading(this);
  @query('.plot') private plot!: HTMLElement;
  /** Sizes and fonts from the element's CSS, and text measured in them. */
  private readonly css = new MetricsController(this, this.shown, () => this.rtl);
  private readonly metrics = this.css.metrics;
  /** The fold of the axis: the stretches without events drawn narrow. */
  private readonly axisFold = new AxisFold({
    shown: this.shown,
    enabled: () => (this.foldGaps ?? this.loader.drawn?.view?.fold === true) && !this.groupTracks,
  });
  private readonly geometry = new WindowGeometry(this.shown, this.metrics, () => this.axisFold.scale());
  private readonly names = new EventNames(() => this.loader.drawn?.tracks);
  private readonly announcer = new Announcer(this);
  /** The layout of all events (ungrouped); held here, where a test counts the layouts worked out ahead it took. */
  private readonly windowLayout = new WindowLayout();
  private readonly frames = new FramePipeline(this, {
    windowLayout: this.windowLayout,
    shown: this.shown,
    metrics: this.metrics,
    geometry: this.geometry,
    fold: this.axisFold,
    size: () => this.size,
    language: () => this.language,
    selected: () => this.selected,
    groupedTracks: () => (this.groupTracks ? (this.loader.drawn?.tracks?.map((t) => t.id) ?? null) : null),
    ready: () => this.events.drawable,
    currentView: () => this.visible.view(),
  });
  private readonly overview = new OverviewBand({
    overviewView: () => this.geometry.overview(this.size.width, this.rtl),
    view: () => this.visible.view(),
    times: () => this.shown.at,
    timesKey: () => String(this.shown.version),
    showWindow: (start, end, animate) => this.zoomTo(new Date(start), new Date(end), { animate }),
    panBy: (px) => this.zoom.panBy(px),
    hold: () => this.zoom.hold(),
    release: () => this.zoom.release(),
  });
  private readonly size = new ResizeController(this, (previous) => {
    this.css.read();
    this.visible.resized(previous.width);
  });
  private readonly zoom = new ZoomController(this, {
    onZoom: () => this.requestUpdate(),
    onSettle: () => this.settle(),
    duration: () => cssTimeMs(getComputedStyle(this).getPropertyValue('--_duration')),
  });
  private readonly visible: VisibleWindow = new VisibleWindow({
    zoom: this.zoom,
    geometry: this.geometry,
    fold: this.axisFold,
    size: () => this.size,
    rtl: () => this.rtl,
    canShow: () => this.hasUpdated && this.events.drawable,
    selectedIntoView: () => this.selectedIntoView(),
    unfolded: (stretch) => this.announcer.selection(unfoldedText(stretch, this.language)),
  });
  private readonly selection: SelectionController = new SelectionController(this, {
    shown: this.shown,
    frames: this.frames,
    window: this.visible,
    names: this.names,
    announcer: this.announcer,
    language: () => this.language,
    width: () => this.size.width,
    nodeRadius: () => this.metrics.sizes.nodeSize / 2,
    ready: () => this.events.drawable,
    plot: () => this.plot,
    listCluster: (key) => this.clusterList.open(key),
  });
  private readonly keyboard = new KeyboardController(this, {
    shown: this.shown,
    selection: this.selection,
    window: this.visible,
    zoom: this.zoom,
    width: () => this.size.width,
    rtl: () => this.rtl,
    listCluster: (key) => this.clusterList.open(key),
  });
  private readonly clusterList = new ClusterListController(this, this.selection.chooseInList, this.lists);
  private readonly list = new ListViewController(this, this.selection.chooseInListView, this.lists);
  /** The order a reader steps through the events shown, and the steps ("Previous" and "Next" in the panel). */
  private readonly story = new TimelineStory({
    shown: () => this.shown.items,
    all: () => this.shown.all,
    version: () => this.shown.version,
    order: () => this.loader.drawn?.story?.order,
    lookup: this.shown,
  });
  private readonly storySteps = new StorySteps({
    story: this.story,
    shown: this.shown,
    names: this.names,
    announcer: this.announcer,
    selection: this.selection,
    selected: () => this.selected,
    language: () => this.language,
  });
  private readonly plotTemplate = new PlotTemplate();

  /** The effective language: the `lang` attribute, else the nearest ancestor's, else English. */
  get language(): Lang {
    return this.lang ? toLang(this.lang) : inheritedLang(this);
  }

  /** The dataset read: what `data` or `src` gave, less invalid events. Null until one is (a large one's preview is not). */
  get loadedData(): Dataset | null {
    return this.loader.model;
  }

  private get rtl() {
    return this.language === 'ar';
  }

  // ——— Public API ———

  /** Shows the window from `start` to `end`, animating unless `{ animate: false }` or reduced motion. */
  zoomTo(start: Date, end: Date, options: { animate?: boolean } = {}) {
    this.visible.zoomTo(start, end, options);
  }

  /** Zooms around the centre of the view; a factor above 1 zooms in. Animates unless `{ animate: false }` or reduced motion. */
  zoomBy(factor: number, options: { animate?: boolean } = {}) {
    this.visible.zoomAround(factor, options?.animate ?? true);
  }

  /** Shows every event, animating unless `{ animate: false }` or reduced motion. */
  fit(options: { animate?: boolean } = {}) {
    this.visible.fit(options);
  }

  /** Selects an event (or clears the selection with null) and brings it into view. */
  select(id: string | null) {
    this.selection.select(id, false);
  }

  /** The visible window now. */
  get visibleRange(): { start: Date; end: Date } {
    const view = this.visible.view();
    return { start: reportedDate(view.start), end: reportedDate(view.end) };
  }

  // ——— What changed, to whom ———

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('lang') && changed.get('lang') !== undefined) {
      // The transform was made for the previous direction: read the window the reader saw with it.
      const previous = changed.get('lang') as string;
      this.visible.keep((previous ? toLang(previous) : inheritedLang(this)) === 'ar');
    }
    const dataGiven = this.events.take(changed);
    this.given.taken();
    // New data, or new search results, are listed from their first page.
    if (dataGiven || changed.has('src') || changed.has('filter') || changed.has('hiddenTracks')) this.list.restart();
    if ((changed.has('start') || changed.has('end')) && this.hasUpdated)
      this.visible.fromAttributes(this.start, this.end);
    this.events.refilter(changed, dataGiven);
    // A window asked for (by new data, or kept across a change of direction) is set before this render: in
    // updated() the old window would be drawn first, then again for the new one and its start and end.
    if (this.visible.pending && this.hasUpdated) this.visible.showPending();
    if (changed.has('selected') && this.selected && (this.listView || this.print.printing))
      this.list.follow(this.shown, this.selected);
  }

  protected override firstUpdated() {
    this.css.read();
    this.css.watch(this.shadowRoot?.querySelectorAll('.probe > *') ?? []);
  }

  protected override updated(changed: PropertyValues<this>) {
    if (this.plot) {
      this.size.observe(this.plot);
      this.zoom.attach(this.plot);
    }
    if (changed.has('lang')) this.css.read();
    if ((changed.has('selected') || changed.has('listView')) && this.listView && this.selected)
      this.list.scrollToSelected(this.selected);
    if (changed.has('selected') && this.selected && this.events.ready && !this.visible.pending)
      this.selection.bringIntoView(this.selected);
    this.visible.showPending();
    this.frames.layoutAhead();
  }

  /** Also waits for a dataset read or a search worked out over several tasks, the list's code, and their updates. */
  protected override getUpdateComplete(): Promise<boolean> {
    const lists = () => this.lists.pending;
    return this.events.updatesSettled(() => super.getUpdateComplete(), lists);
  }

  // ——— Asked by the controllers ———

  private selectedIntoView() {
    if (this.selected) this.selection.bringIntoView(this.selected, false);
  }

  /** A zoom or pan settled: the window is reflected, announced and told to the page. */
  private settle() {
    if (!this.events.ready) return;
    const settled = this.visible.settle();
    if (!settled) return;
    const { view } = settled;
    this.start = settled.start;
    this.end = settled.end;
    this.announcer.window(view.start, view.end, this.language);
    const detail = { start: reportedDate(view.start), end: reportedDate(view.end) };
    this.dispatchEvent(new CustomEvent('tarikh-range-change', { detail, bubbles: true, composed: true }));
  }

  // ——— Rendering ———

  override render() {
    const lang = this.language;
    const m = messagesFor(lang);
    const drawable = this.events.drawable;
    const plot = drawable && this.size.width > 0 ? this.renderPlot(lang) : undefined;
    return html`<div
      class=${this.listView ? 'layout listing' : 'layout'}
      dir=${dirOf(lang)}
      lang=${lang}
      aria-busy=${this.loader.status === 'loading' || this.events.searching ? 'true' : 'false'}
      @keydown=${this.keyboard.onKeyDown}
    >
      <div class="frame">
        <div
          class="plot"
          part="plot"
          tabindex="0"
          role="group"
          aria-roledescription=${m.timeline}
          aria-label=${this.loader.drawn?.title[lang] || m.timeline}
          aria-owns=${plot?.owns || nothing}
        >
          ${plot?.content ?? nothing}
        </div>
        ${
          // Until data is drawn the band's room is kept, so the first drawing is not redone when it appears.
          drawable ? this.overview.render(lang) : html`<div class="overview pending" aria-hidden="true"></div>`
        }
        ${this.renderList(lang)} ${this.renderControls(lang)} ${this.events.statusTemplate(lang)}
        <div class="probe" aria-hidden="true">
          <span class="probe-text">Tarikh تاريخ 2024</span><span class="probe-node"></span
          ><span class="probe-axis"></span><span class="probe-space"></span
          ><span class="probe-axis-text">Tarikh تاريخ 2024</span>
        </div>
      </div>
      ${panelTemplate({
        item: this.shown.items[this.selected ? this.shown.indexOf(this.selected) : -1],
        data: this.loader.drawn,
        lang,
        unverified: this.loader.unverified,
        story: this.story.stepAt(this.selected),
        loading: this.details,
        onClose: this.selection.onDetailsClose,
        onSourceSelect: this.selection.onSourceSelect,
        onStoryStep: this.storySteps.onStep,
      })}
      ${this.announcer.template()}
    </div>`;
  }

  private renderPlot(lang: Lang) {
    const view = this.visible.view();
    this.frames.drawn(view);
    return this.plotTemplate.render({
      view,
      frame: this.frames.frame(view),
      lang,
      items: this.shown.items,
      indexOf: (id) => this.shown.indexOf(id),
      selected: this.selected,
      tracks: this.loader.drawn?.tracks,
      width: this.size.width,
      height: this.size.height,
      metrics: this.metrics,
      names: this.names,
      selection: this.selection,
      clusterList: this.clusterList,
      folds: view.fold && { gaps: this.axisFold.fold?.gaps ?? [], unfold: this.visible.unfold },
    });
  }

  private renderList(lang: Lang) {
    const model = this.loader.drawn;
    if (!this.events.ready || !model || !(this.listView || this.print.printing)) return nothing;
    return this.list.template(this.shown, model, lang, this.selected);
  }

  private renderControls(lang: Lang) {
    const { listView, controls, storySteps } = this;
    return this.events.ready
      ? controlsTemplate({ lang, listView, ...controls, onStartStory: storySteps.start })
      : nothing;
  }

  private readonly controls = {
    onZoomIn: () => this.zoomBy(2),
    onZoomOut: () => this.zoomBy(0.5),
    onFit: () => this.fit(),
    onToggleList: () => (this.listView = !this.listView),
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'tarikh-timeline': TarikhTimeline;
  }
}
