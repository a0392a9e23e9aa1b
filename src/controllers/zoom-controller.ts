import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { interpolateZoom } from 'd3-interpolate';
import { constrainToView, zoomIdentity, ZoomTransform } from '../time/zoom-transform.js';
import { attachPointerGestures, pointerX, WHEEL_IDLE_MS } from './pointer-gestures.js';
import { attachTouchGestures } from './touch-gestures.js';

export interface ZoomCallbacks {
  /** Every change of transform, gesture frame or animation frame. */
  onZoom(transform: ZoomTransform): void;
  /** Once, when a gesture or an animation has settled. */
  onSettle(transform: ZoomTransform): void;
  /**
   * The animation duration in milliseconds, asked when an animation starts: it comes from the host's
   * CSS, which a theme may change at any time without any event saying so.
   */
  duration(): number;
}

const prefersReducedMotion = () =>
  typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * The zoom of an element of the host: wheel (trackpad pinch included) and drag (pointer-gestures.ts) and
 * double-click change a transform in pixel space (only `k` and `x` are used); a sideways wheel pans; on
 * touch screens a sideways swipe pans, two fingers pinch and pan, and an up-and-down swipe is left to the
 * page (touch-gestures.ts); programmatic changes animate along a smooth zoom path. The transform is pure
 * state here; the host turns it into a time scale.
 */
export class ZoomController implements ReactiveController {
  transform: ZoomTransform = zoomIdentity;
  /**
   * Where the last zoom by the reader was centred (pixels from the left edge): the pointer of a
   * wheel or double-click, the focused node of a key. Null after a pan, or for the centre.
   */
  anchor: number | null = null;
  private target?: HTMLElement;
  private frame = 0;
  private animating = false;
  /** Set while a gesture settles only at its end (the overview brush, a touch gesture, a sideways wheel). */
  private held = false;
  /** Gestures under way (wheel, drag, a step of `set`): the last to end settles. */
  private active = 0;
  private maxScale = 1;
  private detachGestures?: () => void;
  /** The timer that ends a sideways wheel gesture (wheels have no end event; d3-zoom waits 150 ms too). */
  private sidewaysEnd = 0;
  private width = 1;

  constructor(
    host: ReactiveControllerHost,
    private readonly callbacks: ZoomCallbacks,
  ) {
    host.addController(this);
  }

  /** A gesture starts (pointer-gestures.ts); the reader takes over from an animation under way. */
  begin() {
    if (this.active === 0) this.cancelAnimation();
    this.active++;
  }

  /** A step of a gesture, constrained already. */
  move(transform: ZoomTransform) {
    this.transform = transform;
    this.callbacks.onZoom(transform);
  }

  /** A gesture ends: the last one settles, unless an animation or a held gesture will. */
  end() {
    if (this.active === 0 || --this.active > 0) return;
    if (!this.animating && !this.held) this.callbacks.onSettle(this.transform);
  }

  /** One programmatic step: a gesture of its own, or a step of the one under way. */
  private step(transform: ZoomTransform) {
    this.active++;
    this.move(transform);
    this.end();
  }

  /** Attaches the gestures to `element` (once per element). */
  attach(element: HTMLElement) {
    if (element === this.target) return;
    this.detach();
    this.target = element;
    const detachPointer = attachPointerGestures(element, this);
    const detachTouch = attachTouchGestures(element, this);
    element.addEventListener('dblclick', this.onDoubleClick);
    // Before the zooming wheel listener, which takes the wheel's vertical part for a zoom.
    element.addEventListener('wheel', this.onSidewaysWheel, { passive: false, capture: true });
    this.detachGestures = () => {
      detachPointer();
      detachTouch();
      element.removeEventListener('dblclick', this.onDoubleClick);
      element.removeEventListener('wheel', this.onSidewaysWheel, { capture: true });
    };
  }

  /** Zooms 2× (out with Shift) around the pointer, animated as `set` is, as d3-zoom's double-click did. */
  private readonly onDoubleClick = (event: MouseEvent) => {
    if (event.ctrlKey || event.button || !this.target) return;
    event.preventDefault();
    const t = this.transform;
    const x = pointerX(event, this.target);
    const k = t.k * (event.shiftKey ? 0.5 : 2);
    this.anchor = x;
    this.set(new ZoomTransform(k, x - ((x - t.x) / t.k) * k, 0));
  };

