import type { Sliced } from '../model/slices.js';

/** Work done in one task before the browser may draw a frame or take the reader's next input. */
const SLICE_MS = 8;

/**
 * Runs sliced work (see model/slices.ts) a few milliseconds at a time, so that the page never waits
 * on it for long: the first slice at once, the next ones in message tasks (a chain of timeouts would
 * be held back 4 ms each), between which the page draws and takes input. Work small enough to end in
 * its first slice ends within the call that started it, as if it were not sliced at all.
 */
export class SlicedRun<T> {
  /** Settles when the work has ended (`finished` has run) or was cancelled. */
  readonly done: Promise<void>;
  private settle!: () => void;
  private channel: MessageChannel | null = null;
  private over = false;

  constructor(
    private readonly work: Sliced<T>,
    private readonly finished: (value: T) => void,
    private readonly slice = SLICE_MS,
  ) {
    this.done = new Promise((resolve) => (this.settle = resolve));
  }

  /** Whether the work has ended or was cancelled. */
  get ended(): boolean {
    return this.over;
  }

  /** Runs the first slice now and schedules the rest; returns whether the work ended in it. */
  start(): boolean {
    this.step();
    return this.over;
  }

  /** Stops the work where it is: `finished` is not called. */
  cancel() {
    if (this.over) return;
    this.work.return(undefined as T);
    this.end();
  }

  private step() {
    if (this.over) return;
    const until = performance.now() + this.slice;
    for (;;) {
      const next = this.work.next();
      if (next.done) {
        this.end();
        this.finished(next.value);
        return;
      }
      if (performance.now() >= until) break;
    }
    this.next();
  }

  private next() {
    if (!this.channel) {
      // One channel for the whole run, closed at its end: an open port with a listener would keep
      // the element and its data alive after the page dropped them.
      this.channel = new MessageChannel();
      this.channel.port1.onmessage = () => this.step();
    }
    this.channel.port2.postMessage(null);
  }

  private end() {
    this.over = true;
    this.channel?.port1.close();
    this.channel?.port2.close();
    this.channel = null;
    this.settle();
  }
}
