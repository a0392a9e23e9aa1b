import { fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { Dataset, TarikhTimeline } from '../../src/index.js';

/**
 * Collects every error that reaches the page (window 'error' and 'unhandledrejection') from now
 * until `stop()`: the element must never let one escape.
 */
export function watchPageErrors() {
  const seen: string[] = [];
  const onError = (e: ErrorEvent) => seen.push(`error: ${e.message}`);
  const onRejection = (e: PromiseRejectionEvent) => seen.push(`unhandledrejection: ${String(e.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    seen,
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
      return seen;
    },
  };
}

/** A timeline of a given size and language, with `data` set, after its first layout. */
export async function timelineWith(
  data: unknown,
  options: { lang?: 'ar' | 'en'; width?: number; height?: number } = {},
) {
  const { lang = 'en', width = 900, height = 400 } = options;
  const el = await fixture<TarikhTimeline>(
    html`<tarikh-timeline
      lang=${lang}
      style="width: ${width}px; height: ${height}px"
      .data=${data as Dataset | null}
    ></tarikh-timeline>`,
  );
  await el.updateComplete;
  return el;
}

export const shadow = (el: TarikhTimeline) => el.shadowRoot!;
export const drawnIds = (el: TarikhTimeline) =>
  [...shadow(el).querySelectorAll<HTMLElement>('[part~="event"][data-id]')].map((n) => n.dataset.id!);
export const clusterCounts = (el: TarikhTimeline) =>
  [...shadow(el).querySelectorAll<HTMLElement>('[part="cluster"]')].map((n) => Number(n.dataset.count));
export const errorPanel = (el: TarikhTimeline) => shadow(el).querySelector<HTMLElement>('[part="error"]');

/** Waits until the element has drawn at least one event or cluster. */
export async function drawn(el: TarikhTimeline) {
  await waitUntil(() => drawnIds(el).length + clusterCounts(el).length > 0, 'events drawn');
  await el.updateComplete;
}

/** Two animation frames: lets resize observers and zoom settle. */
export const frames = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
