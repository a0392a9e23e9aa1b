import type { ReactiveControllerHost } from 'lit';
import { DatasetController } from '../../controllers/dataset-controller.js';
import type { LoadFailure } from '../../controllers/dataset-loader.js';
import { SearchPreparation } from '../../controllers/search-preparation.js';
import type { TimelineItem } from '../../model/items.js';
import { ShownItems } from '../../model/shown-items.js';
import type { Dataset, Lang } from '../../model/types.js';
import type { ValidationResult } from '../../model/validate.js';
import { loadFailureReport, problemsReport, type ErrorDetail } from './load-report.js';
import { statusTemplate } from './status-template.js';
import { openingWindow, type WindowRequest } from './visible-window.js';

/** The timeline's public properties the events come from. */
export interface EventsHost extends ReactiveControllerHost, HTMLElement {
  data: Dataset | null;
  src: string;
  fetchTimeout: number;
  filter: string;
  hiddenTracks: string[];
  start: string;
  end: string;
  selected: string | null;
  readonly language: Lang;
}

/** What the events ask of the timeline. */
export interface EventsCallbacks {
  /** The events shown changed: layouts made for the old ones are forgotten. */
  shownChanged(): void;
  /** New data was read: it opens at this window. */
  opened(window: WindowRequest): void;
  /** The search new data waited for is ready: its selected event (a shared link's) is brought into view. */
  selectedIntoView(): void;
  /** These items are drawn in the next task: what their first render measures may be measured now. */
  measureAhead(items: readonly TimelineItem[]): void;
}

/**
 * The events a timeline shows, and loading and its status: the dataset given as `data` or fetched
 * from `src` (DatasetController), every valid event and those passing `filter` and `hiddenTracks`
 * (ShownItems), the first search over many events worked out in slices (SearchPreparation), what
 * the page is told (`tarikh-load`, `tarikh-error`), and what the status area says.
 */
export class TimelineEvents {
  /** Every valid event, sorted, and those passing the filter, which are drawn. */
  readonly shown = new ShownItems();
  /** The dataset, and what validation found in it. */
  readonly loader: DatasetController;
  /** The first search over many events, worked out in slices. */
  private readonly search: SearchPreparation;
  /** Whether the search under way was started by new data, which drew nothing until it is ready. */
  private selectAfterSearch = false;

  constructor(
    private readonly host: EventsHost,
    private readonly callbacks: EventsCallbacks,
  ) {
    this.loader = new DatasetController(host, {
      read: (items, result) => this.read(items, result),
      previewMade: (items) => callbacks.measureAhead(items),
      preview: (items, dataset) => this.preview(items, dataset),
      // A search (a shared link's) shows what matches in the whole dataset, so it waits for all of it.
      previewWanted: () => !this.filterArgs()[0].trim(),
      failed: (failure, url) => this.failed(failure, url),
    });
    this.search = new SearchPreparation(
      this.shown,
      () => this.loader.drawn,
      () => {
        this.applyFilter();
        if (this.selectAfterSearch) callbacks.selectedIntoView();
        this.selectAfterSearch = false;
        host.requestUpdate();
      },
    );
  }

  get ready() {
    return this.loader.status === 'ready';
  }

  /** Whether there are events to draw: a dataset read, or the first events of a large one being read. */
  get drawable() {
    return this.ready || this.loader.previewing;
  }

  /**
   * Settles once a dataset read over several tasks, or a search worked out over several tasks, is
   * applied; null when neither is under way.
   */
  get searching(): Promise<void> | null {
    return this.loader.pending ?? this.search.pending;
  }

  /** The element's updates, until no reading or search under way, nor `other` work, asks for another one. */
  async updatesSettled(
    update: () => Promise<boolean>,
    other: () => Promise<void> | null | undefined,
  ): Promise<boolean> {
    let complete = await update();
    for (let pending = this.searching ?? other(); pending; pending = this.searching ?? other()) {
      await pending;
      complete = await update();
    }
    return complete;
  }

