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
  /**
   * The slices are message tasks: unlike a chain of timeouts, they are not held back 4 ms each. The
   * channel lasts one preparation and is closed after it, as an open port with a listener would keep
   * the element and its data alive after the page dropped it.
   */
  private channel: MessageChannel | null = null;

  constructor(
    private readonly shown: ShownItems,
    private readonly dataset: () => Dataset | null,
    private readonly ready: () => void,
  ) {}

  /** Settles once the texts are worked out and `ready` has run; null when nothing is under way. */
  get pending(): Promise<void> | null {
    return this.done;
  }

  /** Starts working out the texts, unless that is already under way. */
  start() {
    if (this.done) return;
    this.done = new Promise((resolve) => (this.finish = resolve));
    const channel = new MessageChannel();
    this.channel = channel;
    channel.port1.onmessage = () => this.slice(channel);
    channel.port2.postMessage(null);
  }

  /** Stops the work under way without applying anything: new data came, with texts of its own. */
  stop() {
    this.settle();
  }

  private slice(channel: MessageChannel) {
    if (channel !== this.channel) return;
    const until = performance.now() + SLICE_MS;
    if (!this.shown.prepareSearch(this.dataset(), () => performance.now() < until)) {
      channel.port2.postMessage(null);
      return;
    }
    this.ready();
    this.settle();
  }

  private settle() {
    this.channel?.port1.close();
    this.channel?.port2.close();
    this.channel = null;
    const finish = this.finish;
    this.done = null;
    this.finish = undefined;
    finish?.();
  }
}
