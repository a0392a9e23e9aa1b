/**
 * The validator's problems, put next to the fields they concern. A problem's JSON path
 * (`$.events[2].title.en`) names a field; a form asks for the problems at each of its fields and
 * then for the rest under its own path, so every problem is shown once, and none is lost because no
 * field has its exact path.
 */
import type { Problem } from '../../src/model/validate.js';

const under = (path: string, part: string) =>
  path === part || path.startsWith(`${part}.`) || path.startsWith(`${part}[`);

export class FieldProblems {
  private readonly shown = new Set<Problem>();

  constructor(private readonly problems: readonly Problem[]) {}

  /** The problems at exactly `path`. */
  at(path: string): Problem[] {
    const found = this.problems.filter((p) => p.path === path);
    for (const p of found) this.shown.add(p);
    return found;
  }

  /** How many errors there are at `path` or under it, shown or not (for a list of parts). */
  errorsUnder(path: string): number {
    return this.problems.filter((p) => p.level === 'error' && under(p.path, path)).length;
  }

  /** The problems at `path` or under it that no field has shown yet. */
  restUnder(path: string): Problem[] {
    const found = this.problems.filter((p) => !this.shown.has(p) && under(p.path, path));
    for (const p of found) this.shown.add(p);
    return found;
  }
}
