// Minifies the CSS of a `css` tagged template, for the bundled build (rollup.config.ts). Pure, so that
// test/node/minify-css.test.mjs can check it without building.
//
// Careful rather than clever: comments go, runs of whitespace become one space, and that space goes only
// where CSS never needs it: next to `{ } ; , >`, after `:` and `(`, before `)` (never before `:` or `(`,
// where `a :hover` and `a:hover`, `and (` and `and(` differ, and never around `+ - * /`, which calc()
// needs spaced). Strings and escapes are copied as
// they are. The whitespace that borders a `${}` expression is kept (one space) unless it touches one of
// those characters, since what an expression will hold is not known here.

const DROP_BEFORE = new Set(['{', '}', ';', ',', '>', ')']);
const DROP_AFTER = new Set(['{', '}', ';', ',', '>', ':', '(']);

/**
 * @param {string[]} quasis the raw text of a template's parts, between its `${}` expressions
 * @returns {string[] | null} the parts minified, or null when a part cannot be read safely (a comment or a
 *   string that runs into an expression), in which case the template should be left as it is
 */
export function minifyCssTemplate(quasis) {
  const out = [];
  for (let q = 0; q < quasis.length; q += 1) {
    const part = minifyPart(quasis[q], q === 0, q === quasis.length - 1);
    if (part === null) return null;
    out.push(part);
  }
  return out;
}

/**
 * @param {string} s
 * @param {boolean} first
 * @param {boolean} last
 * @returns {string | null}
 */
function minifyPart(s, first, last) {
  let out = '';
  // A space seen but not yet written: written before the next character only where it may matter.
  let space = false;
  const emit = (text, head) => {
    if (space) {
      const prev = out.at(-1);
      const atStart = out === '';
      // At the start of a part the space follows an expression (or the opening backtick, when first).
      const keep = atStart ? !first && !DROP_BEFORE.has(head) : !DROP_AFTER.has(prev) && !DROP_BEFORE.has(head);
      if (keep) out += ' ';
      space = false;
    }
    // The last declaration of a block needs no semicolon.
    if (head === '}' && out.at(-1) === ';' && out.at(-2) !== '\\') out = out.slice(0, -1);
    out += text;
  };
  for (let i = 0; i < s.length;) {
    const c = s[i];
    if (c === '/' && s[i + 1] === '*') {
      const end = s.indexOf('*/', i + 2);
      if (end < 0) return null;
      space = true;
      i = end + 2;
    } else if (c === "'" || c === '"') {
      let j = i + 1;
      while (j < s.length && s[j] !== c) {
        if (s[j] === '\n') return null;
        j += s[j] === '\\' ? 2 : 1;
      }
      if (j >= s.length) return null;
      emit(s.slice(i, j + 1), c);
      i = j + 1;
    } else if (c === '\\') {
      emit(s.slice(i, i + 2), c);
      i += 2;
    } else if (/\s/.test(c)) {
      space = true;
      i += 1;
    } else {
      emit(c, c);
      i += 1;
    }
  }
  // A space at the end of a part comes before an expression (or the closing backtick, when last).
  if (space && !last && out !== '' && !DROP_AFTER.has(out.at(-1))) out += ' ';
  if (space && !last && out === '' && !first) out += ' ';
  return out;
}
