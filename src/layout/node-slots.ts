/**
 * Gives each drawn thing a stable slot (a DOM node) from frame to frame: what stays in view keeps
 * its slot, what comes into view takes a slot something else left. A zoom step then updates a few
 * attributes of nodes that already exist instead of removing and creating hundreds of them (which
 * costs a style recalculation and a layout of each new node), and a focused node is never replaced
 * while its event stays drawn.
 */
export class NodeSlots<K> {
  private slots: (K | null)[] = [];
  private readonly byKey = new Map<K, number>();

  /**
   * The slots for this frame's `keys` (each at most once): every key that had a slot keeps it, new
   * keys fill free slots from the lowest, and `null` marks a slot with nothing to draw. Free slots
   * at the end are dropped, so the array is never longer than the most keys drawn at once before.
   * A `reserved` key that is not drawn keeps its slot empty this frame, so its node (the focused one,
   * say) is hidden rather than handed to something else.
   */
  assign(keys: readonly K[], reserved: K | null = null): (K | null)[] {
    const current = new Set(keys);
    const slots = this.slots;
    let held = -1;
    for (let i = 0; i < slots.length; i += 1) {
      const key = slots[i]!;
      if (key !== null && !current.has(key)) {
        if (key === reserved) held = i;
        slots[i] = null;
        this.byKey.delete(key);
      }
    }
    let free = 0;
    for (const key of keys) {
      if (this.byKey.has(key)) continue;
      while (free < slots.length && (slots[free] !== null || free === held)) free += 1;
      slots[free] = key;
      this.byKey.set(key, free);
    }
    let length = slots.length;
    while (length > 0 && slots[length - 1] === null && length - 1 !== held) length -= 1;
    slots.length = length;
    return slots.slice();
  }

  /** The slot `key` was given by the last `assign`, or -1. */
  slotOf(key: K): number {
    return this.byKey.get(key) ?? -1;
  }

  /** Forgets every slot (new data: nothing drawn before is the same thing any more). */
  clear() {
    this.slots = [];
    this.byKey.clear();
  }
}
