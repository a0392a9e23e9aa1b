import { eventFilter, searchableText, trackLabelsOf } from './filter.js';
import { fnv1a, idHash } from './id-set.js';
import { itemColumns, type TimelineItem } from './items.js';
import type { Dataset, Lang, TimelineEvent } from './types.js';

/**
 * The events a timeline shows: every placed event of its dataset, the ones passing the reader's
 * filter, and those in the columns the layout reads (times in typed arrays, one label width per
 * event, measured once). Indexes everywhere (layout, clusters, keyboard) are into `items`.
 *
 * Two versions say what changed, for the caches keyed on them: `version` changes whenever `items`
 * or the label widths do (the layout of a window must be worked out again); `dataVersion` only with
 * new data (the zoomable domain is fitted to all events, and a filter or a font must not move it).
 */
export class ShownItems {
  /** Every placed event of the dataset, in time order. */
  all: readonly TimelineItem[] = [];
  /** The events passing the filter, in time order: what is drawn. */
  items: readonly TimelineItem[] = [];
  /** Each item's `at`. */
  at = new Float64Array(0);
  /** Each item's end: `end` for a range, else `at`. */
  ends = new Float64Array(0);
  /** The longest range among `items` (0 if none), so a window search can look back that far. */
  longestRange = 0;
  version = 0;
  dataVersion = 0;
  private extent: { lo: number; hi: number } | null = null;
  private labelWidths = new Float32Array(0);
  private labelLang: Lang | '' = '';
  private labelFont = '';
  /** An event's searchable text, normalised: worked out on the first search that reads it. */
  private readonly searchText = new WeakMap<TimelineEvent, string>();
  /** Each item's `idHash(id)`, where its list came with them (all events, read and validated here). */
  private idHashes: Int32Array | null = null;
  /** The ids `indexOf` was asked for since `items` changed, and their indexes (−1: not shown). */
  private lookedUp = new Map<string, number>();
  /** How many of `all`, from the first, have their searchable text worked out by `prepareSearch`. */
  private searchPrepared = 0;

  /**
   * New data: `items` are all the events, of which those passing the filter are shown (see `filter`).
   * With `waitForColdSearch`, a query that would first have to work out many events' texts (see
   * `isColdSearch`) is not applied: nothing is shown until `filter` is called, once `prepareSearch`
   * has done that work; returns whether it waits.
   */
  setAll(
    items: readonly TimelineItem[],
    query: string,
    hiddenTracks: ReadonlySet<string>,
    dataset: Dataset | null,
    { waitForColdSearch = false } = {},
  ): boolean {
    this.all = items;
    this.searchPrepared = 0;
    this.extent = null;
    this.dataVersion += 1;
    if (waitForColdSearch && this.isColdSearch(query)) {
      this.show([]);
      return true;
    }
    this.filter(query, hiddenTracks, dataset);
    return false;
  }

  /**
   * Shows the events passing `query` (every word in the event's text, either language) whose track
   * is not in `hiddenTracks`. `dataset` gives the track names a query may match.
   */
  filter(query: string, hiddenTracks: ReadonlySet<string>, dataset: Dataset | null) {
    const q = query.trim();
    if (!q && !hiddenTracks.size) {
      if (this.items !== this.all) this.show(this.all);
      return;
    }
    const passes = eventFilter(q, hiddenTracks, dataset, this.searchText);
    const all = this.all;
    // The hashes of the events passing go with them, for `indexOf`.
    const allHashes = itemColumns.get(all)?.idHash;
    const hashes = allHashes ? new Int32Array(all.length) : null;
    const items: TimelineItem[] = [];
    for (let i = 0; i < all.length; i += 1) {
      const item = all[i]!;
      if (!passes(item.event)) continue;
      if (hashes) hashes[items.length] = allHashes![i]!;
      items.push(item);
    }
    this.show(items, hashes?.slice(0, items.length));
  }

