import type { ReactiveControllerHost } from 'lit';
import { rangeHolding } from '../../controllers/keyboard.js';
import { NodeFocus } from '../../controllers/node-focus.js';
import { messagesFor } from '../../i18n/messages.js';
import type { DrawnCluster } from '../../layout/frame.js';
import { firstIndex, type Cluster } from '../../layout/lanes.js';
import type { ShownItems } from '../../model/shown-items.js';
import type { Lang } from '../../model/types.js';
import { nodeInView } from '../../time/view.js';
import { defineDetails } from '../details/lazy.js';
import type { Announcer } from './announcer.js';
import type { EventNames } from './event-names.js';
import type { FramePipeline } from './frame-pipeline.js';
import { report } from './report.js';
import type { VisibleWindow } from './visible-window.js';

const HOUR = 3_600_000;

/** The element whose selection this is: its public `selected` property, its shadow tree, its events. */
export type SelectionHost = ReactiveControllerHost & HTMLElement & { selected: string | null };

/** What selection and focus read of the timeline, and what they ask of it. */
export interface SelectionInputs {
  readonly shown: ShownItems;
  readonly frames: Pick<FramePipeline, 'placedAt' | 'eventAt' | 'clusterAt' | 'clusterHolding'>;
  readonly window: Pick<VisibleWindow, 'view' | 'zoomTo'>;
  readonly names: EventNames;
  readonly announcer: Announcer;
  language(): Lang;
  /** The plot's width in CSS pixels (0 before it is laid out). */
  width(): number;
  /** Half a node's drawn size in CSS pixels: how far past the plot's edge a node still shows. */
  nodeRadius(): number;
  /** Whether data is drawn. */
  ready(): boolean;
  /** The plot, where focus goes when no node can take it. */
  plot(): HTMLElement | null | undefined;
  /** Asks for a cluster's events to be listed (at the deepest zoom, or with Shift). */
  listCluster(key: string): void;
}

/**
 * The selection and the focus among nodes: selecting an event (and telling the page and the live
 * region), bringing it into view, the event with the tab stop, the event whose tooltip shows, and
 * what a click, a hover or a focus on an event or cluster node does.
 */
export class SelectionController {
  /** The event with the collection's tab stop (roving tabindex). */
  private focused: string | null = null;
  /** The event whose tooltip shows. */
  private tip: string | null = null;
  /** Keeps focus on nodes across renders. */
  readonly nodeFocus: NodeFocus;

  constructor(
    private readonly host: SelectionHost,
    private readonly inputs: SelectionInputs,
  ) {
    this.nodeFocus = new NodeFocus(host, {
      focusNode: (id) => this.focusNode(id),
      rememberedId: () => this.focusId,
      fallback: () => inputs.plot(),
    });
  }

  get focusId() {
    return this.focused;
  }

  set focusId(id: string | null) {
    if (id === this.focused) return;
    this.focused = id;
    this.host.requestUpdate();
  }

  get tipId() {
    return this.tip;
  }

  set tipId(id: string | null) {
    if (id === this.tip) return;
    this.tip = id;
    this.host.requestUpdate();
  }

  /**
   * Selects an event, or clears the selection with null; `fromUser` when the reader did it. `index`: where
   * the event is among those shown, when the caller knows (an entry of a list), so that it is not looked up.
   */
  select(id: string | null, fromUser: boolean, index?: number) {
    try {
      if (id !== null && index !== undefined) this.inputs.shown.rememberIndex(id, index);
      const next = id && this.inputs.shown.indexOf(id) >= 0 ? id : null;
      if (id && !next && !fromUser && !this.inputs.ready()) {
        // Kept so a selection made before the data arrives still applies.
        this.host.selected = id;
        return;
      }
      if (next === this.host.selected) return;
      this.host.selected = next;
      if (next) this.focusId = next;
      this.host.dispatchEvent(
        new CustomEvent('tarikh-select', { detail: { id: next }, bubbles: true, composed: true }),
      );
      this.announce(next);
      if (next) this.bringIntoView(next);
    } catch (error) {
      report(error);
    }
  }

