import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { detailsMessagesFor } from '../../i18n/details-messages.js';
import { dirOf, toLang } from '../../i18n/messages.js';
import type { Dataset, Excerpt, Lang, Source } from '../../model/types.js';
import { tokens } from '../../styles/tokens.js';
import { sharedStyles } from '../../styles/shared.js';
import { citationsOf, textIn, type Citation } from './citations.js';
import { groupBySpan, paragraphsOf, segmentGroups, withoutMark, type Segment, type SpanGroup } from './segments.js';
import { sourceViewStyles } from './source-view.styles.js';
import { sourceMetaTemplate } from './source-meta.js';

/** A cited span of the article and the citation it stands for. */
interface MarkSpan {
  start: number;
  end: number;
  citation: Citation;
}

const markFor = (citation: Citation): MarkSpan => ({
  start: citation.excerpt.start,
  end: citation.excerpt.end,
  citation,
});

/**
 * The reader of one source article: its whole text, with every excerpt the dataset cites from it
 * marked, and one excerpt highlighted and scrolled into view. Each paragraph is a `<p data-start>`
 * holding its offset in the text, and its text nodes, in order, are exactly the paragraph's text, so
 * a selection in the reader maps back to offsets in the article (selection-offsets.ts).
 *
 * @summary Shows a source article with its cited excerpts marked; activating a mark asks to select its event.
 *
 * @fires {CustomEvent<TarikhSourceSelectDetail>} tarikh-source-select - A marked excerpt was activated (click, Enter or Space): `detail.id` is
 * the id of the event citing it. Bubbles and is composed.
 *
 * @csspart source - The reader: heading, source line and article text.
 * @csspart mark - A cited excerpt (`<mark>`); those of other events are buttons named "event title: excerpt text".
 * @csspart mark-current - The highlighted excerpt (in addition to `mark`).
 *
 * @cssprop [--tarikh-mark-background=color-mix(in srgb, var(--tarikh-accent) 16%, transparent)] - Background of cited excerpts.
 * @cssprop [--tarikh-mark-current-background=color-mix(in srgb, var(--tarikh-selection) 22%, transparent)] - Background of the highlighted excerpt.
 * @cssprop [--tarikh-quote-font-family-ar=var(--tarikh-font-family-ar)] - Font stack for Arabic article and quote text (a Naskh face reads best).
 * @cssprop [--tarikh-quote-line-height=1.9] - Line height of article and quote text.
 */
export class TarikhSourceView extends LitElement {
  static override styles = [tokens, sharedStyles, sourceViewStyles];

  /** The article to show. */
  @property({ attribute: false }) source: Source | null = null;

  /**
   * The dataset, to find every excerpt citing this source and the event each belongs to. (Named `data`
   * like `<tarikh-timeline>`'s: `dataset` is HTMLElement's map of `data-*` attributes.) Its citations are
   * gathered once per dataset object: to change the dataset, give a new one.
   */
  @property({ attribute: false }) data: Dataset | null = null;

  /** The excerpt to highlight and scroll into view (matched by identity, else by source and offsets). */
  @property({ attribute: false }) highlight: Excerpt | null = null;

  /** UI language (`ar` or `en`) for headings, dates and labels; the article keeps its own language. Defaults to the nearest `lang`. */
  @property({ reflect: true }) override lang = '';

  /** The effective UI language: the `lang` attribute, else the nearest ancestor's, else English. */
  get language(): Lang {
    if (this.lang) return toLang(this.lang);
    const owner = this.parentElement?.closest('[lang]');
    return toLang(owner?.getAttribute('lang') ?? document.documentElement.lang);
  }

  protected override updated(changed: PropertyValues<this>) {
    if (!changed.has('highlight') && !changed.has('source')) return;
    this.revealCurrent();
    // A web font arriving after the first layout reflows the article; centre the excerpt again then.
    if (document.fonts?.status === 'loading') {
      const highlight = this.highlight;
      void document.fonts.ready.then(() => {
        if (this.isConnected && this.highlight === highlight) this.revealCurrent();
      });
    }
  }

  /**
   * Scrolls the highlighted excerpt to the middle of the reader. When the reader scrolls itself
   * (the usual case, inside a sized box) only its own scroll position changes, so the page never
   * jumps; standing unsized in a page, it falls back to scrollIntoView if the mark is off screen.
   */
  revealCurrent() {
    const mark = this.renderRoot.querySelector<HTMLElement>('[part~="mark-current"]');
    if (!mark) return;
    if (this.scrollHeight > this.clientHeight + 1) {
      const m = mark.getBoundingClientRect();
      const box = this.getBoundingClientRect();
      const top = this.scrollTop + (m.top - box.top - this.clientTop) - (this.clientHeight - m.height) / 2;
      this.scrollTo({ top: Math.max(0, top), behavior: 'instant' });
    } else {
      const m = mark.getBoundingClientRect();
      if (m.bottom < 0 || m.top > innerHeight) mark.scrollIntoView({ block: 'center', behavior: 'instant' });
    }
  }

