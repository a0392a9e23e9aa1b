/**
 * The order a reader steps through a story in ("previous" and "next" in the details panel): time
 * order by default, or the editor's (`Dataset.story.order`), in either case over the events shown
 * (a filter or a hidden track leaves its events out). Indexes are into the shown events, which are
 * in time order; positions are into the story.
 */
export class StoryOrder {
  /** Each shown event's position in the story, −1 for one the editor's order leaves out. Null: time order. */
  private readonly positions: Int32Array | null;

  private constructor(
    /** How many events are shown. */
    private readonly count: number,
    /** The story's shown events as indexes, in story order; null for time order (every index, in turn). */
    private readonly indexes: readonly number[] | null,
  ) {
    if (!indexes) {
      this.positions = null;
      return;
    }
    this.positions = new Int32Array(count).fill(-1);
    indexes.forEach((index, position) => (this.positions![index] = position));
  }

  /** Every shown event in time order. */
  static timeOrder(count: number): StoryOrder {
    return new StoryOrder(Math.max(0, count), null);
  }

  /**
   * The editor's order over `count` shown events: `ids` in turn, each looked up with `indexOf`; ids
   * not shown (filtered out, hidden, unknown: −1) and repeats are left out.
   */
  static editorsOrder(count: number, ids: readonly string[], indexOf: (id: string) => number): StoryOrder {
    const n = Math.max(0, count);
    const seen = new Set<number>();
    const indexes: number[] = [];
    for (const id of ids) {
      const index = indexOf(id);
      if (index < 0 || index >= n || seen.has(index)) continue;
      seen.add(index);
      indexes.push(index);
    }
    return new StoryOrder(n, indexes);
  }

  /** How many events the story has among those shown. */
  get length(): number {
    return this.indexes ? this.indexes.length : this.count;
  }

  /** The shown event at a position of the story, or −1. */
  indexAt(position: number): number {
    if (!Number.isInteger(position) || position < 0 || position >= this.length) return -1;
    return this.indexes ? this.indexes[position]! : position;
  }

  /** A shown event's position in the story, or −1 (not shown, or left out of the editor's order). */
  positionOf(index: number): number {
    if (!Number.isInteger(index) || index < 0 || index >= this.count) return -1;
    return this.positions ? this.positions[index]! : index;
  }

  /**
   * Where a shown event stands in the story, and its neighbours there (as indexes, −1 at an end).
   * An event the editor's order leaves out (a context event a reader opened on the plot) has no
   * position; its neighbours are the story's events nearest it in time, so the reader can walk on
   * into the story from where they are.
   */
  step(index: number): { position: number; previous: number; next: number } {
    if (!Number.isInteger(index) || index < 0 || index >= this.count) return { position: -1, previous: -1, next: -1 };
    const position = this.positionOf(index);
    if (position >= 0) return { position, previous: this.indexAt(position - 1), next: this.indexAt(position + 1) };
    let previous = index - 1;
    while (previous >= 0 && this.positionOf(previous) < 0) previous -= 1;
    let next = index + 1;
    while (next < this.count && this.positionOf(next) < 0) next += 1;
    return { position: -1, previous, next: next < this.count ? next : -1 };
  }
}
