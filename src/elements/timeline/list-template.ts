import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { detailsMessagesFor } from '../../i18n/details-messages.js';
import { dirOf, messagesFor, toLang } from '../../i18n/messages.js';
import type { TimelineItem } from '../../model/items.js';
import type { Dataset, Excerpt, Lang, Source } from '../../model/types.js';
import { isHttpUrl } from '../../model/validate.js';
import { formatEventDate } from '../details/event-date.js';
import { findSource, textIn } from '../source-view/citations.js';
import { formatPublished } from '../source-view/source-meta.js';
import { CLUSTER_LIST_PAGE, LIST_PAGE, clusterListShown, listWindow, type ListRange } from './list-pages.js';

// The list view's and cluster list's page arithmetic stays in the first load (list-pages.ts), their templates
// load with the list chunk (lists.ts).
export { CLUSTER_LIST_PAGE, LIST_PAGE, clusterListShown, listWindow, type ListRange } from './list-pages.js';

export interface ListViewOptions {
  items: readonly TimelineItem[];
  data: Dataset;
  lang: Lang;
  selected: string | null;
  /** The selected event's position in `items` (−1 for none), found by the caller's lookup. */
  selectedAt: number;
  /** `--_event-color` of each track id. */
  colors: ReadonlyMap<string, string>;
  /** The positions of the events to render, [start, end) (moved to the selected event's page when it is outside). */
  range: ListRange;
  /** An event chosen in the list, and its position in `items`. */
  onSelect: (id: string, index: number) => void;
  /** Renders one more page before or after `shown`, the range rendered now. */
  onMore: (shown: ListRange, side: 'before' | 'after') => void;
}

/**
 * The linear view of the timeline: every event in time order with its date, title and track, the
 * selection marked `aria-current`. It carries each event's excerpts (quote and translation) and the
 * source list too, shown only in print: the printed story is this list.
 */
