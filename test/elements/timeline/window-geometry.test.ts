import { expect } from '@open-wc/testing';
import { zoomIdentity } from '../../../src/time/zoom-transform.js';
import { PlotMetrics } from '../../../src/elements/timeline/plot-metrics.js';
import { WindowGeometry } from '../../../src/elements/timeline/window-geometry.js';
import { toItems } from '../../../src/model/items.js';
import { ShownItems } from '../../../src/model/shown-items.js';
import { datasetWith, dailyEvents } from '../../helpers/datasets.js';

function geometryOf(count: number) {
  const shown = new ShownItems();
  const data = datasetWith(dailyEvents(count));
  shown.setAll(toItems(data.events), '', new Set(), data);
  return { shown, geometry: new WindowGeometry(shown, new PlotMetrics()) };
}

describe('WindowGeometry', () => {
  it('fits every event in the base domain, with room after the last for its label', () => {
    const { shown, geometry } = geometryOf(30);
    const [a, b] = geometry.baseDomain(800);
    const first = shown.all[0]!.at;
    const last = shown.all.at(-1)!.at;
    expect(a).to.be.below(first);
    // The margin after the last event is wider than before the first: its label is drawn after it.
    expect(b - last).to.be.above(first - a);
    // The full transform shows the whole base domain.
    const view = geometry.view(zoomIdentity, 800, false);
    expect([view.start, view.end]).to.deep.equal([a, b]);
    expect(geometry.overview(800, true)).to.deep.equal({ start: a, end: b, width: 800, rtl: true });
  });

  it('keeps the base domain for a width until the data changes', () => {
    const { shown, geometry } = geometryOf(30);
    const before = geometry.baseDomain(800);
    expect(geometry.baseDomain(800)).to.equal(before);
    const data = datasetWith(dailyEvents(60));
    shown.setAll(toItems(data.events), '', new Set(), data);
    expect(geometry.baseDomain(800)[1]).to.be.above(before[1]);
  });

  for (const rtl of [false, true]) {
    it(`gives the transform that shows a window, whichever way time runs (${rtl ? 'right to left' : 'left to right'})`, () => {
      const { geometry } = geometryOf(30);
      const start = Date.UTC(2023, 8, 10);
      const end = Date.UTC(2023, 8, 12, 6);
      const transform = geometry.transformFor(start, end, 640, rtl);
      expect(transform.k).to.be.above(1);
      const view = geometry.view(transform, 640, rtl);
      expect(view.start).to.be.closeTo(start, 1);
      expect(view.end).to.be.closeTo(end, 1);
      expect(view).to.include({ width: 640, rtl });
    });
  }
});
