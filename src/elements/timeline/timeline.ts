import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { scaleUtc, type ScaleTime } from 'd3-scale';
import { zoomIdentity, type ZoomTransform } from 'd3-zoom';
import { DEFAULT_TIMEOUT_MS, loadJson, type LoadFailure } from '../../controllers/dataset-loader.js';
import { ResizeController } from '../../controllers/resize-controller.js';
import { ZoomController } from '../../controllers/zoom-controller.js';
import { dirOf, messagesFor, toLang } from '../../i18n/messages.js';
import { layoutLanes, type Layout } from '../../layout/lanes.js';
import { TextMeasurer } from '../../layout/measure.js';
import { parseIsoDate } from '../../model/dates.js';
import { lowerBound, toItems, type TimelineItem } from '../../model/items.js';
import type { Dataset, Lang } from '../../model/types.js';
import { describeProblem, validateDataset, type Problem } from '../../model/validate.js';
import { tokens } from '../../styles/tokens.js';
import { axisTicks } from '../../time/ticks.js';
import { timelineStyles } from './timeline.styles.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Most labels a lane keeps before the rest are clustered; beyond this a label is too short to read. */
const MAX_LABEL_WIDTH = 240;
/** Height of the two-tier axis and of the cluster row, in pixels. */
const AXIS_HEIGHT = 44;
const CLUSTER_ROW = 30;
const TOP_PADDING = 8;

type Status = 'empty' | 'loading' | 'ready' | 'failed';

/**
 * A zoomable, bilingual timeline in which every event links to the verbatim excerpts it rests on.
 *
 * @summary Draws a dataset of dated events on a time axis; Arabic lays it out right to left.
 *
 * @fires tarikh-select - An event was selected or the selection cleared. `detail: { id: string | null }`.
 * @fires tarikh-range-change - The visible window settled after a zoom or pan. `detail: { start: Date; end: Date }`.
 * @fires tarikh-error - The data could not be loaded or is (partly) unusable. `detail: { message: string; errors: string[] }`.
 *
 * @csspart plot - The zoomable area holding events, clusters and the axis.
 * @csspart axis - The time axis with its two tiers of labels.
 * @csspart event - An event node (dot and label).
 * @csspart event-selected - The selected event node (in addition to `event`).
 * @csspart cluster - A node standing for several events too dense to label.
 * @csspart error - The panel that says what is wrong with the data.
 *
 * @cssprop [--tarikh-height=26rem] - Height of the element.
 * @cssprop [--tarikh-surface=#ffffff] - Background colour.
 * @cssprop [--tarikh-text=#1c1f24] - Text colour.
 * @cssprop [--tarikh-muted=#5b6470] - Secondary text colour (tick labels, context events).
 * @cssprop [--tarikh-axis-color=#8a93a0] - Colour of the axis line and ticks.
 * @cssprop [--tarikh-grid-color=#e7eaee] - Colour of the vertical grid lines.
 * @cssprop [--tarikh-accent=#0b6bcb] - Colour of event nodes.
 * @cssprop [--tarikh-selection=#b3261e] - Colour of the selected event.
 * @cssprop [--tarikh-focus-ring=#0b6bcb] - Colour of the keyboard focus ring.
 * @cssprop [--tarikh-error=#b3261e] - Colour of error messages.
 * @cssprop [--tarikh-cluster-background=#e8eef6] - Background of cluster nodes.
 * @cssprop [--tarikh-font-family=system-ui, sans-serif] - Font stack for English.
 * @cssprop [--tarikh-font-family-ar='Noto Sans Arabic', Tahoma, sans-serif] - Font stack for Arabic.
 * @cssprop [--tarikh-font-size=13px] - Size of event labels.
 * @cssprop [--tarikh-axis-font-size=12px] - Size of axis labels.
 * @cssprop [--tarikh-axis-height=44px] - Height of the axis.
 * @cssprop [--tarikh-node-size=12px] - Diameter of an event node.
 * @cssprop [--tarikh-lane-height=28px] - Height of one lane of events.
 * @cssprop [--tarikh-radius=6px] - Corner radius of panels and focus rings.
 * @cssprop [--tarikh-spacing=8px] - Base spacing unit.
 * @cssprop [--tarikh-animation-duration=450ms] - Duration of zoom animations.
 */
export class TarikhTimeline extends LitElement {
  static override styles = [tokens, timelineStyles];

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

