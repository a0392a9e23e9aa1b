import { piecewiseScale, type PiecewiseScale } from './piecewise-scale.js';

/**
 * The folded axis: news comes in bursts, and a linear axis spends most of its width on the months
 * between them. A fold draws every stretch without events that would be wider than `threshold`
 * pixels as a gap `gapWidth` pixels wide, and gives the width it frees to the rest. Time stays
 * monotonic, and linear (at one scale, `pxPerMs`) everywhere outside the folded gaps.
 *
 * A fold is a map from time to "folded time" (ms with the folded gaps shortened), so that a window
 * is linear in folded time: the zoom transform, the window layout and the lanes work on folded
 * time unchanged, and only drawing and reading a position go through the map.
 */
export interface Stretch {
  /** The end of what the events before it cover, and the next event's time (epoch ms). */
  start: number;
  end: number;
}

/** A folded gap: the part of a stretch without events that is drawn narrow. */
export interface FoldedGap extends Stretch {
  /** The start of the stretch it folds (the gap starts later, after the room for labels). */
  from: number;
}

export interface FoldOptions {
  /** Width a folded gap is drawn, in pixels. */
  gapWidth: number;
  /** A stretch without events that would be wider than this beyond its `lead`, in pixels, is folded. */
  threshold: number;
  /**
   * Room kept unfolded at the start of a stretch, in pixels: the titles of the events before it are
   * drawn there, not over the events after the fold.
   */
  lead: number;
}

export interface Fold {
  /** Pixels per millisecond outside the folded gaps: the scale the fold was made for. */
  pxPerMs: number;
  /** The folded gaps, ascending. */
  gaps: readonly FoldedGap[];
  /** Time (ms) → folded time (ms). */
  scale: PiecewiseScale;
  /** Says which fold this is, for caches keyed on it. */
  key: string;
}

export const FOLD_OPTIONS: FoldOptions = { gapWidth: 64, threshold: 128, lead: 420 };

/**
 * The stretches without events between consecutive events' nodes, ascending. A lasting event (a
 * visit, an invitation standing for months) does not keep the months it spans from folding: its
 * bar is drawn through the fold, and the reader sees it cross the break. Stretches no longer than
 * `least` (ms) are left out: the ones no zoom can fold.
 */
export function emptyStretches(at: ArrayLike<number>, least = 0): Stretch[] {
  const stretches: Stretch[] = [];
  for (let i = 1; i < at.length; i += 1) {
    if (at[i]! - at[i - 1]! > least) stretches.push({ start: at[i - 1]!, end: at[i]! });
  }
  return stretches;
}

/**
 * The fold at a scale: every stretch wider than the threshold at `pxPerMs` is folded to `gapWidth`
 * pixels at that scale. `kept` says which stretches the reader unfolded.
 */
export function foldAt(
  stretches: readonly Stretch[],
  pxPerMs: number,
  options: FoldOptions = FOLD_OPTIONS,
  kept: (stretch: Stretch) => boolean = () => false,
): Fold {
  if (!(pxPerMs > 0) || !Number.isFinite(pxPerMs)) return makeFold([], pxPerMs, Infinity);
  return makeFold(
    gapsOf(foldable(stretches, pxPerMs, options, kept), pxPerMs, options),
    pxPerMs,
    options.gapWidth / pxPerMs,
  );
}

/** The stretches the rule folds at a scale. */
function foldable(
  stretches: readonly Stretch[],
  pxPerMs: number,
  options: FoldOptions,
  kept: (stretch: Stretch) => boolean,
): Stretch[] {
  const least = (options.threshold + options.lead) / pxPerMs;
  return stretches.filter((s) => s.end - s.start > least && !kept(s));
}

/** The gaps that fold stretches at a scale: each after the room for titles at its start. */
function gapsOf(stretches: readonly Stretch[], pxPerMs: number, options: FoldOptions): FoldedGap[] {
  return stretches.map((s) => ({ from: s.start, start: s.start + options.lead / pxPerMs, end: s.end }));
}

/** About 35 years in ms, a power of two. */
const LEVER = 2 ** 40;

function makeFold(gaps: readonly FoldedGap[], pxPerMs: number, folded: number): Fold {
  if (!gaps.length) return { pxPerMs, gaps, scale: piecewiseScale([0, 1], [0, 1]), key: `${pxPerMs}|0` };
  // A point far either side keeps the time outside the gaps at a slope of 1 when extrapolated: near
  // 1 ms, rounding at epoch magnitudes (2.4e-4 ms) would tilt that slope by as much.
  const domain = [gaps[0]!.start - LEVER];
  const range = [gaps[0]!.start - LEVER];
  let removed = 0;
  for (const gap of gaps) {
    domain.push(gap.start, gap.end);
    range.push(gap.start - removed, gap.start - removed + folded);
    removed += gap.end - gap.start - folded;
  }
  const last = gaps.at(-1)!.end;
  domain.push(last + LEVER);
  range.push(last + LEVER - removed);
  return { pxPerMs, gaps, scale: piecewiseScale(domain, range), key: `${pxPerMs}|${gaps.length}|${gaps[0]!.from}` };
}

