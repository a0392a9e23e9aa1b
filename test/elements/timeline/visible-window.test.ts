import { expect } from '@open-wc/testing';
import { zoomIdentity, type ZoomTransform } from '../../../src/time/zoom-transform.js';
import { PlotMetrics } from '../../../src/elements/timeline/plot-metrics.js';
import { openingWindow, VisibleWindow } from '../../../src/elements/timeline/visible-window.js';
import { WindowGeometry } from '../../../src/elements/timeline/window-geometry.js';
import { toItems } from '../../../src/model/items.js';
import { ShownItems } from '../../../src/model/shown-items.js';
import { datasetWith, dailyEvents } from '../../helpers/datasets.js';

const HOUR = 3_600_000;

/** A visible window over a fake zoom that takes every transform at once, as the zoom controller does unattached. */
function visibleWindow({ width = 800, canShow = true } = {}) {
  const shown = new ShownItems();
  const data = datasetWith(dailyEvents(60));
  shown.setAll(toItems(data.events), '', new Set(), data);
  const geometry = new WindowGeometry(shown, new PlotMetrics());
  const state = {
    width,
    canShow,
    maxScale: 1,
    sets: [] as { transform: ZoomTransform; animate: boolean }[],
    intoView: 0,
  };
  const zoom = {
    transform: zoomIdentity,
    configure: (_w: number, maxScale: number) => (state.maxScale = maxScale),
    constrain: (t: ZoomTransform) => zoomIdentity.translate(t.x, t.y).scale(Math.min(state.maxScale, Math.max(1, t.k))),
    set(transform: ZoomTransform, animate = true) {
      zoom.transform = transform;
      state.sets.push({ transform, animate });
    },
    scaleBy(factor: number) {
      zoom.set(zoomIdentity.scale(zoom.transform.k * factor));
    },
  };
  const visible = new VisibleWindow({
    zoom: zoom as never,
    geometry,
    size: () => ({ width: state.width, height: 400 }),
    rtl: () => false,
    canShow: () => state.canShow,
    selectedIntoView: () => (state.intoView += 1),
  });
  return { visible, state, zoom };
}

describe('VisibleWindow', () => {
  it('shows a window asked for, at least an hour wide around its middle', () => {
    const { visible, state } = visibleWindow();
    const middle = Date.UTC(2023, 8, 20, 12);
    visible.zoomTo(new Date(middle - 60_000), new Date(middle + 60_000), { animate: false });
    expect(state.sets).to.have.length(1);
    expect(state.sets[0]!.animate).to.equal(false);
    const view = visible.view();
    expect(view.end - view.start).to.be.closeTo(HOUR, 1);
    expect((view.start + view.end) / 2).to.be.closeTo(middle, 1);
  });

  it('holds a window asked for before it can be shown, and shows it (then the selection) once it can', () => {
    const { visible, state } = visibleWindow({ canShow: false });
    const start = Date.UTC(2023, 9, 1);
    const end = Date.UTC(2023, 9, 5);
    visible.zoomTo(new Date(end), new Date(start));
    expect(state.sets).to.have.length(0);
    expect(visible.pending).to.deep.equal({ start, end, animate: false });
    visible.showPending();
    expect(state.sets).to.have.length(0);
    state.canShow = true;
    visible.showPending();
    expect(visible.pending).to.equal(null);
    expect(visible.view().start).to.be.closeTo(start, 1);
    expect(visible.view().end).to.be.closeTo(end, 1);
    expect(state.intoView).to.equal(1);
  });

  it('keeps the window the reader saw across a change of width', () => {
    const { visible } = visibleWindow();
    visible.zoomTo(new Date(Date.UTC(2023, 9, 1)), new Date(Date.UTC(2023, 9, 8)), { animate: false });
    const before = visible.view(undefined, 800);
    visible.resized(800);
    const after = visible.view();
    expect(after.start).to.be.closeTo(before.start, 1);
    expect(after.end).to.be.closeTo(before.end, 1);
  });

  it('does not take the window it reflected to start and end for a request to zoom, but zooms to others', () => {
    const { visible, state } = visibleWindow();
    visible.fit({ animate: false });
    const settled = visible.settle()!;
    expect(settled.start).to.equal(new Date(settled.view.start).toISOString());
    const sets = state.sets.length;
    visible.fromAttributes(settled.start, settled.end);
    expect(state.sets.length).to.equal(sets);
    visible.fromAttributes('2023-10-01', '2023-10-02');
    expect(state.sets.length).to.equal(sets + 1);
    // A date-only end is the end of its day.
    expect(visible.view().end).to.be.closeTo(Date.UTC(2023, 9, 3), 1);
  });

  it('clamps a zoom factor, so an overflowing one never leaves the window at NaN', () => {
    const { visible } = visibleWindow();
    visible.zoomAround(1e308, false);
    const view = visible.view();
    expect(Number.isFinite(view.start) && Number.isFinite(view.end)).to.equal(true);
    expect(view.end - view.start).to.be.at.least(HOUR - 1);
    // No zoom for a factor that is not a positive number.
    const before = visible.view();
    visible.zoomAround(-2, false);
    visible.zoomAround(Number.NaN, false);
    expect(visible.view()).to.deep.equal(before);
  });
});

describe('openingWindow', () => {
  const view = { start: '2024-06-17T12:00:00Z', end: '2024-06-21' };

  it("opens new data at the attributes' window, else at the dataset's view, else at the whole data", () => {
    expect(openingWindow('2024-01-01', '', view)).to.deep.equal({
      start: Date.UTC(2024, 0, 1),
      end: Date.UTC(2024, 5, 22),
      animate: false,
    });
    expect(openingWindow('', '', view)).to.deep.equal({
      start: Date.UTC(2024, 5, 17, 12),
      end: Date.UTC(2024, 5, 22),
      animate: false,
    });
    expect(openingWindow('', 'not a date', undefined)).to.deep.equal({
      start: undefined,
      end: undefined,
      animate: false,
    });
  });

  it('ends at the instant of a date-time, and at the end of a month given as a month', () => {
    expect(openingWindow('', '2024-06-19T12:00Z', undefined).end).to.equal(Date.UTC(2024, 5, 19, 12));
    expect(openingWindow('', '2024-06', undefined).end).to.equal(Date.UTC(2024, 6, 1));
  });
});
