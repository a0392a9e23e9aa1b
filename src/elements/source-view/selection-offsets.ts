/**
 * From a selection in the reader (`<tarikh-source-view>`) back to UTF-16 offsets in the article's
 * text, for citing by selecting. The reader draws each paragraph as a `<p data-start>` whose text
 * nodes, in order, are exactly the paragraph's text, however the marks cut it; so an offset is a
 * paragraph's start plus the lengths of the text nodes before the boundary. Boundaries outside the
 * paragraphs (in the heading, between paragraphs, on an element rather than in a text node) move to
 * the nearest text inside the selection, and both ends widen to whole grapheme clusters: what the
 * reader saw selected is a whole letter with its marks.
 */
import type { Span } from './segments.js';

/** A text node of the article and where its text starts in the source's text. */
export interface TextRun {
  node: Text;
  start: number;
}

/** The article's text nodes inside paragraphs, in document order, with their offsets. */
export function textRuns(article: ParentNode): TextRun[] {
  const runs: TextRun[] = [];
  for (const paragraph of article.querySelectorAll<HTMLElement>('p[data-start]')) {
    let at = Number(paragraph.dataset.start);
    if (!Number.isInteger(at)) continue;
    const walker = paragraph.ownerDocument.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      runs.push({ node, start: at });
      at += node.data.length;
    }
  }
  return runs;
}

/**
 * The offset of a boundary point. In a text node of a run, exact; elsewhere a start moves forward
 * to the first run after it and an end back to the last run before it. Null when no run is on that
 * side.
 */
export function boundaryOffset(
  runs: readonly TextRun[],
  container: Node,
  offset: number,
  side: 'start' | 'end',
): number | null {
  const run = runs.find((r) => r.node === container);
  if (run) return run.start + Math.min(Math.max(0, offset), run.node.data.length);
  const point = container.ownerDocument!.createRange();
  point.setStart(container, offset);
  if (side === 'start') {
    const after = runs.find((r) => point.comparePoint(r.node, 0) >= 0);
    return after ? after.start : null;
  }
  for (let i = runs.length - 1; i >= 0; i--) {
    const r = runs[i]!;
    if (point.comparePoint(r.node, r.node.data.length) <= 0) return r.start + r.node.data.length;
  }
  return null;
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * Widens `[start, end)` to whole grapheme clusters of `text`: a start between a letter and its
 * combining mark (or inside a surrogate pair, an emoji sequence) moves back to the letter, an end
 * there moves forward past the marks.
 */
export function snapToGraphemes(text: string, start: number, end: number): Span {
  if (start >= end) return { start, end };
  const segments = graphemes.segment(text);
  const first = segments.containing(start);
  const last = segments.containing(end - 1);
  return {
    start: first ? first.index : start,
    end: last ? last.index + last.segment.length : end,
  };
}

/**
 * The offsets in `text` of what `range` selects in the reader's `article`, widened to whole
 * grapheme clusters; null when it selects no text of the article.
 */
export function rangeOffsets(article: ParentNode, text: string, range: AbstractRange): Span | null {
  const runs = textRuns(article);
  const start = boundaryOffset(runs, range.startContainer, range.startOffset, 'start');
  const end = boundaryOffset(runs, range.endContainer, range.endOffset, 'end');
  if (start === null || end === null || start >= end) return null;
  return snapToGraphemes(text, Math.min(start, text.length), Math.min(end, text.length));
}

/**
 * The range the page's selection has inside `roots` (the shadow roots it lies in, outermost
 * first), or null; a caret (a collapsed selection) only when `caret` is true. Through
 * `getComposedRanges` where the browser has it, else the shadow root's own `getSelection`
 * (Chromium before 137).
 */
export function selectedRange(roots: ShadowRoot[], caret = false): AbstractRange | null {
  const selection = document.getSelection();
  if (!selection || selection.rangeCount === 0) return null;
  const composed = (
    selection as Selection & { getComposedRanges?: (options: { shadowRoots: ShadowRoot[] }) => StaticRange[] }
  ).getComposedRanges;
  if (composed) {
    const [range] = composed.call(selection, { shadowRoots: roots });
    return range && (caret || !range.collapsed) ? range : null;
  }
  const inner = roots[roots.length - 1] as ShadowRoot & { getSelection?: () => Selection | null };
  const own = inner?.getSelection?.() ?? selection;
  return own.rangeCount && (caret || !own.isCollapsed) ? own.getRangeAt(0) : null;
}
