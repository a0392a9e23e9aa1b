/**
 * Work over a large dataset, written so that it can be cut into slices: a generator that yields
 * (nothing) wherever it may pause, each step between two yields a bounded amount of work (a chunk
 * of `CHUNK` events, or one pass of a sort). The loops themselves stay in plain functions over a
 * range, called once a chunk: the generator only says where the seams are.
 *
 * The element runs it in slices of a few milliseconds between which the page draws and takes input
 * (controllers/sliced-run.ts); the synchronous APIs (`validateDataset`, the command line) run it to
 * its end at once.
 */
export type Sliced<T> = Generator<void, T, void>;

/** Events handled between two seams: at 1–2 µs an event, a millisecond or two of work. */
export const CHUNK = 1024;

/** Runs sliced work to its end, at once. */
export function runToEnd<T>(work: Sliced<T>): T {
  for (;;) {
    const step = work.next();
    if (step.done) return step.value;
  }
}

/**
 * Calls `each(from, to)` over `[0, n)` a chunk at a time, pausing between chunks: work of one chunk
 * has no pause, so that a small dataset is read and drawn within the call that hands it over however
 * busy the machine is (a slice's clock would otherwise end it as soon as one chunk took too long).
 */
export function* inChunks(n: number, each: (from: number, to: number) => void, chunk = CHUNK): Sliced<void> {
  for (let from = 0; from < n; from += chunk) {
    if (from > 0) yield;
    each(from, Math.min(n, from + chunk));
  }
}
