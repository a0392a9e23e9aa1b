/**
 * `tarikh check FILE… [--json] [--strict]`: the validator `<tarikh-timeline>` runs on its data, and
 * the dataset schema, with JSON paths and messages in the chosen language. Exit status 1 when a
 * file has an error (with `--strict`, a warning too: data one publishes should have none).
 */
import { shownPath, readJson } from '../files.js';
import { datasetProblems, problemLine, type CheckedProblem } from '../dataset-problems.js';
import { CommandError, type Output } from '../output.js';

export interface CheckOptions {
  json?: boolean;
  strict?: boolean;
}

/** True when the input looks like a story file (sources naming files) rather than a dataset. */
function isStoryFile(input: unknown): boolean {
  const sources = (input as { sources?: unknown })?.sources;
  return Array.isArray(sources) && sources.some((s) => s && typeof s === 'object' && 'file' in s && !('text' in s));
}

export function check(files: string[], options: CheckOptions, io: Output): number {
  const report: { file: string; valid: boolean; problems: (CheckedProblem & { text?: string })[] }[] = [];
  let failed = false;
  for (const file of files) {
    const name = shownPath(file);
    let problems: CheckedProblem[];
    try {
      const input = readJson(file);
      problems = datasetProblems(input);
      if (isStoryFile(input) && !options.json)
        io.err({
          en: `${name}: this is a story (authoring) file; check the dataset "tarikh build" writes from it`,
          ar: `${name}: هذا ملف قصة (تأليف)؛ افحص ملف البيانات الذي يكتبه "tarikh build" منه`,
        });
    } catch (error) {
      if (!(error instanceof CommandError)) throw error;
      problems = [{ level: 'error', path: '$', message: error.text, by: 'validator' }];
    }
    const fails = problems.some((p) => p.level === 'error' || options.strict);
    failed ||= fails;
    report.push({ file: name, valid: !fails, problems });
    if (options.json) continue;
    for (const problem of problems) io.err(`${name}: ${problemLine(problem, io.lang)}`);
    if (problems.length)
      io.err({
        en: `${name}: ${problems.filter((p) => p.level === 'error').length} error(s), ${problems.filter((p) => p.level === 'warning').length} warning(s)`,
        ar: `${name}: ${problems.filter((p) => p.level === 'error').length} خطأ، ${problems.filter((p) => p.level === 'warning').length} تنبيه`,
      });
    else io.out({ en: `${name}: valid`, ar: `${name}: سليم` });
  }
  if (options.json) io.out(JSON.stringify({ valid: !failed, files: report }, null, 2));
  return failed ? 1 : 0;
}
