import { html, nothing, type TemplateResult } from 'lit';
import { rovingStop } from '../../controllers/keyboard.js';
import { messagesFor } from '../../i18n/messages.js';
import type { DrawnCluster } from '../../layout/frame.js';
import { firstIndex } from '../../layout/lanes.js';
import { NodeSlots } from '../../layout/node-slots.js';
import type { TimelineItem } from '../../model/items.js';
import type { Dataset, Lang } from '../../model/types.js';
import { trackColors } from '../../styles/track-colors.js';
import type { Stretch } from '../../time/fold.js';
import type { View } from '../../time/view.js';
import { axisTemplate } from './axis-template.js';
import type { ClusterListController } from './cluster-list-controller.js';
import type { EventNames } from './event-names.js';
import { foldMarks, foldMarksTemplate } from './fold-marks.js';
import type { Frame } from './frame-pipeline.js';
import {
  clusterNodeId,
  clusterNodeTemplate,
  eventNodeId,
  eventNodeTemplate,
  trackBandTemplate,
  type ClusterNodeContext,
  type EventNodeContext,
} from './nodes-template.js';
import type { PlotMetrics } from './plot-metrics.js';
import type { SelectionController } from './selection-controller.js';
import { tipAnchor, tooltipTemplate } from './tooltip.js';

const HOUR = 3_600_000;

/** Everything one frame of the plot draws from. */
export interface PlotParts {
  view: View;
  frame: Frame;
  lang: Lang;
  items: readonly TimelineItem[];
  /** The shown items' index of an id (−1 if not shown). */
  indexOf: (id: string | null) => number;
  selected: string | null;
  tracks: Dataset['tracks'];
  /** The plot's size in CSS pixels. */
  width: number;
  height: number;
  metrics: PlotMetrics;
  names: EventNames;
  selection: SelectionController;
  clusterList: ClusterListController;
  /** On a folded axis: the folded stretches, and what activating one's mark does. */
  folds?: { gaps: readonly Stretch[]; unfold: (start: number) => void };
}

/**
 * The plot's contents for one frame: the track bands, the axis, the event and cluster nodes in the
 * slots they keep while drawn (see NodeSlots), the open cluster list and the tooltip; and the
 * reading order of the nodes, for the plot's `aria-owns`.
 */
export class PlotTemplate {
  /** The DOM node each drawn event uses, kept while it stays drawn. */
  private readonly eventSlots = new NodeSlots<string>();
  private readonly clusterSlots = new NodeSlots<string>();

  render(p: PlotParts): { content: TemplateResult; owns: string } {
    const { view, lang, selection, metrics } = p;
    const { events, clusters, bands } = p.frame;
    const { sizes } = metrics;
    const m = messagesFor(lang);
    const nameOf = (item: TimelineItem) => p.names.nameOf(item, lang);
    // The collection keeps one tab stop: the last focused or the selected event, on its own or on the
    // cluster holding it, else the earliest node.
    const tabStop = rovingStop(
      events,
      clusters.map((c) => c.cluster),
      [p.indexOf(selection.focusId), p.indexOf(p.selected)],
    );
    const colors = trackColors(p.tracks);
    const deepest = view.end - view.start <= HOUR * 1.05;
    // Clusters without a row of their own (ungrouped) sit on the row over the axis.
    const clusterRowTop = p.height - sizes.axisHeight - sizes.laneHeight - 1;
    const tipId = selection.tipId;
    const tip = tipId
      ? tipAnchor(tipId, events, clusters, p.items, { laneHeight: sizes.laneHeight, clusterRowTop })
      : undefined;
    const drawnById = new Map(events.map((e) => [e.item.id, e]));
    const marks = p.folds ? foldMarks(view, p.folds.gaps, lang) : [];

    const eventContext: EventNodeContext = {
      lang,
      selected: p.selected,
      tipId,
      tabStopIndex: tabStop?.kind === 'event' ? tabStop.index : -1,
      colors,
      nodeSize: sizes.nodeSize,
      nameOf,
      onClick: selection.onEventClick,
      onPointerEnter: selection.onEventPointerEnter,
      onPointerLeave: selection.onEventPointerLeave,
      onFocus: selection.onEventFocus,
      onBlur: selection.onEventBlur,
    };
    const clusterContext: ClusterNodeContext = {
      tabStopPosition: tabStop?.kind === 'cluster' ? tabStop.position : -1,
      openCluster: p.clusterList.openKey,
      top: clusterRowTop,
      label: ({ cluster }) =>
        cluster.count === 1
          ? m.clusterOne(nameOf(p.items[firstIndex(cluster)]!))
          : deepest
            ? m.clusterDeepest(cluster.count)
            : m.cluster(cluster.count),
      onClick: selection.onClusterClick,
      onFocus: selection.onClusterFocus,
      onBlur: selection.onEventBlur,
      onPointerEnter: selection.onClusterPointerEnter,
      onPointerLeave: selection.onEventPointerLeave,
    };
    const clusterPosition = new Map(clusters.map((c, position) => [c.key, position]));
    const focusedKey = selection.nodeFocus.focusedKey;
    const eventSlots = this.eventSlots.assign(
      events.map((e) => e.item.id),
      focusedKey,
    );
    const clusterSlots = this.clusterSlots.assign(
      clusters.map((c) => c.key),
      focusedKey,
    );

    const content = html`
      ${bands.map(({ key, box }) => trackBandTemplate(p.names.trackLabel(key, lang), box))}
      ${axisTemplate(view, lang, (text) => metrics.axis.measure(text), sizes.axisFont, marks)}
      ${eventSlots.map((id, slot) =>
        eventNodeTemplate(id === null ? undefined : drawnById.get(id), slot, eventContext),
      )}
      ${clusterSlots.map((key, slot) => {
        const position = key === null ? -1 : (clusterPosition.get(key) ?? -1);
        return clusterNodeTemplate(clusters[position], position, slot, clusterContext);
      })}
      ${p.folds ? foldMarksTemplate(marks, lang, p.folds.unfold) : nothing}
      ${p.clusterList.template({
        clusters,
        items: p.items,
        lang,
        selected: p.selected,
        nameOf,
        width: p.width,
        height: p.height,
        axisHeight: sizes.axisHeight,
        laneHeight: sizes.laneHeight,
      })}
      ${
        tip
          ? tooltipTemplate(tip, view.width, view.rtl, tip.item.event.title[lang], p.names.dateText(tip.item, lang))
          : nothing
      }
    `;
    return { content, owns: readingOrder(events, clusters, this.eventSlots, this.clusterSlots) };
  }
}

/**
 * The ids of the drawn nodes in time order, for the plot's `aria-owns`: nodes keep their place in
 * the DOM while they are reused (see NodeSlots), so this is what gives assistive technology the
 * events and clusters in the order they happened.
 */
function readingOrder(
  events: readonly { index: number; item: { id: string } }[],
  clusters: readonly DrawnCluster[],
  eventSlots: NodeSlots<string>,
  clusterSlots: NodeSlots<string>,
): string {
  const nodes = [
    ...events.map((e) => ({ at: e.index, id: eventNodeId(eventSlots.slotOf(e.item.id)) })),
    ...clusters.map((c) => ({ at: firstIndex(c.cluster), id: clusterNodeId(clusterSlots.slotOf(c.key)) })),
  ];
  return nodes
    .sort((a, b) => a.at - b.at)
    .map((n) => n.id)
    .join(' ');
}