  /**
   * Takes new `data`, or loads a new `src` (or one a disconnect cut short); returns whether `data`
   * was given. `data` wins over `src` when both change together; otherwise the newest one given is drawn.
   */
  take(changed: { has(key: string): boolean }): boolean {
    const dataGiven = changed.has('data') && this.host.data !== null;
    // The newest input wins: a request still under way for an older `src` must not replace it.
    const resume = this.loader.takeResume();
    if (dataGiven) this.loader.use(this.host.data);
    else if ((changed.has('src') || resume) && this.host.src) void this.load();
    return dataGiven;
  }

  /** A new `filter` or `hiddenTracks` (not with new data, which is filtered as it is read). */
  refilter(changed: { has(key: string): boolean }, dataGiven: boolean) {
    if (!(changed.has('filter') || changed.has('hiddenTracks')) || dataGiven || !this.shown.all.length) return;
    // Until a first search over many events has its texts, the events drawn stay as they are.
    if (this.shown.isColdSearch(this.filterArgs()[0])) this.search.start();
    else this.applyFilter();
  }

  /** What the status area says: loading, a load failure, problems, no events, or a search under way. */
  statusTemplate(lang: Lang) {
    const empty = this.ready && !this.shown.items.length;
    return statusTemplate({
      lang,
      loading: this.loader.status === 'loading',
      loadFailure: this.loader.loadFailure,
      problems: this.loader.problems,
      rejectedCount: this.loader.rejectedCount,
      hasData: !!this.loader.drawn,
      searching: empty && !!this.search.pending,
      empty: empty && !this.search.pending,
      onRetry: this.retry,
    });
  }

  private readonly retry = () => void this.load();

  private load() {
    return this.loader.load(this.host.src, this.host.fetchTimeout);
  }

  /** Narrows the drawn events to those passing `filter` and `hiddenTracks`; the selection survives if it passes. */
  private applyFilter() {
    this.shown.filter(...this.filterArgs());
    this.callbacks.shownChanged();
  }

  /**
   * New events to draw (none: `[]`), of which those passing the filter are drawn. A filter set
   * before many events came (a shared link's search) waits for their texts, worked out in slices:
   * in one go they froze the page for 300 ms at 100,000 events, on top of reading the data, and
   * drawing them all first would show events the search leaves out.
   */
  private setItems(items: TimelineItem[]) {
    this.search.stop();
    this.selectAfterSearch = this.shown.setAll(items, ...this.filterArgs(), { waitForColdSearch: true });
    if (this.selectAfterSearch) this.search.start();
    this.callbacks.shownChanged();
  }

  private filterArgs(): [query: string, hiddenTracks: ReadonlySet<string>, dataset: Dataset | null] {
    // Both are public properties a page may set to anything; only a list of ids and a string count.
    const { filter, hiddenTracks } = this.host;
    const hidden = new Set(Array.isArray(hiddenTracks) ? hiddenTracks : []);
    return [typeof filter === 'string' ? filter : '', hidden, this.loader.drawn];
  }

  private read(items: TimelineItem[], result: ValidationResult) {
    this.setItems(items);
    const dataset = result.dataset;
    if (dataset) {
      this.emit('tarikh-load', { dataset });
      this.callbacks.opened(openingWindow(this.host.start, this.host.end, dataset.view));
    }
    const report = problemsReport(result, this.loader.problems, this.host.language);
    if (report) this.emit('tarikh-error', report);
  }

  /** The first events of a large dataset, drawn while the rest is read; it opens as it will when read. */
  private preview(items: TimelineItem[], dataset: Dataset) {
    this.setItems(items);
    this.callbacks.opened(openingWindow(this.host.start, this.host.end, dataset.view));
  }

  private failed(failure: LoadFailure, url: string) {
    this.setItems([]);
    this.emit('tarikh-error', loadFailureReport(failure, url, this.host.language));
  }

  private emit(type: string, detail: ErrorDetail | { dataset: Dataset }) {
    this.host.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }
}
