/** Reading and writing the story's files, with failures as bilingual messages. */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import type { AuthoredDataset } from '../authoring/types.js';
import { CommandError } from './output.js';

/** A path as messages show it: relative to the working directory when inside it. */
export function shownPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') ? rel : path;
}

/** Reads and parses a JSON file. */
export function readJson(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new CommandError({
      en: `${shownPath(path)}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
      ar: `${shownPath(path)}: تعذّرت قراءة الملف (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
    });
  }
  try {
    // A BOM is what some editors put first; JSON.parse would stop at it.
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new CommandError({
      en: `${shownPath(path)}: not valid JSON (${(error as Error).message})`,
      ar: `${shownPath(path)}: ليس JSON صالحًا (${(error as Error).message})`,
    });
  }
}

/** Writes JSON as the bundled dataset is written: two-space indent, a final newline. */
export function writeJson(path: string, value: unknown): void {
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
}

/** A story: its authoring file, the folder its article files are in, and its folder. */
export interface StoryLocation {
  storyFile: string;
  sourcesDir: string;
  dir: string;
}

/** `DIR` (holding story.json and sources/) or a story file itself; `--sources` overrides the articles' folder. */
export function locateStory(target: string, sources?: string): StoryLocation {
  const path = resolve(target);
  if (!existsSync(path))
    throw new CommandError({
      en: `${target}: no such folder or file`,
      ar: `${target}: لا يوجد مجلد أو ملف بهذا الاسم`,
    });
  const isDir = statSync(path).isDirectory();
  const storyFile = isDir ? join(path, 'story.json') : path;
  if (!existsSync(storyFile))
    throw new CommandError({
      en: `${shownPath(storyFile)} is missing: run "tarikh init ${target}" first`,
      ar: `${shownPath(storyFile)} غير موجود: شغّل "tarikh init ${target}" أولًا`,
    });
  const dir = isDir ? path : dirname(path);
  return { storyFile, dir, sourcesDir: sources ? resolve(sources) : join(dir, 'sources') };
}

export function readStory(location: StoryLocation): AuthoredDataset {
  return readJson(location.storyFile) as AuthoredDataset;
}

/**
 * Reads an article as it is: UTF-8 with any BOM kept, CRLF kept, no normalization, so that the
 * dataset's text is the file's text and offsets count in it. A file name may not climb out of the
 * sources folder.
 */
export function articleReader(sourcesDir: string): (file: string) => string {
  return (file) => {
    if (typeof file !== 'string' || !file) throw new Error('no file name');
    const path = resolve(sourcesDir, file);
    const rel = relative(sourcesDir, path);
    if (rel.startsWith('..') || isAbsolute(rel)) throw new Error(`"${file}" is outside ${shownPath(sourcesDir)}`);
    return readFileSync(path, 'utf8');
  };
}
