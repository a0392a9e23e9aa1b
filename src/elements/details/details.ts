import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { detailsMessagesFor, type DetailsMessages } from '../../i18n/details-messages.js';
import { dirOf, toLang } from '../../i18n/messages.js';
import type { Dataset, Excerpt, Lang, Source, TimelineEvent } from '../../model/types.js';
import { tokens } from '../../styles/tokens.js';
import { sharedStyles } from '../../styles/shared.js';
import { citingEventCounts, findSource, textIn } from '../source-view/citations.js';
import { formatPublished, sourceMetaTemplate } from '../source-view/source-meta.js';
// The reader's class module (not its define file): declares the tag this panel renders.
import '../source-view/source-view.js';
import { detailsStyles } from './details.styles.js';
import { formatEventDate } from './event-date.js';
import { independenceLine } from './independence.js';
import { StoryNav, type StoryStep } from './story-nav.js';
import { storyNavStyles } from './story-nav.styles.js';

type View =
  | { kind: 'event' }
  | { kind: 'sources' }
  | {
      kind: 'reader';
      sourceId: string;
      highlight: Excerpt | null;
      /** Where "back" goes, and the control to focus there. */
      back: 'event' | 'sources';
      returnFocus: string;
    };

const ARABIC = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]/;

/**
 * The details of one event: its title, date, place, track and summary, the verbatim excerpts it rests
 * on (original, translation, source), where sources disagree both accounts side by side, and a reader
 * showing each excerpt in its article.
 *
 * Give the element a height (or a box that sizes it): it fills it and scrolls inside. It reads well from
 * 320 px wide to full width. `Escape` inside it goes back from the reader or the sources list to the
 * event, and on the event fires `tarikh-details-close`; the key does not propagate further.
 *
 * @summary The details panel of an event, with its source excerpts and a reader for each source.
 *
 * @fires {CustomEvent<null>} tarikh-details-close - The close button was pressed, or Escape inside the event view. No detail.
 * @fires {CustomEvent<TarikhSourceSelectDetail>} tarikh-source-select - A marked excerpt of another event was activated in the reader:
 * `detail.id` is the event's id. Bubbles and is composed (it comes from `<tarikh-source-view>`).
 * @fires {CustomEvent<TarikhStoryStepDetail>} tarikh-story-step - "Previous" or "Next" was activated (also `[` / `]`, mirrored in Arabic, or a sideways
 * swipe): `detail.id` is the event to show, `detail.direction` is `'previous'` or `'next'`. Bubbles and is composed.
 *
 * @csspart details - The panel.
 * @csspart excerpt - An excerpt card (quote, translation, source line, "read in context").
 * @csspart excerpt-disputed - An excerpt card among competing accounts (in addition to `excerpt`).
 * @csspart source - The source reader (exported from `<tarikh-source-view>`).
 * @csspart mark - A cited excerpt in the reader.
 * @csspart mark-current - The highlighted excerpt in the reader.
 * @csspart story-nav - With `story`: "Previous" and "Next" with the neighbouring events' titles, and "3 of 40".
 *
 * @cssprop [--tarikh-quote-font-family-ar=var(--tarikh-font-family-ar)] - Font stack for Arabic quotes (a Naskh face reads best).
 * @cssprop [--tarikh-quote-line-height=1.9] - Line height of quotes.
 * @cssprop [--tarikh-dispute-color=var(--tarikh-disputed, #9a5b00)] - Accent of the "sources disagree" section (dark: `#f2b35b`).
 * @cssprop [--tarikh-details-font-size=14px] - Base text size of the panel.
 */
export class TarikhDetails extends LitElement {
  static override styles = [tokens, sharedStyles, detailsStyles, storyNavStyles];

  /** The event to show; null shows an empty panel. Changing it returns to the event view. */
  @property({ attribute: false }) event: TimelineEvent | null = null;

  /**
   * The dataset the event belongs to, for sources, track labels and the sources list. (Named `data`
   * like `<tarikh-timeline>`'s: `dataset` is HTMLElement's map of `data-*` attributes.) Its citations are
   * counted once per dataset object: to change the dataset, give a new one.
   */
  @property({ attribute: false }) data: Dataset | null = null;

  /** UI language (`ar` or `en`); `ar` lays the panel out right to left. Defaults to the nearest `lang`. */
  @property({ reflect: true }) override lang = '';

  /** Excerpts whose quote does not match their source text; their cards say so. */
  @property({ attribute: false }) unverified: ReadonlySet<Excerpt> = new Set();