  /** How long a `src` request may take, in milliseconds. */
  @property({ type: Number, attribute: 'fetch-timeout' }) fetchTimeout = DEFAULT_TIMEOUT_MS;

  @state() private model: Dataset | null = null;
  @state() private status: Status = 'empty';
  @state() private problems: Problem[] = [];
  @state() private loadFailure: LoadFailure | null = null;

  @query('.plot') private plot!: HTMLElement;

  private items: TimelineItem[] = [];
  private readonly measurer = new TextMeasurer();
  private readonly size = new ResizeController(this, () => this.keepWindow());
  private readonly zoom = new ZoomController(this, {
    onZoom: () => this.requestUpdate(),
    onSettle: () => this.settle(),
  });
  private fetchAbort?: AbortController;
  /** The window to show once the element has a size (set by `zoomTo` before layout, or kept across a resize). */
  private pendingWindow: { start: number; end: number; animate: boolean } | null = null;
  /** The attribute values we reflected ourselves, so they are not taken for a request to zoom. */
  private reflectedWindow = { start: '', end: '' };
  private readonly onFontsLoaded = () => {
    this.measurer.clear();
    this.requestUpdate();
  };

  /** The effective language: the `lang` attribute, else the nearest ancestor's, else English. */
  get language(): Lang {
    if (this.lang) return toLang(this.lang);
    const owner = this.parentElement?.closest('[lang]');
    return toLang(owner?.getAttribute('lang') ?? document.documentElement.lang);
  }

  private get isRtl() {
    return this.language === 'ar';
  }

  override connectedCallback() {
    super.connectedCallback();
    document.fonts?.addEventListener('loadingdone', this.onFontsLoaded);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    document.fonts?.removeEventListener('loadingdone', this.onFontsLoaded);
    this.fetchAbort?.abort();
    this.fetchAbort = undefined;
  }

  // ——— Public API ———

  /** Shows the window from `start` to `end`, animating unless `{ animate: false }` or reduced motion. */
  zoomTo(start: Date, end: Date, options: { animate?: boolean } = {}) {
    try {
      let a = +start;
      let b = +end;
      if (!Number.isFinite(a) || !Number.isFinite(b)) return;
      if (b < a) [a, b] = [b, a];
      if (b === a) b = a + HOUR;
      const animate = options.animate ?? true;
      if (!this.size.width || !this.hasUpdated) {
        this.pendingWindow = { start: a, end: b, animate: false };
        return;
      }
      this.zoom.set(this.transformFor(a, b), animate);
    } catch (error) {
      this.report(error);
    }
  }

  /** Zooms around the centre of the view; a factor above 1 zooms in. */
  zoomBy(factor: number) {
    if (!(factor > 0) || !Number.isFinite(factor)) return;
    this.zoom.scaleBy(factor);
  }

  /** Shows every event. */
  fit() {
    const [a, b] = this.baseDomain();
    this.zoomTo(new Date(a), new Date(b));
  }

  /** Selects an event (or clears the selection with null) and brings it into view. */
  select(id: string | null) {
    this.setSelected(id, false);
  }

  /** The visible window now. */
  get visibleRange(): { start: Date; end: Date } {
    const [a, b] = this.currentScale().domain();
    return { start: a!, end: b! };
  }

