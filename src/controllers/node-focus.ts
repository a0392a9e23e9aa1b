import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What the focus keeper needs of the timeline. */
export interface NodeFocusOptions {
  /** Focuses an event's node, or the cluster holding it; false if neither is drawn. */
  focusNode(id: string): boolean;
  /** The event with the collection's tab stop, where focus goes when its node is drawn away. */
  rememberedId(): string | null;
  /** Where focus goes when no node holds the remembered event. */
  fallback(): HTMLElement | null | undefined;
}

/**
 * Keeps keyboard focus on the timeline's event and cluster nodes across renders. Nodes are reused
 * and drawn away as the reader zooms, so focus must be moved on purpose: to an event's node once it
 * is drawn (after a keyboard move or closing the panel), or, when the focused node is drawn away, to
 * the cluster now holding its event, else to the plot, never to the page.
 */
export class NodeFocus implements ReactiveController {
  /** An event whose node takes focus as soon as it is drawn. */
  private pending: string | null = null;
  /** Whether an event or cluster node had focus before this render. */
  private hadFocus = false;
  /**
   * The data-id or data-key of the node focused before this render. Its slot keeps that node even
   * if its event or cluster is drawn away (hidden then), so a focused node never silently turns into
   * another event's.
   */
  focusedKey: string | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: NodeFocusOptions,
  ) {
    host.addController(this);
  }

  /** Focuses an event's node once it is drawn (after the layout the focus change may cause). */
  focusWhenDrawn(id: string) {
    this.pending = id;
    this.host.requestUpdate();
  }

  hostUpdate() {
    const active = this.host.shadowRoot?.activeElement as HTMLElement | null | undefined;
    this.hadFocus = !!active?.matches('.event, .cluster');
    this.focusedKey = this.hadFocus ? (active!.dataset.id ?? active!.dataset.key ?? null) : null;
  }

  hostUpdated() {
    if (this.pending) {
      if (this.options.focusNode(this.pending)) this.pending = null;
    } else if (this.hadFocus && this.host.isConnected && !isShown(this.host.shadowRoot?.activeElement)) {
      const id = this.options.rememberedId();
      if (!(id && this.options.focusNode(id))) this.options.fallback()?.focus();
    }
  }
}

/** Whether a node is in the tree and not hidden (a drawn-away node is kept hidden for reuse). */
function isShown(node: Element | null | undefined): boolean {
  return !!node && !(node as HTMLElement).hidden;
}