  /**
   * A sideways wheel (a trackpad's two-finger swipe, a tilted wheel, Shift with a wheel) pans, as it
   * scrolls any horizontal strip; the zooming wheel only reads the vertical part. A trackpad pinch
   * (the ctrl key) and mostly vertical wheels are left to the zooming listener. The gesture settles once,
   * 150 ms after its last event.
   */
  private readonly onSidewaysWheel = (event: WheelEvent) => {
    const unit = event.deltaMode === 1 ? 16 : event.deltaMode === 2 ? this.width : 1;
    const shifted = event.shiftKey && !event.deltaX;
    const dx = (shifted ? event.deltaY : event.deltaX) * unit;
    const dy = shifted ? 0 : event.deltaY * unit;
    if (event.ctrlKey || Math.abs(dx) <= Math.abs(dy)) return;
    this.anchor = null;
    event.preventDefault();
    event.stopImmediatePropagation();
    if (this.sidewaysEnd) clearTimeout(this.sidewaysEnd);
    else this.hold();
    this.sidewaysEnd = window.setTimeout(() => {
      this.sidewaysEnd = 0;
      this.release();
    }, WHEEL_IDLE_MS);
    const t = this.transform;
    this.set(new ZoomTransform(t.k, t.x - dx, 0), false);
  };

  /** Sets the viewport's width and how far in the user may zoom (`maxScale`, relative to the base scale). */
  configure(width: number, maxScale: number) {
    this.width = Math.max(1, width);
    this.maxScale = Math.max(1, maxScale);
  }

  /** The transform after the zoom limits apply. */
  constrain(transform: ZoomTransform): ZoomTransform {
    const k = Math.min(this.maxScale, Math.max(1, transform.k));
    return constrainToView(new ZoomTransform(k, transform.x, 0), this.width);
  }

  /** Moves to `transform`, animating unless told not to or the reader prefers reduced motion. */
  set(transform: ZoomTransform, animate = true) {
    const to = this.constrain(transform);
    this.cancelAnimation();
    if (!this.target) {
      this.transform = to;
      this.callbacks.onZoom(to);
      this.callbacks.onSettle(to);
      return;
    }
    const from = this.transform;
    const base = animate && !prefersReducedMotion() ? this.callbacks.duration() : 0;
    if (!(base > 0) || (from.k === to.k && from.x === to.x)) {
      this.step(to);
      return;
    }
    // Interpolate the visible window [centre, width] rather than the transform, as d3's own
    // zoom transitions do, so a long jump zooms out, pans and zooms back in.
    const w = this.width;
    const view = (t: ZoomTransform): [number, number, number] => [(w / 2 - t.x) / t.k, 0, w / t.k];
    const path = interpolateZoom(view(from), view(to));
    const duration = Math.min(base * 2, Math.max(base, path.duration * 0.4));
    const started = performance.now();
    this.animating = true;
    const step = (now: number) => {
      if (!this.target) return;
      const p = Math.min(1, (now - started) / duration);
      const eased = p < 0.5 ? 4 * p * p * p : 1 - Math.pow(-2 * p + 2, 3) / 2;
      const [cx, , vw] = path(eased);
      const k = w / vw;
      const last = p >= 1;
      if (last) this.animating = false;
      this.step(last ? to : new ZoomTransform(k, w / 2 - cx * k, 0));
      if (!last) this.frame = requestAnimationFrame(step);
      else this.frame = 0;
    };
    this.frame = requestAnimationFrame(step);
  }

  /**
   * Takes `transform` as the current one without moving anything the reader sees: the host made it
   * for the same window in another coordinate (a new fold of the axis). A wheel or drag under way
   * anchors itself anew on its next step.
   */
  rebase(transform: ZoomTransform) {
    this.cancelAnimation();
    this.transform = transform;
    this.callbacks.onZoom(transform);
  }

  /** Starts a gesture of the host's own: changes until `release` settle once, at the end. */
  hold() {
    this.held = true;
  }

  /** Ends a gesture started with `hold`, settling once. */
  release() {
    if (!this.held) return;
    this.held = false;
    this.callbacks.onSettle(this.transform);
  }

  /** Scales by `factor` (>1 zooms in) around `x` (pixels from the left edge; the centre by default). */
  scaleBy(factor: number, animate = true, x = this.width / 2) {
    const t = this.transform;
    this.anchor = x;
    const k = t.k * factor;
    this.set(new ZoomTransform(k, x - ((x - t.x) / t.k) * k, 0), animate);
  }

  /** Pans by `dx` pixels (positive moves the content right). */
  panBy(dx: number, animate = true) {
    const t = this.transform;
    this.anchor = null;
    this.set(new ZoomTransform(t.k, t.x + dx, 0), animate);
  }

  private cancelAnimation() {
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.animating = false;
  }

  private detach() {
    this.cancelAnimation();
    if (this.sidewaysEnd) clearTimeout(this.sidewaysEnd);
    this.sidewaysEnd = 0;
    this.detachGestures?.();
    this.detachGestures = undefined;
    // A gesture cut short by the element leaving is over, without settling: nothing is shown any more.
    this.held = false;
    this.active = 0;
    this.target = undefined;
  }

  hostConnected() {}

  hostDisconnected() {
    this.detach();
  }
}
