import { ZoomTransform } from 'd3-zoom';

/** Two fingers on the plot: where they are apart and centred, in the plot's pixels. */
export interface FingerPair {
  /** Horizontal midpoint, from the plot's left edge. */
  mid: number;
  /** Distance between the fingers. */
  distance: number;
}

/**
 * The transform a two-finger gesture has come to: scaled by how much further apart the fingers are
 * than at `start`, and moved so that the date under their midpoint then is under their midpoint now.
 * Pinching zooms around the fingers; moving both together pans.
 */
export function pinchTransform(from: ZoomTransform, start: FingerPair, now: FingerPair): ZoomTransform {
  const k = from.k * (now.distance / Math.max(1, start.distance));
  // The point in the unzoomed space under the midpoint when the gesture began.
  const anchor = (start.mid - from.x) / from.k;
  return new ZoomTransform(k, now.mid - anchor * k, 0);
}

/** What the gestures need of the zoom: its transform, and to set it at once (limits applied) while held. */
export interface PinchTarget {
  readonly transform: ZoomTransform;
  set(transform: ZoomTransform, animate: boolean): void;
  hold(): void;
  release(): void;
}

/**
 * Touch on the plot as embedded maps do it: one finger is left to the page, so that a reader
 * scrolling an article on a phone is not caught by the timeline (the plot's `touch-action` lets the
 * browser pan); two fingers pinch to zoom around them and move together to pan, and settle once,
 * when they lift. d3-zoom's own touch handling (turned off where this is attached) takes one finger
 * for the timeline and needs `touch-action: none`, which traps the page's scrolling.
 *
 * Returns a function that removes the listeners.
 */
export function attachTouchGestures(element: HTMLElement, zoom: PinchTarget): () => void {
  let gesture: { from: ZoomTransform; start: FingerPair } | null = null;

  const fingers = (event: TouchEvent): FingerPair | null => {
    const [a, b] = [event.touches[0], event.touches[1]];
    if (!a || !b) return null;
    const left = element.getBoundingClientRect().left;
    return {
      mid: (a.clientX + b.clientX) / 2 - left,
      distance: Math.hypot(a.clientX - b.clientX, a.clientY - b.clientY),
    };
  };
  const end = () => {
    if (!gesture) return;
    gesture = null;
    zoom.release();
  };
  const onStart = (event: TouchEvent) => {
    const pair = fingers(event);
    if (!pair) return;
    // A second finger: from here the gesture is the timeline's, and the page does not move with it.
    event.preventDefault();
    if (!gesture) zoom.hold();
    gesture = { from: zoom.transform, start: pair };
  };
  const onMove = (event: TouchEvent) => {
    if (!gesture) return;
    const pair = fingers(event);
    if (!pair) return;
    event.preventDefault();
    zoom.set(pinchTransform(gesture.from, gesture.start, pair), false);
  };
  const onEnd = (event: TouchEvent) => {
    if (!gesture) return;
    const pair = fingers(event);
    // Down to one finger: the gesture is over (that finger does not pan on its own).
    if (!pair) end();
    else gesture = { from: zoom.transform, start: pair };
  };

  const options: AddEventListenerOptions = { passive: false };
  element.addEventListener('touchstart', onStart, options);
  element.addEventListener('touchmove', onMove, options);
  element.addEventListener('touchend', onEnd);
  element.addEventListener('touchcancel', onEnd);
  return () => {
    element.removeEventListener('touchstart', onStart, options);
    element.removeEventListener('touchmove', onMove, options);
    element.removeEventListener('touchend', onEnd);
    element.removeEventListener('touchcancel', onEnd);
    end();
  };
}
