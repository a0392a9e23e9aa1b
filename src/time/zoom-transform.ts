/**
 * A zoom as a scale `k` and a translation `x`, `y` in pixels: a point `p` of the unzoomed plot is drawn at
 * `p × k + x`. The same shape and arithmetic as d3-zoom's `ZoomTransform` (which this replaced, with the rest
 * of d3-zoom, to keep about 5 KB gzipped of d3-zoom, d3-selection, d3-dispatch and d3-drag out of the first
 * load), so anything written against d3's — `rescaleX` with a scale that has `copy`, `domain`, `range` and
 * `invert` — reads the same. The timeline only moves along x; `y` stays 0.
 */
export class ZoomTransform {
  constructor(
    readonly k: number,
    readonly x: number,
    readonly y = 0,
  ) {}

  /** This transform scaled by `k` about the origin. */
  scale(k: number): ZoomTransform {
    return k === 1 ? this : new ZoomTransform(this.k * k, this.x, this.y);
  }

  /** This transform moved by `x`, `y` in unzoomed units (so by `x × k` pixels). */
  translate(x: number, y = 0): ZoomTransform {
    return x === 0 && y === 0 ? this : new ZoomTransform(this.k, this.x + this.k * x, this.y + this.k * y);
  }

  /** Where the unzoomed `x` is drawn. */
  applyX(x: number): number {
    return x * this.k + this.x;
  }

  /** The unzoomed x drawn at pixel `x`. */
  invertX(x: number): number {
    return (x - this.x) / this.k;
  }

  /** A copy of `scale` whose domain is what this transform shows of the unzoomed scale's range. */
  rescaleX<S extends RescalableScale<S>>(scale: S): S {
    return scale.copy().domain(scale.range().map((pixel) => scale.invert(this.invertX(pixel))));
  }

  toString(): string {
    return `translate(${this.x},${this.y}) scale(${this.k})`;
  }
}

/** What `rescaleX` needs of a scale. */
export interface RescalableScale<S> {
  copy(): S;
  range(): number[];
  invert(pixel: number): number | Date;
  domain(domain: (number | Date)[]): S;
}

/** No zoom. */
export const zoomIdentity = new ZoomTransform(1, 0, 0);

/**
 * The transform moved, without changing its scale, so that the unzoomed plot `[0, width]` covers the view
 * `[0, width]`: nothing outside the data is shown. d3-zoom's default constraint with its extent and
 * translate extent both `[[0, 0], [width, height]]`, for `k ≥ 1`.
 */
export function constrainToView(transform: ZoomTransform, width: number): ZoomTransform {
  const before = transform.invertX(0);
  const after = transform.invertX(width) - width;
  return transform.translate(after > before ? (before + after) / 2 : Math.min(0, before) || Math.max(0, after), 0);
}
