/**
 * A piecewise linear ("polylinear") scale: ascending domain breakpoints onto range breakpoints,
 * linear between each pair and extrapolated by the first and last pieces outside them, as d3-scale's
 * `scaleLinear().domain([a, b, c]).range([x, y, z])` is. The shape (call, `invert`, `domain`,
 * `range`, `copy`) is what `ZoomTransform.rescaleX` (src/time/zoom-transform.ts) calls. The folded axis reads time
 * through one (see fold.ts).
 *
 * The domain must ascend and the range must not descend: the axis never reverses time inside a
 * scale, and direction (right to left in Arabic) is applied after it.
 */
export interface PiecewiseScale {
  (value: number): number;
  invert(value: number): number;
  domain(): number[];
  /** A new domain, as many points as the range (`rescaleX` sets one on a copy). */
  domain(domain: Iterable<number | Date>): PiecewiseScale;
  range(): number[];
  range(range: Iterable<number>): PiecewiseScale;
  copy(): PiecewiseScale;
}

/** The index of the piece holding `value` among ascending `points`: 0 … points.length − 2. */
function pieceOf(points: ArrayLike<number>, value: number): number {
  let lo = 1;
  let hi = points.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (points[mid]! <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

function interpolate(from: ArrayLike<number>, to: ArrayLike<number>, value: number): number {
  const i = pieceOf(from, value);
  const a = from[i]!;
  const b = from[i + 1]!;
  const span = b - a;
  // A piece of no length (two breakpoints at one value) maps onto its start, as a zero-length linear scale does.
  return span > 0 ? to[i]! + ((value - a) / span) * (to[i + 1]! - to[i]!) : to[i]!;
}

export function piecewiseScale(domain: readonly number[], range: readonly number[]): PiecewiseScale {
  if (domain.length !== range.length || domain.length < 2) {
    throw new RangeError('a piecewise scale needs as many range points as domain points, and at least two');
  }
  let d = Float64Array.from(domain);
  let r = Float64Array.from(range);
  const scale = ((value: number) => interpolate(d, r, value)) as PiecewiseScale;
  scale.invert = (value: number) => interpolate(r, d, value);
  scale.domain = ((next?: Iterable<number | Date>) => {
    if (next === undefined) return Array.from(d);
    const points = Float64Array.from(Array.from(next, Number));
    if (points.length !== r.length)
      throw new RangeError('a piecewise scale needs as many domain points as range points');
    d = points;
    return scale;
  }) as PiecewiseScale['domain'];
  scale.range = ((next?: Iterable<number>) => {
    if (next === undefined) return Array.from(r);
    const points = Float64Array.from(Array.from(next, Number));
    if (points.length !== d.length)
      throw new RangeError('a piecewise scale needs as many range points as domain points');
    r = points;
    return scale;
  }) as PiecewiseScale['range'];
  scale.copy = () => piecewiseScale(Array.from(d), Array.from(r));
  return scale;
}
