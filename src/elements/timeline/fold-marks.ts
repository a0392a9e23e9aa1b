import { html, nothing, type TemplateResult } from 'lit';
import { messagesFor } from '../../i18n/messages.js';
import type { Lang } from '../../model/types.js';
import { gapLength, type Stretch } from '../../time/fold.js';
import { physicalX, type View } from '../../time/view.js';

/** A folded stretch drawn in the view: its physical box in pixels, and its length written out. */
export interface FoldMark {
  start: number;
  end: number;
  left: number;
  width: number;
  /** "8 months" */
  length: string;
}

/** The folded stretches that reach into the view, left to right in physical pixels. */
export function foldMarks(view: View, gaps: readonly Stretch[], lang: Lang): FoldMark[] {
  const marks: FoldMark[] = [];
  for (const gap of gaps) {
    if (gap.end < view.start || gap.start > view.end) continue;
    const x0 = physicalX(view, gap.start);
    const x1 = physicalX(view, gap.end);
    const left = Math.min(x0, x1);
    const width = Math.abs(x1 - x0);
    if (left + width < 0 || left > view.width) continue;
    marks.push({ start: gap.start, end: gap.end, left, width, length: foldLengthText(gap, lang) });
  }
  return marks.sort((a, b) => a.left - b.left);
}

/** A stretch's length written out in a language: "8 months". */
export function foldLengthText(stretch: Stretch, lang: Lang): string {
  const { count, unit } = gapLength(stretch.end - stretch.start);
  return messagesFor(lang).foldLength(count, unit);
}

/** What the live region says of a stretch shown in full: "8 months without events, shown in full". */
export const unfoldedText = (stretch: Stretch, lang: Lang) => messagesFor(lang).unfolded(foldLengthText(stretch, lang));

/** Whether a span of the axis [x0, x1] (physical pixels) reaches into a mark, with `margin` to spare. */
export function overMark(marks: readonly FoldMark[], x0: number, x1: number, margin = 2): boolean {
  return marks.some((mark) => x1 > mark.left - margin && x0 < mark.left + mark.width + margin);
}

/**
 * The break marks on the axis, one button per folded stretch: its length written out ("8 months")
 * over an axis break; activating it shows the stretch in full.
 */
export function foldMarksTemplate(
  marks: readonly FoldMark[],
  lang: Lang,
  onUnfold: (start: number) => void,
): TemplateResult | typeof nothing {
  if (!marks.length) return nothing;
  const m = messagesFor(lang);
  return html`${marks.map(
    (mark) =>
      html`<button
        type="button"
        class="fold-mark"
        part="fold-mark"
        style="left:${mark.left}px;width:${mark.width}px"
        aria-label=${m.foldMark(mark.length)}
        @click=${() => onUnfold(mark.start)}
        @pointerdown=${stopPropagation}
        @dblclick=${stopPropagation}
      >
        <span class="fold-break" aria-hidden="true"></span><span class="fold-length">${mark.length}</span>
      </button>`,
  )}`;
}

// A press on a mark is not the start of a pan, nor a double-click zoom.
const stopPropagation = (event: Event) => event.stopPropagation();