  /**
   * Whether a search for `query` would first have to work out the searchable text of more than
   * `limit` events. At 100,000 events that takes about 300 ms here, too long to do in one go while a
   * reader types: the element then has `prepareSearch` do it in slices first.
   */
  isColdSearch(query: string, limit = COLD_SEARCH_LIMIT): boolean {
    return query.trim() !== '' && this.all.length - this.searchPrepared > limit;
  }

  /**
   * Works out the searchable texts of all events, in time order from where it last stopped, for as
   * long as `more()` says (asked every 64 events); returns true once every one is done. `dataset`
   * gives the track names, as for `filter`.
   */
  prepareSearch(dataset: Dataset | null, more: () => boolean): boolean {
    const all = this.all;
    const labels = trackLabelsOf(dataset);
    let i = this.searchPrepared;
    for (; i < all.length; i += 1) {
      if (i % 64 === 0 && !more()) break;
      const event = all[i]!.event;
      if (!this.searchText.has(event)) this.searchText.set(event, searchableText(event, labels));
    }
    this.searchPrepared = i;
    return i === all.length;
  }

  /** Earliest start and latest end over all events (not only those shown); null without events. */
  allExtent(): { lo: number; hi: number } | null {
    if (!this.extent && this.all.length) {
      let lo = Infinity;
      let hi = -Infinity;
      for (const item of this.all) {
        if (item.start < lo) lo = item.start;
        if (item.end > hi) hi = item.end;
      }
      this.extent = { lo, hi };
    }
    return this.extent;
  }

  /**
   * An item's index by id, or −1, found once and remembered: between two changes of `items` only a few ids
   * are asked for (the selected and the focused one, on every frame). All events, as validation gave
   * them, and those of them passing a filter, come with a column of their ids' hashes, and a lookup scans
   * that (natively: a millisecond or two at a million events) and reads only the ids whose hash matches.
   * Without one (items made without validation), a lookup reads each item's id until it finds it, which at
   * a million events took up to 45 ms and more than 50 ms with the selection's render. Where the caller knows the index (a drawn node, an entry of a
   * list), it says so first (`rememberIndex`); many ids at once are found in one pass (`indexesOf`). A map
   * of every id took 0.6–1.1 s to build there, in one task: none is built.
   */
  indexOf(id: string | null): number {
    if (id === null) return -1;
    const known = this.lookedUp.get(id);
    if (known !== undefined) return known;
    const items = this.items;
    let index = -1;
    const hashes = this.idHashes;
    if (hashes) {
      const h = idHash(id);
      for (let i = hashes.indexOf(h); i >= 0; i = hashes.indexOf(h, i + 1)) {
        if (items[i]!.id === id) {
          index = i;
          break;
        }
      }
    } else {
      for (let i = 0; i < items.length; i += 1) {
        if (items[i]!.id === id) {
          index = i;
          break;
        }
      }
    }
    this.lookedUp.set(id, index);
    return index;
  }

  /**
   * The indexes of many ids (−1 for one not shown), in one pass over the items, remembered for `indexOf`: a
   * story's order asks for every id it lists, and looked up one by one, each read every item again (at a
   * million events, 45 ms an id). An item's id is matched by its hash: from the column of id hashes where
   * the list has one (see `indexOf`), reading only the ids whose hash is asked for; else worked out here over
   * its characters (ids are short), since asking a `Map` for a string V8 has not hashed yet is a call into
   * its runtime.
   */
  indexesOf(ids: readonly string[]): number[] {
    const hashes = this.idHashes;
    const hashOf = hashes ? idHash : fnv1a;
    const wanted = new Map<number, string[]>();
    let count = 0;
    for (const id of ids) {
      if (this.lookedUp.has(id)) continue;
      const hash = hashOf(id);
      const same = wanted.get(hash);
      if (same?.includes(id)) continue;
      if (same) same.push(id);
      else wanted.set(hash, [id]);
      count += 1;
    }
    if (count) {
      const at = new Map<string, number>();
      const items = this.items;
      const found = (i: number, id: string, same: string[] | undefined) => {
        if (same?.includes(id) && !at.has(id)) at.set(id, i);
      };
      if (hashes) {
        // A bit per hash asked for, out of 65,536: most items are passed over without a lookup in `wanted`.
        const filter = new Uint32Array(2048);
        for (const h of wanted.keys()) filter[(h >>> 5) & 2047]! |= 1 << (h & 31);
        for (let i = 0; i < hashes.length && at.size < count; i += 1) {
          const h = hashes[i]!;
          if (!(filter[(h >>> 5) & 2047]! & (1 << (h & 31)))) continue;
          const same = wanted.get(h);
          if (same) found(i, items[i]!.id, same);
        }
      } else {
        for (let i = 0; i < items.length && at.size < count; i += 1) {
          const id = items[i]!.id;
          found(i, id, wanted.get(fnv1a(id)));
        }
      }
      for (const same of wanted.values()) for (const id of same) this.lookedUp.set(id, at.get(id) ?? -1);
    }
    return ids.map((id) => this.lookedUp.get(id)!);
  }

