import type { Sliced } from '../model/slices.js';

/** Work done in one task before the browser may draw a frame or take the reader's next input. */
const SLICE_MS = 8;

/**
 * Runs sliced work (see model/slices.ts) a few milliseconds at a time, so that the page never waits
 * on it for long: the first slice at once, the next ones in message tasks (a chain of timeouts would
 * be held back 4 ms each), between which the page draws and takes input. Work small enough to end in
 * its first slice ends within the call that started it, as if it were not sliced at all; work that
 * ends in a later slice is `finished` in the task after it.
 */
export class SlicedRun<T> {
  /** Settles when the work has ended (`finished` has run) or was cancelled. */
  readonly done: Promise<void>;
  private settle!: () => void;
  private channel: MessageChannel | null = null;
  private over = false;
  /** The work's result, once it has ended in a later slice, for `finished` in the next task. */
  private result: { value: T } | null = null;

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
    this.step(true);
    return this.over;
  }

  /** Stops the work where it is: `finished` is not called. */
  cancel() {
    if (this.over) return;
    this.work.return(undefined as T);
    this.end();
  }

  private step(first = false) {
    if (this.over) return;
    if (this.result) {
      const { value } = this.result;
      this.end();
      this.finished(value);
      return;
    }
    const until = performance.now() + this.slice;
    for (;;) {
      const next = this.work.next();
      if (next.done) {
        if (first) {
          this.end();
          this.finished(next.value);
          return;
        }
        // What uses the result (the first render of a million events) gets a task of its own, not
        // what is left of a slice.
        this.result = { value: next.value };
        break;
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
