import { ZoomTransform } from '../time/zoom-transform.js';

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
  /** Where the zoom is centred, pixels from the element's left edge: the fingers' midpoint; null for a pan. */
  anchor: number | null;
  set(transform: ZoomTransform, animate: boolean): void;
  hold(): void;
  release(): void;
}

/** How far a finger moves before its direction decides between panning the timeline and scrolling the page. */
const SLOP = 6;

/**
 * Touch on the plot, so that the timeline never traps the page: a finger moving up or down scrolls
 * the page (the plot's `touch-action: pan-y` lets the browser do that), one moving sideways pans
 * the timeline, and two fingers pinch to zoom around them and pan as they move together. A gesture
 * settles once, when the fingers lift. d3-zoom's own touch handling (turned off where this is
 * attached) takes every one-finger move and needs `touch-action: none`, which traps a reader
 * scrolling an article on a phone.
 *
 * Returns a function that removes the listeners (and drops a gesture under way without releasing it).
 */
export function attachTouchGestures(element: HTMLElement, zoom: PinchTarget): () => void {
  /** Two fingers down: the transform and the fingers when the gesture (re)started. */
  let pinch: { from: ZoomTransform; start: FingerPair } | null = null;
  /** One finger down: where, and whether it is panning (null once the page has taken it). */
  let swipe: { x: number; y: number; from: ZoomTransform; panning: boolean } | null = null;
  let held = false;
  /**
   * The plot's left edge, read when fingers come down: reading it on every move would make the
   * browser lay out the nodes the last move changed, in the middle of the gesture, each time.
   */
  let left = 0;

  const hold = () => {
    if (held) return;
    held = true;
    zoom.hold();
  };
  const release = () => {
    pinch = null;
    swipe = null;
    if (!held) return;
    held = false;
    zoom.release();
  };
  const fingers = (event: TouchEvent): FingerPair | null => {
    const [a, b] = [event.touches[0], event.touches[1]];
    if (!a || !b) return null;
    return {
      mid: (a.clientX + b.clientX) / 2 - left,
      distance: Math.hypot(a.clientX - b.clientX, a.clientY - b.clientY),
    };
  };
  const onStart = (event: TouchEvent) => {
    left = element.getBoundingClientRect().left;
    const pair = fingers(event);
    if (pair) {
      // A second finger: from here the gesture is the timeline's, and the page does not move with it.
      event.preventDefault();
      hold();
      swipe = null;
      pinch = { from: zoom.transform, start: pair };
      return;
    }
    const finger = event.touches[0];
    if (finger && event.touches.length === 1)
      swipe = { x: finger.clientX, y: finger.clientY, from: zoom.transform, panning: false };
  };
  const onMove = (event: TouchEvent) => {
    if (pinch) {
      const pair = fingers(event);
      if (!pair) return;
      event.preventDefault();
      zoom.anchor = pair.mid;
      zoom.set(pinchTransform(pinch.from, pinch.start, pair), false);
      return;
    }
    const finger = event.touches[0];
    if (!swipe || !finger) return;
    const dx = finger.clientX - swipe.x;
    if (!swipe.panning) {
      const dy = finger.clientY - swipe.y;
      // Not cancelable: the browser is already scrolling the page with this finger.
      if (!event.cancelable) swipe = null;
      else if (Math.abs(dx) > SLOP && Math.abs(dx) > Math.abs(dy)) {
        swipe.panning = true;
        hold();
      }
      if (!swipe?.panning) return;
    }
    event.preventDefault();
    zoom.anchor = null;
    zoom.set(new ZoomTransform(swipe.from.k, swipe.from.x + dx, 0), false);
  };
  const onEnd = (event: TouchEvent) => {
    const pair = fingers(event);
    if (pinch && pair) {
      // Three fingers down to two: go on from here with those two.
      pinch = { from: zoom.transform, start: pair };
      return;
    }
    // Down to one finger or none: the gesture is over (a finger left from a pinch does not pan).
    release();
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
    // Detached mid-gesture: the zoom forgets the hold itself, without settling.
    pinch = swipe = null;
    held = false;
  };
}
