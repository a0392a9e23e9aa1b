import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { TarikhErrorDetail } from '../../events.js';
import { messagesFor } from '../../i18n/messages.js';
import type { Lang } from '../../model/types.js';
import { defineDetails } from '../details/lazy.js';

export interface DetailsLoadingHost extends ReactiveControllerHost, HTMLElement {
  readonly language: Lang;
}

/**
 * Loads the details panel's code (a separate file in both builds) the first time the panel is shown, and
 * knows when that failed: a page that hosts the bundle without its details file, or a dropped connection.
 * The panel then says so in the reader's language with a retry, `tarikh-error` fires once per failure,
 * and the rejection is handled here, so the page gets no unhandled error.
 */
export class DetailsLoading implements ReactiveController {
  private state: 'idle' | 'loading' | 'ready' | 'failed' = 'idle';

  constructor(
    private readonly host: DetailsLoadingHost,
    private readonly load: () => Promise<void> = defineDetails,
  ) {
    host.addController(this);
  }

  hostConnected() {}

  /** Whether the last attempt failed (and no retry has started since). */
  get failed(): boolean {
    return this.state === 'failed';
  }

  /** Starts loading unless it is loaded, under way or failed; the panel's template calls it when shown. */
  request(): void {
    if (this.state !== 'idle') return;
    this.state = 'loading';
    this.load().then(
      () => {
        this.state = 'ready';
      },
      (error: unknown) => {
        this.state = 'failed';
        this.host.requestUpdate();
        const m = messagesFor(this.host.language);
        const detail: TarikhErrorDetail = {
          message: m.detailsFailed,
          errors: [error instanceof Error ? error.message : String(error)],
        };
        this.host.dispatchEvent(new CustomEvent('tarikh-error', { detail, bubbles: true, composed: true }));
      },
    );
  }

  /** "Try again": loads anew (lazy.ts forgets a failed import). */
  readonly retry = (): void => {
    if (this.state !== 'failed') return;
    this.state = 'idle';
    this.request();
    this.host.requestUpdate();
  };
}
