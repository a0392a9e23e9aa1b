import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { toItems, toItemsInSlices, type KnownDates, type TimelineItem } from '../model/items.js';
import type { Sliced } from '../model/slices.js';
import type { Dataset, Excerpt } from '../model/types.js';
import {
  validateInSlices,
  validateWithDates,
  type Checked,
  type SlicedOptions,
  type Problem,
  type ValidationResult,
} from '../model/validate.js';
import { loadJson, type LoadFailure } from './dataset-loader.js';
import { SlicedRun } from './sliced-run.js';

export type DatasetStatus = 'empty' | 'loading' | 'ready' | 'failed';

export interface DatasetCallbacks {
  /**
   * A dataset was read and validated: `items` are its usable events in time order (none when
   * nothing in it was usable, and then `result.dataset` is null).
   */
  read(items: TimelineItem[], result: ValidationResult): void;
  /**
   * Early in the reading of a large dataset: `items` are the first of its events, to draw until it
   * is read (`dataset` holds them, without the story).
   */
  preview(items: TimelineItem[], dataset: Dataset): void;
  /**
   * A preview's items were made; they are drawn in the next task. What their first render would
   * measure may be measured now, so that the render that draws them is not a long task.
   */
  previewMade?(items: TimelineItem[]): void;
  /** Whether a preview may be drawn now (not while the events drawn must wait for all of them). */
  previewWanted(): boolean;
  /** Fetching `url` failed (not when a newer input aborted it). */
  failed(failure: LoadFailure, url: string): void;
}

/**
 * A timeline's dataset and where it stands: validates data given directly, fetches a URL (a newer
 * input, data or URL, aborts a request still under way), and keeps what validation found for the
 * element to show. A request cut short by a disconnect (the element was moved in the page) is made
 * again once the element is back: `resumeRequested` says so.
 *
 * Reading a dataset (validating it and placing its events in time) is cut into slices of a few
 * milliseconds (SlicedRun): at a million events it is seconds of work, which in one task froze the
 * page. A small dataset is read within its first slice, at once; a large one is `loading` until it
 * is read, and meanwhile its first few thousand events are drawn (a preview, `drawn`), so that at a
 * million events the reader sees the timeline in a fraction of a second rather than in two.
 */