export function listViewTemplate(o: ListViewOptions): TemplateResult {
  const { lang, data } = o;
  const m = messagesFor(lang);
  const dm = detailsMessagesFor(lang);
  const tracks = new Map((Array.isArray(data.tracks) ? data.tracks : []).map((t) => [t.id, textIn(t.label, lang)]));
  const onClick = (event: Event) => {
    const { id, index } = (event.currentTarget as HTMLElement).dataset;
    if (id) o.onSelect(id, Number(index));
  };
  const sources = (Array.isArray(data.sources) ? data.sources : []).filter(
    (s): s is Source => !!s && typeof s === 'object' && typeof s.id === 'string',
  );
  const count = o.items.length;
  const shown = listWindow(count, o.range, o.selectedAt, LIST_PAGE);
  const before = shown.start;
  const after = count - shown.end;
  return html`<section class="list-view" part="list" aria-label=${m.eventList}>
    <h2 class="list-heading"><bdi>${textIn(data.title, lang)}</bdi></h2>
    ${
      before > 0
        ? html`<button type="button" class="list-more" part="list-more" @click=${() => o.onMore(shown, 'before')}>
            ${m.listEarlier(Math.min(LIST_PAGE, before), before)}
          </button>`
        : nothing
    }
    <ol class="event-list" start=${shown.start + 1}>
      ${repeat(
        shown.start === 0 && shown.end === count ? o.items : o.items.slice(shown.start, shown.end),
        (item) => item.id,
        (item, at) => {
          const { event } = item;
          const track = event.track ? tracks.get(event.track) : undefined;
          const color = event.track ? o.colors.get(event.track) : undefined;
          const disputes = Array.isArray(event.disputes)
            ? event.disputes.filter((d) => d && typeof d === 'object')
            : [];
          return html`<li class="list-item" data-id=${item.id}>
            <button
              type="button"
              class="list-event${event.context ? ' context' : ''}"
              part="list-event"
              data-id=${item.id}
              data-index=${shown.start + at}
              aria-current=${item.id === o.selected ? 'true' : 'false'}
              style=${color ? `--_event-color:${color}` : ''}
              @click=${onClick}
            >
              <span class="list-dot" aria-hidden="true"></span>
              <time class="list-date" datetime=${String(event.date)}><bdi>${formatEventDate(event, lang)}</bdi></time>
              <span class="list-title"><bdi>${textIn(event.title, lang)}</bdi></span>
              ${track ? html`<span class="list-track"><bdi>${track}</bdi></span>` : nothing}
              ${disputes.length ? html`<span class="list-disputed">${m.disputed}</span>` : nothing}
            </button>
            ${excerptsTemplate(Array.isArray(event.excerpts) ? event.excerpts : [], data, lang)}
            ${disputes.map(
              (dispute) =>
                html`<div class="list-dispute">
                  <p class="list-note"><bdi>${textIn(dispute.note, lang)}</bdi></p>
                  ${excerptsTemplate(Array.isArray(dispute.excerpts) ? dispute.excerpts : [], data, lang)}
                </div>`,
            )}
          </li>`;
        },
      )}
    </ol>
    ${
      after > 0
        ? html`<button type="button" class="list-more" part="list-more" @click=${() => o.onMore(shown, 'after')}>
            ${m.listMore(Math.min(LIST_PAGE, after), after)}
          </button>`
        : nothing
    }
    ${before + after > 0 ? html`<p class="list-more-note">${m.listNotPrinted(before + after)}</p>` : nothing}
    ${
      sources.length
        ? html`<section class="list-sources" aria-labelledby="list-sources-title">
            <h3 id="list-sources-title">${dm.sources}</h3>
            <ol>
              ${sources.map((source) => {
                const srcLang = toLang(source.lang);
                const published = formatPublished(source.published, lang);
                return html`<li>
                  <cite lang=${srcLang} dir=${dirOf(srcLang)}><bdi>${textIn(source.title, srcLang)}</bdi></cite>
                  <span class="list-cite"
                    ><bdi>${textIn(source.outlet, lang)}</bdi
                    >${published ? html`, <bdi>${published}</bdi>` : nothing}</span
                  >
                  ${isHttpUrl(source.url) ? html`<span class="list-url" dir="ltr">${source.url}</span>` : nothing}
                </li>`;
              })}
            </ol>
          </section>`
        : nothing
    }
  </section>`;
}

function excerptsTemplate(excerpts: readonly Excerpt[], data: Dataset, lang: Lang) {
  const shown = excerpts.filter((x) => x && typeof x === 'object' && typeof x.quote === 'string');
  if (!shown.length) return nothing;
  return html`<ul class="list-excerpts" role="list">
    ${shown.map((excerpt) => {
      const source = findSource(data, excerpt.source);
      const srcLang: Lang = source ? toLang(source.lang) : lang;
      // As in the details panel: the translation into the reader's language, or into the other one
      // when the quote is already in the reader's language.
      const into: Lang = srcLang === lang ? (lang === 'ar' ? 'en' : 'ar') : lang;
      const raw = excerpt.translation?.[into];
      const translation = typeof raw === 'string' && raw.trim() && raw !== excerpt.quote ? raw : '';
      return html`<li>
        <blockquote lang=${srcLang} dir=${dirOf(srcLang)}>${excerpt.quote}</blockquote>
        ${translation ? html`<p class="list-translation" lang=${into} dir=${dirOf(into)}>${translation}</p>` : nothing}
        ${source ? html`<p class="list-cite">— <bdi>${textIn(source.outlet, lang)}</bdi></p>` : nothing}
      </li>`;
    })}
  </ul>`;
}

export interface ClusterListOptions {
  items: readonly TimelineItem[];
  /** Indexes into `items` of the events the cluster holds, in time order. */
  indexes: readonly number[];
  lang: Lang;
  selected: string | null;
  /** The accessible name of an event (title, date, track). */
  nameOf: (item: TimelineItem) => string;
  /** Where the list sits in the plot (physical pixels). */
  left: number;
  bottom: number;
  /** How many options to render at most (the selected event's page is always rendered). */
  limit: number;
  /** An event chosen in the list, and its position in `items`. */
  onSelect: (id: string, index: number) => void;
  onClose: (returnFocus: boolean) => void;
  /** Renders the next page; `from` is the position of its first option. */
  onMore: (from: number) => void;
}

