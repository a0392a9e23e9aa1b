import { expect } from '@open-wc/testing';
import { AxisFold, foldGapsAttribute } from '../../../src/elements/timeline/axis-fold.js';

const DAY = 86_400_000;
const T0 = Date.UTC(2023, 8, 1);
/** Two bursts of five daily events, 300 days apart. */
const at = Float64Array.from([0, 1, 2, 3, 4, 300, 301, 302, 303, 304].map((d) => T0 + d * DAY));

function axisFold(enabled = true) {
  const shown = { at, ends: at, version: 1 };
  const state = { enabled };
  return { fold: new AxisFold({ shown, enabled: () => state.enabled }), shown, state };
}

describe('AxisFold', () => {
  it('reads fold-gaps: present folds, "false" does not, absent leaves it to the dataset', () => {
    expect(foldGapsAttribute.fromAttribute('')).to.equal(true);
    expect(foldGapsAttribute.fromAttribute('false')).to.equal(false);
    expect(foldGapsAttribute.fromAttribute(null)).to.equal(null);
  });

  it('is stale until a window is shown, and folds the months between the bursts for it', () => {
    const { fold } = axisFold();
    expect(fold.stale()).to.equal(true);
    expect(fold.show(T0 - DAY, T0 + 306 * DAY, 1000)).to.equal(true);
    expect(fold.stale()).to.equal(false);
    expect(fold.fold!.gaps).to.have.length(1);
    expect(fold.fold!.gaps[0]!.end).to.equal(T0 + 300 * DAY);
    // The same window again keeps the fold.
    expect(fold.show(T0 - DAY, T0 + 306 * DAY, 1000)).to.equal(false);
  });

  it('keeps its fold while a zoom stays near its scale, and folds anew past it', () => {
    const { fold } = axisFold();
    fold.show(T0 - DAY, T0 + 306 * DAY, 1000);
    const scale = fold.fold!.pxPerMs;
    expect(fold.settleAt(scale * 1.1)).to.equal(false);
    expect(fold.settleAt(scale * 2)).to.equal(true);
    expect(fold.fold!.pxPerMs).to.equal(scale * 2);
  });

  it('unfolds a gap for good, until other events are shown', () => {
    const { fold, shown } = axisFold();
    fold.show(T0 - DAY, T0 + 306 * DAY, 1000);
    expect(fold.unfold(fold.fold!.gaps[0]!.start)).to.equal(true);
    expect(fold.fold).to.equal(undefined);
    expect(fold.show(T0 - DAY, T0 + 306 * DAY, 1000)).to.equal(false);
    expect(fold.fold).to.equal(undefined);
    shown.version = 2;
    expect(fold.stale()).to.equal(true);
    fold.show(T0 - DAY, T0 + 306 * DAY, 1000);
    expect(fold.fold!.gaps).to.have.length(1);
  });

  it('becomes stale when folding is turned off, and then shows no fold', () => {
    const { fold, state } = axisFold();
    fold.show(T0 - DAY, T0 + 306 * DAY, 1000);
    state.enabled = false;
    expect(fold.stale()).to.equal(true);
    expect(fold.show(T0 - DAY, T0 + 306 * DAY, 1000)).to.equal(true);
    expect(fold.scale()).to.equal(undefined);
    expect(fold.stale()).to.equal(false);
  });

  it('gives the events in folded time for the layout, shortening what lies after a fold', () => {
    const { fold } = axisFold();
    fold.show(T0 - DAY, T0 + 306 * DAY, 1000);
    const columns = fold.columns(fold.fold!);
    expect(columns.at[0]).to.equal(at[0]);
    expect(columns.at[5]! - columns.at[4]!).to.be.below((at[5]! - at[4]!) / 2);
    expect(columns.at[6]! - columns.at[5]!).to.be.closeTo(DAY, 1e-3);
  });
});
