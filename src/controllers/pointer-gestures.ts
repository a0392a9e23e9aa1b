import { ZoomTransform } from '../time/zoom-transform.js';

/** What the wheel and the mouse need of the zoom. */
export interface PointerZoomTarget {
  readonly transform: ZoomTransform;
  /** Where the zoom is centred, pixels from the element's left edge: the pointer of a wheel; null for a pan. */
  anchor: number | null;
  /** The transform after the zoom limits apply. */
  constrain(transform: ZoomTransform): ZoomTransform;
  /** A gesture starts: changes until the matching `end` settle once, when the last gesture ends. */
  begin(): void;
  /** A step of a gesture: takes `transform` as it is (already constrained). */
  move(transform: ZoomTransform): void;
  end(): void;
}

/** How long after its last event a wheel gesture ends: wheels have no end event (d3-zoom's delay too). */
export const WHEEL_IDLE_MS = 150;

/** The pointer's distance from the element's left edge, in pixels (inside its border). */
export function pointerX(event: MouseEvent, element: Element): number {
  return event.clientX - element.getBoundingClientRect().left - element.clientLeft;
}

/**
 * How far a wheel event zooms, as a power of 2: d3-zoom's `defaultWheelDelta`, so a wheel, a trackpad and
 * a trackpad pinch (which Chromium sends as a wheel with the ctrl key) zoom as they did with d3-zoom.
 */
export function wheelZoomPower(event: Pick<WheelEvent, 'deltaY' | 'deltaMode' | 'ctrlKey'>): number {
  const perUnit = event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002;
  return -event.deltaY * perUnit * (event.ctrlKey ? 10 : 1);
}

/** Cancels an event: its default and every other listener. */
const swallow = (event: Event) => {
  event.preventDefault();
  event.stopImmediatePropagation();
};
const capture = { capture: true, passive: false } as const;

/**
 * Wheel and mouse on the plot, as d3-zoom handled them: the wheel's vertical part zooms around the
 * pointer, keeping the date under it in place for the whole gesture, and a wheel that cannot zoom any
 * further is left to the page, so it scrolls; a mouse drag pans, the date under the pointer following it,
 * and a drag that moved swallows the click that ends it, so it does not also select an event. Double-click
 * and a sideways wheel are the zoom controller's; touch is touch-gestures.ts's.
 *
 * Returns a function that removes the listeners (a gesture under way ends without settling).
 */
export function attachPointerGestures(element: HTMLElement, zoom: PointerZoomTarget): () => void {
  /** The wheel gesture under way: the pointer it zooms around and the unzoomed x under it. */
  let wheel: { timer: number; pointer: number; under: number; after: ZoomTransform } | null = null;
  /** The drag under way: the unzoomed x the pointer holds, and the listeners to remove. */
  let drag: { under: number; moved: boolean; after: ZoomTransform; x: number; y: number; pointer: number } | null =
    null;

  const endWheel = () => {
    if (!wheel) return;
    clearTimeout(wheel.timer);
    wheel = null;
    zoom.end();
  };

  const onWheel = (event: WheelEvent) => {
    const t = zoom.transform;
    const k = zoom.constrain(t.scale(2 ** wheelZoomPower(event))).k;
    const p = pointerX(event, element);
    zoom.anchor = p;
    if (wheel) {
      clearTimeout(wheel.timer);
      // Anchored anew when the pointer moved, or when something else moved the view since the last step.
      if (p !== wheel.pointer || t !== wheel.after) wheel = { ...wheel, pointer: p, under: t.invertX(p) };
    } else if (k === t.k) {
      return;
    } else {
      wheel = { timer: 0, pointer: p, under: t.invertX(p), after: t };
      zoom.begin();
    }
    swallow(event);
    wheel.timer = window.setTimeout(endWheel, WHEEL_IDLE_MS);
    const next = zoom.constrain(new ZoomTransform(k, p - wheel.under * k, 0));
    wheel.after = next;
    zoom.move(next);
  };

  const onMouseMove = (event: MouseEvent) => {
    if (!drag) return;
    swallow(event);
    if (!drag.moved) drag.moved = event.clientX !== drag.x || event.clientY !== drag.y;
    const t = zoom.transform;
    const p = pointerX(event, element);
    if (t !== drag.after) drag.under = t.invertX(drag.pointer);
    drag.pointer = p;
    const next = zoom.constrain(new ZoomTransform(t.k, p - drag.under * t.k, 0));
    drag.after = next;
    zoom.anchor = null;
    zoom.move(next);
  };

  const stopListening = () => {
    window.removeEventListener('mousemove', onMouseMove, capture);
    window.removeEventListener('mouseup', onMouseUp, capture);
    window.removeEventListener('dragstart', swallow, capture);
    window.removeEventListener('selectstart', swallow, capture);
  };

  const onMouseUp = (event: MouseEvent) => {
    if (!drag) return;
    stopListening();
    swallow(event);
    if (drag.moved) {
      // The click that ends a drag is not a press on what lies under the pointer.
      window.addEventListener('click', swallow, capture);
      setTimeout(() => window.removeEventListener('click', swallow, capture), 0);
    }
    drag = null;
    zoom.end();
  };

  const onMouseDown = (event: MouseEvent) => {
    if (event.button || event.ctrlKey || drag) return;
    // Not the default: a press still focuses what it lands on.
    event.stopImmediatePropagation();
    const t = zoom.transform;
    const p = pointerX(event, element);
    drag = { under: t.invertX(p), moved: false, after: t, x: event.clientX, y: event.clientY, pointer: p };
    window.addEventListener('mousemove', onMouseMove, capture);
    window.addEventListener('mouseup', onMouseUp, capture);
    window.addEventListener('dragstart', swallow, capture);
    window.addEventListener('selectstart', swallow, capture);
    zoom.begin();
  };

  element.addEventListener('wheel', onWheel, { passive: false });
  element.addEventListener('mousedown', onMouseDown);
  return () => {
    element.removeEventListener('wheel', onWheel);
    element.removeEventListener('mousedown', onMouseDown);
    stopListening();
    if (wheel) clearTimeout(wheel.timer);
    wheel = null;
    drag = null;
  };
}
