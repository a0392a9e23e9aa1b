import { html, type TemplateResult } from 'lit';
import { messagesFor } from '../../i18n/messages.js';
import type { Lang } from '../../model/types.js';
import { formatDate } from '../../time/format.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const YEAR = 365.25 * DAY;

/**
 * What the polite live region says when the visible window settles: "Showing September 2023 – June
 * 2024" / "المعروض من سبتمبر 2023 إلى يونيو 2024", to the precision the width of the window warrants
 * (years beyond ten years, months beyond two months, days beyond two days, else hours). Over
 * centuries a month says nothing, and in an early year misleads: "May 11" reads as a day.
 */
export function windowAnnouncement(start: number, end: number, lang: Lang): string {
  const span = end - start;
  const pattern =
    span >= 10 * YEAR
      ? 'yyyy'
      : span >= 60 * DAY
        ? 'MMMM yyyy'
        : span >= 2 * DAY
          ? 'd MMMM yyyy'
          : 'd MMMM yyyy, HH:mm';
  return messagesFor(lang).visibleWindow(formatDate(start, pattern, lang), formatDate(end, pattern, lang));
}

/**
 * The visually hidden polite status the timeline announces through. It is always in the DOM, so a
 * change of its text is what screen readers hear.
 */
export function liveRegionTemplate(text: string): TemplateResult {
  return html`<div class="visually-hidden live-region" role="status" aria-live="polite" aria-atomic="true">
    ${text}
  </div>`;
}
