import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { TarikhErrorDetail } from '../../events.js';
import type { Lang } from '../../model/types.js';

export interface LazyPartHost extends ReactiveControllerHost, HTMLElement {
  readonly language: Lang;
}

/**
 * A part of the element whose code is a file of its own, loaded when first shown (the details panel's
 * DetailsLoading does the same for its element): what is loaded, whether the last attempt failed (a page
 * that hosts the bundle without that file, or a dropped connection), and the retry. A failure fires
 * `tarikh-error` once, with `failedMessage` in the reader's language, and the rejection is handled here,
 * so the page gets no unhandled error. `arrived` runs once per element when the code is there (to adopt
 * its styles).
 */
export class LazyPart<T> implements ReactiveController {
  private state: 'idle' | 'loading' | 'ready' | 'failed' = 'idle';
  private loaded: T | undefined;
  /** The load under way, for `getUpdateComplete` to wait for. */
  pending: Promise<void> | undefined;
  private idle: number | undefined;

  constructor(
    private readonly host: LazyPartHost,
    private readonly load: () => Promise<T>,
    private readonly failedMessage: (lang: Lang) => string,
    private readonly arrived: (part: T) => void = () => {},
    private readonly preload = false,
  ) {
    host.addController(this);
  }

  /** With `preload`, an element on a page loads the part in idle time (preloadWhenIdle). */
  hostConnected() {
    if (this.preload) this.preloadWhenIdle();
  }

  hostDisconnected() {
    if (this.idle !== undefined) cancelIdleCallback(this.idle);
    this.idle = undefined;
  }

  /** The part's code, once loaded. */
  get part(): T | undefined {
    return this.loaded;
  }

  /** Whether the last attempt failed (and no retry has started since). */
  get failed(): boolean {
    return this.state === 'failed';
  }

  /** Starts loading unless it is loaded, under way or failed; the template that shows the part calls it. */
  request(): void {
    if (this.state !== 'idle') return;
    this.state = 'loading';
    this.pending = this.load().then(
      (part) => {
        this.state = 'ready';
        this.loaded = part;
        this.arrived(part);
        this.host.requestUpdate();
      },
      (error: unknown) => {
        this.state = 'failed';
        this.host.requestUpdate();
        const detail: TarikhErrorDetail = {
          message: this.failedMessage(this.host.language),
          errors: [error instanceof Error ? error.message : String(error)],
        };
        this.host.dispatchEvent(new CustomEvent('tarikh-error', { detail, bubbles: true, composed: true }));
      },
    );
    void this.pending.finally(() => (this.pending = undefined));
  }

  /**
   * Loads the part when the browser is next idle, as a reader will likely need it soon; quietly, as no one
   * asked for it yet: a failure here is not reported, and the first request tries again.
   */
  preloadWhenIdle(): void {
    if (this.state !== 'idle' || this.idle !== undefined || typeof requestIdleCallback !== 'function') return;
    this.idle = requestIdleCallback(() => {
      this.idle = undefined;
      if (this.state === 'idle') void this.load().catch(() => {});
    });
  }

  /** "Try again": loads anew (the loader forgets a failed import). */
  readonly retry = (): void => {
    if (this.state !== 'failed') return;
    this.state = 'idle';
    this.request();
    this.host.requestUpdate();
  };
}
