import { searchTime } from './lanes.js';

/**
 * How many events fall in each of `bins` equal slices of [start, end), by binary search over sorted
 * times: the overview's miniature of the whole dataset, at a cost that does not grow with the count.
 */
export function densityBins(at: ArrayLike<number>, start: number, end: number, bins: number): Uint32Array {
  const counts = new Uint32Array(Math.max(0, Math.floor(bins)));
  const step = (end - start) / Math.max(1, counts.length);
  let previous = searchTime(at, start);
  for (let i = 0; i < counts.length; i += 1) {
    const next = searchTime(at, i === counts.length - 1 ? end + 1e-9 : start + (i + 1) * step, previous);
    counts[i] = next - previous;
    previous = next;
  }
  return counts;
}
