/** A source entry for an article file the story does not list yet. */
import { basename, extname } from 'node:path';
import type { AuthoredSource } from '../authoring/types.js';
import type { Lang } from '../model/types.js';

/** The article's language by its letters: Arabic when they outnumber Latin ones. */
export function guessLang(text: string): Lang {
  const arabic = text.match(/[\u0621-\u064A]/g)?.length ?? 0;
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  return arabic > latin ? 'ar' : 'en';
}

/**
 * The title and outlet are left empty on purpose: `tarikh build` names each empty one, where a
 * placeholder would be published unnoticed.
 */
export function newSource(file: string, text: string): AuthoredSource {
  return {
    id: basename(file, extname(file)),
    file,
    title: { ar: '', en: '' },
    outlet: { ar: '', en: '' },
    lang: guessLang(text),
  };
}
