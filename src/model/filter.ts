import type { Dataset, Text, TimelineEvent } from './types.js';

/** Text with nothing for `normalizeForSearch` to fold but letter case: no marks, no Arabic letters. */
const PLAIN_ASCII = /^[\0-\x7f]*$/;
/**
 * Text of ASCII and the Arabic letters, digits and punctuation without marks, tatweel or presentation
 * forms: the folding of each of its characters is one of the few mappings of `PLAIN_ARABIC_FOLDS`
 * (a unit test checks every one against the full folding).
 */
const PLAIN_ARABIC = /^[\0-\x7f\u060c\u061b\u061f\u0621-\u063a\u0641-\u064a\u0660-\u0669]*$/;
const PLAIN_ARABIC_FOLDS: Record<string, string> = {
  '\u0622': '\u0627', // آ → ا
  '\u0623': '\u0627', // أ → ا
  '\u0625': '\u0627', // إ → ا
  '\u0624': '\u0648', // ؤ → و
  '\u0626': '\u064a', // ئ → ي
  '\u0649': '\u064a', // ى → ي
  '\u0629': '\u0647', // ة → ه
};
const foldPlainArabic = (c: string) => PLAIN_ARABIC_FOLDS[c]!;

/** Folds case and Arabic letter variants so a search for "احمد" finds "أحمد" and "Putin" finds "putin". */
export function normalizeForSearch(text: string): string {
  // Most text takes one of two plain paths: lower case for English, a handful of letter mappings for
  // Arabic without harakat. NFKD and the Unicode-aware replacements below cost several times as
  // much; at 100,000 events they were most of the first search.
  if (PLAIN_ASCII.test(text)) return text.toLowerCase();
  if (PLAIN_ARABIC.test(text)) return text.toLowerCase().replace(/[\u0622-\u0626\u0629\u0649]/g, foldPlainArabic);
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

/**
 * Everything a reader may search for in an event, normalised: titles, summaries, places, quotes and
 * their translations, and the name of its track, in both languages; one part a line.
 */
export function searchableText(event: TimelineEvent, trackLabels: ReadonlyMap<string, Text>): string {
  const parts = [
    event.title.ar,
    event.title.en,
    event.summary?.ar,
    event.summary?.en,
    event.place?.ar,
    event.place?.en,
  ];
  for (const excerpt of event.excerpts) parts.push(excerpt.quote, excerpt.translation.en, excerpt.translation.ar);
  const track = event.track ? trackLabels.get(event.track) : undefined;
  if (track) parts.push(track.ar, track.en);
  // Part by part, so that each takes its plain path where it can. A line break between parts keeps
  // each part's combining marks to itself, so this is the same as normalising the parts joined; and
  // join makes one flat string, where += would make a rope for every search to flatten first.
  const folded: string[] = [];
  for (const part of parts) if (part) folded.push(normalizeForSearch(part));
  return folded.join('\n');
}

/** Track id → label, for `searchableText`. */
export function trackLabelsOf(data: Dataset | null): Map<string, Text> {
  return new Map((data?.tracks ?? []).map((track) => [track.id, track.label]));
}

/**
 * The test an event must pass to be drawn: its track is not hidden, and every word of the query
 * appears somewhere in its text (in either language). The query is read once, here; `cache` keeps
 * each event's searchable text for the next query.
 */
export function eventFilter(
  query: string,
  hiddenTracks: ReadonlySet<string>,
  data: Dataset | null,
  cache?: WeakMap<TimelineEvent, string>,
): (event: TimelineEvent) => boolean {
  const words = normalizeForSearch(query).split(/\s+/).filter(Boolean);
  const trackLabels = trackLabelsOf(data);
  return (event) => {
    if (event.track && hiddenTracks.has(event.track)) return false;
    if (!words.length) return true;
    let text = cache?.get(event);
    if (text === undefined) {
      text = searchableText(event, trackLabels);
      cache?.set(event, text);
    }
    for (const word of words) if (!text.includes(word)) return false;
    return true;
  };
}
