import { independenceOf } from '../../src/model/independence.js';
import type { Dataset, Dispute, Excerpt, Source, TimelineEvent } from '../../src/model/types.js';

/** Words by which an Arabic article gives a day: a weekday, a day of a named month, or a day relative to its own. */
const DAY =
  /(الاثنين|الإثنين|الثلاثاء|الأربعاء|الاربعاء|الخميس|الجمعة|السبت|الأحد|أمس|امس|اليوم|عشية|الليلة الماضية|\d{2}\.\d{2}\.\d{4}|\d{1,2}\s+(كانون|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين))/;

/**
 * Phrases the note quotes from an article, in '…' or «…»: without Latin letters, so that the
 * apostrophe of "Putin's" does not open a quotation.
 */
const quoted = (note: string) =>
  [...note.matchAll(/'([^'A-Za-z]*[\u0600-\u06ff\d][^'A-Za-z]*)'|«([^»]+)»/g)].map((m) => m[1] ?? m[2]!);

/**
 * Whether an event's day is supported: one of its excerpts names the day, or its note quotes, in the
 * words of one of the articles it cites, the phrase that gives the day (how it was derived).
 */
export function dayEvidence(event: TimelineEvent, source: (id: string) => Source | undefined): boolean {
  if (event.excerpts.some((x) => DAY.test(x.quote))) return true;
  const texts = [...new Set(event.excerpts.map((x) => x.source))].map((id) => source(id)?.text ?? '');
  return quoted(event.note ?? '').some((phrase) => DAY.test(phrase) && texts.some((t) => t.includes(phrase)));
}

export const excerptKey = (x: Excerpt) => `${x.source}@${x.start}-${x.end}`;

/**
 * How many accounts a dispute sets against each other: its sources counted as the details panel
 * counts them (a copy of another cited source is one witness with it), or, within one article, the
 * passages that do not overlap. Excerpts with the same words count once.
 */
export function disputeWitnesses(event: TimelineEvent, dispute: Dispute, data: Dataset): number {
  const distinct = dispute.excerpts.filter((x, i, all) => all.findIndex((y) => y.quote === x.quote) === i);
  const asEvent: TimelineEvent = { ...event, excerpts: distinct, disputes: [] };
  const independent = independenceOf(asEvent, data).independent;
  if (independent >= 2) return independent;
  const bySource = new Map<string, Excerpt[]>();
  for (const x of distinct) bySource.set(x.source, [...(bySource.get(x.source) ?? []), x]);
  let most = independent;
  for (const list of bySource.values()) {
    const sorted = [...list].sort((a, b) => a.start - b.start);
    let apart = sorted.length ? 1 : 0;
    for (let i = 1; i < sorted.length; i += 1) if (sorted[i]!.start >= sorted[i - 1]!.end) apart += 1;
    most = Math.max(most, apart);
  }
  return most;
}