  /**
   * Pans so the event is in view and, where it is inside a cluster, zooms in around it until it is
   * drawn on its own: every event can be reached.
   */
  bringIntoView(id: string, animate = true) {
    const { shown, frames, window } = this.inputs;
    const index = shown.indexOf(id);
    if (index < 0 || !this.inputs.width() || !this.inputs.ready()) return;
    const item = shown.items[index]!;
    const view = window.view();
    let span = view.end - view.start;
    // A node cut by the plot's edge counts as in view: selecting what the reader just clicked there
    // must not move the window (clusters of one sit at the edges as often as anywhere).
    const visible = nodeInView(view, item.at, this.inputs.nodeRadius());
    if (visible && frames.placedAt(index, view.start, view.end)) return;
    let start = visible ? view.start : item.at - span / 2;
    for (let i = 0; i < 40 && !frames.placedAt(index, start, start + span) && span > HOUR; i += 1) {
      span /= 1.5;
      start = item.at - span / 2;
    }
    window.zoomTo(new Date(start), new Date(start + span), { animate });
  }

  /** An event chosen in the list view, at `index` among those shown: selected, as the reader's choice. */
  readonly chooseInListView = (id: string, index?: number) => this.select(id, true, index);

  /**
   * An event chosen in a cluster's list (which has closed), at `index` among those shown: selected, focus in
   * its details panel.
   */
  readonly chooseInList = (id: string, index?: number) => {
    this.select(id, true, index);
    void this.focusPanel();
  };

  /** Moves focus into the details panel (its heading), once it is drawn. */
  async focusPanel() {
    await defineDetails();
    await this.host.updateComplete;
    const panel = this.host.shadowRoot?.querySelector<
      HTMLElement & { focusHeading?: () => void; updateComplete?: Promise<unknown> }
    >('tarikh-details');
    await panel?.updateComplete;
    panel?.focusHeading?.();
  }

  /** The details panel's close button. */
  readonly onDetailsClose = (event: Event) => {
    event.stopPropagation();
    this.close(true);
  };

  /** A source chosen in the details panel (an event it names). */
  readonly onSourceSelect = (event: Event) => {
    const id = (event as CustomEvent<{ id: string }>).detail?.id;
    if (typeof id === 'string') this.select(id, true);
  };

  /** Clears the selection from the reader's side (the panel's close, Escape); focus returns to the event's node. */
  close(returnFocus: boolean) {
    const id = this.host.selected;
    this.select(null, true);
    if (returnFocus && id) this.nodeFocus.focusWhenDrawn(id);
  }

  /** The cluster drawn now with that key. */
  drawnCluster(key: string | undefined): DrawnCluster | undefined {
    return this.inputs.frames.clusterAt(this.inputs.window.view(), key);
  }

  /** The cluster drawn now that holds an item. */
  clusterHolding(index: number): DrawnCluster | undefined {
    return this.inputs.frames.clusterHolding(this.inputs.window.view(), index);
  }

  /** The event a cluster stands for while it has focus: the remembered one if it holds it, else its first. */
  clusterAnchor(cluster: Cluster): number {
    const index = this.inputs.shown.indexOf(this.focusId);
    return rangeHolding(cluster.ranges, index) ? index : firstIndex(cluster);
  }

