/**
 * The `tarikh` command: a folder of articles and quotes becomes a verified dataset. Node only; it is
 * built on its own into dist/cli/tarikh.js (rollup.cli.config.ts) and never reaches the browser
 * bundles. Exit status: 0 done, 1 problems in the data (each printed), 2 a mistake in the command.
 */
import { parseArgs } from 'node:util';
import type { Text } from '../model/types.js';
import { annotations } from './commands/annotations.js';
import { build } from './commands/build.js';
import { check } from './commands/check.js';
import { importSheets } from './commands/import.js';
import { init } from './commands/init.js';
import { reanchorStory } from './commands/reanchor.js';
import { CommandError, createOutput, pickLang, UsageError } from './output.js';
import { packageVersion } from './package-files.js';

const USAGE: Text = {
  en: `Usage: tarikh <command> [options]

  init DIR                              a story folder: story.json, sources/, README.md, CSV templates
  build DIR|STORY [-o FILE] [--sources DIR]
                                        quotes become offsets; writes DIR/dataset.json (or FILE)
  check FILE… [--json] [--strict]       the element's validator; exit 1 on errors (--strict: warnings too)
  import EVENTS.csv EXCERPTS.csv [-o STORY]
                                        spreadsheets (CSV or TSV) into story.json (or STORY)
  annotations FILE [-o FILE]            a dataset's excerpts as W3C Web Annotations (JSON-LD)
  reanchor DIR|STORY [--write] [--from DATASET] [--sources DIR]
                                        after an article is corrected: what moved, changed or was lost

  --lang ar|en    the language of messages (default: from LANG)
  --help, --version`,
  ar: `الاستخدام: tarikh <الأمر> [الخيارات]

  init DIR                              مجلد قصة: story.json وsources/ وREADME.md وقالبا CSV
  build DIR|STORY [-o FILE] [--sources DIR]
                                        تحويل الاقتباسات إلى مواضع؛ يكتب DIR/dataset.json (أو FILE)
  check FILE… [--json] [--strict]       مدقق المكوّن نفسه؛ رمز الخروج 1 عند الأخطاء (--strict: والتنبيهات)
  import EVENTS.csv EXCERPTS.csv [-o STORY]
                                        جداول (CSV أو TSV) إلى story.json (أو STORY)
  annotations FILE [-o FILE]            اقتباسات ملف البيانات بصيغة W3C Web Annotation (JSON-LD)
  reanchor DIR|STORY [--write] [--from DATASET] [--sources DIR]
                                        بعد تصحيح مقال: ما انتقل وما تغيّر وما فُقد

  --lang ar|en    لغة الرسائل (الافتراضي: من LANG)
  --help, --version`,
};

const OPTIONS = {
  lang: { type: 'string' },
  output: { type: 'string', short: 'o' },
  sources: { type: 'string' },
  from: { type: 'string' },
  json: { type: 'boolean' },
  strict: { type: 'boolean' },
  write: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

/** Which options each command takes (`--lang` and `--help` go with all). */
const ALLOWED: Record<string, string[]> = {
  init: [],
  build: ['output', 'sources'],
  check: ['json', 'strict'],
  import: ['output'],
  annotations: ['output'],
  reanchor: ['write', 'from', 'sources'],
};

/** Runs the command line `args` (without node and the script); returns the exit status. */
export function main(args: string[]): number {
  const langIndex = args.indexOf('--lang');
  const io = createOutput(
    pickLang(langIndex >= 0 ? args[langIndex + 1] : args.find((a) => a.startsWith('--lang='))?.slice(7)),
  );
  try {
    let parsed;
    try {
      parsed = parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true });
    } catch (error) {
      throw new UsageError({ en: (error as Error).message, ar: `خيار غير معروف أو ناقص: ${(error as Error).message}` });
    }
    const { values, positionals } = parsed;
    if (values.lang !== undefined && values.lang !== 'ar' && values.lang !== 'en')
      throw new UsageError({ en: '--lang must be "ar" or "en"', ar: 'يجب أن تكون قيمة ‎--lang‎ ‏"ar" أو "en"' });
    if (values.version) {
      io.out(packageVersion());
      return 0;
    }
    const [command, ...rest] = positionals;
    if (values.help || !command) {
      io.out(USAGE);
      return command || values.help ? 0 : 2;
    }
    const allowed = ALLOWED[command];
    if (!allowed) throw new UsageError({ en: `unknown command "${command}"`, ar: `أمر غير معروف "${command}"` });
    const extra = Object.keys(values).filter((k) => !['lang', 'help', ...allowed].includes(k));
    if (extra.length)
      throw new UsageError({
        en: `"${command}" takes no --${extra[0]} option`,
        ar: `الأمر "${command}" لا يقبل الخيار ‎--${extra[0]}‎`,
      });
    const want = (n: number, what: Text) => {
      if (rest.length < n)
        throw new UsageError({ en: `"${command}" needs ${what.en}`, ar: `الأمر "${command}" يحتاج ${what.ar}` });
      if (rest.length > n && command !== 'check')
        throw new UsageError({
          en: `"${command}" takes ${what.en} only`,
          ar: `الأمر "${command}" يأخذ ${what.ar} فقط`,
        });
    };
    switch (command) {
      case 'init':
        want(1, { en: 'a folder', ar: 'مجلدًا' });
        return init(rest[0]!, io);
      case 'build':
        want(1, { en: 'a story folder or file', ar: 'مجلد قصة أو ملفها' });
        return build(rest[0]!, values, io);
      case 'check':
        want(1, { en: 'one or more dataset files', ar: 'ملف بيانات واحدًا أو أكثر' });
        return check(rest, values, io);
      case 'import':
        want(2, { en: 'an events sheet and an excerpts sheet', ar: 'جدول أحداث وجدول اقتباسات' });
        return importSheets(rest[0]!, rest[1]!, values, io);
      case 'annotations':
        want(1, { en: 'a dataset file', ar: 'ملف بيانات' });
        return annotations(rest[0]!, values, io);
      default:
        want(1, { en: 'a story folder or file', ar: 'مجلد قصة أو ملفها' });
        return reanchorStory(rest[0]!, values, io);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`tarikh: ${error.text[io.lang]}`);
      io.err({ en: 'Run "tarikh --help" for the commands.', ar: 'شغّل "tarikh --help" لعرض الأوامر.' });
      return 2;
    }
    if (error instanceof CommandError) {
      io.err(`tarikh: ${error.text[io.lang]}`);
      return 1;
    }
    // Anything else is a bug in the command, not in the data: say so, with the stack for a report.
    io.err({
      en: `tarikh: unexpected failure, please report it: ${(error as Error)?.stack ?? String(error)}`,
      ar: `tarikh: عطل غير متوقع، يُرجى الإبلاغ عنه: ${(error as Error)?.stack ?? String(error)}`,
    });
    return 1;
  }
}

process.exitCode = main(process.argv.slice(2));
