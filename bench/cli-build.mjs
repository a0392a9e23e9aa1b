// `npm run bench:cli` (after `npm run build`): how long `tarikh build`, `tarikh check` and
// `tarikh reanchor` take on a story of 10,000 excerpts (by default) in 100 Arabic articles of about
// 25,000 characters each, a tenth of the quotes repeated words placed by occurrence or prefix.
// Usage: node bench/cli-build.mjs [--excerpts N] [--articles N] [--repeats N]
// Prints the median of the repeats per command, with the machine's CPU and Node version.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../dist/cli/tarikh.js', import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const EXCERPTS = option('--excerpts', 10_000);
const ARTICLES = option('--articles', 100);
const REPEATS = option('--repeats', 3);

const WORDS = [
  'قال',
  'الرئيس',
  'بوتين',
  'إنّ',
  'المعاهدة',
  'تاريخيّة',
  'وأكّد',
  'كيم',
  'العلاقات',
  'قويّة',
  'بيونغ',
  'يانغ',
];
/** One sentence, unique by its number; `n` picks the words so that texts differ. */
const sentence = (a, n) =>
  `${WORDS[n % 12]} ${WORDS[(n * 7) % 12]} ${WORDS[(n * 5 + 3) % 12]} في البند ${a}-${n} «${WORDS[(n * 11) % 12]}».`;

const dir = mkdtempSync(join(os.tmpdir(), 'tarikh-bench-'));
mkdirSync(join(dir, 'sources'));
const perArticle = Math.ceil(EXCERPTS / ARTICLES);
const sources = [];
const events = [];
for (let a = 0; a < ARTICLES; a += 1) {
  const lines = [];
  for (let n = 0; n < perArticle * 4; n += 1) lines.push(sentence(a, n));
  // A repeated passage, so that some quotes need an occurrence or a prefix.
  lines.push('وأكّد الجانبان التزامهما.', 'وأكّد الجانبان التزامهما.');
  writeFileSync(join(dir, 'sources', `a${a}.txt`), `${lines.join('\r\n')}\r\n`);
  sources.push({
    id: `a${a}`,
    file: `a${a}.txt`,
    title: { ar: 'مقال', en: 'Article' },
    outlet: { ar: 'وكالة', en: 'Agency' },
    lang: 'ar',
  });
}
for (let i = 0; i < EXCERPTS; i += 1) {
  const a = i % ARTICLES;
  const n = Math.floor(i / ARTICLES) * 4;
  const excerpt =
    i % 20 === 0
      ? { source: `a${a}`, quote: 'وأكّد الجانبان التزامهما', occurrence: 2, translation: { en: 'Both sides affirmed' } }
      : i % 20 === 10
        ? { source: `a${a}`, quote: 'وأكّد الجانبان', prefix: '.\r\n', translation: { en: 'Both sides affirmed' } }
        : { source: `a${a}`, quote: sentence(a, n).slice(0, -1), translation: { en: `Sentence ${a}-${n}` } };
  if (excerpt.prefix) excerpt.prefix = `${sentence(a, perArticle * 4 - 1)}\r\n`;
  const day = String(1 + (i % 28)).padStart(2, '0');
  const month = String(1 + (Math.floor(i / 28) % 12)).padStart(2, '0');
  events.push({
    id: `e${i}`,
    date: `2024-${month}-${day}`,
    title: { ar: `حدث ${i}`, en: `Event ${i}` },
    excerpts: [excerpt],
  });
}
writeFileSync(join(dir, 'story.json'), JSON.stringify({ title: { ar: 'قصة', en: 'Story' }, sources, events }));

/** Wall-clock and CPU (user + system, from the shell's `times`) milliseconds of one run. */
function once(command) {
  const started = process.hrtime.bigint();
  const quoted = [process.execPath, cli, ...command].map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(' ');
  const out = execFileSync('sh', ['-c', `${quoted} >/dev/null 2>&1; times`], { cwd: dir, encoding: 'utf8' });
  const wall = Number(process.hrtime.bigint() - started) / 1e6;
  // The second line of `times` is the children's: "0m1.170000s 0m0.400000s".
  const [user, sys] = out
    .trim()
    .split('\n')
    .at(-1)
    .split(/\s+/)
    .map((t) => {
      const [, m, s] = /(\d+)m([\d.]+)s/.exec(t);
      return (Number(m) * 60 + Number(s)) * 1000;
    });
  return { wall, cpu: user + sys };
}

function time(command) {
  const runs = Array.from({ length: REPEATS }, () => once(command));
  const median = (key) => runs.map((r) => r[key]).sort((x, y) => x - y)[Math.floor(runs.length / 2)];
  return { wall: median('wall'), cpu: median('cpu') };
}

try {
  const build = time(['build', '.']);
  const check = time(['check', '--strict', 'dataset.json']);
  const reanchor = time(['reanchor', '.']);
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const load = os.loadavg()[0].toFixed(1);
  console.log(
    `tarikh on ${EXCERPTS} excerpts in ${ARTICLES} articles (median of ${REPEATS}; ${os.cpus().length} × ${cpu}, load ${load}; Node ${process.version}):`,
  );
  const line = (name, t) =>
    console.log(`  ${name.padEnd(9)}${(t.cpu / 1000).toFixed(2)} s CPU, ${(t.wall / 1000).toFixed(2)} s wall`);
  line('build', build);
  line('check', check);
  line('reanchor', reanchor);
} finally {
  if (!process.env.KEEP) rmSync(dir, { recursive: true, force: true });
  else console.log(dir);
}
