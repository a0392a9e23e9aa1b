/**
 * `Source.reproduces`: the check of its references, run by `validateDataset`, and the copy the
 * validator's snapshot takes of it. A source that carries another's copy word for word is one witness
 * with it, not two; a wrong reference would make the details panel count witnesses wrongly, so it is
 * reported like any other unresolved reference.
 */
import type { Problem } from './validate/problem.js';
import type { Source } from './types.js';
// The validator's own helpers, so a reference is quoted and tested for text exactly as everywhere else.
import { isNonEmptyString as isNonEmpty, isObject, shown } from './validate/checker.js';

const error = (path: string, en: string, ar: string): Problem => ({ path, message: { en, ar }, level: 'error' });

/**
 * Problems with the `reproduces` lists of `list` (the dataset's raw `sources`), given the sources the
 * validator kept (`valid`, by id). An unusable entry is an error at its path, and the panel ignores it;
 * a circle of sources each reproducing the next is a warning, since one of them must be the original.
 */
export function checkReproductions(list: unknown, valid: ReadonlyMap<string, Source>): Problem[] {
  const problems: Problem[] = [];
  if (!Array.isArray(list)) return problems;
  const edges = new Map<string, Set<string>>();
  list.forEach((source: unknown, i) => {
    if (!isObject(source) || source.reproduces === undefined) return;
    const at = `$.sources[${i}].reproduces`;
    const own = typeof source.id === 'string' ? source.id : undefined;
    const text = typeof source.text === 'string' ? source.text : '';
    if (!Array.isArray(source.reproduces)) {
      problems.push(error(at, '"reproduces" must be a list', 'يجب أن تكون قيمة "reproduces" قائمة'));
      return;
    }
    source.reproduces.forEach((entry: unknown, j) => {
      const path = `${at}[${j}]`;
      if (!isObject(entry)) {
        problems.push(error(path, 'a reproduction must be an object', 'يجب أن يكون النقل كائنًا'));
        return;
      }
      const target = entry.source;
      if (typeof target !== 'string' || !valid.has(target))
        problems.push(
          error(`${path}.source`, `no source has the id "${shown(target)}"`, `لا يوجد مصدر بالمعرّف "${shown(target)}"`),
        );
      else if (target === own)
        problems.push(error(`${path}.source`, 'a source cannot reproduce itself', 'لا يمكن أن ينقل المصدر عن نفسه'));
      else if (own !== undefined) {
        if (!edges.has(own)) edges.set(own, new Set());
        edges.get(own)!.add(target);
      }
      const note = entry.note;
      if (!isObject(note))
        problems.push(
          error(
            `${path}.note`,
            'the note must be an object with "ar" and "en" texts',
            'يجب أن تكون الملاحظة كائنًا فيه النصان "ar" و"en"',
          ),
        );
      else
        for (const lang of ['ar', 'en'] as const)
          if (!isNonEmpty(note[lang]))
            problems.push(
              error(
                `${path}.note.${lang}`,
                `the note has no ${lang === 'ar' ? 'Arabic' : 'English'} text`,
                `الملاحظة بلا نص ${lang === 'ar' ? 'عربي' : 'إنجليزي'}`,
              ),
            );
      if (entry.passages === undefined) return;
      if (!Array.isArray(entry.passages)) {
        problems.push(error(`${path}.passages`, 'passages must be a list', 'يجب أن تكون المقاطع قائمة'));
        return;
      }
      entry.passages.forEach((passage: unknown, k) => {
        if (!isNonEmpty(passage) || !text.includes(passage))
          problems.push(
            error(
              `${path}.passages[${k}]`,
              `the passage is not in the text of source "${shown(own)}"`,
              `المقطع ليس في نص المصدر "${shown(own)}"`,
            ),
          );
      });
    });
  });
  // A circle (a reproduces b, b reproduces a): reported at the entry that closes it.
  list.forEach((source: unknown, i) => {
    if (!isObject(source) || typeof source.id !== 'string' || !Array.isArray(source.reproduces)) return;
    const own = source.id;
    source.reproduces.forEach((entry: unknown, j) => {
      if (!isObject(entry) || typeof entry.source !== 'string' || entry.source === own) return;
      if (!reaches(edges, entry.source, own)) return;
      problems.push({
        path: `$.sources[${i}].reproduces[${j}].source`,
        message: {
          en: `"${shown(own)}" and "${shown(entry.source)}" each reproduce the other; one of them must be the original`,
          ar: `"${shown(own)}" و"${shown(entry.source)}" ينقل كلٌّ منهما عن الآخر؛ ولا بد أن يكون أحدهما الأصل`,
        },
        level: 'warning',
      });
    });
  });
  return problems;
}

function reaches(edges: ReadonlyMap<string, ReadonlySet<string>>, from: string, to: string): boolean {
  const seen = new Set<string>();
  const stack = [from];
  while (stack.length) {
    const at = stack.pop()!;
    if (at === to) return true;
    if (seen.has(at)) continue;
    seen.add(at);
    for (const next of edges.get(at) ?? []) stack.push(next);
  }
  return false;
}

/**
 * The snapshot copy of a `reproduces` list (see `snapshot` in validate.ts): each value read once, only
 * the fields of the model, a value of the wrong shape kept as it is for the check to report.
 */
export function copyReproductions(value: unknown): unknown {
  if (!Array.isArray(value)) return value;
  return value.map((entry: unknown) => {
    if (!isObject(entry)) return entry;
    const copy: Record<string, unknown> = {};
    const { source, note, passages } = entry;
    if (source !== undefined) copy.source = source;
    if (note !== undefined) {
      if (isObject(note)) {
        const { ar, en } = note;
        copy.note = { ar, en };
      } else copy.note = note;
    }
    if (passages !== undefined) copy.passages = Array.isArray(passages) ? [...(passages as unknown[])] : passages;
    return copy;
  });
}
