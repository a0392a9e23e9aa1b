/**
 * Where a JSON dataset's events are in its text, found without parsing it: the span of the top-level
 * `events` array and the text of each of its items. The worker that reads a large `src` cuts the
 * text there, so that the page parses it a chunk of events at a time (JSON.parse of text is the
 * fastest way V8 has to make objects; a structured clone of the same objects was slower still).
 *
 * Only a plain layout is cut: a top-level object whose `events` key is written without escapes and
 * appears once. Anything else is parsed whole, as before. The cut is exact for valid JSON, and text
 * that is not valid JSON still fails to parse in one of its pieces (see `split`).
 */

/** The events array's items, a chunk of them per text, and the document with the array emptied. */
export interface Split {
  /** The document with the events array replaced by `[]`. */
  head: string;
  /** The items, `per` to a text, each text the items as written, joined by commas. */
  chunks: string[];
}

/** The start of a document: what comes before its events, and its first events. */
export interface Opening {
  /** The document's keys before `events`, with `events: []`: a document of its own. */
  head: string;
  /** The first items of the events array, as written, joined by commas. */
  events: string;
}

/** Splits a document's text (see `split` inside); `opening` reads the start of one (see `opening` inside). */
export type Splitter = ((text: string, per: number, chunk?: (text: string) => void) => Split | null) & {
  opening(text: string, per: number): Opening | null;
};

/**
 * Makes the splitter. Everything it needs is inside this one function, so that its source
 * (`String(splitter)`) runs on its own in a worker started from a blob: URL, in any bundle.
 */
