import { drawFrame, type DrawnCluster, type DrawnEvent, type FrameGeometry, type FrameItem } from './frame.js';
import { firstIndex, type Layout, type LayoutOptions } from './lanes.js';
import { indexInBand, splitIntoBands, toGlobalLayout, type BandBox, type TrackBand } from './track-bands.js';
import { WindowLayout, type WindowLayoutRequest } from './window-layout.js';
import type { View } from '../time/view.js';

/** A band's layout request without what the banded layout adds itself (its key and pinned item). */
export type BandRequest = Omit<WindowLayoutRequest, 'key' | 'pinned'>;

/** What each band's window layout is asked for one view. */
export interface BandRequests {
  request: (band: TrackBand, lanes: number) => BandRequest;
  key: (band: TrackBand, box: BandBox) => string;
  /** An index into all items (the selected event), or −1. */
  pinned: number;
}

/**
 * Events grouped by track (see track-bands.ts): keeps the bands of the items shown until they
 * change, a window layout for each band (so each keeps its labels while zooming, as the plot does),
 * and draws them at their places in the plot.
 */
export class BandedLayout {
  private cached?: { version: number; trackIds: readonly string[]; bands: TrackBand[] };
  private layouts: WindowLayout[] = [];
  /** Band layouts with indexes into all items, by the band layout they were made from. */
  private readonly global = new WeakMap<Layout, Layout>();

  /**
   * The bands of the items shown (`version` changes when they do): `trackOf(i)` is item `i`'s
   * track, `at` and `end` the items' columns, `trackIds` the dataset's tracks in order.
   */
  bands(
    version: number,
    trackIds: readonly string[],
    trackOf: (index: number) => string | undefined,
    at: Float64Array,
    end: Float64Array,
  ): TrackBand[] {
    const c = this.cached;
    if (!c || c.version !== version || c.trackIds.join('\n') !== trackIds.join('\n')) {
      this.cached = { version, trackIds, bands: splitIntoBands(trackOf, at, end, trackIds) };
      this.layouts = [];
    }
    return this.cached!.bands;
  }

  /** Forgets the bands' layouts (new items, or a filter). */
  clear() {
    this.cached = undefined;
    this.layouts = [];
  }

  /**
   * Lays out each band in its box (reusing its window layout while the view allows) and draws it:
   * events in the band's lanes, clusters in its cluster row, in time order across the bands.
   * `pinned` is an index into all items (the selected event), or −1.
   */
  draw<T extends FrameItem>(
    view: View,
    bands: readonly TrackBand[],
    boxes: readonly BandBox[],
    items: readonly T[],
    o: BandRequests & { geometry: (options: LayoutOptions, top: number) => FrameGeometry },
  ): { events: DrawnEvent<T>[]; clusters: DrawnCluster[] } {
    const events: DrawnEvent<T>[] = [];
    const clusters: DrawnCluster[] = [];
    bands.forEach((band, b) => {
      const box = boxes[b]!;
      const request = o.request(band, box.lanes);
      const result = (this.layouts[b] ??= new WindowLayout()).get(bandRequest(band, box, request, o));
      let layout = this.global.get(result.layout);
      if (!layout) {
        layout = toGlobalLayout(result.layout, band);
        this.global.set(result.layout, layout);
      }
      const drawn = drawFrame(layout, items, view, o.geometry(request.options, box.lanesTop));
      events.push(...drawn.events);
      for (const cluster of drawn.clusters) clusters.push({ ...cluster, top: box.clusterTop });
    });
    clusters.sort((x, y) => x.cluster.first - y.cluster.first || firstIndex(x.cluster) - firstIndex(y.cluster));
    return { events, clusters };
  }

  /** Works out ahead each band's layout that `draw` would compute next (see `WindowLayout.prepare`). */
  prepare(bands: readonly TrackBand[], boxes: readonly BandBox[], o: BandRequests) {
    bands.forEach((band, b) => {
      const box = boxes[b]!;
      this.layouts[b]?.prepare(bandRequest(band, box, o.request(band, box.lanes), o));
    });
  }
}

function bandRequest(band: TrackBand, box: BandBox, request: BandRequest, o: BandRequests): WindowLayoutRequest {
  return { ...request, pinned: o.pinned >= 0 ? indexInBand(band, o.pinned) : -1, key: o.key(band, box) };
}
