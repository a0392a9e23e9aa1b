/** What a key press on the timeline asks for; the element carries it out. */
export type KeyAction =
  | { type: 'zoom'; factor: number }
  /** Pan by a fraction of the width; positive shows what lies to the right. */
  | { type: 'pan'; fraction: number }
  | { type: 'fit' }
  /** Move to the first or last event (in time), or the neighbour on a visual side. */
  | { type: 'move'; to: 'first' | 'last' | 'left' | 'right' }
  /** Enter or Space; `alternate` with Shift (on a cluster: list its events instead of zooming in). */
  | { type: 'activate'; alternate?: boolean }
  | { type: 'close' };

/**
 * Maps a key to an action. `onEvent` says whether a node (an event or a cluster) has focus: there
 * arrows move between nodes, elsewhere they pan. Left and right stay visual: the element resolves them
 * to earlier or later time according to the direction of the layout.
 */
export function keyAction(
  key: string,
  onEvent: boolean,
  modifiers: { ctrl?: boolean; meta?: boolean; alt?: boolean; shift?: boolean } = {},
): KeyAction | null {
  if (modifiers.ctrl || modifiers.meta || modifiers.alt) return null;
  switch (key) {
    case '+':
    case '=':
      return { type: 'zoom', factor: 2 };
    case '-':
    case '_':
      return { type: 'zoom', factor: 0.5 };
    case '0':
      return { type: 'fit' };
    case 'ArrowLeft':
      return onEvent ? { type: 'move', to: 'left' } : { type: 'pan', fraction: -0.2 };
    case 'ArrowRight':
      return onEvent ? { type: 'move', to: 'right' } : { type: 'pan', fraction: 0.2 };
    case 'Home':
      return { type: 'move', to: 'first' };
    case 'End':
      return { type: 'move', to: 'last' };
    case 'Enter':
    case ' ':
      return onEvent ? (modifiers.shift ? { type: 'activate', alternate: true } : { type: 'activate' }) : null;
    case 'Escape':
      return { type: 'close' };
    default:
      return null;
  }
}

/** The index range [from, to) among `ranges` that holds `index`, or null. */
export function rangeHolding(ranges: readonly (readonly [number, number])[], index: number): [number, number] | null {
  for (const [from, to] of ranges) if (index >= from && index < to) return [from, to];
  return null;
}

/**
 * The item a move lands on. `current` is the run of items the focused node stands for: [i, i + 1]
 * for an event, the cluster's run around the remembered event for a cluster, so moving on from a
 * cluster skips the events it holds and can never cycle back into it. Null: nothing focused yet.
 */
export function moveTarget(
  to: 'first' | 'last' | 'left' | 'right',
  current: readonly [number, number] | null,
  count: number,
  rtl: boolean,
): number {
  if (to === 'first') return 0;
  if (to === 'last') return count - 1;
  const later = (to === 'right') !== rtl;
  if (!current) return later ? 0 : count - 1;
  return Math.min(count - 1, Math.max(0, later ? current[1] : current[0] - 1));
}

/** The node holding the collection's single tab stop. */
export type TabStop = { kind: 'event'; index: number } | { kind: 'cluster'; position: number } | null;

/**
 * Roving tabindex over events and clusters: the first of `preferred` (item indexes: the focused,
 * then the selected event) that is drawn on its own or inside a drawn cluster, else the earliest node.
 */
export function rovingStop(
  events: readonly { index: number }[],
  clusters: readonly { ranges: readonly (readonly [number, number])[]; start?: number }[],
  preferred: readonly number[],
): TabStop {
  for (const index of preferred) {
    if (index < 0) continue;
    if (events.some((e) => e.index === index)) return { kind: 'event', index };
    const position = clusters.findIndex((c) => rangeHolding(c.ranges, index));
    if (position >= 0) return { kind: 'cluster', position };
  }
  let firstEvent = Infinity;
  for (const e of events) firstEvent = Math.min(firstEvent, e.index);
  let position = -1;
  let firstCluster = Infinity;
  clusters.forEach((c, i) => {
    // `start` where the cluster has it, so its ranges need not be worked out (see track-bands.ts).
    const start = c.start ?? c.ranges[0]?.[0] ?? Infinity;
    if (start < firstCluster) {
      firstCluster = start;
      position = i;
    }
  });
  if (firstEvent === Infinity && position < 0) return null;
  return firstEvent <= firstCluster ? { kind: 'event', index: firstEvent } : { kind: 'cluster', position };
}