  // ——— Data ———

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('lang') && changed.get('lang') !== undefined) this.keepWindow();
    // `data` wins over `src` when both change together; otherwise the newest one given is drawn.
    const dataGiven = changed.has('data') && this.data !== null;
    if (dataGiven) this.useData(this.data, 'data');
    else if (changed.has('src') && this.src) void this.load();
    if ((changed.has('start') || changed.has('end')) && this.hasUpdated) this.windowFromAttributes();
  }

  private async load() {
    this.fetchAbort?.abort();
    const abort = new AbortController();
    this.fetchAbort = abort;
    const url = this.src;
    this.status = 'loading';
    this.loadFailure = null;
    const result = await loadJson(url, abort.signal, this.fetchTimeout);
    if (abort.signal.aborted || this.fetchAbort !== abort) return;
    this.fetchAbort = undefined;
    if (result.ok) {
      this.useData(result.value, 'src');
      return;
    }
    this.status = 'failed';
    this.loadFailure = result.failure;
    this.model = null;
    this.items = [];
    const m = messagesFor(this.language);
    this.emitError(`${m.loadFailed}: ${this.failureText(result.failure)}`, [url]);
  }

  private useData(input: unknown, _from: 'data' | 'src') {
    const result = validateDataset(input);
    this.problems = result.problems.filter((p) => p.level === 'error');
    this.loadFailure = null;
    if (!result.dataset) {
      this.model = null;
      this.items = [];
      this.status = 'failed';
    } else {
      this.model = result.dataset;
      this.items = toItems(result.dataset.events);
      this.status = 'ready';
      const view = result.dataset.view;
      const a = parseIsoDate(this.start) ?? (view ? parseIsoDate(view.start) : undefined);
      const b = parseIsoDate(this.end) ?? (view ? parseIsoDate(view.end) : undefined);
      const [fa, fb] = this.baseDomain();
      this.pendingWindow = { start: a?.start ?? fa, end: b?.end ?? fb, animate: false };
    }
    if (this.problems.length) {
      const m = messagesFor(this.language);
      const message = result.dataset ? m.invalidEvents(result.rejected.length) : m.invalidData;
      this.emitError(
        message,
        this.problems.map((p) => describeProblem(p, this.language)),
      );
    }
  }

  private failureText(failure: LoadFailure): string {
    const m = messagesFor(this.language);
    switch (failure.kind) {
      case 'http':
        return m.httpError(failure.status);
      case 'json':
        return m.badJson;
      case 'timeout':
        return m.timeout(failure.seconds);
      default:
        return m.networkError;
    }
  }

  private emitError(message: string, errors: string[]) {
    this.dispatchEvent(new CustomEvent('tarikh-error', { detail: { message, errors }, bubbles: true, composed: true }));
  }

  private report(error: unknown) {
    // An unexpected failure must never escape into the page's code; it is logged for developers.
    console.error('tarikh-timeline:', error);
  }

  // ——— Geometry ———

  /** Every event plus a margin: the widest the reader can zoom out. */
  private baseDomain(): [number, number] {
    const items = this.items;
    if (!items.length) {
      const now = Date.now();
      return [now - 15 * DAY, now + 15 * DAY];
    }
    let lo = Infinity;
    let hi = -Infinity;
    for (const item of items) {
      if (item.start < lo) lo = item.start;
      if (item.end > hi) hi = item.end;
    }
    const margin = Math.max((hi - lo) * 0.05, DAY);
    return [lo - margin, hi + margin];
  }

  private baseScale(): ScaleTime<number, number> {
    const width = Math.max(1, this.size.width);
    return scaleUtc()
      .domain(this.baseDomain())
      .range(this.isRtl ? [width, 0] : [0, width]);
  }

  private currentScale(transform: ZoomTransform = this.zoom.transform): ScaleTime<number, number> {
    return transform.rescaleX(this.baseScale());
  }

  /** The zoom transform that shows [start, end] across the full width. */
  private transformFor(start: number, end: number): ZoomTransform {
    const base = this.baseScale();
    const x0 = base(start);
    const x1 = base(end);
    const k = Math.max(1, this.size.width) / Math.max(1e-9, Math.abs(x1 - x0));
    return zoomIdentity.scale(k).translate(-Math.min(x0, x1), 0);
  }

  /** Remembers the visible window so a resize or a change of direction keeps showing it. */
  private keepWindow() {
    if (!this.hasUpdated || this.pendingWindow || !this.size.width) return;
    const [a, b] = this.currentScale().domain();
    this.pendingWindow = { start: +a!, end: +b!, animate: false };
  }

  private windowFromAttributes() {
    if (this.start === this.reflectedWindow.start && this.end === this.reflectedWindow.end) return;
    const a = parseIsoDate(this.start);
    const b = parseIsoDate(this.end);
    if (!a && !b) return;
    const [ca, cb] = this.currentScale().domain();
    this.zoomTo(new Date(a?.start ?? +ca!), new Date(b?.end ?? +cb!), { animate: false });
  }

  private settle() {
    if (!this.items.length && this.status !== 'ready') return;
    const [a, b] = this.currentScale().domain();
    const start = a!.toISOString();
    const end = b!.toISOString();
    this.reflectedWindow = { start, end };
    this.start = start;
    this.end = end;
    this.dispatchEvent(
      new CustomEvent('tarikh-range-change', {
        detail: { start: new Date(+a!), end: new Date(+b!) },
        bubbles: true,
        composed: true,
      }),
    );
  }

  // ——— Selection ———

  private setSelected(id: string | null, fromUser: boolean) {
    const next = id && this.items.some((item) => item.id === id) ? id : null;
    if (id && !next && !fromUser) {
      // Unknown ids are kept so a selection set before the data arrives still applies.
      this.selected = id;
      return;
    }
    if (next === this.selected) return;
    this.selected = next;
    this.dispatchEvent(new CustomEvent('tarikh-select', { detail: { id: next }, bubbles: true, composed: true }));
    if (next) this.bringIntoView(next);
  }

  private bringIntoView(id: string) {
    const item = this.items.find((i) => i.id === id);
    if (!item || !this.size.width) return;
    const [a, b] = this.currentScale().domain().map(Number) as [number, number];
    if (item.at >= a && item.at <= b) return;
    const span = b - a;
    this.zoomTo(new Date(item.at - span / 2), new Date(item.at + span / 2));
  }

  private onEventClick(event: MouseEvent) {
    const id = (event.currentTarget as HTMLElement).dataset.id ?? null;
    this.setSelected(id, true);
  }

  // ——— Rendering ———

  protected override updated(changed: PropertyValues<this>) {
    if (this.plot) {
      this.size.observe(this.plot);
      this.zoom.attach(this.plot);
    }
    if (changed.has('selected') && this.selected && this.model) this.bringIntoView(this.selected);
    if (this.pendingWindow && this.size.width && this.status === 'ready') {
      const { start, end, animate } = this.pendingWindow;
      this.pendingWindow = null;
      this.zoom.configure(this.size.width, this.size.height, this.maxScale());
      this.zoom.set(this.transformFor(start, end), animate);
    }
  }

  /** Zooming in stops at about an hour across the view. */
  private maxScale(): number {
    const [a, b] = this.baseDomain();
    return Math.max(1, (b - a) / HOUR);
  }

  override render() {
    const lang = this.language;
    const m = messagesFor(lang);
    return html`<div
      class="frame"
      dir=${dirOf(lang)}
      lang=${lang}
      aria-busy=${this.status === 'loading' ? 'true' : 'false'}
    >
      <div class="plot" part="plot" role="group" aria-label=${this.model?.title[lang] || m.timeline}>
        ${this.status === 'ready' && this.size.width ? this.renderPlot(lang) : nothing}
      </div>
      ${this.renderStatus(lang)}
    </div>`;
  }

  private renderStatus(lang: Lang) {
    const m = messagesFor(lang);
    if (this.status === 'loading') return html`<div class="status" role="status">${m.loading}</div>`;
    if (this.loadFailure) {
      return html`<div class="error" part="error" role="alert">
        <h2>${m.loadFailed}</h2>
        <p>${this.failureText(this.loadFailure)}</p>
        <button type="button" @click=${() => void this.load()}>${m.retry}</button>
      </div>`;
    }
    if (this.problems.length) {
      const shown = this.problems.slice(0, 10);
      const rest = this.problems.length - shown.length;
      const heading = this.model ? m.invalidEvents(this.problems.length) : m.invalidData;
      return html`<div class="error" part="error" role="alert">
        <h2>${heading}</h2>
        <ul>
          ${shown.map((p) => html`<li><bdi>${p.path}</bdi>: ${p.message[lang]}</li>`)}
        </ul>
        ${rest > 0 ? html`<p>${m.moreProblems(rest)}</p>` : nothing}
      </div>`;
    }
    if (this.status === 'ready' && !this.items.length) return html`<div class="status">${m.noEvents}</div>`;
    return nothing;
  }

  private renderPlot(lang: Lang) {
    const width = this.size.width;
    const height = this.size.height;
    this.zoom.configure(width, height, this.maxScale());
    const scale = this.currentScale();
    const rtl = this.isRtl;
    const logical = (x: number) => (rtl ? width - x : x);

    const style = getComputedStyle(this);
    this.measurer.setFont(`${style.getPropertyValue('--_font-size').trim() || '13px'} ${style.fontFamily}`);

    const [d0, d1] = scale.domain().map(Number) as [number, number];
    const msPerPx = (d1 - d0) / width;
    const margin = MAX_LABEL_WIDTH * msPerPx;
    // In reading order, labels extend towards later time, so look back one label width.
    const from = lowerBound(this.items, d0 - margin);
    const to = lowerBound(this.items, d1 + 16 * msPerPx);
    const n = to - from;
    const u = new Float64Array(n);
    const uEnd = new Float64Array(n);
    for (let i = 0; i < n; i += 1) {
      const item = this.items[from + i]!;
      u[i] = logical(scale(item.at));
      uEnd[i] = item.isRange ? logical(scale(item.end)) : u[i]!;
    }
    const laneHeight = 28;
    const lanes = Math.max(1, Math.floor((height - AXIS_HEIGHT - CLUSTER_ROW - TOP_PADDING) / laneHeight));
    const layout: Layout = layoutLanes(
      {
        u,
        uEnd,
        from: 0,
        to: n,
        labelWidth: (i) => Math.min(MAX_LABEL_WIDTH, this.measurer.measure(this.items[from + i]!.event.title[lang])),
      },
      { lanes, radius: 6, labelGap: 6, gap: 10, clusterWidth: 32 },
    );

    const physicalLeft = (u0: number, u1: number) => (rtl ? width - u1 : u0);
    const events = layout.events
      .filter((p) => p.u1 >= 0 && p.u0 <= width)
      .map((p) => ({ placed: p, item: this.items[from + p.index]! }));
    const clusterTop = height - AXIS_HEIGHT - CLUSTER_ROW + 2;

    return html`
      ${this.renderAxis(scale, lang, width)}
      ${repeat(
        events,
        (e) => e.item.id,
        ({ placed, item }) => {
          const isSelected = item.id === this.selected;
          const left = physicalLeft(placed.u0, placed.u1);
          const top = TOP_PADDING + placed.lane * laneHeight;
          const rangeWidth = item.isRange ? Math.abs(uEnd[placed.index]! - u[placed.index]!) : 0;
          return html`<button
            type="button"
            class="event ${item.event.context ? 'context' : ''}"
            part=${isSelected ? 'event event-selected' : 'event'}
            data-id=${item.id}
            aria-pressed=${isSelected ? 'true' : 'false'}
            style="transform:translate(${left}px,${top}px);width:${placed.u1 - placed.u0}px"
            @click=${this.onEventClick}
          >
            ${rangeWidth > 0 ? html`<span class="range" style="width:${rangeWidth}px"></span>` : nothing}<span
              class="dot"
            ></span
            ><span class="label" style="max-width:${placed.labelWidth + 4}px">${item.event.title[lang]}</span>
          </button>`;
        },
      )}
      ${layout.clusters
        .filter((c) => c.u1 >= 0 && c.u0 <= width)
        .map((c) => {
          const left = physicalLeft(c.u0, c.u1);
          const first = this.items[from + c.ranges[0]![0]]!;
          const lastRange = c.ranges[c.ranges.length - 1]!;
          const last = this.items[from + lastRange[1] - 1]!;
          return html`<button
            type="button"
            class="cluster"
            part="cluster"
            data-count=${c.count}
            style="transform:translate(${left}px,${clusterTop}px);width:${c.u1 - c.u0}px"
            @click=${() => this.zoomToItems(first, last)}
          >
            ${c.count}
          </button>`;
        })}
    `;
  }

  private zoomToItems(first: TimelineItem, last: TimelineItem) {
    const span = Math.max(last.end - first.start, HOUR);
    this.zoomTo(new Date(first.start - span * 0.1), new Date(last.end + span * 0.1));
  }

  private renderAxis(scale: ScaleTime<number, number>, lang: Lang, width: number): TemplateResult {
    const [d0, d1] = scale.domain().map(Number) as [number, number];
    const ticks = axisTicks(d0, d1, width, lang, (text) => this.measurer.measure(text), 'axis');
    const rtl = this.isRtl;
    const contexts = ticks.context.map((tick, i) => {
      const x = scale(tick.time);
      const next = ticks.context[i + 1];
      const u = Math.max(0, rtl ? width - x : x);
      const uNext = next ? (rtl ? width - scale(next.time) : scale(next.time)) : width;
      const room = Math.max(0, Math.min(uNext, width) - u - 8);
      const left = rtl ? width - u : u;
      return { tick, left, room };
    });
    return html`<div class="axis" part="axis">
      ${ticks.fine.map(
        (tick) =>
          html`<div class="tick" style="transform:translateX(${scale(tick.time)}px)">
            <span class="tick-label">${tick.label}</span>
          </div>`,
      )}
      ${contexts
        .filter((c) => c.room > 24)
        .map(
          (c) =>
            html`<span
              class="context-label"
              style="transform:translateX(${c.left}px)${rtl ? ' translateX(-100%)' : ''};max-width:${c.room}px"
              >${c.tick.label}</span
            >`,
        )}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'tarikh-timeline': TarikhTimeline;
  }
}
