import { keyAction, moveTarget, rangeHolding, type KeyAction } from '../../controllers/keyboard.js';
import type { DrawnCluster } from '../../layout/frame.js';
import type { ShownItems } from '../../model/shown-items.js';
import { physicalX } from '../../time/view.js';
import { report } from './report.js';
import type { SelectionController, SelectionHost } from './selection-controller.js';
import type { VisibleWindow } from './visible-window.js';

/** What the keyboard reads of the timeline, and what it asks of it. */
export interface KeyboardInputs {
  readonly shown: ShownItems;
  readonly selection: SelectionController;
  readonly window: Pick<VisibleWindow, 'view' | 'zoomAround' | 'fit'>;
  readonly zoom: { panBy(dx: number): void };
  /** The plot's width in CSS pixels. */
  width(): number;
  rtl(): boolean;
  /** Asks for a cluster's events to be listed (Shift with Enter on a cluster). */
  listCluster(key: string): void;
}

/**
 * The timeline's keys (see `keyAction`): zoom around the focused node, pan, fit, Escape, and the
 * arrows, Home and End moving focus between events in time, on their nodes or on the clusters
 * holding them. Keys inside the details panel, and the list view's own, are left to them.
 */
export class KeyboardController {
  constructor(
    private readonly host: SelectionHost,
    private readonly inputs: KeyboardInputs,
  ) {}

  readonly onKeyDown = (event: KeyboardEvent) => {
    try {
      const { selection } = this.inputs;
      const path = event.composedPath();
      // Keys inside the details panel (scrolling the article, its own Escape) are the panel's.
      if (path.some((node) => (node as Element).localName === 'tarikh-details')) return;
      // The list view's buttons keep their own keys; Escape still closes the details.
      if (event.key !== 'Escape' && path.some((node) => (node as Element).classList?.contains('list-view'))) return;
      const target = path[0] as HTMLElement | undefined;
      const cluster = target?.classList?.contains('cluster') ? selection.drawnCluster(target.dataset.key) : undefined;
      const onEvent = !!target?.classList?.contains('event') || !!cluster;
      const action = keyAction(event.key, onEvent, {
        ctrl: event.ctrlKey,
        meta: event.metaKey,
        alt: event.altKey,
        shift: event.shiftKey,
      });
      if (!action) return;
      if (action.type === 'activate' && action.alternate && cluster) {
        event.preventDefault();
        this.inputs.listCluster(cluster.key);
        return;
      }
      if (action.type === 'activate' || (action.type === 'close' && !this.host.selected)) return;
      event.preventDefault();
      this.perform(action, target?.classList?.contains('event') ? (target.dataset.id ?? null) : null, cluster);
    } catch (error) {
      report(error);
    }
  };

  /** The middle of the focused event's node or cluster, in pixels from the plot's left edge, if one has focus. */
  private focusedNodeX(focusedId: string | null, cluster?: DrawnCluster): number | undefined {
    if (cluster) return cluster.left + cluster.width / 2;
    const { shown } = this.inputs;
    const index = shown.indexOf(focusedId);
    return index < 0 ? undefined : physicalX(this.inputs.window.view(), shown.items[index]!.at);
  }

  private perform(action: KeyAction, focusedId: string | null, cluster?: DrawnCluster) {
    const { shown, selection } = this.inputs;
    switch (action.type) {
      case 'zoom':
        // Around the focused event or cluster, as a wheel zooms around the pointer: it stays where it
        // is, and keeps focus, instead of leaving the view.
        this.inputs.window.zoomAround(action.factor, true, this.focusedNodeX(focusedId, cluster));
        return;
      case 'pan':
        this.inputs.zoom.panBy(-action.fraction * this.inputs.width());
        return;
      case 'fit':
        this.inputs.window.fit();
        return;
      case 'close': {
        const id = this.host.selected;
        selection.close(!!id && focusedId === id);
        return;
      }
      case 'move': {
        if (!shown.items.length) return;
        const anchor = cluster ? selection.clusterAnchor(cluster.cluster) : shown.indexOf(focusedId);
        const current = cluster
          ? rangeHolding(cluster.cluster.ranges, anchor)
          : anchor >= 0
            ? ([anchor, anchor + 1] as const)
            : null;
        const index = moveTarget(action.to, current, shown.items.length, this.inputs.rtl());
        const id = shown.items[index]!.id;
        selection.focusId = id;
        // An event inside a cluster in view is reached on its cluster; any other is brought into view.
        if (!selection.clusterHolding(index)) selection.bringIntoView(id, false);
        if (focusedId || cluster || this.host.shadowRoot?.activeElement?.classList.contains('event'))
          selection.nodeFocus.focusWhenDrawn(id);
        return;
      }
      default:
        return;
    }
  }
}
