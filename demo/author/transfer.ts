/**
 * The workbench's files: the authoring file `tarikh build` reads (data/schema/authoring.schema.json,
 * beside one text file per article) and the built dataset `<tarikh-timeline>` draws. Both go through
 * the CLI's own modules: the dataset is built from the authoring file by `buildDataset`, which finds
 * every quote again in its article, so a dataset the workbench exports is one `tarikh build` would
 * write from the same files.
 */
import { buildDataset, type BuildProblem } from '../../src/authoring/build-dataset.js';
import { occurrences } from '../../src/authoring/locate-quote.js';
import type { AuthoredDataset, AuthoredExcerpt } from '../../src/authoring/types.js';
import { isObject } from '../../src/model/validate/checker.js';
import type { Excerpt, Source, Text } from '../../src/model/types.js';
import type { Story } from './story-edits.js';

/** The name of a source's text file in the authoring file's sources folder. */
export const textFileOf = (source: Pick<Source, 'id'>) => `${source.id}.txt`;

/**
 * An excerpt as the authoring file writes it: the quote, and where the same words come more than
 * once, which appearance (counted over every start, as `locateQuote` counts them).
 */
function authoredExcerpt(excerpt: Excerpt, text: string | undefined): AuthoredExcerpt {
  const { source, quote, translation } = excerpt;
  const out: AuthoredExcerpt = { source, quote, translation: { ...translation } };
  if (text !== undefined) {
    const starts = occurrences(text, quote);
    if (starts.length > 1 && starts.includes(excerpt.start)) out.occurrence = starts.indexOf(excerpt.start) + 1;
  }
  return out;
}

/** The story as an authoring file, and the text of each file it names. */
export function toAuthored(story: Story): { authored: AuthoredDataset; texts: Map<string, string> } {
  const texts = new Map<string, string>();
  const textOf = new Map(story.sources.map((s) => [s.id, s.text]));
  const sources = story.sources.map(({ text, ...source }) => {
    const file = textFileOf(source);
    texts.set(file, text);
    return { ...source, file };
  });
  const excerpt = (x: Excerpt) => authoredExcerpt(x, textOf.get(x.source));
  const events = story.events.map(({ excerpts, disputes, ...event }) => ({
    ...event,
    excerpts: excerpts.map(excerpt),
    ...(disputes ? { disputes: disputes.map((d) => ({ note: d.note, excerpts: d.excerpts.map(excerpt) })) } : {}),
  }));
  const { sources: _s, events: _e, ...rest } = story;
  return { authored: { ...rest, sources, events }, texts };
}

/** Builds the dataset from an authoring file and the texts of its files, as `tarikh build` does. */
export function fromAuthored(
  authored: AuthoredDataset,
  texts: ReadonlyMap<string, string>,
): { dataset: Story; problems: BuildProblem[] } {
  return buildDataset(authored, (file) => {
    const text = texts.get(file);
    if (text === undefined) throw new Error(file);
    return text;
  });
}

/** The dataset the story publishes: built from its own authoring file, every quote located again. */
export function builtDataset(story: Story): { dataset: Story; problems: BuildProblem[] } {
  const { authored, texts } = toAuthored(story);
  return fromAuthored(authored, texts);
}

/** What an imported file turned out to be, and what the workbench can make of it. */
export type Imported =
  | { kind: 'dataset' | 'authoring'; story: Story; problems: BuildProblem[] }
  | { kind: 'unknown'; problems: BuildProblem[] };

const str = (value: unknown) => (typeof value === 'string' ? value : '');
const text = (value: unknown): Text => ({
  ar: str(isObject(value) ? value.ar : ''),
  en: str(isObject(value) ? value.en : ''),
});
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

const notAStory: BuildProblem = {
  path: '$',
  message: {
    en: 'this file is neither a Tarikh dataset nor an authoring file: it needs "title", "sources" and "events"',
    ar: 'هذا الملف ليس ملف بيانات تاريخ ولا ملف تأليف: يلزمه "title" و"sources" و"events"',
  },
};

/**
 * Reads a file a reporter imports: a dataset (sources carry their text) is taken as it is; an
 * authoring file (sources name files) is built with the texts given, by file name (the .txt files
 * chosen with it, and the articles already in the workbench). Strings stay strings and lists stay
 * lists, whatever the file holds, so the forms can show it; the validator says what is wrong.
 */
export function readImport(input: unknown, texts: ReadonlyMap<string, string>): Imported {
  if (!isObject(input) || !Array.isArray(input.sources) || !Array.isArray(input.events))
    return { kind: 'unknown', problems: [notAStory] };
  const authoring = input.sources.some((s) => isObject(s) && typeof s.file === 'string' && !('text' in s));
  if (authoring) {
    const { dataset, problems } = fromAuthored(input as unknown as AuthoredDataset, texts);
    return { kind: 'authoring', story: dataset, problems };
  }
  const story: Story = {
    ...(input as unknown as Story),
    title: text(input.title),
    sources: list(input.sources).filter(isObject) as unknown as Source[],
    events: list(input.events)
      .filter(isObject)
      .map((e) => ({
        ...(e as unknown as Story['events'][number]),
        excerpts: list(e.excerpts).filter(isObject) as unknown as Excerpt[],
      })),
  };
  return { kind: 'dataset', story, problems: [] };
}
