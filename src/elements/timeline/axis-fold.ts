import type { ShownItems } from '../../model/shown-items.js';
import {
  emptyStretches,
  foldAt,
  foldHolds,
  foldToShow,
  sameGaps,
  FOLD_OPTIONS,
  type Fold,
  type Stretch,
} from '../../time/fold.js';
import type { PiecewiseScale } from '../../time/piecewise-scale.js';

/** `fold-gaps`: present (or any value but "false") folds, "false" does not, absent leaves it to the dataset. */
export const foldGapsAttribute = {
  fromAttribute: (value: string | null) => (value === null ? null : value !== 'false'),
};

/**
 * Stretches no zoom folds: zooming stops at about an hour across the view (VisibleWindow), where a
 * stretch takes more than 548 px (FOLD_OPTIONS) only if it is longer than 548 / 4000 of an hour on a
 * plot up to 4,000 px wide. Leaving them out keeps 100,000 events from making 100,000 stretches.
 */
const NEVER_FOLDED = ((FOLD_OPTIONS.threshold + FOLD_OPTIONS.lead) / 4000) * 3_600_000;

export interface AxisFoldInputs {
  readonly shown: Pick<ShownItems, 'at' | 'ends' | 'version'>;
  /** Whether the axis folds (`fold-gaps`, or the dataset's `view.fold`), and the events are not grouped by track. */
  enabled(): boolean;
}

/**
 * The fold the axis is drawn with (see time/fold.ts): made for the window shown, kept while the
 * reader zooms and pans (the zoom is linear in folded time), and made again for the scale a zoom
 * settles at, so that a zoomed-in view is folded by the same rule. Holds the stretches the reader
 * unfolded, and the events' times in folded time, which the window layout lays out.
 */
export class AxisFold {
  private current?: { fold: Fold; version: number };
  private stretches?: { version: number; list: Stretch[] };
  private folded?: { key: string; at: Float64Array; end: Float64Array };
  /** Starts of the stretches the reader unfolded, for the data they belong to. */
  private unfolded = { version: -1, starts: new Set<number>() };

  constructor(private readonly inputs: AxisFoldInputs) {}

  /**
   * The fold the zoom transform is made in, if anything is folded. It outlives folding being turned
   * off or new events until the window shown is carried into a new fold (see `stale`).
   */
  get fold(): Fold | undefined {
    return this.current?.fold.gaps.length ? this.current.fold : undefined;
  }

  /** Time → folded time now, if the axis is folded. */
  scale(): PiecewiseScale | undefined {
    return this.fold?.scale;
  }

  /**
   * Whether the fold was made for other events, or folding was turned on or off, since it was
   * made: the window shown must then be carried into a new one (`show`).
   */
  stale(): boolean {
    const enabled = this.inputs.enabled();
    if (!this.current) return enabled;
    return !enabled || this.current.version !== this.inputs.shown.version;
  }

  /** Folds for showing [start, end] across `width`; returns whether the fold drawn changed. */
  show(start: number, end: number, width: number): boolean {
    if (!this.inputs.enabled()) return this.set(undefined);
    const stretches = this.stretchList();
    if (this.current && this.current.version === this.inputs.shown.version) {
      const scale = this.current.fold.scale;
      const pxPerMs = width / Math.max(1e-9, scale(end) - scale(start));
      if (foldHolds(this.current.fold, stretches, pxPerMs, FOLD_OPTIONS, this.kept)) return false;
    }
    return this.set(foldToShow(stretches, start, end, width, FOLD_OPTIONS, this.kept));
  }

  /** Folds anew for the scale a zoom settled at (pixels per ms outside the gaps); returns whether it changed. */
  settleAt(pxPerMs: number): boolean {
    if (!this.inputs.enabled() || !(pxPerMs > 0)) return false;
    const stretches = this.stretchList();
    const current = this.current;
    if (
      current?.version === this.inputs.shown.version &&
      foldHolds(current.fold, stretches, pxPerMs, FOLD_OPTIONS, this.kept)
    )
      return false;
    return this.set(foldAt(stretches, pxPerMs, FOLD_OPTIONS, this.kept));
  }

  /** Unfolds the folded gap starting at `start` (the reader activated its mark); returns whether one did. */
  unfold(start: number): boolean {
    const gap = this.fold?.gaps.find((g) => g.start === start);
    if (!gap) return false;
    this.unfoldedStarts().add(gap.from);
    return this.set(foldAt(this.stretchList(), this.fold!.pxPerMs, FOLD_OPTIONS, this.kept));
  }

  /** The events' node times and range ends in folded time, for the window layout. */
  columns(fold: Fold): { at: Float64Array; end: Float64Array } {
    const key = `${this.inputs.shown.version}|${fold.key}`;
    if (this.folded?.key !== key) {
      const { at, ends } = this.inputs.shown;
      this.folded = { key, at: at.map(fold.scale), end: ends.map(fold.scale) };
    }
    return this.folded;
  }

  private readonly kept = (stretch: Stretch) => this.unfoldedStarts().has(stretch.start);

  private unfoldedStarts(): Set<number> {
    if (this.unfolded.version !== this.inputs.shown.version)
      this.unfolded = { version: this.inputs.shown.version, starts: new Set() };
    return this.unfolded.starts;
  }

  private stretchList(): Stretch[] {
    const { version, at } = this.inputs.shown;
    if (this.stretches?.version !== version) this.stretches = { version, list: emptyStretches(at, NEVER_FOLDED) };
    return this.stretches.list;
  }

  private set(fold: Fold | undefined): boolean {
    const before = this.fold;
    this.current = fold && { fold, version: this.inputs.shown.version };
    const after = this.fold;
    if (!before || !after) return before !== after;
    return !sameGaps(before, after) || before.pxPerMs !== after.pxPerMs;
  }
}
