/**
 * `tarikh build DIR [-o dataset.json] [--sources DIR]`: the story's quotes become offsets. The
 * story file is checked against the authoring schema, every quote located exactly, and the result
 * checked as `tarikh check --strict` would; on any problem each is printed and nothing is written.
 */
import { join, resolve } from 'node:path';
import { buildDataset } from '../../authoring/build-dataset.js';
import type { Dataset } from '../../model/types.js';
import { datasetProblems, problemLine } from '../dataset-problems.js';
import { articleReader, locateStory, readStory, shownPath, writeJson, type StoryLocation } from '../files.js';
import type { Output } from '../output.js';
import { authoringSchemaPath } from '../package-files.js';
import { schemaProblems } from '../schema-check.js';

export interface BuildCommandOptions {
  output?: string;
  sources?: string;
}

/** Builds the story at `location`; returns the dataset, or null after printing why not. */
export function buildStory(location: StoryLocation, io: Output): Dataset | null {
  const story = readStory(location);
  const name = shownPath(location.storyFile);
  const shape = schemaProblems(authoringSchemaPath, story);
  if (shape.length) {
    for (const p of shape) io.err(`${name}: ${p.path}: ${p.message[io.lang]}`);
    io.err({
      en: `${name}: ${shape.length} problem(s) in the story file; nothing was written.`,
      ar: `${name}: ${shape.length} مشكلة في ملف القصة؛ لم يُكتب شيء.`,
    });
    return null;
  }
  const started = Date.now();
  const { dataset, problems } = buildDataset(story, articleReader(location.sourcesDir), {
    onProgress: (done, total) => {
      if (total >= 2000 || Date.now() - started > 1000)
        io.progress({ en: `build: ${done} of ${total} excerpts placed`, ar: `build: وُضع ${done} من ${total} اقتباسًا` });
    },
  });
  for (const p of problems) io.err(`${name}: ${p.path}: ${p.message[io.lang]}`);
  const checked = problems.length ? [] : datasetProblems(dataset);
  for (const p of checked) io.err(`${name}: ${problemLine(p, io.lang)}`);
  const count = problems.length + checked.length;
  if (count) {
    io.err({
      en: `${name}: ${count} problem(s); nothing was written.`,
      ar: `${name}: ${count} مشكلة؛ لم يُكتب شيء.`,
    });
    return null;
  }
  return dataset;
}

export function build(target: string, options: BuildCommandOptions, io: Output): number {
  const location = locateStory(target, options.sources);
  const dataset = buildStory(location, io);
  if (!dataset) return 1;
  const output = options.output ? resolve(options.output) : join(location.dir, 'dataset.json');
  writeJson(output, dataset);
  const excerpts = dataset.events.reduce(
    (n, e) => n + e.excerpts.length + (e.disputes ?? []).reduce((m, d) => m + d.excerpts.length, 0),
    0,
  );
  const context = dataset.events.filter((e) => e.context).length;
  io.out({
    en: `build: wrote ${shownPath(output)} (${dataset.events.length} events, ${context} of them context; ${excerpts} excerpts; ${dataset.sources.length} sources)`,
    ar: `build: كُتب ${shownPath(output)} (${dataset.events.length} حدثًا، منها ${context} للسياق؛ ${excerpts} اقتباسًا؛ ${dataset.sources.length} مصادر)`,
  });
  return 0;
}
