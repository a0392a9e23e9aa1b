/**
 * A dataset's excerpts as W3C Web Annotations (https://www.w3.org/TR/annotation-model/), so that
 * annotation tools can read them: each excerpt targets its article with a TextQuoteSelector (the
 * quote, with up to 32 characters of prefix and suffix, as Hypothesis stores them) and a
 * TextPositionSelector. The model counts positions in Unicode code points, not in the UTF-16 units
 * of the dataset's offsets, so they are converted (an emoji or other astral character before a quote
 * makes the two differ).
 */
import type { Dataset, Excerpt, Source, TimelineEvent } from '../model/types.js';

const CONTEXT = 32;

export interface WebAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'describing';
  body: { type: 'TextualBody'; value: string; language: string; format: 'text/plain'; purpose: string }[];
  target: {
    source: string;
    selector: [
      { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string },
      { type: 'TextPositionSelector'; start: number; end: number },
    ];
  };
}

export interface AnnotationCollection {
  '@context': 'http://www.w3.org/ns/anno.jsonld';
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: { type: 'AnnotationPage'; startIndex: 0; items: WebAnnotation[] };
}

/** The number of code points in `text` before UTF-16 offset `offset`. */
export function codePointOffset(text: string, offset: number): number {
  let points = 0;
  for (let i = 0; i < offset; i += 1) {
    const c = text.charCodeAt(i);
    // A high surrogate followed by its low one is a single code point.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < offset) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i += 1;
    }
    points += 1;
  }
  return points;
}

/** Where an annotation points for a source: its http(s) page, or a URN naming it in the dataset. */
function sourceIri(source: Source): string {
  return source.url && /^https?:\/\//i.test(source.url)
    ? source.url
    : `urn:tarikh:source:${encodeURIComponent(source.id)}`;
}

function annotate(event: TimelineEvent, excerpt: Excerpt, source: Source, id: string): WebAnnotation {
  const { text } = source;
  const body = (value: string, language: string, purpose: string) =>
    ({ type: 'TextualBody', value, language, format: 'text/plain', purpose }) as const;
  const bodies: WebAnnotation['body'] = [
    body(event.title.en, 'en', 'describing'),
    body(event.title.ar, 'ar', 'describing'),
    body(excerpt.translation.en, 'en', 'commenting'),
  ];
  // An Arabic source's `translation.ar` repeats the quote; it says nothing new.
  if (source.lang !== 'ar') bodies.push(body(excerpt.translation.ar, 'ar', 'commenting'));
  return {
    id,
    type: 'Annotation',
    motivation: 'describing',
    body: bodies,
    target: {
      source: sourceIri(source),
      selector: [
        {
          type: 'TextQuoteSelector',
          exact: excerpt.quote,
          prefix: text.slice(Math.max(0, excerpt.start - CONTEXT), excerpt.start),
          suffix: text.slice(excerpt.end, excerpt.end + CONTEXT),
        },
        {
          type: 'TextPositionSelector',
          start: codePointOffset(text, excerpt.start),
          end: codePointOffset(text, excerpt.end),
        },
      ],
    },
  };
}

/**
 * Every excerpt (disputed accounts included) of a valid dataset as one AnnotationCollection.
 * Annotation ids are URNs built from the event id and the excerpt's place in it.
 */
export function toAnnotations(dataset: Dataset): AnnotationCollection {
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const items: WebAnnotation[] = [];
  for (const event of dataset.events) {
    const base = `urn:tarikh:event:${encodeURIComponent(event.id)}`;
    const add = (excerpt: Excerpt, id: string) => {
      const source = sources.get(excerpt.source);
      if (source) items.push(annotate(event, excerpt, source, id));
    };
    event.excerpts.forEach((excerpt, i) => add(excerpt, `${base}:excerpt:${i + 1}`));
    event.disputes?.forEach((d, j) =>
      d.excerpts.forEach((excerpt, i) => add(excerpt, `${base}:dispute:${j + 1}:excerpt:${i + 1}`)),
    );
  }
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'AnnotationCollection',
    label: dataset.title.en,
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}
