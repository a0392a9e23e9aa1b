/**
 * `tarikh import events.csv excerpts.csv [-o story.json]`: two sheets exported from a spreadsheet
 * (CSV, or TSV by the extension or a tab in the header) become the story's events. An existing
 * story file keeps its title, view, tracks and sources, and has its events replaced; article files
 * the sheets name that it does not list are added as sources, to be described. Nothing is written
 * when a row is wrong.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { columnName, eventsFromRows, type Row } from '../../authoring/import-rows.js';
import type { AuthoredDataset } from '../../authoring/types.js';
import { CommandError, type Output } from '../output.js';
import { readJson, shownPath, writeJson } from '../files.js';
import { newSource } from '../new-source.js';

/** The rows of a CSV or TSV file, each with the line it starts on (a cell may hold line breaks). */
export function readSheet(path: string): Row[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new CommandError({
      en: `${shownPath(path)}: cannot read the file (${(error as NodeJS.ErrnoException).code})`,
      ar: `${shownPath(path)}: تعذّرت قراءة الملف (${(error as NodeJS.ErrnoException).code})`,
    });
  }
  const header = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = /\.tsv$/i.test(path) || (header.includes('\t') && !header.includes(',')) ? '\t' : ',';
  try {
    const records = parse(text, {
      bom: true,
      delimiter,
      columns: (names: string[]) => names.map(columnName),
      skip_empty_lines: true,
      info: true,
      relax_quotes: false,
    }) as { record: Record<string, string>; info: { lines: number } }[];
    // `info.lines` is the line a record ends on; its first line follows the previous record's last.
    let previousEnd = 1;
    return records.map(({ record, info }) => {
      const row = { line: previousEnd + 1, cells: record };
      previousEnd = info.lines;
      return row;
    });
  } catch (error) {
    const e = error as Error & { lines?: number };
    throw new CommandError({
      en: `${shownPath(path)}${e.lines ? ` line ${e.lines}` : ''}: not a readable CSV file (${e.message})`,
      ar: `${shownPath(path)}${e.lines ? ` السطر ${e.lines}` : ''}: ملف CSV غير مقروء (${e.message})`,
    });
  }
}

export function importSheets(
  eventsFile: string,
  excerptsFile: string,
  options: { output?: string },
  io: Output,
): number {
  const output = resolve(options.output ?? 'story.json');
  const story: AuthoredDataset = existsSync(output)
    ? (readJson(output) as AuthoredDataset)
    : { title: { ar: '', en: '' }, tracks: [], sources: [], events: [] };
  story.sources ??= [];
  const sourcesDir = join(dirname(output), 'sources');
  const added: string[] = [];
  const sourceId = (name: string) => {
    const known = story.sources.find((s) => s.id === name || s.file === name);
    if (known) return known.id;
    const file = /\.\w+$/.test(name) ? name : `${name}.txt`;
    let text = '';
    try {
      text = readFileSync(join(sourcesDir, file), 'utf8');
    } catch {
      // Build will say the file is missing; the source is still listed so the sheet's rows stay.
    }
    const source = newSource(file, text);
    story.sources.push(source);
    added.push(source.id);
    return source.id;
  };
  const { events, problems } = eventsFromRows(readSheet(eventsFile), readSheet(excerptsFile), sourceId);
  if (problems.length) {
    for (const p of problems) {
      const file = shownPath(resolve(p.file === 'events' ? eventsFile : excerptsFile));
      io.err(io.lang === 'en' ? `${file} line ${p.line}: ${p.message.en}` : `${file} السطر ${p.line}: ${p.message.ar}`);
    }
    io.err({
      en: `import: ${problems.length} problem(s); ${shownPath(output)} was not written.`,
      ar: `import: ${problems.length} مشكلة؛ لم يُكتب ${shownPath(output)}.`,
    });
    return 1;
  }
  story.events = events;
  const tracks = new Set((story.tracks ??= []).map((t) => t.id));
  const newTracks = [...new Set(events.map((e) => e.track).filter((t): t is string => !!t && !tracks.has(t)))];
  for (const id of newTracks) story.tracks.push({ id, label: { ar: '', en: '' } });
  writeJson(output, story);
  const excerpts = events.reduce((n, e) => n + e.excerpts.length, 0);
  io.out({
    en: `import: wrote ${shownPath(output)} (${events.length} events, ${excerpts} excerpts)`,
    ar: `import: كُتب ${shownPath(output)} (${events.length} حدثًا، ${excerpts} اقتباسًا)`,
  });
  if (added.length)
    io.err({
      en: `import: new sources ${added.map((s) => `"${s}"`).join(', ')}: fill in their title, outlet and lang in ${shownPath(output)}`,
      ar: `import: مصادر جديدة ${added.map((s) => `"${s}"`).join('، ')}: املأ العنوان والناشر واللغة في ${shownPath(output)}`,
    });
  if (newTracks.length)
    io.err({
      en: `import: new tracks ${newTracks.map((s) => `"${s}"`).join(', ')}: give each a label in ${shownPath(output)}`,
      ar: `import: مسارات جديدة ${newTracks.map((s) => `"${s}"`).join('، ')}: أعطِ كلًّا منها اسمًا في ${shownPath(output)}`,
    });
  return 0;
}
