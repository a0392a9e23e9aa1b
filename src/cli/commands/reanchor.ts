/**
 * `tarikh reanchor DIR [--write] [--from dataset.json]`: after an article is corrected, each quote
 * is found again (src/authoring/reanchor.ts), using where it stood in the last build (DIR's
 * dataset.json, or --from) to recognise it. Reports what moved, what changed and what is lost;
 * only with --write is story.json updated (new quote texts, occurrences, prefixes and suffixes).
 * Exit status 1 when a quote is lost.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { shownQuote } from '../../authoring/build-dataset.js';
import { fold, type Folded } from '../../authoring/fold.js';
import { reanchor, type PreviousAnchor, type Reanchored } from '../../authoring/reanchor.js';
import type { AuthoredExcerpt } from '../../authoring/types.js';
import type { Dataset, Excerpt, Text } from '../../model/types.js';
import { articleReader, locateStory, readJson, readStory, shownPath, writeJson } from '../files.js';
import type { Output } from '../output.js';

export interface ReanchorOptions {
  write?: boolean;
  from?: string;
  sources?: string;
}

export function reanchorStory(target: string, options: ReanchorOptions, io: Output): number {
  const location = locateStory(target, options.sources);
  const story = readStory(location);
  const previousFile = options.from ? resolve(options.from) : join(location.dir, 'dataset.json');
  const previous = existsSync(previousFile) ? (readJson(previousFile) as Dataset) : null;
  if (!previous)
    io.err({
      en: `reanchor: no earlier build (${shownPath(previousFile)}); quotes are matched without their old surroundings`,
      ar: `reanchor: لا بناء سابق (${shownPath(previousFile)})؛ تُطابَق الاقتباسات دون سياقها القديم`,
    });
  const read = articleReader(location.sourcesDir);
  const texts = new Map<string, { text: string; folded?: Folded } | null>();
  const textOf = (id: string) => {
    if (!texts.has(id)) {
      const source = story.sources.find((s) => s.id === id);
      let entry: { text: string } | null = null;
      try {
        if (source) entry = { text: read(source.file) };
      } catch {
        entry = null;
      }
      texts.set(id, entry);
    }
    return texts.get(id) ?? null;
  };
  const oldSources = new Map((previous?.sources ?? []).map((s) => [s.id, s]));
  const oldEvents = new Map((previous?.events ?? []).map((e) => [e.id, e]));
  const counts = { unchanged: 0, moved: 0, changed: 0, lost: 0 };
  let updated = 0;
  const visit = (excerpt: AuthoredExcerpt, old: Excerpt | undefined, where: Text) => {
    const entry = textOf(excerpt.source);
    const oldSource = old && old.source === excerpt.source ? oldSources.get(old.source) : undefined;
    const anchor: PreviousAnchor | undefined =
      old && oldSource && typeof oldSource.text === 'string' && oldSource.text.slice(old.start, old.end) === old.quote
        ? { text: oldSource.text, start: old.start, end: old.end }
        : undefined;
    let result: Reanchored;
    if (!entry) result = { status: 'lost', similarity: 0, selector: excerpt };
    else {
      const folded = () => (entry.folded ??= fold(entry.text));
      result = reanchor(entry.text, excerpt, anchor, folded);
    }
    counts[result.status] += 1;
    const q = shownQuote(excerpt.quote, 60);
    const percent = Math.round(result.similarity * 100);
    if (result.status === 'moved')
      io.out({
        en: `moved    ${where.en}: ${anchor ? `${anchor.start}–${anchor.end} → ` : ''}${result.start}–${result.end} «${q}»`,
        ar: `انتقل    ${where.ar}: ${anchor ? `${anchor.start}–${anchor.end} ← ` : ''}${result.start}–${result.end} «${q}»`,
      });
    else if (result.status === 'changed')
      io.out({
        en: `changed  ${where.en} (${percent}% alike): «${q}» → «${shownQuote(result.selector.quote, 60)}»`,
        ar: `تغيّر    ${where.ar} (تشابه ${percent}٪): «${q}» ← «${shownQuote(result.selector.quote, 60)}»`,
      });
    else if (result.status === 'lost')
      io.out({
        en: `lost     ${where.en}${entry ? ` (closest passage ${percent}% alike)` : ' (its article cannot be read)'}: «${q}»`,
        ar: `مفقود    ${where.ar}${entry ? ` (أقرب مقطع بتشابه ${percent}٪)` : ' (تعذّرت قراءة مقاله)'}: «${q}»`,
      });
    const placing = (x: Partial<AuthoredExcerpt>) => [x.quote, x.occurrence, x.prefix, x.suffix];
    if (result.status !== 'lost' && JSON.stringify(placing(result.selector)) !== JSON.stringify(placing(excerpt))) {
      updated += 1;
      if (options.write) {
        for (const key of ['occurrence', 'prefix', 'suffix'] as const) delete excerpt[key];
        Object.assign(excerpt, result.selector);
      }
    }
  };
  for (const event of story.events) {
    const old = oldEvents.get(event.id);
    const label = (en: string, ar: string): Text => ({
      en: `event "${event.id}" ${en}`,
      ar: `الحدث "${event.id}" ${ar}`,
    });
    event.excerpts.forEach((x, i) => visit(x, old?.excerpts[i], label(`excerpt ${i + 1}`, `الاقتباس ${i + 1}`)));
    event.disputes?.forEach((d, j) =>
      d.excerpts.forEach((x, i) =>
        visit(
          x,
          old?.disputes?.[j]?.excerpts[i],
          label(`dispute ${j + 1} excerpt ${i + 1}`, `الخلاف ${j + 1} الاقتباس ${i + 1}`),
        ),
      ),
    );
  }
  const { unchanged, moved, changed, lost } = counts;
  io.out({
    en: `reanchor: ${unchanged} unchanged, ${moved} moved, ${changed} changed, ${lost} lost.`,
    ar: `reanchor: ${unchanged} دون تغيير، ${moved} انتقل، ${changed} تغيّر، ${lost} مفقود.`,
  });
  if (updated && options.write) {
    writeJson(location.storyFile, story);
    io.out({
      en: `reanchor: updated ${updated} excerpt(s) in ${shownPath(location.storyFile)}; now run "tarikh build".`,
      ar: `reanchor: حُدّث ${updated} اقتباسًا في ${shownPath(location.storyFile)}؛ شغّل الآن "tarikh build".`,
    });
  } else if (updated)
    io.out({
      en: `reanchor: ${updated} excerpt(s) of ${shownPath(location.storyFile)} would change; nothing was written (add --write).`,
      ar: `reanchor: سيتغيّر ${updated} اقتباسًا في ${shownPath(location.storyFile)}؛ لم يُكتب شيء (أضف ‎--write‎).`,
    });
  return lost ? 1 : 0;
}
