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

/**
 * An SVG path of bars, one per bin, `binWidth` wide (one pixel apart) and as tall as the square
 * root of their count relative to the fullest (so a lone event still shows beside a pile-up),
 * at least 2 px; bins run from the right in right-to-left layouts.
 */
export function densityPath(bins: ArrayLike<number>, width: number, height: number, binWidth: number, rtl: boolean) {
  let max = 1;
  for (let i = 0; i < bins.length; i += 1) max = Math.max(max, bins[i]!);
  let path = '';
  for (let i = 0; i < bins.length; i += 1) {
    const count = bins[i]!;
    if (!count) continue;
    const h = Math.max(2, (Math.sqrt(count) / Math.sqrt(max)) * height);
    const x = rtl ? width - (i + 1) * binWidth : i * binWidth;
    path += `M${x} ${height}h${binWidth - 1}v${-h}h${1 - binWidth}z`;
  }
  return path;
}
