import type { Problem } from './problem.js';
import { Unreadable } from './unreadable.js';

export const PRECISIONS = new Set(['year', 'month', 'day', 'hour', 'minute']);

export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
/** A first character that is certainly not white space: printable ASCII, or the Arabic block. */
const startsWithText = (s: string) => {
  const c = s.charCodeAt(0);
  return (c > 0x20 && c < 0x7f) || (c >= 0x600 && c <= 0x6ff);
};
// trim() scans both ends of the string (and may copy it); nearly every text starts with a letter,
// which settles it at once.
export const isNonEmptyString = (v: unknown): v is string =>
  typeof v === 'string' && v.length > 0 && (startsWithText(v) || v.trim().length > 0);
/** A bilingual Text that `Checker.text` passes without a problem. */
export const isText = (v: unknown): boolean => isObject(v) && isNonEmptyString(v.ar) && isNonEmptyString(v.en);

const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/**
 * A value from the input as a message quotes it: at most 60 characters (a 4 MB "date" must not
 * become a 4 MB message), and bidi controls written as escapes, so that a stray U+202E cannot
 * reorder the sentence around it and the reader sees what is actually in the data.
 */
export function shown(value: unknown): string {
  let text: string;
  try {
    text = String(value);
  } catch {
    text = typeof value;
  }
  // Cut before a lone high surrogate, so an emoji is not split in two.
  if (text.length > 60) text = `${text.slice(0, /[\uD800-\uDBFF]/.test(text[58]!) ? 58 : 59)}…`;
  return text.replace(BIDI_CONTROLS, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}

/** Collects the problems of one validation, and what later checks need to know of earlier ones. */
export class Checker {
  problems: Problem[] = [];
  /** Ids of sources and tracks that were present but unusable, with their paths, so that references to them say so. */
  brokenSources = new Map<string, string>();
  brokenTracks = new Map<string, string>();
  error(path: string, en: string, ar: string) {
    this.problems.push({ path, message: { en, ar }, level: 'error' });
    return false;
  }
  warn(path: string, en: string, ar: string) {
    this.problems.push({ path, message: { en, ar }, level: 'warning' });
  }
  /** Reports a value that threw when it was read (see Unreadable); true if it was one. */
  unreadable(value: unknown, path: string): value is Unreadable {
    if (!(value instanceof Unreadable)) return false;
    this.error(
      `${path}${value.at}`,
      'the value could not be read: reading it threw an error',
      'تعذّرت قراءة القيمة: أطلقت قراءتها خطأً',
    );
    return true;
  }
  /** A bilingual Text: both languages present and non-empty. */
  text(value: unknown, path: string, what: { en: string; ar: string }, required = true): boolean {
    if (value === undefined && !required) return true;
    if (this.unreadable(value, path)) return false;
    if (!isObject(value))
      return this.error(
        path,
        `${what.en} must be an object with "ar" and "en" texts`,
        `يجب أن يكون ${what.ar} كائنًا فيه النصان "ar" و"en"`,
      );
    let ok = true;
    for (const lang of ['ar', 'en'] as const) {
      if (!isNonEmptyString(value[lang])) {
        ok = this.error(
          `${path}.${lang}`,
          `${what.en} has no ${lang === 'ar' ? 'Arabic' : 'English'} text`,
          `${what.ar} بلا نص ${lang === 'ar' ? 'عربي' : 'إنجليزي'}`,
        );
      }
    }
    return ok;
  }
}
