import { expect } from '@open-wc/testing';
import { FramePipeline } from '../../../src/elements/timeline/frame-pipeline.js';
import { PlotMetrics } from '../../../src/elements/timeline/plot-metrics.js';
import { WindowGeometry } from '../../../src/elements/timeline/window-geometry.js';
import { WindowLayout } from '../../../src/layout/window-layout.js';
import { toItems } from '../../../src/model/items.js';
import { ShownItems } from '../../../src/model/shown-items.js';
import type { TimelineEvent } from '../../../src/model/types.js';
import type { View } from '../../../src/time/view.js';
import { datasetWith, eventsEvery } from '../../helpers/datasets.js';
import { fakeHost } from './fake-host.js';

const HOUR = 3_600_000;
const WIDTH = 900;

/** A pipeline over 300 events two hours apart, alternately on two tracks, in a 900 × 400 plot. */
function pipeline({ grouped = false, selected = null as string | null } = {}) {
  const host = fakeHost();
  const events = eventsEvery(300, 2).map((e, i): Partial<TimelineEvent> => ({ ...e, track: i % 2 ? 'b' : 'a' }));
  const data = datasetWith(events, {
    tracks: [
      { id: 'a', label: { ar: 'أ', en: 'A' } },
      { id: 'b', label: { ar: 'ب', en: 'B' } },
    ],
  });
  const shown = new ShownItems();
  shown.setAll(toItems(data.events), '', new Set(), data);
  const metrics = new PlotMetrics();
  const geometry = new WindowGeometry(shown, metrics);
  const state = { selected, current: null as View | null };
  const windowLayout = new WindowLayout();
  const frames = new FramePipeline(host, {
    windowLayout,
    shown,
    metrics,
    geometry,
    size: () => ({ width: WIDTH, height: 400 }),
    language: () => 'en',
    selected: () => state.selected,
    groupedTracks: () => (grouped ? ['a', 'b'] : null),
    ready: () => true,
    currentView: () => state.current!,
  });
  const view = (start: number, end: number): View => ({ start, end, width: WIDTH, rtl: false });
  return { host, frames, shown, state, view, windowLayout };
}

describe('FramePipeline', () => {
  it('draws the events of a window apart and the rest in counted clusters', () => {
    const { host, frames, shown, view } = pipeline();
    const start = shown.all[0]!.at;
    const wide = frames.frame(view(start, start + 600 * HOUR));
    expect(wide.clusters.length).to.be.above(0);
    const counted = wide.events.length + wide.clusters.reduce((n, c) => n + c.cluster.count, 0);
    expect(counted).to.equal(300);
    for (const e of wide.events) expect(e.item.at).to.be.within(start, start + 600 * HOUR);
    expect(wide.bands).to.deep.equal([]);
    // A day holds twelve events, each drawn on its own.
    const day = frames.frame(view(start, start + 24 * HOUR));
    expect(day.clusters).to.have.length(0);
    expect(day.events.map((e) => e.item.id)).to.include.members(['e0', 'e5', 'e11']);
    host.remove();
  });

  it('says whether an event is drawn on its own in a window, and which drawn cluster holds it otherwise', () => {
    const { host, frames, shown, view } = pipeline();
    const start = shown.all[0]!.at;
    const wide = view(start, start + 600 * HOUR);
    const cluster = frames.frame(wide).clusters.find((c) => c.cluster.count > 1)!;
    const inside = cluster.cluster.ranges[0]![0];
    expect(frames.placedAt(inside, wide.start, wide.end)).to.equal(false);
    expect(frames.clusterHolding(wide, inside)?.key).to.equal(cluster.key);
    expect(frames.clusterAt(wide, cluster.key)).to.deep.equal(cluster);
    const near = shown.all[inside]!.at;
    expect(frames.placedAt(inside, near - 6 * HOUR, near + 6 * HOUR)).to.equal(true);
    host.remove();
  });

  it('draws the selected event on its own wherever its node fits', () => {
    const plain = pipeline();
    const start = plain.shown.all[0]!.at;
    const wide = plain.view(start, start + 600 * HOUR);
    const cluster = plain.frames.frame(wide).clusters.find((c) => c.cluster.count > 2)!;
    const inside = cluster.cluster.ranges[0]![0] + 1;
    const id = plain.shown.all[inside]!.id;
    plain.host.remove();
    const chosen = pipeline({ selected: id });
    expect(chosen.frames.placedAt(inside, wide.start, wide.end)).to.equal(true);
    expect(chosen.frames.frame(wide).events.map((e) => e.item.id)).to.include(id);
    chosen.host.remove();
  });

  it('gives each track a band of its own when events are grouped by track', () => {
    const { host, frames, shown, view } = pipeline({ grouped: true });
    const start = shown.all[0]!.at;
    const frame = frames.frame(view(start, start + 24 * HOUR));
    expect(frame.bands.map((b) => b.key)).to.deep.equal(['a', 'b']);
    const [a, b] = frame.bands.map((band) => band.box);
    expect(a!.bottom).to.be.at.most(b!.top);
    for (const e of frame.events) {
      const box = e.item.event.track === 'a' ? a! : b!;
      expect(e.top, e.item.id).to.be.within(box.top, box.bottom);
    }
    host.remove();
  });

  it('lays out ahead, in idle time, the window the next step of a zoom will show', async () => {
    const { host, frames, shown, state, view, windowLayout } = pipeline();
    const start = shown.all[0]!.at;
    const steps = [0, 1, 2].map((i) => view(start, start + 400 * HOUR * Math.pow(0.8, i)));
    state.current = steps[0]!;
    frames.drawn(steps[0]!);
    frames.frame(steps[0]!);
    state.current = steps[1]!;
    frames.drawn(steps[1]!);
    frames.frame(steps[1]!);
    frames.layoutAhead();
    await new Promise((resolve) => requestIdleCallback(resolve));
    await new Promise((resolve) => requestIdleCallback(resolve));
    expect(windowLayout.taken).to.equal(0);
    frames.frame(steps[2]!);
    expect(windowLayout.taken, 'the layout worked out ahead is taken').to.equal(1);
    host.remove();
  });
});