  /**
   * Where the event stands in the story a reader steps through, and its neighbours there; null shows no
   * "Previous" and "Next". `<tarikh-timeline>` sets it.
   */
  @property({ attribute: false }) story: StoryStep | null = null;

  @state() private view: View = { kind: 'event' };
  /** Cards whose hidden translation is shown. */
  @state() private expanded: ReadonlySet<Excerpt> = new Set();
  /** A selector in the shadow root to focus after the next render. */
  private pendingFocus: string | null = null;
  private readonly storyNav = new StoryNav(this);

  /** The effective UI language: the `lang` attribute, else the nearest ancestor's, else English. */
  get language(): Lang {
    if (this.lang) return toLang(this.lang);
    const owner = this.parentElement?.closest('[lang]');
    return toLang(owner?.getAttribute('lang') ?? document.documentElement.lang);
  }

  /** The panel's title in the UI language, for an embedding dialog's `aria-label` (ids do not cross shadow roots). */
  get label(): string {
    return this.event ? textIn(this.event.title, this.language) : detailsMessagesFor(this.language).details;
  }

  /** Moves focus to the panel's heading (in the event view) so a screen reader starts there. */
  focusHeading() {
    if (this.view.kind !== 'event') this.view = { kind: 'event' };
    this.pendingFocus = '#title';
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('event')) {
      const hadFocus = this.hasUpdated && this.matches(':focus-within');
      this.view = { kind: 'event' };
      this.expanded = new Set();
      // The reader that had focus is gone (a mark selected another event): keep focus in the panel.
      // After "Previous" or "Next", on the control pressed, so that the reader can press it again.
      if (hadFocus) this.pendingFocus = this.storyNav.takeFocus() ?? '#title';
    }
  }

  protected override updated() {
    if (!this.pendingFocus) return;
    const target = this.renderRoot.querySelector<HTMLElement>(this.pendingFocus);
    this.pendingFocus = null;
    target?.focus();
  }

  override render() {
    const lang = this.language;
    const m = detailsMessagesFor(lang);
    const view = this.view;
    const reader = view.kind === 'reader';
    return html`<section
      part="details"
      class=${reader ? 'panel reader' : 'panel'}
      lang=${lang}
      dir=${dirOf(lang)}
      aria-labelledby=${view.kind === 'event' && this.event ? 'title' : nothing}
      aria-label=${view.kind === 'event' && this.event ? nothing : m.details}
      @keydown=${this.onKeyDown}
    >
      ${
        view.kind === 'reader'
          ? this.renderReader(view, lang, m)
          : view.kind === 'sources'
            ? this.renderSources(lang, m)
            : this.renderEvent(lang, m)
      }
    </section>`;
  }

  // ——— The event ———

  private renderEvent(lang: Lang, m: DetailsMessages) {
    const event = this.event;
    if (!event) {
      return html`<header class="head">
          <p class="empty">${m.noEvent}</p>
          ${this.renderClose(m)}
        </header>
        ${this.renderSourcesButton(m)}`;
    }
    const date = formatEventDate(event, lang);
    const place = textIn(event.place, lang);
    const trackLabel = textIn(this.data?.tracks?.find((t) => t?.id === event.track)?.label, lang);
    const summary = textIn(event.summary, lang);
    const excerpts = Array.isArray(event.excerpts) ? event.excerpts : [];
    const disputes = Array.isArray(event.disputes) ? event.disputes.filter((d) => d && typeof d === 'object') : [];
    return html`<header class="head">
        <h2 id="title" tabindex="-1"><bdi>${textIn(event.title, lang)}</bdi></h2>
        ${this.renderClose(m)}
      </header>
      <dl class="facts">
        ${
          date
            ? html`<div>
                <dt>${m.when}</dt>
                <dd>
                  <time datetime=${String(event.date)}><bdi>${date}</bdi></time>
                </dd>
              </div>`
            : nothing
        }
        ${
          place
            ? html`<div>
                <dt>${m.where}</dt>
                <dd><bdi>${place}</bdi></dd>
              </div>`
            : nothing
        }
        ${
          trackLabel
            ? html`<div>
                <dt>${m.track}</dt>
                <dd><bdi>${trackLabel}</bdi></dd>
              </div>`
            : nothing
        }
      </dl>
      ${summary ? html`<p class="summary"><bdi>${summary}</bdi></p>` : nothing}
      ${
        disputes.length
          ? html`<section class="disputes" aria-labelledby="disputes-title">
              <h3 id="disputes-title"><span class="badge dispute-badge">${m.sourcesDisagree}</span></h3>
              ${disputes.map(
                (dispute, i) =>
                  html`<div class="dispute">
                    <p class="note"><bdi>${textIn(dispute.note, lang)}</bdi></p>
                    <ul class="accounts" role="list">
                      ${(Array.isArray(dispute.excerpts) ? dispute.excerpts : []).map(
                        (excerpt, j) =>
                          html`<li aria-label=${m.account(j + 1)}>
                            ${this.renderCard(excerpt, `d${i}-${j}`, true, lang, m)}
                          </li>`,
                      )}
                    </ul>
                  </div>`,
              )}
            </section>`
          : nothing
      }
      ${
        excerpts.length
          ? html`<section class="excerpts" aria-labelledby="excerpts-title">
              <h3 id="excerpts-title">${m.excerpts}</h3>
              ${independenceLine(event, this.data, lang)}
              <ul class="cards" role="list">
                ${excerpts.map((excerpt, i) => html`<li>${this.renderCard(excerpt, `x${i}`, false, lang, m)}</li>`)}
              </ul>
            </section>`
          : event.context === true
            ? nothing
            : // The contract asks every event of the story to rest on an excerpt; one that cites none
              // is still shown (its date and title are valid), and says so where its sources would be.
              html`<section class="excerpts" aria-labelledby="excerpts-title">
                <h3 id="excerpts-title">${m.excerpts}</h3>
                <p class="unverified unsourced" role="note">
                  <span class="badge unverified-badge">${m.unsourced}</span>
                  <span class="hint">${m.unsourcedHint}</span>
                </p>
              </section>`
      }
      ${this.renderSourcesButton(m)} ${this.storyNav.render(lang, m)}`;
  }

  private renderCard(excerpt: Excerpt, key: string, disputed: boolean, lang: Lang, m: DetailsMessages) {
    if (!excerpt || typeof excerpt !== 'object') return nothing;
    const source = findSource(this.data, excerpt.source);
    const quote = typeof excerpt.quote === 'string' ? excerpt.quote : '';
    const srcLang: Lang = source ? toLang(source.lang) : ARABIC.test(quote) ? 'ar' : 'en';
    const other: Lang = srcLang === 'ar' ? 'en' : 'ar';
    const unverified = this.unverified?.has?.(excerpt) ?? false;
    // A reader of the source's language gets the quote itself, with the other language's translation on
    // request; anyone else gets the translation into their language under the quote.
    const translationLang: Lang = srcLang === lang ? other : lang;
    const raw = excerpt.translation?.[translationLang];
    const translation = typeof raw === 'string' && raw.trim() && raw !== quote ? raw : '';
    const behindToggle = srcLang === lang;
    const open = !behindToggle || this.expanded.has(excerpt);
    return html`<article part=${disputed ? 'excerpt excerpt-disputed' : 'excerpt'} class="card" data-key=${key}>
      ${
        unverified
          ? html`<p class="unverified" role="note">
              <span class="badge unverified-badge">${m.unverified}</span> <span class="hint">${m.unverifiedHint}</span>
            </p>`
          : nothing
      }
      <blockquote class="quote" lang=${srcLang} dir=${dirOf(srcLang)}>${quote}</blockquote>
      ${
        translation
          ? html`${
                behindToggle
                  ? html`<button
                      class="toggle"
                      type="button"
                      aria-expanded=${open ? 'true' : 'false'}
                      aria-controls=${`tr-${key}`}
                      @click=${() => this.toggleTranslation(excerpt)}
                    >
                      ${m.translation}
                    </button>`
                  : nothing
              }
              <div class="translation" id=${`tr-${key}`} ?hidden=${!open}>
                <span class="caption">${m.translationOf(translationLang)}</span>
                <p lang=${translationLang} dir=${dirOf(translationLang)}>${translation}</p>
              </div>`
          : nothing
      }
      <p class="cite">
        ${source ? sourceMetaTemplate(source, lang, m) : html`<span class="missing">${m.missingSource}</span>`}
      </p>
      ${
        source
          ? html`<button
              class="read"
              type="button"
              data-key=${key}
              @click=${() => this.openReader(source.id, excerpt, 'event', `button.read[data-key="${key}"]`)}
            >
              ${m.readInContext}
            </button>`
          : nothing
      }
    </article>`;
  }

  private toggleTranslation(excerpt: Excerpt) {
    const next = new Set(this.expanded);
    if (!next.delete(excerpt)) next.add(excerpt);
    this.expanded = next;
  }

  private renderClose(m: DetailsMessages) {
    return html`<button class="close" type="button" aria-label=${m.close} title=${m.close} @click=${this.close}>
      <span aria-hidden="true">×</span>
    </button>`;
  }

  // ——— The sources list ———

  private get sources(): Source[] {
    return (Array.isArray(this.data?.sources) ? this.data.sources : []).filter(
      (s): s is Source => !!s && typeof s === 'object' && typeof s.id === 'string',
    );
  }

  private renderSourcesButton(m: DetailsMessages) {
    const count = this.sources.length;
    if (!count) return nothing;
    return html`<p class="all-sources">
      <button class="sources-button" type="button" @click=${this.openSources}>${m.allSources(count)}</button>
    </p>`;
  }

  private openSources = () => {
    this.view = { kind: 'sources' };
    this.pendingFocus = '.back';
  };

  private renderSources(lang: Lang, m: DetailsMessages) {
    const counts = citingEventCounts(this.data);
    return html`${this.renderBar(m.backToEvent, lang, m)}
      <div class="sources">
        <h2 id="sources-title">${m.sources}</h2>
        <ul class="source-list" role="list" aria-labelledby="sources-title">
          ${this.sources.map((source, i) => {
            const srcLang = toLang(source.lang);
            const published = formatPublished(source.published, lang);
            const headline = textIn(source.title, lang);
            const title = textIn(source.title, srcLang);
            return html`<li>
              <button
                class="source-item"
                type="button"
                data-index=${i}
                @click=${() => this.openReader(source.id, null, 'sources', `button.source-item[data-index="${i}"]`)}
              >
                <span class="source-title" lang=${srcLang} dir=${dirOf(srcLang)}><bdi>${title}</bdi></span>
                ${headline !== title ? html`<span class="source-headline"><bdi>${headline}</bdi></span>` : nothing}
                <span class="source-meta"
                  ><bdi>${textIn(source.outlet, lang)}</bdi>${
                    published ? html`<span class="sep" aria-hidden="true">·</span><bdi>${published}</bdi>` : nothing
                  }<span class="sep" aria-hidden="true">·</span
                  ><span class="count">${m.citedBy(counts.get(source.id) ?? 0)}</span></span
                >
              </button>
            </li>`;
          })}
        </ul>
      </div>`;
  }

  // ——— The reader ———

  private openReader(sourceId: string, highlight: Excerpt | null, back: 'event' | 'sources', returnFocus: string) {
    this.view = { kind: 'reader', sourceId, highlight, back, returnFocus };
    this.pendingFocus = '.back';
  }

  private renderReader(view: Extract<View, { kind: 'reader' }>, lang: Lang, m: DetailsMessages) {
    return html`${this.renderBar(view.back === 'event' ? m.backToEvent : m.backToSources, lang, m)}
      <tarikh-source-view
        exportparts="source, mark, mark-current"
        lang=${lang}
        .source=${findSource(this.data, view.sourceId) ?? null}
        .data=${this.data}
        .highlight=${view.highlight}
      ></tarikh-source-view>`;
  }

  private renderBar(label: string, lang: Lang, m: DetailsMessages): TemplateResult {
    return html`<div class="bar">
      <button class="back" type="button" @click=${this.back}>
        <span aria-hidden="true">${lang === 'ar' ? '→' : '←'}</span> ${label}
      </button>
      ${this.renderClose(m)}
    </div>`;
  }

  private back = () => {
    const view = this.view;
    if (view.kind === 'reader' && view.back === 'sources') {
      this.view = { kind: 'sources' };
      this.pendingFocus = view.returnFocus;
    } else {
      this.view = { kind: 'event' };
      this.pendingFocus = view.kind === 'reader' ? view.returnFocus : '.sources-button';
    }
  };

  // ——— Closing ———

  private close = () => {
    this.dispatchEvent(new CustomEvent('tarikh-details-close', { bubbles: true, composed: true }));
  };

  private onKeyDown = (e: KeyboardEvent) => {
    if (this.storyNav.onKey(e)) return;
    if (e.key !== 'Escape' || e.isComposing) return;
    // The panel handles Escape itself (back one level, or close), so an embedding element reacting to
    // Escape too would act twice.
    e.stopPropagation();
    e.preventDefault();
    if (this.view.kind === 'event') this.close();
    else this.back();
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'tarikh-details': TarikhDetails;
  }
}