/**
 * The events of a cluster as a small listbox over it: Up and Down (or Home and End) move, Enter or
 * Space selects, Escape closes and returns focus to the cluster, Tab leaves and closes.
 */
export function clusterListTemplate(o: ClusterListOptions): TemplateResult {
  const m = messagesFor(o.lang);
  const selectedAt = o.indexes.findIndex((i) => o.items[i]!.id === o.selected);
  const current = Math.max(0, selectedAt);
  const shown = clusterListShown(o.indexes.length, o.limit, selectedAt);
  const left = o.indexes.length - shown;
  const choose = (event: Event) => {
    const option = event.currentTarget as HTMLElement;
    if (option.dataset.more !== undefined) o.onMore(shown);
    else if (option.dataset.id) o.onSelect(option.dataset.id, Number(option.dataset.index));
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const list = event.currentTarget as HTMLElement;
    const options = [...list.querySelectorAll<HTMLElement>('[role="option"]')];
    const at = options.indexOf(event.target as HTMLElement);
    let next = -1;
    switch (event.key) {
      case 'ArrowDown':
        next = Math.min(options.length - 1, at + 1);
        break;
      case 'ArrowUp':
        next = Math.max(0, at - 1);
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = options.length - 1;
        break;
      case 'Enter':
      case ' ':
        if (at < 0) break;
        if (options[at]!.dataset.more !== undefined) o.onMore(shown);
        else o.onSelect(options[at]!.dataset.id!, Number(options[at]!.dataset.index));
        break;
      case 'Escape':
        o.onClose(true);
        break;
      case 'Tab':
        // Leaving the list closes it; the browser moves focus on as usual.
        o.onClose(false);
        return;
      default:
        // Every other key stays in the list: the timeline's own keys would pan or zoom behind it.
        event.stopPropagation();
        return;
    }
    event.preventDefault();
    event.stopPropagation();
    if (next >= 0) {
      options.forEach((option, i) => option.setAttribute('tabindex', i === next ? '0' : '-1'));
      options[next]!.focus();
    }
  };
  const stop = (event: Event) => event.stopPropagation();
  return html`<div
    class="cluster-list"
    part="cluster-list"
    role="listbox"
    aria-label=${m.clusterEvents(o.indexes.length)}
    style="left:${Math.max(0, o.left)}px;bottom:${o.bottom}px"
    @keydown=${onKeyDown}
    @wheel=${stop}
    @pointerdown=${stop}
    @mousedown=${stop}
    @touchstart=${stop}
    @dblclick=${stop}
  >
    ${o.indexes.slice(0, shown).map((index, i) => {
      const item = o.items[index]!;
      return html`<div
        role="option"
        class="cluster-option"
        data-id=${item.id}
        data-index=${index}
        tabindex=${i === current ? '0' : '-1'}
        aria-selected=${item.id === o.selected ? 'true' : 'false'}
        aria-setsize=${o.indexes.length}
        aria-posinset=${i + 1}
        aria-label=${o.nameOf(item)}
        @click=${choose}
      >
        <span class="list-dot" aria-hidden="true"></span><bdi>${textIn(item.event.title, o.lang)}</bdi>
      </div>`;
    })}${
      left > 0
        ? html`<div
            role="option"
            class="cluster-option cluster-more"
            part="cluster-more"
            data-more=""
            tabindex="-1"
            aria-selected="false"
            @click=${choose}
          >
            ${m.clusterMore(Math.min(CLUSTER_LIST_PAGE, left), left)}
          </div>`
        : nothing
    }
  </div>`;
}

/** The list view toggle's icon: lines of a list, inheriting the button's colour. */
