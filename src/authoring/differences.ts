/**
 * Where a quote and the passage of the article it was meant to copy differ, named as a reporter
 * would look for it: curly or straight quotes, a hamza or alif form, tatweel, a no-break space, a
 * line break, diacritics, a bidi or zero-width mark, a composed or decomposed letter, or simply
 * other words. Each difference comes with the two spellings, invisible characters written out.
 */
import type { Text } from '../model/types.js';

export type DifferenceKind =
  | 'quotes'
  | 'hamza-alif'
  | 'tatweel'
  | 'no-break-space'
  | 'line-break'
  | 'spaces'
  | 'diacritics'
  | 'invisible'
  | 'normalization'
  | 'dashes'
  | 'case'
  | 'words';

export interface Difference {
  kind: DifferenceKind;
  /** What the quote has there, and what the article has (either may be empty). */
  quote: string;
  article: string;
}

const QUOTE_MARKS = /^["'\u201C-\u201F\u00AB\u00BB\u2018-\u201B\u2032\u2033\u2039\u203A]$/;
const HAMZA_ALIF = /^[\u0653-\u0655\u0621-\u0627\u0649\u064A\u0648\u0671\u06CC]$/;
const TATWEEL = /^\u0640$/;
const NO_BREAK = /^[\u00A0\u202F\u2007\u2009\u200A\u2002-\u2006 ]$/;
const LINE_BREAK = /^[\r\n\u2028\u2029 ]$/;
const SPACE = /^\s$/;
const DIACRITIC = /^[\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E4\u06E7\u06E8\u06EA-\u06ED\u0300-\u036F]$/;
const INVISIBLE = /^[\u061C\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]$/;
const DASH = /^[-\u2010-\u2015\u2212]$/;

const every = (s: string, pattern: RegExp) => [...s].every((c) => pattern.test(c));

/** The kind of one differing stretch. */
export function classify(quote: string, article: string): DifferenceKind {
  const both = quote + article;
  if (quote.normalize('NFC') === article.normalize('NFC')) return 'normalization';
  if (every(both, QUOTE_MARKS)) return 'quotes';
  if (every(both, TATWEEL)) return 'tatweel';
  if (every(both, DIACRITIC)) return 'diacritics';
  if (every(both, INVISIBLE)) return 'invisible';
  if (every(both, SPACE)) {
    if (/[\r\n\u2028\u2029]/.test(both) && every(both, LINE_BREAK)) return 'line-break';
    if (/[^ ]/.test(both) && every(both, NO_BREAK)) return 'no-break-space';
    if (/[\r\n\u2028\u2029]/.test(both)) return 'line-break';
    return 'spaces';
  }
  if (every(both, HAMZA_ALIF)) return 'hamza-alif';
  if (every(both, DASH)) return 'dashes';
  if (quote.toLowerCase() === article.toLowerCase()) return 'case';
  return 'words';
}

/**
 * The stretches where `quote` and `article` differ, from a shortest edit script over code points
 * (both are a quote's length, so the quadratic table is small; past 4,000 code points either way
 * the whole is one 'words' difference).
 */
export function differences(quote: string, article: string): Difference[] {
  const a = [...quote];
  const b = [...article];
  if (a.length * b.length > 16e6) return [{ kind: 'words', quote, article }];
  const w = b.length + 1;
  // lcs[i * w + j]: the longest common subsequence of a[i..] and b[j..].
  const lcs = new Uint16Array((a.length + 1) * w);
  for (let i = a.length - 1; i >= 0; i -= 1)
    for (let j = b.length - 1; j >= 0; j -= 1)
      lcs[i * w + j] =
        a[i] === b[j] ? lcs[(i + 1) * w + j + 1]! + 1 : Math.max(lcs[(i + 1) * w + j]!, lcs[i * w + j + 1]!);
  const found: Difference[] = [];
  let i = 0;
  let j = 0;
  let q = '';
  let p = '';
  const flush = () => {
    if (q || p) found.push({ kind: classify(q, p), quote: q, article: p });
    q = '';
    p = '';
  };
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      flush();
      i += 1;
      j += 1;
    } else if (j < b.length && (i === a.length || lcs[i * w + j + 1]! >= lcs[(i + 1) * w + j]!)) p += b[j++];
    else q += a[i++];
  }
  flush();
  return found;
}

