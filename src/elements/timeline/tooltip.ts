import { html, type TemplateResult } from 'lit';
import type { DrawnCluster, DrawnEvent } from '../../layout/frame.js';
import { firstIndex } from '../../layout/lanes.js';
import type { TimelineItem } from '../../model/items.js';

/** Where a tooltip goes: its node's box (physical pixels in the plot), and whether it sits above it. */
export interface TipAnchor {
  item: TimelineItem;
  left: number;
  width: number;
  /** The tooltip's top edge, or its bottom edge when `above`. */
  top: number;
  above: boolean;
}

/** The tooltip's `max-width` in the styles: how far from the plot's edge it must start to be whole. */
export const TIP_WIDTH = 260;

/**
 * The tooltip of event `id`: under its drawn node, or above the cluster of one holding it (clusters
 * sit low in their band or on the row over the axis). `items` are the shown items the clusters index;
 * `clusterRowTop` is where clusters without a row of their own are drawn.
 */
export function tipAnchor(
  id: string,
  events: readonly DrawnEvent<TimelineItem>[],
  clusters: readonly DrawnCluster[],
  items: readonly TimelineItem[],
  geometry: { laneHeight: number; clusterRowTop: number },
): TipAnchor | undefined {
  const drawn = events.find((e) => e.item.id === id);
  if (drawn)
    return {
      item: drawn.item,
      left: drawn.left,
      width: drawn.width,
      top: drawn.top + geometry.laneHeight,
      above: false,
    };
  for (const c of clusters) {
    if (c.cluster.count !== 1) continue;
    const item = items[firstIndex(c.cluster)]!;
    if (item.id !== id) continue;
    return { item, left: c.left, width: c.width, top: (c.top ?? geometry.clusterRowTop) - 4, above: true };
  }
  return undefined;
}

/**
 * Places a tooltip at its node's reading start (left edge in English, right edge in Arabic, where
 * it grows leftwards), moved in as far as it must be to stay inside the plot.
 */
export function tipTransform(tip: Omit<TipAnchor, 'item'>, plotWidth: number, rtl: boolean): string {
  const y = `${tip.top}px`;
  const up = tip.above ? ' translateY(-100%)' : '';
  if (!rtl) return `translate(${Math.max(0, Math.min(tip.left, plotWidth - TIP_WIDTH))}px,${y})${up}`;
  const right = Math.min(plotWidth, Math.max(tip.left + tip.width, TIP_WIDTH));
  return `translate(${right}px,${y}) translateX(-100%)${up}`;
}

/** The tooltip: the event's title and date; the node it belongs to points at it with `aria-describedby`. */
export function tooltipTemplate(
  tip: TipAnchor,
  plotWidth: number,
  rtl: boolean,
  title: string,
  date: string,
): TemplateResult {
  return html`<div
    id="tip"
    class="tooltip"
    part="tooltip"
    role="tooltip"
    style="transform:${tipTransform(tip, plotWidth, rtl)}"
  >
    <strong dir="auto">${title}</strong>
    <span>${date}</span>
  </div>`;
}
