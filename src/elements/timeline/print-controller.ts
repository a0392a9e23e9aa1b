import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Whether the page is being printed: while it is, the list view is drawn even under the plot view,
 * since it is what gets printed. Both the print media query and the before/after print events are
 * listened to, as browsers fire one or the other.
 */
export class PrintController implements ReactiveController {
  printing = false;
  private readonly query = typeof matchMedia === 'function' ? matchMedia('print') : null;
  private readonly onPrint = (event: Event) => {
    const printing = event.type === 'beforeprint' || (event.type !== 'afterprint' && !!this.query?.matches);
    if (printing === this.printing) return;
    this.printing = printing;
    this.host.requestUpdate();
  };

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected() {
    this.query?.addEventListener('change', this.onPrint);
    window.addEventListener('beforeprint', this.onPrint);
    window.addEventListener('afterprint', this.onPrint);
  }

  hostDisconnected() {
    this.query?.removeEventListener('change', this.onPrint);
    window.removeEventListener('beforeprint', this.onPrint);
    window.removeEventListener('afterprint', this.onPrint);
  }
}
