import type { ReactiveController } from 'lit';
import { LazyPart } from '../../../src/elements/timeline/lazy-part.js';
import { loadLists, type Lists } from '../../../src/elements/timeline/lists-loading.js';

/**
 * A minimal reactive controller host for the timeline's controllers: an element with a shadow root
 * that counts the updates asked for and keeps the controllers added, so a test can connect and
 * disconnect them, and render into its shadow root.
 */
export class FakeHost extends HTMLElement {
  readonly controllers: ReactiveController[] = [];
  updates = 0;
  selected: string | null = null;
  readonly language = 'en';
  updateComplete: Promise<boolean> = Promise.resolve(true);

  constructor() {
    super();
    this.attachShadow({ mode: 'open' });
  }

  addController(controller: ReactiveController) {
    this.controllers.push(controller);
  }

  removeController(controller: ReactiveController) {
    this.controllers.splice(this.controllers.indexOf(controller), 1);
  }

  requestUpdate() {
    this.updates += 1;
  }

  connectedCallback() {
    this.controllers.forEach((c) => c.hostConnected?.());
  }

  disconnectedCallback() {
    this.controllers.forEach((c) => c.hostDisconnected?.());
  }
}
customElements.define('tarikh-fake-host', FakeHost);

/** A fake host in the document (connected), removed by the caller. */
export function fakeHost(): FakeHost {
  const host = document.createElement('tarikh-fake-host') as FakeHost;
  document.body.append(host);
  return host;
}

/** The list view's and cluster list's code for `host`, already loaded, for controllers that render them. */
export async function loadedLists(host: FakeHost): Promise<LazyPart<Lists>> {
  const part = new LazyPart(host, loadLists, () => 'failed');
  part.request();
  await part.pending;
  return part;
}
