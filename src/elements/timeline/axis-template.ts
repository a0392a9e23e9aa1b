import { html, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Lang } from '../../model/types.js';
import { axisTicks, type Measure } from '../../time/ticks.js';
import { physicalX, pxPerMs, type View } from '../../time/view.js';
import { overMark, type FoldMark } from './fold-marks.js';
import { moveTo } from './move-to.js';

/** Space kept between a context label and the next one. */
const CONTEXT_GAP = 8;

/**
 * The two-tier axis: fine ticks labelled at their position, and the coarser periods they belong to
 * named at the reading start of each period (pinned to the edge while the period is in view).
 * On a folded axis, ticks are as dense as the unfolded stretches allow, and none is drawn, nor any
 * label, over a fold's mark; a period starting in a fold is named after it.
 */
export function axisTemplate(
  view: View,
  lang: Lang,
  measure: Measure,
  cacheKey: string,
  marks: readonly FoldMark[] = [],
): TemplateResult {
  const { width, rtl } = view;
  // Folded, the pixels a step spans are those of the unfolded stretches: the width at their scale.
  const span = view.fold ? pxPerMs(view) * (view.end - view.start) : width;
  const ticks = axisTicks(view.start, view.end, span, lang, measure, cacheKey);
  const fine = ticks.fine.flatMap((tick) => {
    const x = physicalX(view, tick.time);
    if (marks.length && overMark(marks, x, x)) return [];
    // A label centred on a tick at the very edge would be cut in half; the tick stays, the label goes.
    const half = measure(tick.label) / 2;
    const labelled = x - half >= 0 && x + half <= width && !(marks.length && overMark(marks, x - half, x + half, 4));
    return [{ time: tick.time, x, label: labelled ? tick.label : '' }];
  });
  // Marks in reading order, as logical spans.
  const folds = marks
    .map((mark) =>
      rtl
        ? { u0: width - mark.left - mark.width, u1: width - mark.left }
        : { u0: mark.left, u1: mark.left + mark.width },
    )
    .sort((a, b) => a.u0 - b.u0);
  const contexts = ticks.context.map((tick, i) => {
    const next = ticks.context[i + 1];
    let u = Math.max(0, rtl ? width - physicalX(view, tick.time) : physicalX(view, tick.time));
    for (const fold of folds) if (u >= fold.u0 - CONTEXT_GAP && u < fold.u1) u = fold.u1 + CONTEXT_GAP / 2;
    let uNext = next ? (rtl ? width - physicalX(view, next.time) : physicalX(view, next.time)) : width;
    for (const fold of folds) if (fold.u1 > u && fold.u0 < uNext) uNext = fold.u0;
    const room = Math.min(uNext, width) - u - CONTEXT_GAP;
    return { label: tick.label, u, room };
  });
  return html`<div class="axis" part="axis" aria-hidden="true">
    ${repeat(
      fine,
      (tick) => tick.time,
      ({ x, label }) =>
        html`<div class="tick" ${moveTo(x)}>${label ? html`<span class="tick-label">${label}</span>` : ''}</div>`,
    )}
    ${contexts
      .filter((c) => c.room >= Math.min(measure(c.label), 48))
      .map(
        (c) =>
          html`<span
            class="context-label"
            style="transform:translateX(${rtl ? width - c.u : c.u}px)${rtl ? ' translateX(-100%)' : ''};max-width:${c.room}px"
            >${c.label}</span
          >`,
      )}
  </div>`;
}
