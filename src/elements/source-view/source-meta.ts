import { html, nothing, type TemplateResult } from 'lit';
import type { DetailsMessages } from '../../i18n/details-messages.js';
import { parseIsoDate } from '../../model/dates.js';
import type { Lang, Source } from '../../model/types.js';
import { isHttpUrl } from '../../model/validate.js';
import { formatAtPrecision } from '../../time/format.js';
import { textIn } from './citations.js';

/** A source's publication date in the UI language, to the precision it is known; the raw text if it is not a date. */
export function formatPublished(value: string | undefined, lang: Lang): string {
  if (!value) return '';
  const parsed = parseIsoDate(value);
  return parsed ? formatAtPrecision(parsed.start, parsed.precision, lang, parsed.offset) : value;
}

/**
 * "Outlet · date · original ↗": who published a source, when, and a link to it only when its URL is
 * http(s). Shared by the excerpt cards and the reader's header.
 */
export function sourceMetaTemplate(source: Source, lang: Lang, m: DetailsMessages): TemplateResult {
  const published = formatPublished(source.published, lang);
  return html`<bdi class="outlet">${textIn(source.outlet, lang)}</bdi> ${
      published
        ? html`<span class="sep" aria-hidden="true">·</span
            ><time datetime=${source.published ?? ''}><bdi>${published}</bdi></time>`
        : nothing
    }
    ${
      isHttpUrl(source.url)
        ? html`<span class="sep" aria-hidden="true">·</span
            ><a href=${source.url} target="_blank" rel="noopener noreferrer"
              >${m.original}<span class="visually-hidden"> ${m.newTab}</span></a
            >`
        : nothing
    }`;
}
