import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Tracks the content size of an element of the host's shadow tree and asks the host to update when it changes. */
export class ResizeController implements ReactiveController {
  width = 0;
  height = 0;
  private observer?: ResizeObserver;
  private target?: Element;

  /** `onResize` runs once the new size is stored, with the size before. */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly onResize?: (previous: { width: number; height: number }) => void,
  ) {
    host.addController(this);
  }

  /** Starts observing `element` (re-targets if called with another one). */
  observe(element: Element | null | undefined) {
    if (!element || element === this.target || !this.observer) return;
    if (this.target) this.observer.unobserve(this.target);
    this.target = element;
    this.observer.observe(element);
  }

  hostConnected() {
    this.observer = new ResizeObserver((entries) => {
      const box = entries[entries.length - 1]!.contentRect;
      if (box.width === this.width && box.height === this.height) return;
      const previous = { width: this.width, height: this.height };
      this.width = box.width;
      this.height = box.height;
      this.onResize?.(previous);
      this.host.requestUpdate();
    });
    if (this.target) this.observer.observe(this.target);
  }

  hostDisconnected() {
    this.observer?.disconnect();
    this.observer = undefined;
  }
}
