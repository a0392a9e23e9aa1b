import { nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { DrawnCluster } from '../../layout/frame.js';
import type { TimelineItem } from '../../model/items.js';
import type { Lang } from '../../model/types.js';
import type { LazyPart } from './lazy-part.js';
import { CLUSTER_LIST_PAGE } from './list-pages.js';
import { listsPendingTemplate, type Lists } from './lists-loading.js';

/** Where the list of a drawn cluster goes and what it says. */
export interface ClusterListParts {
  clusters: readonly DrawnCluster[];
  items: readonly TimelineItem[];
  lang: Lang;
  selected: string | null;
  nameOf: (item: TimelineItem) => string;
  /** The plot's size, and the heights of the axis and a lane, in CSS pixels. */
  width: number;
  height: number;
  axisHeight: number;
  laneHeight: number;
}

/**
 * The list of one cluster's events (at the deepest zoom, or Shift with a cluster): which cluster is
 * open, how many of its options are rendered (a page at a time), and where focus goes as it opens,
 * grows and closes.
 */
export class ClusterListController {
  /** The key of the cluster whose events are listed. */
  openKey: string | null = null;
  /** How many of the open list's options are rendered (it grows a page at a time). */
  limit = CLUSTER_LIST_PAGE;

  /**
   * `select` selects an event chosen in the list, given its index in the items (the list has closed by then);
   * `lists` is the list's code, loaded when a list first opens.
   */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly select: (id: string, index: number) => void,
    private readonly lists: LazyPart<Lists>,
  ) {}

  /** Lists a cluster's events, focus on its current option. */
  open(key: string) {
    this.openKey = key;
    this.limit = CLUSTER_LIST_PAGE;
    this.host.requestUpdate();
    void this.host.updateComplete.then(() =>
      this.host.shadowRoot?.querySelector<HTMLElement>('.cluster-list [role="option"][tabindex="0"]')?.focus(),
    );
  }

  template(p: ClusterListParts): TemplateResult | typeof nothing {
    const open = this.openKey === null ? undefined : p.clusters.find((c) => c.key === this.openKey);
    if (!open) return nothing;
    const left = Math.min(open.left, p.width - 280);
    const bottom = open.top === undefined ? p.axisHeight + p.laneHeight + 4 : p.height - open.top + 4;
    this.lists.request();
    const lists = this.lists.part;
    if (!lists) return listsPendingTemplate(p.lang, this.lists, { left, bottom });
    return lists.clusterListTemplate({
      items: p.items,
      indexes: open.cluster.ranges.flatMap(([from, to]) => Array.from({ length: to - from }, (_, i) => from + i)),
      lang: p.lang,
      selected: p.selected,
      nameOf: p.nameOf,
      left,
      bottom,
      limit: this.limit,
      onSelect: this.onSelect,
      onClose: this.close,
      onMore: this.onMore,
    });
  }

  private readonly close = (returnFocus: boolean) => {
    const key = this.openKey;
    this.openKey = null;
    this.host.requestUpdate();
    if (returnFocus && key)
      void this.host.updateComplete.then(() =>
        this.host.shadowRoot?.querySelector<HTMLElement>(`.cluster[data-key="${CSS.escape(key)}"]`)?.focus(),
      );
  };

  private readonly onSelect = (id: string, index: number) => {
    this.openKey = null;
    this.host.requestUpdate();
    this.select(id, index);
  };

  /** The next page of the open list; focus moves to its first option, where the "more" option was. */
  private readonly onMore = (from: number) => {
    this.limit = from + CLUSTER_LIST_PAGE;
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => {
      const options = this.host.shadowRoot?.querySelectorAll<HTMLElement>('.cluster-list [role="option"]');
      const first = options?.[from];
      if (!options || !first) return;
      options.forEach((option) => option.setAttribute('tabindex', option === first ? '0' : '-1'));
      first.focus();
    });
  };
}
