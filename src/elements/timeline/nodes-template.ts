import { html, nothing, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import type { DrawnCluster, DrawnEvent } from '../../layout/frame.js';
import type { TimelineItem } from '../../model/items.js';
import { moveTo } from './move-to.js';

/** The id of the event node in a slot (a node keeps its slot, and so its id, while it is reused). */
export const eventNodeId = (slot: number) => `event-node-${slot}`;
/** The id of the cluster node in a slot. */
export const clusterNodeId = (slot: number) => `cluster-node-${slot}`;

/** What every event node of a frame shares. */
export interface EventNodeContext {
  lang: 'ar' | 'en';
  selected: string | null;
  /** The event whose tooltip is shown (its node is described by it). */
  tipId: string | null;
  /** The index of the event holding the collection's tab stop, if an event holds it. */
  tabStopIndex: number;
  /** Track id → colour. */
  colors: ReadonlyMap<string, string>;
  nodeSize: number;
  nameOf(item: TimelineItem): string;
  onClick(event: MouseEvent): void;
  onPointerEnter(event: PointerEvent): void;
  onPointerLeave(event: PointerEvent): void;
  onFocus(event: FocusEvent): void;
  onBlur(event: FocusEvent): void;
}

/**
 * One event node. Every slot uses this one template, so a node freed by an event that left the
 * view is updated in place for the next one; an empty slot (`e` undefined) is a hidden node kept
 * for reuse. Handlers read the event from the node's `data-id`, as a node shows different events
 * over time.
 *
 * The node's position is on a plain box around its button (class `slot`), not on the button: a zoom
 * frame moves every node, and a button's style costs the browser several times a plain box's to work
 * out again (76 nodes moved: 0.8 ms against 0.2 ms here). Nothing in the button changes when it only
 * moves, so it is not restyled at all.
 */
export function eventNodeTemplate(
  e: DrawnEvent<TimelineItem> | undefined,
  slot: number,
  ctx: EventNodeContext,
): TemplateResult {
  const item = e?.item;
  const isSelected = !!item && item.id === ctx.selected;
  const title = item?.event.title[ctx.lang] ?? '';
  const disputed = !!item?.event.disputes?.length;
  return html`<div class="slot" ?hidden=${!e} ${moveTo(e?.left, e?.top)}>
    <button
      type="button"
      id=${eventNodeId(slot)}
      class="event${item?.event.context ? ' context' : ''}${e?.labelBefore ? ' label-before' : ''}"
      part=${!item ? '' : isSelected ? 'event event-selected' : 'event'}
      data-id=${item?.id ?? nothing}
      data-track=${item?.event.track ?? ''}
      tabindex=${e && ctx.tabStopIndex === e.index ? '0' : '-1'}
      aria-pressed=${isSelected ? 'true' : 'false'}
      aria-label=${item ? ctx.nameOf(item) : nothing}
      aria-describedby=${item && ctx.tipId === item.id ? 'tip' : nothing}
      ?hidden=${!e}
      style=${styleMap({
        width: e ? `${e.width}px` : undefined,
        '--_event-color': item?.event.track ? ctx.colors.get(item.event.track) : undefined,
      })}
      @click=${ctx.onClick}
      @pointerenter=${ctx.onPointerEnter}
      @pointerleave=${ctx.onPointerLeave}
      @focus=${ctx.onFocus}
      @blur=${ctx.onBlur}
    >
      ${
        e?.spanWidth
          ? html`<span
              class="span"
              style="width:${e.spanWidth}px;${
                e.labelBefore
                  ? `margin-inline-end:${ctx.nodeSize / 2 - (e.spanWidth - e.spanBefore)}px`
                  : `margin-inline-start:${ctx.nodeSize / 2 - e.spanBefore}px`
              }"
            ></span>`
          : nothing
      }${e && e.rangeWidth > 0 ? html`<span class="range" style="width:${e.rangeWidth}px"></span>` : nothing}<span
        class="dot"
      ></span
      >${disputed ? html`<span class="badge" aria-hidden="true">!</span>` : nothing}${
        e?.labelWidth
          ? html`<span class="label" dir="auto" style="max-width:${e.labelWidth}px">${title}</span>`
          : nothing
      }
    </button>
  </div>`;
}

/** What every cluster node of a frame shares. */
export interface ClusterNodeContext {
  /** The drawn position of the cluster holding the tab stop, if a cluster holds it. */
  tabStopPosition: number;
  openCluster: string | null;
  /** Top of the cluster row, in pixels, for clusters without a row of their own. */
  top: number;
  /** The accessible name of a drawn cluster. */
  label(cluster: DrawnCluster): string;
  onClick(event: MouseEvent): void;
  onFocus(event: FocusEvent): void;
  onBlur(event: FocusEvent): void;
  onPointerEnter(event: PointerEvent): void;
  onPointerLeave(event: PointerEvent): void;
}

/**
 * One cluster node, reused like event nodes (an empty slot is hidden) and placed like them by a box
 * around it; `position` is its order among the drawn clusters.
 */
export function clusterNodeTemplate(
  c: DrawnCluster | undefined,
  position: number,
  slot: number,
  ctx: ClusterNodeContext,
): TemplateResult {
  return html`<div class="slot" ?hidden=${!c} ${moveTo(c?.left, c ? (c.top ?? ctx.top) : undefined)}>
    <button
      type="button"
      id=${clusterNodeId(slot)}
      class="cluster"
      part=${c ? 'cluster' : ''}
      tabindex=${c && ctx.tabStopPosition === position ? '0' : '-1'}
      data-count=${c?.cluster.count ?? nothing}
      data-key=${c?.key ?? nothing}
      aria-label=${c ? ctx.label(c) : nothing}
      aria-haspopup="listbox"
      aria-expanded=${c && ctx.openCluster === c.key ? 'true' : 'false'}
      ?hidden=${!c}
      style=${styleMap({
        width: c ? `${c.width}px` : undefined,
      })}
      @click=${ctx.onClick}
      @focus=${ctx.onFocus}
      @blur=${ctx.onBlur}
      @pointerenter=${ctx.onPointerEnter}
      @pointerleave=${ctx.onPointerLeave}
    >
      ${c?.cluster.count ?? ''}
    </button>
  </div>`;
}

/** A track's band when events are grouped by track: a rule across the plot and the track's name. */
export function trackBandTemplate(label: string, box: { top: number; bottom: number }): TemplateResult {
  return html`<div
    class="track-band"
    part="track-band"
    style="transform:translateY(${box.top}px);height:${box.bottom - box.top}px"
  >
    <span class="track-label" part="track-label" dir="auto">${label}</span>
  </div>`;
}
