import type { ShownItems } from '../model/shown-items.js';
import type { Dataset } from '../model/types.js';

/** Work done in one task before the browser may draw a frame or take the reader's next key. */
const SLICE_MS = 8;

/**
 * Spreads the first search over a large dataset across tasks. A search reads each event's text in
 * both languages, normalised, and keeps it for the next searches; for 100,000 events working that out
 * takes about 300 ms here, which in one task froze the page on the first key typed into a search box.
 * Here it is worked out in slices of a few milliseconds, between which the page goes on drawing and
 * taking input; the filter is applied (by `ready`) once every text is there. Keys typed meanwhile only
 * change what is applied at the end.
 */
export class SearchPreparation {
  private done: Promise<void> | null = null;
  private finish?: () => void;
  private generation = 0;
  private readonly channel = new MessageChannel();

  constructor(
    private readonly shown: ShownItems,
    private readonly dataset: () => Dataset | null,
    private readonly ready: () => void,
  ) {
    // A message task, unlike a timer, is not held back by the 4 ms a chain of timeouts waits.
    this.channel.port1.onmessage = (event: MessageEvent<number>) => this.slice(event.data);
  }

  /** Settles once the texts are worked out and `ready` has run; null when nothing is under way. */
  get pending(): Promise<void> | null {
    return this.done;
  }

  /** Starts working out the texts, unless that is already under way. */
  start() {
    if (this.done) return;
    this.done = new Promise((resolve) => (this.finish = resolve));
    this.channel.port2.postMessage(this.generation);
  }

  /** Stops the work under way without applying anything: new data came, with texts of its own. */
  stop() {
    this.generation += 1;
    this.settle();
  }

  private slice(generation: number) {
    if (generation !== this.generation || !this.done) return;
    const until = performance.now() + SLICE_MS;
    if (!this.shown.prepareSearch(this.dataset(), () => performance.now() < until)) {
      this.channel.port2.postMessage(generation);
      return;
    }
    this.ready();
    this.settle();
  }

  private settle() {
    const finish = this.finish;
    this.done = null;
    this.finish = undefined;
    finish?.();
  }
}
