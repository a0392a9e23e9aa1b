/**
 * `tarikh annotations FILE [-o FILE]`: a built dataset's excerpts as W3C Web Annotations (JSON-LD),
 * on standard output or in a file. A dataset with errors gives none: its offsets cannot be trusted.
 */
import { resolve } from 'node:path';
import { toAnnotations } from '../../authoring/annotations.js';
import { validateDataset } from '../../model/validate.js';
import { readJson, shownPath, writeJson } from '../files.js';
import type { Output } from '../output.js';

export function annotations(file: string, options: { output?: string }, io: Output): number {
  const input = readJson(resolve(file));
  const { problems, dataset } = validateDataset(input);
  const errors = problems.filter((p) => p.level === 'error' || p.path.includes('excerpts'));
  if (errors.length || !dataset) {
    for (const p of errors) io.err(`${shownPath(file)}: ${p.path}: ${p.message[io.lang]}`);
    io.err({
      en: `${shownPath(file)}: not a valid dataset; run "tarikh check ${file}"`,
      ar: `${shownPath(file)}: ليس ملف بيانات سليمًا؛ شغّل "tarikh check ${file}"`,
    });
    return 1;
  }
  const collection = toAnnotations(dataset);
  if (options.output) {
    writeJson(resolve(options.output), collection);
    io.err({
      en: `annotations: wrote ${collection.total} annotations to ${shownPath(resolve(options.output))}`,
      ar: `annotations: كُتب ${collection.total} تعليقًا توضيحيًا في ${shownPath(resolve(options.output))}`,
    });
  } else io.out(JSON.stringify(collection, null, 2));
  return 0;
}
