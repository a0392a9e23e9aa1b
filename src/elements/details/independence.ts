import { html, nothing, type TemplateResult } from 'lit';
import { independenceMessagesFor } from '../../i18n/independence-messages.js';
import { independenceOf } from '../../model/independence.js';
import type { Dataset, Lang, TimelineEvent } from '../../model/types.js';
import { textIn } from '../source-view/citations.js';

/**
 * The line above an event's excerpts saying how many sources it rests on and how many are
 * independent, with the dataset's note on each copy that makes the difference: "2 sources,
 * 1 independent: 000 reproduces AFP's report (002) word for word". Nothing when no source is cited.
 */
export function independenceLine(
  event: TimelineEvent,
  data: Dataset | null,
  lang: Lang,
): TemplateResult | typeof nothing {
  const { sources, independent, copies } = independenceOf(event, data);
  if (!sources.length) return nothing;
  const notes = copies.map((c) => textIn(c.note, lang)).filter((note) => note);
  return html`<p class="independence">
    ${independenceMessagesFor(lang).count(sources.length, independent)}${
      notes.length
        ? html`: ${notes.map((note, i) => html`${i ? (lang === 'ar' ? '؛ ' : '; ') : ''}<bdi>${note}</bdi>`)}`
        : nothing
    }
  </p>`;
}