  /**
   * Tells `indexOf` where an id is when the caller knows already (the node of a drawn event, focused or
   * pressed, or an entry of the list view or a cluster's list, chosen), so the first lookup of that id needs no scan: at a million events the scan was the whole of a
   * 50–60 ms task on the first press or focus. Ignored unless `items[index]` has that id.
   */
  rememberIndex(id: string, index: number): void {
    if (this.items[index]?.id === id) this.lookedUp.set(id, index);
  }

  /**
   * Item `index`'s label width in a language and font, measured by `measure` the first time it is
   * asked for. Widths measured in another language or font are forgotten.
   */
  labelWidth(index: number, lang: Lang, font: string, measure: (item: TimelineItem) => number): number {
    if (lang !== this.labelLang || font !== this.labelFont) {
      this.labelLang = lang;
      this.labelFont = font;
      this.labelWidths.fill(NaN);
    }
    let width = this.labelWidths[index]!;
    if (Number.isNaN(width)) {
      width = measure(this.items[index]!);
      this.labelWidths[index] = width;
    }
    return width;
  }

  /** Label widths are measured again (a font loaded or changed); the layout is worked out again. */
  forgetLabelWidths() {
    this.labelWidths.fill(NaN);
    this.version += 1;
  }

  /** Shows `items`; `hashes` are their ids' hashes when their list has no columns of its own. */
  private show(items: readonly TimelineItem[], hashes?: Int32Array) {
    this.items = items;
    this.lookedUp = new Map();
    const n = items.length;
    this.labelWidths = new Float32Array(n).fill(NaN);
    this.version += 1;
    const made = itemColumns.get(items);
    this.idHashes = made?.idHash ?? hashes ?? null;
    if (made) {
      // Read-only here: the columns are shared with the list they describe.
      ({ at: this.at, ends: this.ends, longestRange: this.longestRange } = made);
      if (items === this.all && n) this.extent = { lo: made.lo, hi: made.hi };
      return;
    }
    this.at = new Float64Array(n);
    this.ends = new Float64Array(n);
    let longest = 0;
    let lo = Infinity;
    let hi = -Infinity;
    for (let i = 0; i < n; i += 1) {
      const item = items[i]!;
      this.at[i] = item.at;
      this.ends[i] = item.isRange ? item.end : item.at;
      if (item.isRange) longest = Math.max(longest, item.end - item.at);
      if (item.start < lo) lo = item.start;
      if (item.end > hi) hi = item.end;
    }
    this.longestRange = longest;
    // Taken while they are at hand when all are shown (nearly always): a pass over 100,000 scattered
    // item objects of its own costs a few milliseconds.
    if (items === this.all && n) this.extent = { lo, hi };
  }
}

/**
 * Up to this many events without their searchable text, a search works it out at once (about 15 ms
 * here); beyond, in slices (see `isColdSearch`).
 */
const COLD_SEARCH_LIMIT = 5_000;
