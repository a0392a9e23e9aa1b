import type { ReactiveControllerHost } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { ShownItems } from '../../model/shown-items.js';
import type { Dataset, Lang } from '../../model/types.js';
import { trackColors } from '../../styles/track-colors.js';
import type { LazyPart } from './lazy-part.js';
import { LIST_PAGE, type ListRange, listWindow } from './list-pages.js';
import { listsPendingTemplate, type Lists } from './lists-loading.js';

/** The events listed, and where one is among them (remembered: a scan at a million events is tens of ms). */
type EventLookup = Pick<ShownItems, 'items' | 'indexOf'>;

/**
 * The list view and its pages: which of the events it renders (a page at a time, growing either
 * way), the selected event's page, and where focus goes as a page is added.
 */
export class ListViewController {
  /** The positions of the events the list view renders. */
  range: ListRange = { start: 0, end: LIST_PAGE };

  /**
   * `select` selects an event chosen in the list, given its index in the items; `lists` is the list's code,
   * loaded when first shown.
   */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly select: (id: string, index: number) => void,
    private readonly lists: LazyPart<Lists>,
  ) {}

  /** New data, or new search results: listed from their first page. */
  restart() {
    this.setRange({ start: 0, end: LIST_PAGE });
  }

  /**
   * Moves to the page of a selected event outside what the list shows. The list keeps that page
   * rather than going back to its first once the selection is cleared.
   */
  follow(shown: EventLookup, selected: string) {
    const range = listWindow(shown.items.length, this.range, shown.indexOf(selected), LIST_PAGE);
    if (range.start !== this.range.start || range.end !== this.range.end) this.setRange(range);
  }

  /** Scrolls the selected event's entry into view (once it is drawn, when the list's code is still loading). */
  scrollToSelected(selected: string) {
    const loading = this.lists.part ? undefined : this.lists.pending;
    if (loading) {
      void loading.then(() => this.host.updateComplete).then(() => this.lists.part && this.scrollToSelected(selected));
      return;
    }
    this.host.shadowRoot
      ?.querySelector(`.list-item[data-id="${CSS.escape(selected)}"]`)
      ?.scrollIntoView({ block: 'nearest' });
  }

  template(shown: EventLookup, data: Dataset, lang: Lang, selected: string | null) {
    this.lists.request();
    const lists = this.lists.part;
    if (!lists) return listsPendingTemplate(lang, this.lists);
    const { items } = shown;
    return guard([items, data, lang, selected, this.range], () =>
      lists.listViewTemplate({
        items,
        data,
        lang,
        selected,
        selectedAt: shown.indexOf(selected),
        colors: trackColors(data.tracks),
        range: this.range,
        onSelect: this.select,
        onMore: this.onMore,
      }),
    );
  }

  /**
   * One more page of the list view, before or after what it shows. Focus moves to the new event next to
   * those already shown (the first after them, the last before them): the button pressed may be gone.
   */
  private readonly onMore = (shown: ListRange, side: 'before' | 'after') => {
    this.setRange(
      side === 'after'
        ? { start: shown.start, end: shown.end + LIST_PAGE }
        : { start: Math.max(0, shown.start - LIST_PAGE), end: shown.end },
    );
    const target = side === 'after' ? shown.end : shown.start - 1;
    void this.host.updateComplete.then(() => {
      const entries = this.host.shadowRoot?.querySelectorAll<HTMLElement>('.event-list .list-event');
      entries?.[target - this.range.start]?.focus();
    });
  };

  private setRange(range: ListRange) {
    this.range = range;
    this.host.requestUpdate();
  }
}
