/**
 * `npm run data`: builds data/vostochny-pyongyang.json from the authoring file and the article
 * texts, computing each excerpt's UTF-16 offsets. Fails loudly, naming the event and the quote,
 * when a quote is not in its article or its occurrence does not exist.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Dataset, Excerpt, Source, TimelineEvent } from '../../src/model/types.js';
import type { AuthoredDataset, AuthoredExcerpt } from './authoring.js';

const dataDir = join(dirname(fileURLToPath(import.meta.url)), '..');

export function locate(text: string, quote: string, occurrence = 1): number {
  let at = -1;
  for (let n = 0; n < occurrence; n += 1) {
    at = text.indexOf(quote, at + 1);
    if (at < 0) return -1;
  }
  return at;
}

export function buildDataset(
  authored: AuthoredDataset,
  readSource: (file: string) => string,
): { dataset: Dataset; errors: string[] } {
  const errors: string[] = [];
  const sources: Source[] = authored.sources.map(({ file, publishedNote: _note, ...source }) => ({
    ...source,
    text: readSource(file),
  }));
  const texts = new Map(sources.map((s) => [s.id, s.text]));
  const toExcerpt = (excerpt: AuthoredExcerpt, where: string): Excerpt => {
    const { occurrence, ...rest } = excerpt;
    const text = texts.get(excerpt.source);
    if (text === undefined) {
      errors.push(`${where}: no source "${excerpt.source}"`);
      return { ...rest, start: 0, end: 0 };
    }
    const start = locate(text, excerpt.quote, occurrence ?? 1);
    if (start < 0) {
      errors.push(
        `${where}: quote not found in ${excerpt.source}${occurrence ? ` (occurrence ${occurrence})` : ''}: «${excerpt.quote}»`,
      );
      return { ...rest, start: 0, end: 0 };
    }
    if (occurrence === undefined && locate(text, excerpt.quote, 2) >= 0) {
      errors.push(`${where}: quote occurs more than once in ${excerpt.source}; give "occurrence": «${excerpt.quote}»`);
    }
    return {
      source: rest.source,
      quote: rest.quote,
      start,
      end: start + excerpt.quote.length,
      translation: rest.translation,
    };
  };
  const events: TimelineEvent[] = authored.events.map(({ disputes, ...event }) => ({
    ...event,
    excerpts: event.excerpts.map((e, i) => toExcerpt(e, `event "${event.id}" excerpt ${i + 1}`)),
    ...(disputes
      ? {
          disputes: disputes.map((d, j) => ({
            note: d.note,
            excerpts: d.excerpts.map((e, i) => toExcerpt(e, `event "${event.id}" dispute ${j + 1} excerpt ${i + 1}`)),
          })),
        }
      : {}),
  }));
  const { sources: _s, events: _e, ...rest } = authored;
  return { dataset: { ...rest, sources, events }, errors };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const authored = JSON.parse(
    readFileSync(join(dataDir, 'story', 'vostochny-pyongyang.authoring.json'), 'utf8'),
  ) as AuthoredDataset;
  const { dataset, errors } = buildDataset(authored, (file) => readFileSync(join(dataDir, 'sources', file), 'utf8'));
  if (errors.length) {
    for (const error of errors) console.error(`data: ${error}`);
    console.error(`data: ${errors.length} problem(s); data/vostochny-pyongyang.json was not written.`);
    process.exit(1);
  }
  writeFileSync(join(dataDir, 'vostochny-pyongyang.json'), `${JSON.stringify(dataset, null, 2)}\n`);
  console.log(
    `data: wrote data/vostochny-pyongyang.json (${dataset.events.length} events, ${dataset.sources.length} sources)`,
  );
}
