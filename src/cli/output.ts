/** The command's voice: one language per run (`--lang`, else the environment's), text always text. */
import type { Lang, Text } from '../model/types.js';

/** The language of the messages: `--lang`, else TARIKH_LANG, LC_ALL, LC_MESSAGES or LANG starting with "ar". */
export function pickLang(option: string | undefined, env: NodeJS.ProcessEnv = process.env): Lang {
  if (option === 'ar' || option === 'en') return option;
  const fromEnv = env.TARIKH_LANG || env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^ar\b|^ar_/.test(fromEnv) ? 'ar' : 'en';
}

export interface Output {
  lang: Lang;
  /** A line on standard output. */
  out(text: Text | string): void;
  /** A line on standard error. */
  err(text: Text | string): void;
  /** A progress line, rewritten in place on a terminal. */
  progress(text: Text): void;
}

export function createOutput(lang: Lang): Output {
  const pick = (text: Text | string) => (typeof text === 'string' ? text : text[lang]);
  let inPlace = false;
  const endProgress = () => {
    if (inPlace) process.stderr.write('\n');
    inPlace = false;
  };
  return {
    lang,
    out(text) {
      endProgress();
      process.stdout.write(`${pick(text)}\n`);
    },
    err(text) {
      endProgress();
      process.stderr.write(`${pick(text)}\n`);
    },
    progress(text) {
      if (process.stderr.isTTY) {
        process.stderr.write(`\r${pick(text)}\u001b[K`);
        inPlace = true;
      } else process.stderr.write(`${pick(text)}\n`);
    },
  };
}

/** A usage mistake (unknown option, missing argument): exit status 2. */
export class UsageError extends Error {
  constructor(readonly text: Text) {
    super(text.en);
  }
}

/** A failure that stops the command with a message and exit status 1. */
export class CommandError extends Error {
  constructor(readonly text: Text) {
    super(text.en);
  }
}