export function splitter(): Splitter {
  const QUOTE = 0x22;
  const BACKSLASH = 0x5c;
  const OPEN_BRACE = 0x7b;
  const CLOSE_BRACE = 0x7d;
  const OPEN_BRACKET = 0x5b;
  const CLOSE_BRACKET = 0x5d;
  const COMMA = 0x2c;
  const COLON = 0x3a;

  const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

  /** The index just past the string that starts at `i` (a quote), or −1 if it does not end. */
  function stringEnd(text: string, i: number): number {
    // indexOf runs natively: strings are most of a dataset's text.
    for (let j = i + 1; ;) {
      const q = text.indexOf('"', j);
      if (q < 0) return -1;
      // A quote after an odd number of backslashes is escaped.
      let b = q - 1;
      while (text.charCodeAt(b) === BACKSLASH) b -= 1;
      if ((q - 1 - b) % 2 === 0) return q + 1;
      j = q + 1;
    }
  }

  /** The index just past the value (object, array or scalar) that starts at `i`, or −1. */
  function valueEnd(text: string, i: number): number {
    const first = text.charCodeAt(i);
    if (first === QUOTE) return stringEnd(text, i);
    if (first !== OPEN_BRACE && first !== OPEN_BRACKET) {
      let j = i;
      while (j < text.length) {
        const c = text.charCodeAt(j);
        if (c === COMMA || c === CLOSE_BRACE || c === CLOSE_BRACKET || isSpace(c)) break;
        j += 1;
      }
      return j > i ? j : -1;
    }
    let depth = 0;
    for (let j = i; j < text.length; j += 1) {
      const c = text.charCodeAt(j);
      if (c === QUOTE) {
        j = stringEnd(text, j);
        if (j < 0) return -1;
        j -= 1;
      } else if (c === OPEN_BRACE || c === OPEN_BRACKET) depth += 1;
      else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
        depth -= 1;
        if (depth === 0) return j + 1;
      }
    }
    return -1;
  }

  function skipSpace(text: string, i: number): number {
    while (i < text.length && isSpace(text.charCodeAt(i))) i += 1;
    return i;
  }

  /**
   * The key of the object member that starts at `i` and where its value starts; null if there is no
   * plain key there. An escaped key could spell "events" too: it is not read.
   */
  function memberAt(text: string, i: number): { key: string; value: number } | null {
    if (text.charCodeAt(i) !== QUOTE) return null;
    const keyEnd = stringEnd(text, i);
    if (keyEnd < 0) return null;
    const key = text.slice(i + 1, keyEnd - 1);
    if (key.includes('\\')) return null;
    i = skipSpace(text, keyEnd);
    if (text.charCodeAt(i) !== COLON) return null;
    return { key, value: skipSpace(text, i + 1) };
  }

  /**
   * Cuts `text` into the document without its events and the events' text, `per` items a chunk; null
   * when its layout is not the plain one (the caller parses it whole). Malformed text either gives
   * null or pieces of which one fails to parse: an item is cut only at a comma or the closing bracket,
   * and an empty item (`[a,,b]`, `[a,]`) is refused here, as JSON.parse would refuse it. Given
   * `chunk`, each chunk is handed to it as soon as it is cut (and `chunks` stays empty), so that they
   * can be parsed while the rest is cut; a null result then means those chunks are to be dropped.
   */
  function split(text: string, per: number, chunk?: (text: string) => void): Split | null {
    let i = skipSpace(text, 0);
    if (text.charCodeAt(i) !== OPEN_BRACE) return null;
    let events: { from: number; to: number; chunks: string[] } | null = null;
    i = skipSpace(text, i + 1);
    if (text.charCodeAt(i) === CLOSE_BRACE) return null;
    for (;;) {
      const member = memberAt(text, i);
      if (!member) return null;
      const { key } = member;
      i = member.value;
      if (key === 'events') {
        // JSON.parse keeps the last of repeated keys: not cut.
        if (events || text.charCodeAt(i) !== OPEN_BRACKET) return null;
        const found = items(text, i, per, chunk);
        if (!found) return null;
        events = { from: i, to: found.end, chunks: found.chunks };
        i = found.end;
      } else {
        const end = valueEnd(text, i);
        if (end < 0) return null;
        i = end;
      }
      i = skipSpace(text, i);
      const c = text.charCodeAt(i);
      if (c === CLOSE_BRACE) break;
      if (c !== COMMA) return null;
      i = skipSpace(text, i + 1);
    }
    if (!events) return null;
    return { head: text.slice(0, events.from) + '[]' + text.slice(events.to), chunks: events.chunks };
  }

  /** The items of the array that opens at `i`, `per` to a chunk, and the index past its bracket. */
  function items(
    text: string,
    i: number,
    per: number,
    chunk?: (text: string) => void,
  ): { chunks: string[]; end: number } | null {
    const chunks: string[] = [];
    i = skipSpace(text, i + 1);
    if (text.charCodeAt(i) === CLOSE_BRACKET) return { chunks, end: i + 1 };
    let chunkFrom = i;
    let count = 0;
    for (;;) {
      const end = valueEnd(text, i);
      if (end < 0) return null;
      count += 1;
      i = skipSpace(text, end);
      const c = text.charCodeAt(i);
      if (c !== COMMA && c !== CLOSE_BRACKET) return null;
      if (count === per || c === CLOSE_BRACKET) {
        if (chunk) chunk(text.slice(chunkFrom, end));
        else chunks.push(text.slice(chunkFrom, end));
        count = 0;
        chunkFrom = -1;
      }
      if (c === CLOSE_BRACKET) return { chunks, end: i + 1 };
      i = skipSpace(text, i + 1);
      if (text.charCodeAt(i) === CLOSE_BRACKET || text.charCodeAt(i) === COMMA) return null;
      if (chunkFrom < 0) chunkFrom = i;
    }
  }

  /**
   * The opening of a document of which `text` is only the start: its keys before `events` (as a
   * document with `events: []`) and up to `per` of the events whose text is whole within `text`;
   * null when the start has no such events, or is not the plain layout. For a preview: whatever it
   * gives is validated like any data, and the whole document, split by `split`, is what counts.
   */
  function opening(text: string, per: number): Opening | null {
    let i = skipSpace(text, 0);
    if (text.charCodeAt(i) !== OPEN_BRACE) return null;
    i = skipSpace(text, i + 1);
    for (;;) {
      const member = memberAt(text, i);
      if (!member) return null;
      i = member.value;
      if (member.key === 'events') break;
      const end = valueEnd(text, i);
      if (end < 0) return null;
      i = skipSpace(text, end);
      if (text.charCodeAt(i) !== COMMA) return null;
      i = skipSpace(text, i + 1);
    }
    if (text.charCodeAt(i) !== OPEN_BRACKET) return null;
    const head = text.slice(0, i) + '[]}';
    const from = skipSpace(text, i + 1);
    let j = from;
    let last = -1;
    for (let count = 0; count < per; count += 1) {
      const end = valueEnd(text, j);
      if (end < 0) break;
      // Only an item followed by its comma or the closing bracket is known to be whole.
      const after = skipSpace(text, end);
      const c = text.charCodeAt(after);
      if (c !== COMMA && c !== CLOSE_BRACKET) break;
      last = end;
      if (c === CLOSE_BRACKET) break;
      j = skipSpace(text, after + 1);
    }
    return last < 0 ? null : { head, events: text.slice(from, last) };
  }

  return Object.assign(split, { opening });
}
