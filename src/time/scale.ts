/**
 * A linear scale from time (epoch milliseconds) to pixels: the one mapping the timeline needs.
 *
 * d3-scale's `scaleUtc` would do the same arithmetic, but it also brings its own ticks and
 * formats (d3-time-format, d3-format), every interpolator (d3-interpolate, d3-color) and d3-array,
 * none of which the timeline uses: the axis has its own ticks (ticks.ts) and date-fns labels
 * (format.ts). The shape — call, `invert`, `domain`, `range`, `copy` — is what the zoom's
 * `ZoomTransform.rescaleX` (zoom-transform.ts) calls: `x.copy().domain(x.range().map(…invertX…).map(x.invert))`.
 */
export interface TimeScale {
  /** Pixels for a time (ms or Date), extrapolated linearly outside the domain. */
  (time: number | Date): number;
  /** Time in ms under a pixel position. */
  invert(px: number): number;
  domain(): [number, number];
  domain(domain: Iterable<number | Date>): TimeScale;
  range(): [number, number];
  range(range: Iterable<number>): TimeScale;
  copy(): TimeScale;
}

export function timeScale(domain: Iterable<number | Date> = [0, 1], range: Iterable<number> = [0, 1]): TimeScale {
  let [t0, t1] = Array.from(domain, Number) as [number, number];
  let [r0, r1] = Array.from(range, Number) as [number, number];
  // A zero-length domain or range maps everything to its first value, as d3's linear scales do.
  const span = () => t1 - t0 || Infinity;
  const reach = () => r1 - r0 || Infinity;

  const scale = ((time: number | Date) => r0 + ((+time - t0) / span()) * (r1 - r0)) as TimeScale;
  scale.invert = (px: number) => t0 + ((px - r0) / reach()) * (t1 - t0);
  scale.domain = ((next?: Iterable<number | Date>) => {
    if (next === undefined) return [t0, t1];
    [t0, t1] = Array.from(next, Number) as [number, number];
    return scale;
  }) as TimeScale['domain'];
  scale.range = ((next?: Iterable<number>) => {
    if (next === undefined) return [r0, r1];
    [r0, r1] = Array.from(next, Number) as [number, number];
    return scale;
  }) as TimeScale['range'];
  scale.copy = () => timeScale([t0, t1], [r0, r1]);
  return scale;
}
