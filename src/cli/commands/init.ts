/**
 * `tarikh init DIR`: a story folder. story.json (the authoring format, with its `$schema` so editors
 * complete and check it), sources/ holding the articles (any .txt files already in DIR are copied
 * there, and each is listed as a source), a README of the folder, and the two spreadsheet templates
 * for `tarikh import`. Never overwrites a file.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { EVENT_COLUMNS, EXCERPT_COLUMNS } from '../../authoring/import-rows.js';
import type { AuthoredDataset } from '../../authoring/types.js';
import { shownPath, writeJson } from '../files.js';
import { newSource } from '../new-source.js';
import { CommandError, type Output } from '../output.js';
import { authoringSchemaPath, packageRoot, packageVersion } from '../package-files.js';

/**
 * Where story.json's `$schema` points: the installed package's schema by a relative path when the
 * package sits in a project's node_modules, else (run through npx from its cache, or from a clone)
 * the published file of this version.
 */
export function schemaReference(dir: string): string {
  const inProject = packageRoot.includes(`${sep}node_modules${sep}`) && !packageRoot.includes(`${sep}_npx${sep}`);
  if (inProject) return relative(dir, authoringSchemaPath).split(sep).join('/');
  return `https://unpkg.com/tarikh@${packageVersion()}/data/schema/authoring.schema.json`;
}

const csvCell = (value: string) => (/[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
const csvRow = (cells: readonly string[]) => cells.map(csvCell).join(',');

const README = (name: string) => `# ${name}

A Tarikh story: a timeline in which every event rests on verbatim excerpts of the articles here.
قصة «تاريخ»: خط زمني يستند كل حدث فيه إلى مقتطفات حرفية من المقالات الموجودة هنا.

- \`sources/\` — the articles, one UTF-8 .txt file each, exactly as published (do not retype them).
  المقالات، كل منها في ملف ‎.txt‎ بترميز UTF-8، كما نُشرت تمامًا.
- \`story.json\` — the title, the tracks, one entry per article (fill in its title, outlet and
  language) and the events, each with its quotes. Your editor checks it against \`$schema\`.
  العنوان والمسارات ومدخل لكل مقال (املأ عنوانه وناشره ولغته) والأحداث مع اقتباساتها.
- \`events.csv\`, \`excerpts.csv\` — the same events as two spreadsheets, if you prefer:
  \`npx tarikh import events.csv excerpts.csv -o story.json\` puts them into story.json.
  الأحداث نفسها في جدولين إن شئت.

A quote is copied from the article, character for character. Where the same words appear more
than once, say which with \`occurrence\` (1, 2, …) or with the text just before (\`prefix\`) or
after (\`suffix\`).
الاقتباس منسوخ من المقال حرفًا بحرف. وإن تكررت الكلمات فحدّد أيّها بـ\`occurrence\` أو بـ\`prefix\`/\`suffix\`.

    npx tarikh build .          # writes dataset.json, or says which quote is wrong and why
    npx tarikh check dataset.json
    npx tarikh reanchor .       # after correcting an article: what moved, changed or was lost

Then publish dataset.json beside your page:
\`<tarikh-timeline src="dataset.json"></tarikh-timeline>\`
`;

export function init(target: string, io: Output): number {
  const dir = resolve(target);
  const storyFile = join(dir, 'story.json');
  if (existsSync(storyFile))
    throw new CommandError({
      en: `${shownPath(storyFile)} already exists; init never overwrites a story`,
      ar: `${shownPath(storyFile)} موجود من قبل؛ init لا يكتب فوق قصة قائمة`,
    });
  const sourcesDir = join(dir, 'sources');
  mkdirSync(sourcesDir, { recursive: true });
  for (const name of readdirSync(dir)) {
    if (/\.txt$/i.test(name) && !existsSync(join(sourcesDir, name)))
      copyFileSync(join(dir, name), join(sourcesDir, name));
  }
  const articles = readdirSync(sourcesDir)
    .filter((name) => /\.txt$/i.test(name))
    .sort();
  const story: AuthoredDataset = {
    $schema: schemaReference(dir),
    title: { ar: '', en: '' },
    tracks: [],
    sources: articles.map((file) => newSource(file, readFileSync(join(sourcesDir, file), 'utf8'))),
    events: [],
  };
  writeJson(storyFile, story);
  const write = (name: string, text: string) => {
    if (!existsSync(join(dir, name))) writeFileSync(join(dir, name), text);
  };
  write('README.md', README(story.sources.length ? 'Story' : 'New story'));
  write('events.csv', `${csvRow(EVENT_COLUMNS)}\n`);
  write('excerpts.csv', `${csvRow(EXCERPT_COLUMNS)}\n`);
  io.out({
    en: `init: ${shownPath(dir)} is ready, with ${articles.length} article(s) in sources/. Next: fill in story.json (or the two .csv files), then "tarikh build ${target}".`,
    ar: `init: المجلد ${shownPath(dir)} جاهز، وفيه ${articles.length} مقالًا في sources/. التالي: املأ story.json (أو ملفي ‎.csv‎)، ثم "tarikh build ${target}".`,
  });
  return 0;
}
