/**
 * The validator's problems, put next to the fields they concern. A problem's JSON path
 * (`$.events[2].title.en`) names a field; a form asks for the problems at each of its fields and
 * then for the rest under its own path, so every problem is shown once, and none is lost because no
 * field has its exact path.
 */
import type { Problem } from '../../src/model/validate.js';

export class FieldProblems {
  private readonly shown = new Set<Problem>();

  constructor(private readonly problems: readonly Problem[]) {}

  /** The problems at exactly `path`. */
  at(path: string): Problem[] {
    const found = this.problems.filter((p) => p.path === path);
    for (const p of found) this.shown.add(p);
    return found;
  }

  /** The problems at `path` or under it that no field has shown yet. */
  restUnder(path: string): Problem[] {
    const found = this.problems.filter(
      (p) => !this.shown.has(p) && (p.path === path || p.path.startsWith(`${path}.`) || p.path.startsWith(`${path}[`)),
    );
    for (const p of found) this.shown.add(p);
    return found;
  }
}
