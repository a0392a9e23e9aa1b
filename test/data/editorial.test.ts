/**
 * Editorial checks of the bundled dataset (data/STYLE.md), each one a class of error the audit of
 * December 2026 found: a day claimed where the articles give none, a "dispute" that sets nothing
 * against anything, and the same dispute recorded twice.
 */
import { expect } from '@open-wc/testing';
import { independenceOf } from '../../src/model/independence.js';
import type { Dataset, Dispute, Excerpt, Source, TimelineEvent } from '../../src/model/types.js';
import { dayEvidence, disputeWitnesses, excerptKey } from './editorial.js';

let data: Dataset;
before(async () => {
  data = (await (await fetch('/data/vostochny-pyongyang.json')).json()) as Dataset;
});

const sourceOf = (id: string) => data.sources.find((s) => s.id === id)!;

describe('editorial rules of the bundled dataset', () => {
  it('claims day precision only where an excerpt names the day, or the note quotes the words of the article that give it', () => {
    const unsupported = data.events
      .filter((e) => e.precision === 'day' || (!e.precision && /^\d{4}-\d{2}-\d{2}/.test(e.date)))
      .filter((e) => !dayEvidence(e, sourceOf))
      .map((e) => e.id);
    expect(unsupported).to.deep.equal([]);
  });

  it('never calls a date approximate while claiming its day', () => {
    const approximate = data.events
      .filter((e) => e.precision === 'day' && /approximat/i.test(e.note ?? ''))
      .map((e) => e.id);
    expect(approximate).to.deep.equal([]);
  });

  it('sets at least two accounts against each other in every dispute: independent sources, or two passages of one article', () => {
    const weak = data.events.flatMap((e) =>
      (e.disputes ?? []).map((d, i) => ({ at: `${e.id} dispute ${i}`, n: disputeWitnesses(e, d, data) })),
    );
    expect(weak.filter((w) => w.n < 2).map((w) => w.at)).to.deep.equal([]);
  });

  it('records no dispute twice: no two disputes cite the same excerpts', () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const e of data.events)
      (e.disputes ?? []).forEach((d, i) => {
        const key = d.excerpts.map(excerptKey).sort().join('|');
        const first = seen.get(key);
        if (first) twice.push(`${first} = ${e.id} dispute ${i}`);
        else seen.set(key, `${e.id} dispute ${i}`);
      });
    expect(twice).to.deep.equal([]);
  });

  it('has the events and disputes the audit found missing', () => {
    const ids = data.events.map((e) => e.id);
    expect(ids).to.include.members(['kim-invites-putin', 'us-allies-accuse-arms-supply']);
    const disputes = data.events.reduce((n, e) => n + (e.disputes?.length ?? 0), 0);
    // 14 before the audit: 3 that were not disagreements became notes, 2 duplicates went, MD1-MD4 came.
    expect(disputes).to.equal(13);
  });
});

describe('the checks themselves', () => {
  const text = 'وصل بوتين صباح اليوم الأربعاء. وقال كلامًا. وقال كلامًا آخر.';
  const src: Source = { id: 's', title: { ar: 'ع', en: 't' }, outlet: { ar: 'و', en: 'o' }, lang: 'ar', text };
  const other: Source = { ...src, id: 'o', text: 'قالت وكالة أخرى شيئًا.' };
  const x = (quote: string, source: Source = src): Excerpt => {
    const start = source.text.indexOf(quote);
    return { source: source.id, quote, start, end: start + quote.length, translation: { ar: quote, en: 'x' } };
  };
  const event = (excerpts: Excerpt[], note?: string): TimelineEvent => ({
    id: 'e',
    date: '2024-06-19',
    precision: 'day',
    title: { ar: 'ع', en: 't' },
    excerpts,
    ...(note ? { note } : {}),
  });
  const get = (id: string) => (id === 's' ? src : other);
  const small: Dataset = { title: { ar: 'ع', en: 't' }, sources: [src, other], events: [] };

  it('dayEvidence: a weekday in an excerpt, or a day phrase of the source quoted in the note', () => {
    expect(dayEvidence(event([x('وصل بوتين صباح اليوم الأربعاء')]), get)).to.equal(true);
    expect(dayEvidence(event([x('وقال كلامًا')]), get)).to.equal(false);
    expect(dayEvidence(event([x('وقال كلامًا')], "The meeting of 'صباح اليوم الأربعاء'."), get)).to.equal(true);
    // A day phrase that is not in the article does not count, nor an English one.
    expect(dayEvidence(event([x('وقال كلامًا')], "'يوم الخميس', 'Wednesday'"), get)).to.equal(false);
  });

  it('disputeWitnesses: two sources, or two places in one article; the same words twice are one', () => {
    const dispute = (excerpts: Excerpt[]): Dispute => ({ note: { ar: 'ع', en: 't' }, excerpts });
    expect(disputeWitnesses(event([]), dispute([x('وقال كلامًا'), x('شيئًا', other)]), small)).to.equal(2);
    expect(disputeWitnesses(event([]), dispute([x('وقال كلامًا.'), x('وقال كلامًا آخر')]), small)).to.equal(2);
    expect(disputeWitnesses(event([]), dispute([x('وقال كلامًا')]), small)).to.equal(1);
    const copy: Source = { ...other, text: 'وقال كلامًا', reproduces: [{ source: 's', note: { ar: 'ع', en: 'n' } }] };
    const withCopy: Dataset = { ...small, sources: [src, copy] };
    expect(disputeWitnesses(event([]), dispute([x('وقال كلامًا'), x('وقال كلامًا', copy)]), withCopy)).to.equal(1);
  });

  it('agrees with the details panel on which sources are one witness', () => {
    const sanctions = data.events.find((e) => e.id === 'sanctions-on-russia')!;
    expect(independenceOf(sanctions, data).independent).to.equal(2);
  });
});

describe("the bundled story's order", () => {
  it('names only events of the story, once each, and tells both summits from the war to the treaty', () => {
    const order = data.story?.order ?? [];
    const byId = new Map(data.events.map((e) => [e.id, e]));
    expect(
      order.filter((id) => !byId.has(id)),
      'ids no event has',
    ).to.deep.equal([]);
    expect(new Set(order).size, 'each id once').to.equal(order.length);
    expect(order[0]).to.equal('russia-invades-ukraine');
    const at = (id: string) => order.indexOf(id);
    expect(at('vostochny-summit')).to.be.above(0);
    expect(at('vostochny-summit')).to.be.below(at('treaty-signed'));
    // Every event of the two summits' days is in it, so "Next" never skips one of them.
    const summitDays = data.events.filter((e) => /^(2023-09-13|2024-06-19)/.test(e.date)).map((e) => e.id);
    expect(summitDays.filter((id) => !order.includes(id))).to.deep.equal([]);
  });
});
