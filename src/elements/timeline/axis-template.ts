import { html, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Lang } from '../../model/types.js';
import { axisTicks, type Measure } from '../../time/ticks.js';
import { physicalX, type View } from '../../time/view.js';
import { moveTo } from './move-to.js';

/** Space kept between a context label and the next one. */
const CONTEXT_GAP = 8;

/**
 * The two-tier axis: fine ticks labelled at their position, and the coarser periods they belong to
 * named at the reading start of each period (pinned to the edge while the period is in view).
 */
export function axisTemplate(view: View, lang: Lang, measure: Measure, cacheKey: string): TemplateResult {
  const { width, rtl } = view;
  const ticks = axisTicks(view.start, view.end, width, lang, measure, cacheKey);
  const fine = ticks.fine.flatMap((tick) => {
    const x = physicalX(view, tick.time);
    // A label centred on a tick at the very edge would be cut in half; the tick stays, the label goes.
    const half = measure(tick.label) / 2;
    const labelled = x - half >= 0 && x + half <= width;
    return [{ time: tick.time, x, label: labelled ? tick.label : '' }];
  });
  const contexts = ticks.context.map((tick, i) => {
    const next = ticks.context[i + 1];
    const u = Math.max(0, rtl ? width - physicalX(view, tick.time) : physicalX(view, tick.time));
    const uNext = next ? (rtl ? width - physicalX(view, next.time) : physicalX(view, next.time)) : width;
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
