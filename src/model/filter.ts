import type { Dataset, TimelineEvent } from './types.js';

/** Folds case and Arabic letter variants so a search for "احمد" finds "أحمد" and "Putin" finds "putin". */
export function normalizeForSearch(text: string): string {
  return (
    text
      .toLowerCase()
      .normalize('NFKD')
      // After NFKD, hamza and madda on alif, harakat and Latin accents are all combining marks.
      .replace(/\p{M}|\u0640/gu, '') // marks, and tatweel
      .replace(/[\u0622\u0623\u0625\u0671]/g, '\u0627') // alif with madda or hamza, and wasla, as plain alif
      .replace(/ى/g, 'ي')
      .replace(/ة/g, 'ه')
  );
}

/** Everything a reader may search for in an event: titles, summaries, places and quotes, in both languages. */
export function searchableText(event: TimelineEvent, data: Dataset | null): string {
  const parts = [
    event.title.ar,
    event.title.en,
    event.summary?.ar,
    event.summary?.en,
    event.place?.ar,
    event.place?.en,
  ];
  for (const excerpt of event.excerpts) parts.push(excerpt.quote, excerpt.translation.en, excerpt.translation.ar);
  const track = event.track ? data?.tracks?.find((t) => t.id === event.track) : undefined;
  if (track) parts.push(track.label.ar, track.label.en);
  return normalizeForSearch(parts.filter(Boolean).join('\n'));
}

/**
 * Whether an event passes the reader's filter: its track is not hidden, and every word of the
 * query appears somewhere in its text (in either language).
 */
export function matchesFilter(
  event: TimelineEvent,
  query: string,
  hiddenTracks: ReadonlySet<string>,
  data: Dataset | null,
  cache?: WeakMap<TimelineEvent, string>,
): boolean {
  if (event.track && hiddenTracks.has(event.track)) return false;
  const words = normalizeForSearch(query).split(/\s+/).filter(Boolean);
  if (!words.length) return true;
  let text = cache?.get(event);
  if (text === undefined) {
    text = searchableText(event, data);
    cache?.set(event, text);
  }
  return words.every((word) => text.includes(word));
}