  override render() {
    const lang = this.language;
    const m = detailsMessagesFor(lang);
    const source = this.source;
    if (!source || typeof source.text !== 'string') {
      return html`<div part="source" class="root" lang=${lang} dir=${dirOf(lang)}>
        <p class="empty">${m.noSource}</p>
      </div>`;
    }
    const srcLang = toLang(source.lang);
    const title = textIn(source.title, srcLang);
    const headline = textIn(source.title, lang);
    return html`<div part="source" class="root" lang=${lang} dir=${dirOf(lang)}>
      <header class="head">
        <h2 class="title" lang=${srcLang} dir=${dirOf(srcLang)}><bdi>${title}</bdi></h2>
        ${
          lang !== srcLang && headline && headline !== title
            ? html`<p class="headline"><bdi>${headline}</bdi></p>`
            : nothing
        }
        <p class="meta">${sourceMetaTemplate(source, lang, m)}</p>
      </header>
      <article
        class="text"
        lang=${srcLang}
        dir=${dirOf(srcLang)}
        aria-label=${m.sourceText}
        @click=${this.onMarkClick}
        @keydown=${this.onMarkKey}
      >
        ${this.renderText(source, lang)}
      </article>
    </div>`;
  }

  private renderText(source: Source, lang: Lang) {
    const text = source.text;
    const citations = citationsOf(this.data, source.id);
    const current = this.highlight && this.highlight.source === source.id ? this.highlight : null;
    // The highlighted excerpt is drawn as the current mark, not also as a button to its own event.
    let own = citations.findIndex((c) => c.excerpt === current);
    if (own < 0 && current)
      own = citations.findIndex((c) => c.excerpt.start === current.start && c.excerpt.end === current.end);
    const groups = this.markGroups(citations, own);
    return paragraphsOf(text).map((paragraph) => {
      const segments = segmentGroups(paragraph, groups, current);
      const pieces: (TemplateResult | string)[] = [];
      for (let i = 0; i < segments.length; i++) {
        if (!segments[i]!.current) {
          pieces.push(this.renderSegment(text, segments[i]!, lang));
          continue;
        }
        const inner: (TemplateResult | string)[] = [];
        for (; i < segments.length && segments[i]!.current; i++)
          inner.push(this.renderSegment(text, segments[i]!, lang));
        i--;
        pieces.push(html`<mark part="mark mark-current" class="current" aria-current="true">${inner}</mark>`);
      }
      // Where the paragraph starts in the text: selection-offsets.ts maps a selection back to offsets by it.
      return html`<p data-start=${paragraph.start}>${pieces}</p>`;
    });
  }

  /** The marks of the citations last drawn, grouped by span (see `markGroups`). */
  private grouped: { citations: readonly Citation[]; groups: SpanGroup<MarkSpan>[] } | null = null;

  /**
   * The marks of the citations but the highlighted one (`own`), grouped by span. The groups are made once
   * for the citations, and the highlighted one is taken out of them: at a million events a source is cited
   * some 80,000 times, and making a mark of each on every render and grouping them again for each paragraph
   * made each new highlight in an open reader a render of 22–52 ms (4–9 ms now).
   */
  private markGroups(citations: readonly Citation[], own: number): readonly SpanGroup<MarkSpan>[] {
    if (this.grouped?.citations !== citations)
      this.grouped = { citations, groups: groupBySpan(citations.map(markFor)) };
    const left = citations[own];
    return left
      ? withoutMark(this.grouped.groups, left.excerpt, (mark) => mark.citation === left)
      : this.grouped.groups;
  }

  private renderSegment(text: string, segment: Segment<MarkSpan>, lang: Lang): TemplateResult | string {
    const piece = text.slice(segment.start, segment.end);
    if (!segment.owner) return piece;
    const event = segment.owner.citation.event;
    const title = textIn(event.title, lang) || String(event.id);
    // Named by its event first; the visible words stay in the name so voice control can target them
    // (WCAG 2.5.3, label in name).
    const name = `${title}: ${piece}`;
    return html`<mark
      part="mark"
      class=${classMap({ other: true, overlap: segment.overlap })}
      role="button"
      tabindex="0"
      aria-label=${name}
      title=${title}
      data-event=${String(event.id)}
      >${piece}</mark
    >`;
  }

  private markOf(e: Event): HTMLElement | null {
    const target = e.target as Element | null;
    return target?.closest?.<HTMLElement>('mark[data-event]') ?? null;
  }

  private onMarkClick = (e: MouseEvent) => {
    const mark = this.markOf(e);
    if (mark) this.selectEvent(mark.dataset.event!);
  };

  private onMarkKey = (e: KeyboardEvent) => {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    const mark = this.markOf(e);
    if (!mark) return;
    // Space would scroll the reader; a button swallows it.
    e.preventDefault();
    if (!e.repeat) this.selectEvent(mark.dataset.event!);
  };

  private selectEvent(id: string) {
    this.dispatchEvent(new CustomEvent('tarikh-source-select', { detail: { id }, bubbles: true, composed: true }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'tarikh-source-view': TarikhSourceView;
  }
}
