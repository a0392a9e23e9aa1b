import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { interpolateZoom } from 'd3-interpolate';
import { pointer, select } from 'd3-selection';
import { zoom, zoomIdentity, ZoomTransform, type D3ZoomEvent, type ZoomBehavior } from 'd3-zoom';
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
 * Wires d3-zoom to an element of the host: wheel (trackpad pinch included), drag and double-click
 * change a transform in pixel space (only `k` and `x` are used); a sideways wheel pans; on touch
 * screens a sideways swipe pans, two fingers pinch and pan, and an up-and-down swipe is left to the
 * page (touch-gestures.ts); programmatic changes animate along a smooth zoom path. The transform is
 * pure state here; the host turns it into a time scale.
 */
export class ZoomController implements ReactiveController {
  transform: ZoomTransform = zoomIdentity;
  /**
   * Where the last zoom by the reader was centred (pixels from the left edge): the pointer of a
   * wheel or double-click, the focused node of a key. Null after a pan, or for the centre.
   */
  anchor: number | null = null;
  private readonly behavior: ZoomBehavior<HTMLElement, unknown>;
  private target?: HTMLElement;
  private frame = 0;
  private animating = false;
  /** Set while a gesture settles only at its end (the overview brush, a touch gesture, a sideways wheel). */
  private held = false;
  private detachTouch?: () => void;
  /** The timer that ends a sideways wheel gesture (wheels have no end event; d3-zoom waits 150 ms too). */
  private sidewaysEnd = 0;
  private width = 1;
  private height = 1;

  constructor(
    host: ReactiveControllerHost,
    private readonly callbacks: ZoomCallbacks,
  ) {
    host.addController(this);
    this.behavior = zoom<HTMLElement, unknown>()
      // Touch is handled by attachTouchGestures, which leaves vertical swipes to the page.
      .touchable(false)
      .on('zoom', (event: D3ZoomEvent<HTMLElement, unknown>) => {
        this.transform = event.transform;
        this.callbacks.onZoom(event.transform);
      })
      .on('end', (event: D3ZoomEvent<HTMLElement, unknown>) => {
        if (!this.animating && !this.held) this.callbacks.onSettle(event.transform);
      });
  }

  /** Attaches the gestures to `element` (once per element). */
  attach(element: HTMLElement) {
    if (element === this.target) return;
    this.detach();
    this.target = element;
    // d3-zoom animates its own double-click zoom with a d3 transition; this one uses the animation of
    // `set`, which honours reduced motion, and lets the bundled build leave d3's transitions out
    // (rollup.config.ts). Like d3's, it zooms 2× (out with Shift) around the pointer.
    select(element)
      .call(this.behavior)
      .on('dblclick.zoom', (event: MouseEvent) => {
        if (event.ctrlKey || event.button) return;
        event.preventDefault();
        const t = this.transform;
        const [x] = pointer(event, element);
        const k = t.k * (event.shiftKey ? 0.5 : 2);
        this.anchor = x;
        this.set(new ZoomTransform(k, x - ((x - t.x) / t.k) * k, 0));
      });
    this.detachTouch = attachTouchGestures(element, this);
    // Before d3-zoom's own wheel listener, which would take the wheel's vertical part for a zoom.
    element.addEventListener('wheel', this.onSidewaysWheel, { passive: false, capture: true });
  }

  /**
   * A sideways wheel (a trackpad's two-finger swipe, a tilted wheel, Shift with a wheel) pans, as it
   * scrolls any horizontal strip; d3-zoom only reads the vertical part, to zoom. A trackpad pinch
   * (the ctrl key) and mostly vertical wheels are left to d3-zoom. The gesture settles once, 150 ms
   * after its last event.
   */
  private readonly onSidewaysWheel = (event: WheelEvent) => {
    const unit = event.deltaMode === 1 ? 16 : event.deltaMode === 2 ? this.width : 1;
    const shifted = event.shiftKey && !event.deltaX;
    const dx = (shifted ? event.deltaY : event.deltaX) * unit;
    const dy = shifted ? 0 : event.deltaY * unit;
    if (event.ctrlKey || Math.abs(dx) <= Math.abs(dy)) {
      // d3-zoom zooms around the pointer.
      if (this.target) this.anchor = pointer(event, this.target)[0];
      return;
    }
    this.anchor = null;
    event.preventDefault();
    event.stopImmediatePropagation();
    if (this.sidewaysEnd) clearTimeout(this.sidewaysEnd);
    else this.hold();
    this.sidewaysEnd = window.setTimeout(() => {
      this.sidewaysEnd = 0;
      this.release();
    }, 150);
    const t = this.transform;
    this.set(new ZoomTransform(t.k, t.x - dx, 0), false);
  };

  /** Sets the viewport size and how far in the user may zoom (`maxScale`, relative to the base scale). */
  configure(width: number, height: number, maxScale: number) {
    this.width = Math.max(1, width);
    this.height = Math.max(1, height);
    const extent: [[number, number], [number, number]] = [
      [0, 0],
      [this.width, this.height],
    ];
    this.behavior
      .extent(extent)
      .translateExtent(extent)
      .scaleExtent([1, Math.max(1, maxScale)]);
  }

  /** The transform after the zoom limits apply. */
  constrain(transform: ZoomTransform): ZoomTransform {
    const [k0, k1] = this.behavior.scaleExtent();
    const k = Math.min(k1, Math.max(k0, transform.k));
    const t = new ZoomTransform(k, transform.x, 0);
    const extent: [[number, number], [number, number]] = [
      [0, 0],
      [this.width, this.height],
    ];
    return this.behavior.constrain()(t, extent, extent);
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
      this.behavior.transform(select(this.target), to);
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
      this.behavior.transform(select(this.target), last ? to : new ZoomTransform(k, w / 2 - cx * k, 0));
      if (!last) this.frame = requestAnimationFrame(step);
      else this.frame = 0;
    };
    this.frame = requestAnimationFrame(step);
  }

  /**
   * Takes `transform` as the current one without moving anything the reader sees: the host made it
   * for the same window in another coordinate (a new fold of the axis). d3-zoom keeps the state of
   * a gesture on the element (`element.__zoom`, which its documentation names), so it is set there
   * too, or the next wheel would start from the old transform.
   */
  rebase(transform: ZoomTransform) {
    this.cancelAnimation();
    this.transform = transform;
    if (this.target) (this.target as HTMLElement & { __zoom?: ZoomTransform }).__zoom = transform;
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
    if (this.target) {
      select(this.target).on('.zoom', null);
      this.target.removeEventListener('wheel', this.onSidewaysWheel, { capture: true });
    }
    if (this.sidewaysEnd) clearTimeout(this.sidewaysEnd);
    this.sidewaysEnd = 0;
    this.detachTouch?.();
    this.detachTouch = undefined;
    // A gesture cut short by the element leaving is over, without settling: nothing is shown any more.
    this.held = false;
    this.target = undefined;
  }

  hostConnected() {}

  hostDisconnected() {
    this.detach();
  }
}
