/**
 * The ids seen so far, for validation to tell a repeated event id. A `Set<string>` does the same,
 * but the first lookup of a string V8 has not hashed yet is a call into the runtime: for the
 * 100,000 fresh ids of a large dataset that was a tenth of its first render. Here the hash is
 * computed in JavaScript over the id's characters (ids are short) into open-addressing tables.
 * Each slot holds an id's index and its hash side by side: a probe that meets another id is told
 * apart by the hash in the same cache line, not by reading the other string from elsewhere in memory.
 *
 * A large set is cut by the hash's top bits into up to 256 tables, each grown on its own as it fills.
 * One table sized for a million ids at once (16 MB) was written at random from its first ids, so the
 * first slice of validation met a fresh page of memory at nearly every id: 40–70 ms of page faults in
 * one task. Cut, the memory is taken as the ids come, and a table that grows rehashes a few thousand.
 *
 * Ids chosen to collide (the hash is seeded per page, but is not a keyed hash) could make probing
 * quadratic; after a long probe the set hands its ids to a `Set<string>` and uses that instead.
 */
export class IdSet {
  /** Per table, per slot, two entries: 1 + the id's index (0 for an empty slot), and the id's hash. */
  private readonly tables: Int32Array[] = [];
  /** Ids in each table. */
  private readonly counts: Int32Array;
  /** Which of the hash's top 8 bits pick the table. */
  private readonly tableMask: number;
  private readonly ids: string[] = [];
  private fallback: Set<string> | null = null;

  /** `hashOf` is there for tests, to make ids collide. */
  constructor(
    expected = 0,
    private readonly hashOf: (id: string) => number = idHash,
  ) {
    // About IDS_PER_TABLE ids a table, in at most 256.
    let tables = 1;
    while (tables < 256 && tables * IDS_PER_TABLE < expected) tables *= 2;
    this.tableMask = tables - 1;
    this.counts = new Int32Array(tables);
  }

  /** Adds `id`, whose hash the caller may have worked out already; false when it was there already. */
  add(id: string, hashed = this.hashOf(id)): boolean {
    const fallback = this.fallback;
    if (fallback) {
      const before = fallback.size;
      return fallback.add(id).size !== before;
    }
    const { tables, ids } = this;
    const h = hashed | 0;
    const t = (h >>> 24) & this.tableMask;
    const table = tables[t] ?? (tables[t] = new Int32Array(2 * FIRST_SLOTS));
    // Kept at most half full, so a probe ends after a couple of steps.
    const mask = (table.length >> 1) - 1;
    let probes = 0;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const entry = table[2 * slot]!;
      if (entry === 0) {
        ids.push(id);
        table[2 * slot] = ids.length;
        table[2 * slot + 1] = h;
        const count = (this.counts[t] += 1);
        if (probes > MAX_PROBES) this.fallback = new Set(ids);
        else if (count * 2 > mask + 1) tables[t] = grown(table);
        return true;
      }
      if (table[2 * slot + 1] === h && ids[entry - 1] === id) return false;
      probes += 1;
    }
  }

  /** Bytes of the tables, for tests: they grow with the ids added, not with the ids expected. @internal */
  get tableBytes(): number {
    return this.tables.reduce((sum, table) => sum + (table?.byteLength ?? 0), 0);
  }
}

/** Ids a table is meant for, when the set is sized: its table then stays within 64 KB. */
const IDS_PER_TABLE = 4096;

/** Slots of a table at first. */
const FIRST_SLOTS = 16;

/** A table with twice the slots, holding the same entries. */
function grown(old: Int32Array): Int32Array {
  const table = new Int32Array(2 * old.length);
  const mask = (table.length >> 1) - 1;
  for (let s = 0; s < old.length; s += 2) {
    const entry = old[s]!;
    if (entry === 0) continue;
    const h = old[s + 1]!;
    let slot = h & mask;
    while (table[2 * slot] !== 0) slot = (slot + 1) & mask;
    table[2 * slot] = entry;
    table[2 * slot + 1] = h;
  }
  return table;
}

/** A probe this long in a half-empty table means the ids collide on purpose (or by rare bad luck). */
const MAX_PROBES = 64;

const SEED = (Math.random() * 0x100000000) >>> 0;

/**
 * An id's hash as the set keeps it: FNV-1a over the UTF-16 code units, from a per-page seed. Validation keeps
 * each event's (see `KnownDates.idHash`), so that finding an event by id reads a column of these rather than
 * every event's id string.
 */
export function idHash(id: string): number {
  const h = fnv1a(id, SEED ^ 0x811c9dc5);
  return h ^ (h >>> 15);
}

/**
 * The 32-bit FNV-1a hash of a string's UTF-16 code units, worked out in JavaScript: for a short string V8 has
 * not hashed yet, cheaper than the call into V8's runtime that a `Set` or `Map` lookup of it makes.
 */
export function fnv1a(text: string, basis = 0x811c9dc5): number {
  let h = basis;
  for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h | 0;
}