export class DatasetController implements ReactiveController {
  status: DatasetStatus = 'empty';
  /** The usable part of the last dataset read; null when none was, or while none has been. */
  model: Dataset | null = null;
  /**
   * Everything validation found in it, errors and warnings alike: a warning keeps its value (marked,
   * or left at its default) but is still listed and reported, so that nothing is ignored unsaid.
   */
  problems: Problem[] = [];
  /** How many of its events could not be shown. */
  rejectedCount = 0;
  /** Excerpts whose quote does not match their source, by event id: shown marked "unverified". */
  unverified = new Map<string, Set<Excerpt>>();
  /** The first events of a large dataset being read, drawn until it is read; null otherwise. */
  private preview: Dataset | null = null;
  /** Why the last request failed, if it did. */
  loadFailure: LoadFailure | null = null;
  private request?: AbortController;
  private reading?: SlicedRun<Read>;
  private resume = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly callbacks: DatasetCallbacks,
  ) {
    host.addController(this);
  }

  /** Settles once the dataset being read is read (or given up for a newer one); null when none is. */
  get pending(): Promise<void> | null {
    return this.reading && !this.reading.ended ? this.reading.done : null;
  }

  /** The dataset whose events are drawn: a preview while a large one is read, else `model`. */
  get drawn(): Dataset | null {
    return this.preview ?? this.model;
  }

  /** Whether the first events of a large dataset are drawn while it is read. */
  get previewing(): boolean {
    return this.preview !== null;
  }

  hostConnected() {
    // Reading goes on while the element is out of the page; only a request is cut short.
    if (this.status === 'loading' && !this.request && !this.pending) {
      this.resume = true;
      this.host.requestUpdate();
    }
  }

  hostDisconnected() {
    this.request?.abort();
    this.request = undefined;
  }

  /** True once after a reconnect, when a request the disconnect aborted should be made again. */
  takeResume(): boolean {
    const resume = this.resume;
    this.resume = false;
    return resume;
  }

  /** Aborts a request or a reading under way: its answer, when it comes, is ignored. */
  abort() {
    this.request?.abort();
    this.request = undefined;
    this.reading?.cancel();
    this.reading = undefined;
  }

  /**
   * Validates `input` and hands its usable events on; a request still under way is abandoned. `owned`:
   * the input was parsed here from a response, so no one else can change it (see `validateWithDates`).
   * `previewed`: its first events are drawn already (from the start of the response).
   */
  use(input: unknown, owned = false, previewed = false) {
    this.abort();
    // The preview's items are made in a task of their own, and drawn in the next: inside the slice
    // that found them, or together with the first render (its templates made, its text measured), they
    // made a long task of it at a million events.
    const current = () => this.reading === reading && !reading.ended && this.callbacks.previewWanted();
    const preview = (dataset: Dataset, dates: KnownDates) =>
      setTimeout(() => {
        if (!current()) return;
        const items = toItems(dataset.events, dates);
        this.callbacks.previewMade?.(items);
        setTimeout(() => current() && this.showItems(dataset, items));
      });
    const reading: SlicedRun<Read> = new SlicedRun(read(input, owned, previewed ? undefined : preview), (value) =>
      this.apply(value),
    );
    this.reading = reading;
    if (reading.start()) return;
    this.status = 'loading';
    this.loadFailure = null;
    this.host.requestUpdate();
  }

  /** Draws a preview if the element wants one now; returns whether it did. */
  private showPreview(dataset: Dataset, dates: KnownDates): boolean {
    if (!this.callbacks.previewWanted()) return false;
    this.showItems(dataset, toItems(dataset.events, dates));
    return true;
  }

  private showItems(dataset: Dataset, items: TimelineItem[]) {
    this.preview = dataset;
    this.callbacks.preview(items, dataset);
    this.host.requestUpdate();
  }

  private apply({ checked: { result }, items }: Read) {
    this.reading = undefined;
    this.preview = null;
    this.problems = result.problems;
    this.rejectedCount = result.rejected.length;
    this.unverified = result.unverified;
    this.loadFailure = null;
    this.model = result.dataset;
    this.status = result.dataset ? 'ready' : 'failed';
    this.callbacks.read(items, result);
    this.host.requestUpdate();
  }

  /** Fetches `url` and uses what it holds; a failure is kept in `loadFailure` and reported. */
  async load(url: string, timeoutMs: number) {
    this.abort();
    const request = new AbortController();
    this.request = request;
    this.status = 'loading';
    this.loadFailure = null;
    this.host.requestUpdate();
    // The start of a large body, validated like any data, is drawn while the rest arrives (and
    // then not again from the whole body).
    let previewed = false;
    const opened = (start: Record<string, unknown>) => {
      if (this.request !== request) return;
      const { result, dates } = validateWithDates(start, { owned: true });
      const shown = result.dataset;
      if (!shown?.events.length || !dates) return;
      setTimeout(() => {
        if (this.request === request) previewed = this.showPreview(shown, dates);
      });
    };
    const result = await loadJson(url, request.signal, timeoutMs, opened);
    if (request.signal.aborted || this.request !== request) return;
    this.request = undefined;
    if (result.ok) {
      this.use(result.value, true, previewed);
      return;
    }
    this.status = 'failed';
    this.loadFailure = result.failure;
    this.model = null;
    this.preview = null;
    this.problems = [];
    this.rejectedCount = 0;
    this.unverified = new Map();
    this.callbacks.failed(result.failure, url);
    this.host.requestUpdate();
  }
}

/** A dataset read: what validation found, and its usable events placed in time. */
interface Read {
  checked: Checked;
  items: TimelineItem[];
}

function* read(input: unknown, owned: boolean, preview: SlicedOptions['preview']): Sliced<Read> {
  const checked = yield* validateInSlices(input, { owned, preview });
  const dataset = checked.result.dataset;
  const items = dataset ? yield* toItemsInSlices(dataset.events, checked.dates) : [];
  return { checked, items };
}
