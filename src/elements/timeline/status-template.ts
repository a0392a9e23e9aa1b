import { html, nothing, type TemplateResult } from 'lit';
import type { LoadFailure } from '../../controllers/dataset-loader.js';
import { messagesFor } from '../../i18n/messages.js';
import type { Lang } from '../../model/types.js';
import type { Problem } from '../../model/validate.js';

/** How many problems are listed; the rest are counted. */
const LISTED_PROBLEMS = 10;

/** A load failure in words, in the reader's language. */
export function failureText(failure: LoadFailure, lang: Lang): string {
  const m = messagesFor(lang);
  switch (failure.kind) {
    case 'http':
      return m.httpError(failure.status);
    case 'json':
      return m.badJson;
    case 'timeout':
      return m.timeout(failure.seconds);
    default:
      return m.networkError;
  }
}

/** What the status area knows about the data. */
export interface StatusState {
  lang: Lang;
  loading: boolean;
  loadFailure: LoadFailure | null;
  problems: readonly Problem[];
  /** Events left out for their problems. */
  rejectedCount: number;
  /** Whether any valid data is shown (problems are then a one-line summary, not the whole view). */
  hasData: boolean;
  /** Whether the data is shown but holds no event (or none passes the filter). */
  empty: boolean;
  /** Whether nothing is drawn yet because a first search over many events is under way. */
  searching?: boolean;
  onRetry(): void;
}

/**
 * Loading, a failed load (with a retry), problems in the data, or no events: what the reader is told
 * instead of, or beside, the timeline.
 */
export function statusTemplate(s: StatusState): TemplateResult | typeof nothing {
  const m = messagesFor(s.lang);
  if (s.loading) return html`<div class="status" role="status">${m.loading}</div>`;
  if (s.loadFailure) {
    return html`<div class="error" part="error" role="alert">
      <h2>${m.loadFailed}</h2>
      <p>${failureText(s.loadFailure, s.lang)}</p>
      <button type="button" @click=${s.onRetry}>${m.retry}</button>
    </div>`;
  }
  if (s.problems.length) {
    const shown = s.problems.slice(0, LISTED_PROBLEMS);
    const rest = s.problems.length - shown.length;
    const list = html`<ul>
        ${shown.map((p) => html`<li><bdi>${p.path}</bdi>: <bdi>${p.message[s.lang]}</bdi></li>`)}
      </ul>
      ${rest > 0 ? html`<p>${m.moreProblems(rest)}</p>` : nothing}`;
    if (!s.hasData)
      return html`<div class="error" part="error" role="alert">
        <h2>${m.invalidData}</h2>
        ${list}
      </div>`;
    // Partly bad data: the valid events stay in view; the problems are one line until opened.
    const heading = s.rejectedCount ? m.invalidEvents(s.rejectedCount) : m.problemsFound(s.problems.length);
    return html`<details class="error partial" part="error">
      <summary role="alert">${heading}</summary>
      ${list}
    </details>`;
  }
  if (s.searching) return html`<div class="status" role="status">${m.searching}</div>`;
  if (s.empty) return html`<div class="status">${m.noEvents}</div>`;
  return nothing;
}
