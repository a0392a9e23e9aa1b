/**
 * What is selected in the workbench's reader, kept up to date from the page's `selectionchange`,
 * as offsets into the article's text (src/elements/source-view/selection-offsets.ts). The last
 * selection made in the reader is kept when the selection moves elsewhere (a tap on "Cite for this
 * event" can clear it on touch screens), and forgotten when the article changes.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { TarikhSourceView } from '../../src/elements/source-view/source-view.js';
import { rangeOffsets, selectedRange } from '../../src/elements/source-view/selection-offsets.js';
import type { Span } from '../../src/elements/source-view/segments.js';
import { applyCaretKey } from './caret-keys.js';

export interface ReaderSelectionHost extends ReactiveControllerHost {
  readonly shadowRoot: ShadowRoot | null;
  /** The reader, when an article is open. */
  readonly reader: TarikhSourceView | null;
}

export class ReaderSelection implements ReactiveController {
  /** The selected span of the open article, and the article's id and text it belongs to. */
  span: (Span & { source: string; text: string }) | null = null;

  constructor(private readonly host: ReaderSelectionHost) {
    host.addController(this);
  }

  hostConnected() {
    document.addEventListener('selectionchange', this.onSelectionChange);
  }

  hostDisconnected() {
    document.removeEventListener('selectionchange', this.onSelectionChange);
  }

  private article(): HTMLElement | null {
    return this.host.reader?.shadowRoot?.querySelector('article') ?? null;
  }

  private range(caret = false): AbstractRange | null {
    const reader = this.host.reader;
    if (!reader?.shadowRoot || !this.host.shadowRoot) return null;
    return selectedRange([this.host.shadowRoot, reader.shadowRoot], caret);
  }

  /** Reads the selection now (the tests and `cite` do not wait for the event). */
  read(): void {
    const article = this.article();
    const source = this.host.reader?.source;
    if (!article || !source) {
      this.clear();
      return;
    }
    if (this.span && this.span.source !== source.id) this.clear();
    const range = this.range();
    if (!range) {
      // A click in the article leaves a caret there: the reader then has nothing selected.
      const caret = this.range(true);
      if (caret && article.contains(caret.startContainer)) this.clear();
      return;
    }
    // One end in the article is enough (rangeOffsets clips the other to it); none is not the reader's.
    if (!article.contains(range.startContainer) && !article.contains(range.endContainer)) return;
    const span = rangeOffsets(article, source.text, range);
    if (!span) return;
    if (this.span?.start === span.start && this.span?.end === span.end && this.span.source === source.id) return;
    this.span = { ...span, source: source.id, text: source.text };
    this.host.requestUpdate();
  }

  clear() {
    if (!this.span) return;
    this.span = null;
    this.host.requestUpdate();
  }

  private onSelectionChange = () => this.read();

  /** Shift and the arrows in the reader select; plain arrows move the caret. */
  onKeydown = (event: KeyboardEvent) => {
    const article = this.article();
    if (!article) return;
    const caret = this.range(true);
    const inArticle = !!caret && article.contains(caret.endContainer);
    if (applyCaretKey(event, article, inArticle)) {
      event.preventDefault();
      this.read();
    }
  };
}