  /**
   * A cluster activated: a cluster of one opens its event; at the deepest zoom (or with Shift) a
   * cluster lists its events; any other zooms in to its events.
   */
  activateCluster(drawn: DrawnCluster, event?: MouseEvent) {
    const { cluster } = drawn;
    const { shown } = this.inputs;
    if (cluster.count === 1 && !event?.shiftKey) {
      // A "cluster" of one event is that event without room for its label: activating it opens the
      // event, as its node would, rather than zooming to an hour around it. Selected, it is drawn on
      // its own where it is, and focus follows it there (or into the panel, from the keyboard).
      const id = shown.items[firstIndex(cluster)]!.id;
      this.select(id, true);
      if (event?.detail === 0) void this.focusPanel();
      else this.nodeFocus.focusWhenDrawn(id);
      return;
    }
    const view = this.inputs.window.view();
    // At the deepest zoom (or asked with Shift) a cluster cannot split further: it lists its events.
    if (event?.shiftKey || view.end - view.start <= HOUR * 1.05) {
      this.inputs.listCluster(drawn.key);
      return;
    }
    const first = shown.items[firstIndex(cluster)]!;
    const lastRange = cluster.ranges[cluster.ranges.length - 1]!;
    const last = shown.items[lastRange[1] - 1]!;
    const span = Math.max(last.end - first.start, HOUR);
    this.inputs.window.zoomTo(new Date(first.start - span * 0.15), new Date(last.end + span * 0.15));
  }

  // A slot's node shows different events and clusters over time: handlers read them from the node.

  readonly onEventClick = (event: MouseEvent) => {
    const id = this.drawnId(event);
    this.select(id, true);
    // Enter or Space (a click without a pointer) takes the reader into the panel; Escape brings them back.
    if (event.detail === 0 && id) void this.focusPanel();
  };
  readonly onEventPointerEnter = (event: PointerEvent) => {
    this.tipId = this.drawnId(event);
  };
  readonly onEventPointerLeave = () => {
    this.tipId = null;
  };
  readonly onEventFocus = (event: FocusEvent) => {
    const id = this.drawnId(event);
    if (!id) return;
    this.tipId = id;
    this.focusId = id;
  };
  readonly onEventBlur = () => {
    this.tipId = null;
  };
  readonly onClusterClick = (event: MouseEvent) => {
    const drawn = this.drawnCluster((event.currentTarget as HTMLElement).dataset.key);
    if (drawn) this.activateCluster(drawn, event);
  };
  readonly onClusterFocus = (event: FocusEvent) => {
    const drawn = this.drawnCluster((event.currentTarget as HTMLElement).dataset.key);
    if (!drawn) return;
    this.focusId = this.inputs.shown.items[this.clusterAnchor(drawn.cluster)]!.id;
    if (drawn.cluster.count === 1) this.tipId = this.focusId;
  };
  /** Over a cluster of one, the tooltip of its event, as over the event's node. */
  readonly onClusterPointerEnter = (event: PointerEvent) => {
    const drawn = this.drawnCluster((event.currentTarget as HTMLElement).dataset.key);
    if (drawn?.cluster.count === 1) this.tipId = this.inputs.shown.items[firstIndex(drawn.cluster)]!.id;
  };

  /**
   * The id of the event whose node an event is on, its index in the events shown noted from the frame drawn,
   * where the node stands for it: the selection, focus and tooltip then look it up without a scan.
   */
  private drawnId(event: Event): string | null {
    const id = (event.currentTarget as HTMLElement).dataset.id;
    if (!id) return null;
    const drawn = this.inputs.frames.eventAt(this.inputs.window.view(), id);
    if (drawn) this.inputs.shown.rememberIndex(id, drawn.index);
    return id;
  }

  /** Focuses an event's node, or the cluster holding it; false if neither is drawn. */
  private focusNode(id: string): boolean {
    const root = this.host.shadowRoot;
    const node = root?.querySelector<HTMLElement>(`.event[data-id="${CSS.escape(id)}"]`);
    if (node) {
      node.focus();
      return true;
    }
    const held = this.clusterHolding(this.inputs.shown.indexOf(id));
    const cluster = held && root?.querySelector<HTMLElement>(`.cluster[data-key="${CSS.escape(held.key)}"]`);
    if (!cluster) return false;
    cluster.focus();
    return true;
  }

  private announce(id: string | null) {
    const lang = this.inputs.language();
    const m = messagesFor(lang);
    const index = this.inputs.shown.indexOf(id);
    const { items } = this.inputs.shown;
    this.inputs.announcer.selection(
      index >= 0 ? m.selectedEvent(this.inputs.names.nameOf(items[index]!, lang)) : m.selectionCleared,
    );
  }
}
