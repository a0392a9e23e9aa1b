/**
 * A looser reading of a text, for finding a passage the author did not copy exactly: the marks a
 * reporter retypes differently (tatweel, diacritics, hamza and alif forms, curly quotes, dashes,
 * bidi and zero-width marks, kinds and runs of white space, composed or decomposed letters, Latin
 * case) are folded away, and each folded character remembers where it came from, so a match in the
 * folded text maps back to offsets in the real one. Used only to point at the closest passage: an
 * excerpt is always the exact text of its article.
 */

/** A folded text, with for each of its UTF-16 units the original range it came from. */
export interface Folded {
  text: string;
  /** `from[i]`: offset in the original of the character that gave folded unit `i`. */
  from: Int32Array;
  /** `to[i]`: offset just after that character. */
  to: Int32Array;
}

// Marks come first in each class and tatweel after them: a letter followed by a combining mark in
// a class reads as one character (eslint's no-misleading-character-class).
/** Marks that belong to the letter before them. */
const MARK = /[\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E4\u06E7\u06E8\u06EA-\u06ED\u0300-\u036F\u0640]/;
/** What folds to nothing: those marks, and bidi, zero-width and byte-order marks. */
const DROPPED =
  /[\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E4\u06E7\u06E8\u06EA-\u06ED\u0300-\u036F\u0640\u061C\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/;

const REPLACED: Record<string, string> = {
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u201F': '"',
  '\u00AB': '"',
  '\u00BB': '"',
  '\u2033': '"',
  '\u2018': "'",
  '\u2019': "'",
  '\u201A': "'",
  '\u201B': "'",
  '\u2032': "'",
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2212': '-',
  '\u0622': '\u0627',
  '\u0623': '\u0627',
  '\u0625': '\u0627',
  '\u0671': '\u0627',
  '\u0649': '\u064A',
  '\u0626': '\u064A',
  '\u0624': '\u0648',
  '\u06CC': '\u064A',
  '\u06A9': '\u0643',
};

/** What one character (a code point, as a string) folds to; may be empty. */
function foldChar(c: string): string {
  if (DROPPED.test(c)) return '';
  if (/\s/.test(c)) return ' ';
  const replaced = REPLACED[c];
  if (replaced !== undefined) return replaced;
  if (c.charCodeAt(0) < 0x80) return c.toLowerCase();
  // A precomposed letter (é, or أ written as one code point) loses its marks; a decomposed one
  // loses them above, mark by mark.
  const decomposed = c.normalize('NFD');
  if (decomposed !== c) return [...decomposed].map(foldChar).join('');
  const lower = c.toLowerCase();
  return lower.length === c.length ? lower : c;
}

/** Folds `text`; runs of white space become one space. */
export function fold(text: string): Folded {
  let out = '';
  const from: number[] = [];
  const to: number[] = [];
  let i = 0;
  while (i < text.length) {
    const code = text.codePointAt(i)!;
    const width = code > 0xffff ? 2 : 1;
    const folded = foldChar(text.slice(i, i + width));
    // A dropped mark stays with the letter before it, so a passage never ends between the two.
    if (!folded && to.length && to[to.length - 1] === i && MARK.test(text[i]!)) to[to.length - 1] = i + width;
    for (const unit of folded) {
      if (unit === ' ' && out.endsWith(' ')) continue;
      out += unit;
      for (let k = 0; k < unit.length; k += 1) {
        from.push(i);
        to.push(i + width);
      }
    }
    i += width;
  }
  return { text: out, from: Int32Array.from(from), to: Int32Array.from(to) };
}
