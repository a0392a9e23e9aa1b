/** Everything wrong with a dataset: the element's own validator first, then the dataset schema. */
import { validateDataset } from '../model/validate.js';
import type { Text } from '../model/types.js';
import { datasetSchemaPath } from './package-files.js';
import { schemaProblems } from './schema-check.js';

export interface CheckedProblem {
  level: 'error' | 'warning';
  path: string;
  message: Text;
  /** Who found it: the validator the element runs, or the JSON Schema. */
  by: 'validator' | 'schema';
}

export function datasetProblems(input: unknown): CheckedProblem[] {
  const found: CheckedProblem[] = validateDataset(input).problems.map((p) => ({ ...p, by: 'validator' as const }));
  // The schema restates much of what the validator checks; each path is reported once, in the
  // validator's words where it has any, so that one mistake is one line.
  const reported = new Set(found.map((p) => p.path));
  for (const problem of schemaProblems(datasetSchemaPath, input)) {
    if (reported.has(problem.path)) continue;
    reported.add(problem.path);
    found.push({ level: 'error', ...problem, by: 'schema' });
  }
  return found;
}

/** A problem as one line: "error $.events[3].date: …". */
export function problemLine(problem: CheckedProblem, lang: 'ar' | 'en'): string {
  const level = lang === 'en' ? problem.level : problem.level === 'error' ? 'خطأ' : 'تنبيه';
  return `${level} ${problem.path}: ${problem.message[lang]}`;
}