/**
 * How wide [start, end] is drawn with these stretches folded at a scale, and how much of that the
 * unfolded time takes. It grows with the scale: a larger scale draws the unfolded time wider and
 * folds a little more of each stretch (the room for titles is fixed in pixels).
 */
function drawnWidth(folded: readonly Stretch[], start: number, end: number, pxPerMs: number, options: FoldOptions) {
  let share = 0;
  let time = 0;
  // The time in the window outside every folded stretch, leads included: what its events cover.
  let stretched = 0;
  for (const s of folded) {
    stretched += Math.max(0, Math.min(end, s.end) - Math.max(start, s.start));
    const gapStart = s.start + options.lead / pxPerMs;
    const inside = Math.min(end, s.end) - Math.max(start, gapStart);
    if (inside <= 0 || s.end <= gapStart) continue;
    share += inside / (s.end - gapStart);
    time += inside;
  }
  const unfolded = (end - start - time) * pxPerMs;
  return { width: unfolded + options.gapWidth * share, unfolded, covered: (end - start - stretched) * pxPerMs };
}

/** The scale at which [start, end] is drawn `width` pixels wide with these stretches folded (by bisection). */
function scaleToShow(folded: readonly Stretch[], start: number, end: number, width: number, options: FoldOptions) {
  let lo = width / (end - start);
  let hi = lo;
  for (let i = 0; i < 200 && drawnWidth(folded, start, end, hi, options).width < width; i += 1) hi *= 2;
  for (let i = 0; i < 100 && hi - lo > lo * 1e-13; i += 1) {
    const mid = (lo + hi) / 2;
    if (drawnWidth(folded, start, end, mid, options).width < width) lo = mid;
    else hi = mid;
  }
  return hi;
}

/** The least share of the width left to the unfolded time: past it, no more stretches are folded. */
const LEAST_UNFOLDED = 0.25;

/**
 * The fold that shows [start, end] across `width` pixels with every stretch the rule folds at that
 * scale folded. Folding frees width, so the scale grows and more stretches cross the threshold: the
 * scale is worked out again until the folded stretches no longer change (it only grows, so this ends).
 */
export function foldToShow(
  stretches: readonly Stretch[],
  start: number,
  end: number,
  width: number,
  options: FoldOptions = FOLD_OPTIONS,
  kept: (stretch: Stretch) => boolean = () => false,
): Fold {
  const span = Math.max(1e-9, end - start);
  // The last folded set that left the unfolded time its room, at the scale that fills the width.
  let fitting = makeFold([], width / span, Infinity);
  let folded = foldable(stretches, width / span, options, kept);
  for (let step = 0; step < 64 && folded.length; step += 1) {
    const pxPerMs = scaleToShow(folded, start, end, width, options);
    // Only the leads left unfolded (a short window between events, all of it stretches): the scale would
    // grow without end, and the window asked for would be drawn as a row of folds.
    const drawn = drawnWidth(folded, start, end, pxPerMs, options);
    if (drawn.unfolded < width * LEAST_UNFOLDED || drawn.covered < width * LEAST_UNFOLDED) return fitting;
    fitting = makeFold(gapsOf(folded, pxPerMs, options), pxPerMs, options.gapWidth / pxPerMs);
    const next = foldable(stretches, pxPerMs, options, kept);
    if (next.length === folded.length && next.every((s, i) => s === folded[i])) return fitting;
    folded = next;
  }
  return fitting;
}

/** Whether two folds fold the same stretches (at whatever scale). */
export function sameGaps(a: Fold, b: Fold): boolean {
  if (a.gaps.length !== b.gaps.length) return false;
  return a.gaps.every((gap, i) => gap.from === b.gaps[i]!.from && gap.end === b.gaps[i]!.end);
}

/**
 * Whether a fold still serves at a scale: it folds the stretches the rule would, and its gaps are
 * drawn within a quarter of their width (zooming stretches them with everything else until the
 * zoom settles).
 */
export function foldHolds(
  fold: Fold,
  stretches: readonly Stretch[],
  pxPerMs: number,
  options: FoldOptions = FOLD_OPTIONS,
  kept?: (stretch: Stretch) => boolean,
): boolean {
  const ratio = pxPerMs / fold.pxPerMs;
  if (fold.gaps.length && (ratio < 0.8 || ratio > 1.25)) return false;
  return sameGaps(fold, foldAt(stretches, pxPerMs, options, kept));
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const MONTH = 30.436875 * DAY;
const YEAR = 365.2425 * DAY;

export type LengthUnit = 'year' | 'month' | 'day' | 'hour' | 'minute';

/** A gap's length as it is written out ("8 months"): in the largest unit it holds at least twice, rounded. */
export function gapLength(ms: number): { count: number; unit: LengthUnit } {
  const units: [LengthUnit, number][] = [
    ['year', YEAR],
    ['month', MONTH],
    ['day', DAY],
    ['hour', HOUR],
  ];
  for (const [unit, size] of units) if (ms >= 2 * size) return { count: Math.round(ms / size), unit };
  return { count: Math.max(1, Math.round(ms / MINUTE)), unit: 'minute' };
}