const NAMES: Record<string, Text> = {
  '\u00A0': { en: 'no-break space', ar: 'مسافة غير قابلة للكسر' },
  '\u202F': { en: 'narrow no-break space', ar: 'مسافة ضيقة غير قابلة للكسر' },
  '\n': { en: 'line break', ar: 'سطر جديد' },
  '\r': { en: 'carriage return', ar: 'رجوع إلى أول السطر' },
  '\t': { en: 'tab', ar: 'جدولة' },
  ' ': { en: 'space', ar: 'مسافة' },
  '\u0640': { en: 'tatweel', ar: 'تطويل' },
  '\u200E': { en: 'left-to-right mark', ar: 'علامة من اليسار إلى اليمين' },
  '\u200F': { en: 'right-to-left mark', ar: 'علامة من اليمين إلى اليسار' },
  '\u061C': { en: 'Arabic letter mark', ar: 'علامة الحرف العربي' },
  '\u200B': { en: 'zero-width space', ar: 'مسافة صفرية العرض' },
  '\u200C': { en: 'zero-width non-joiner', ar: 'فاصل صفري العرض' },
  '\u200D': { en: 'zero-width joiner', ar: 'واصل صفري العرض' },
  '\uFEFF': { en: 'byte order mark', ar: 'علامة ترتيب البايتات' },
  // Quotation marks are named too: «"» or «««» would be hard to read.
  '"': { en: 'straight double quote', ar: 'علامة تنصيص مستقيمة' },
  "'": { en: 'straight single quote', ar: 'علامة تنصيص مفردة مستقيمة' },
  '\u00AB': { en: 'opening guillemet «', ar: 'علامة تنصيص فتح «' },
  '\u00BB': { en: 'closing guillemet »', ar: 'علامة تنصيص إغلاق »' },
  '\u201C': { en: 'opening curly quote “', ar: 'علامة تنصيص معقوفة فتح “' },
  '\u201D': { en: 'closing curly quote ”', ar: 'علامة تنصيص معقوفة إغلاق ”' },
  '\u2018': { en: 'opening curly single quote ‘', ar: 'علامة تنصيص مفردة فتح ‘' },
  '\u2019': { en: 'closing curly single quote or apostrophe ’', ar: 'علامة تنصيص مفردة إغلاق ’' },
  '\u201E': { en: 'low curly quote „', ar: 'علامة تنصيص سفلية „' },
};

/**
 * A stretch of text as a message shows it: «…» around visible text, invisible and combining
 * characters by name and code point, so the reader sees what is really there.
 */
export function spell(text: string, lang: 'ar' | 'en'): string {
  if (text === '') return lang === 'en' ? 'nothing' : 'لا شيء';
  const parts: string[] = [];
  let visible = '';
  const flush = () => {
    if (visible) parts.push(`«${visible}»`);
    visible = '';
  };
  for (const c of text) {
    const name = NAMES[c];
    const code = c.codePointAt(0)!;
    const hidden = name || DIACRITIC.test(c) || INVISIBLE.test(c) || SPACE.test(c) || code < 0x20;
    if (!hidden) {
      visible += c;
      continue;
    }
    flush();
    const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
    parts.push(
      name ? `${name[lang]} (${hex})` : DIACRITIC.test(c) ? `${lang === 'en' ? 'mark' : 'علامة'} ${hex}` : hex,
    );
  }
  flush();
  return parts.join(' + ');
}

const KIND_NAMES: Record<DifferenceKind, Text> = {
  quotes: { en: 'curly vs straight quotation marks', ar: 'علامات تنصيص مختلفة (معقوفة أو مستقيمة)' },
  'hamza-alif': { en: 'a different hamza or alif form', ar: 'صورة مختلفة للهمزة أو الألف' },
  tatweel: { en: 'tatweel', ar: 'تطويل (ـ)' },
  'no-break-space': { en: 'a no-break space', ar: 'مسافة غير قابلة للكسر' },
  'line-break': { en: 'a line break', ar: 'سطر جديد' },
  spaces: { en: 'spaces', ar: 'مسافات' },
  diacritics: { en: 'diacritics', ar: 'تشكيل' },
  invisible: { en: 'an invisible (bidi or zero-width) mark', ar: 'علامة خفية (اتجاه أو صفرية العرض)' },
  normalization: {
    en: 'the same letters composed differently (Unicode NFC vs NFD)',
    ar: 'الحروف نفسها بترميز مختلف (NFC أو NFD)',
  },
  dashes: { en: 'a different dash or hyphen', ar: 'شرطة مختلفة' },
  case: { en: 'upper vs lower case', ar: 'حروف كبيرة أو صغيرة' },
  words: { en: 'different words', ar: 'كلمات مختلفة' },
};

/** One difference as a sentence: "a no-break space: the article has no-break space (U+00A0) where the quote has space (U+0020)". */
export function describeDifference(difference: Difference): Text {
  const { kind, quote, article } = difference;
  return {
    en: `${KIND_NAMES[kind].en}: the article has ${spell(article, 'en')} where the quote has ${spell(quote, 'en')}`,
    ar: `${KIND_NAMES[kind].ar}: في المقال ${spell(article, 'ar')} وفي الاقتباس ${spell(quote, 'ar')}`,
  };
}
