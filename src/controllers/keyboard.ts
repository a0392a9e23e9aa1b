/** What a key press on the timeline asks for; the element carries it out. */
export type KeyAction =
  | { type: 'zoom'; factor: number }
  /** Pan by a fraction of the width; positive shows what lies to the right. */
  | { type: 'pan'; fraction: number }
  | { type: 'fit' }
  /** Move to the first or last event (in time), or the neighbour on a visual side. */
  | { type: 'move'; to: 'first' | 'last' | 'left' | 'right' }
  | { type: 'activate' }
  | { type: 'close' };

/**
 * Maps a key to an action. `onEvent` says whether an event node has focus: there arrows move
 * between events, elsewhere they pan. Left and right stay visual: the element resolves them to
 * earlier or later time according to the direction of the layout.
 */
export function keyAction(
  key: string,
  onEvent: boolean,
  modifiers: { ctrl?: boolean; meta?: boolean; alt?: boolean } = {},
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
      return onEvent ? { type: 'activate' } : null;
    case 'Escape':
      return { type: 'close' };
    default:
      return null;
  }
}
