import { expect } from '@open-wc/testing';
import { independenceOf } from '../../src/model/independence.js';
import type { Dataset, Excerpt, Source, TimelineEvent } from '../../src/model/types.js';

const AFP = 'قال بوتين إنها وثيقة ثورية فعلا. وصل بوتين قبل الفجر.';
const COPY = 'قال بوتين إنها وثيقة ثورية فعلا. وقال كلامًا آخر لم تنقله فرانس برس.';
const OTHER = 'قالت وكالة أخرى كلامًا مختلفًا.';

const source = (id: string, text: string, reproduces?: Source['reproduces']): Source => ({
  id,
  title: { ar: 'عنوان', en: 'Headline' },
  outlet: { ar: 'وكالة', en: id },
  lang: 'ar',
  text,
  ...(reproduces ? { reproduces } : {}),
});
const note = { ar: 'ينقل نص فرانس برس', en: "carries AFP's copy" };
const excerpt = (src: Source, quote: string): Excerpt => {
  const start = src.text.indexOf(quote);
  expect(start).to.be.at.least(0);
  return { source: src.id, quote, start, end: start + quote.length, translation: { ar: quote, en: 'x' } };
};
const event = (excerpts: Excerpt[], disputes: Excerpt[][] = []): TimelineEvent => ({
  id: 'e',
  date: '2024-06-19',
  title: { ar: 'حدث', en: 'Event' },
  excerpts,
  disputes: disputes.map((d) => ({ note, excerpts: d })),
});

describe('independenceOf', () => {
  const afp = source('afp', AFP);
  const other = source('other', OTHER);
  const whole = source('copy', COPY, [{ source: 'afp', note }]);
  const partly = source('copy', COPY, [{ source: 'afp', note, passages: ['قال بوتين إنها وثيقة ثورية فعلا.'] }]);
  const data = (...sources: Source[]): Dataset => ({ title: { ar: 'ع', en: 't' }, sources, events: [] });

  it('counts a source that reproduces another cited source as one witness with it, and says which', () => {
    const result = independenceOf(event([excerpt(afp, 'ثورية'), excerpt(whole, 'ثورية')]), data(afp, whole));
    expect(result.sources).to.deep.equal(['afp', 'copy']);
    expect(result.independent).to.equal(1);
    expect(result.copies.map((c) => [c.from.id, c.to.id, c.note.en])).to.deep.equal([['copy', 'afp', note.en]]);
  });

  it('counts the copy as independent when the original is not cited', () => {
    const result = independenceOf(event([excerpt(whole, 'ثورية'), excerpt(other, 'مختلفًا')]), data(afp, whole, other));
    expect([result.sources.length, result.independent, result.copies]).to.deep.equal([2, 2, []]);
  });

  it('with passages, only excerpts inside them are copies: one excerpt outside keeps the source independent', () => {
    const inside = independenceOf(event([excerpt(afp, 'ثورية'), excerpt(partly, 'وثيقة ثورية')]), data(afp, partly));
    expect(inside.independent).to.equal(1);
    const outside = independenceOf(
      event([excerpt(afp, 'ثورية'), excerpt(partly, 'وثيقة ثورية'), excerpt(partly, 'كلامًا آخر')]),
      data(afp, partly),
    );
    expect([outside.sources.length, outside.independent, outside.copies]).to.deep.equal([2, 2, []]);
  });

  it('counts the excerpts of disputes too, each source once, and ignores unknown sources and junk', () => {
    const junk = [null, 5, { source: 7 }] as unknown as Excerpt[];
    const result = independenceOf(
      event(
        [excerpt(afp, 'ثورية'), ...junk, { ...excerpt(afp, 'ثورية'), source: 'nowhere' }],
        [[excerpt(whole, 'ثورية')]],
      ),
      data(afp, whole),
    );
    expect([result.sources, result.independent]).to.deep.equal([['afp', 'copy'], 1]);
  });

  it('rests on one witness, not none, when two cited sources each claim to reproduce the other', () => {
    const a = source('afp', AFP, [{ source: 'copy', note }]);
    const result = independenceOf(event([excerpt(a, 'ثورية'), excerpt(whole, 'ثورية')]), data(a, whole));
    expect(result.independent).to.equal(1);
  });

  it('is zero sources for an event that cites none, and survives a missing dataset', () => {
    expect(independenceOf(event([]), data(afp))).to.deep.equal({ sources: [], independent: 0, copies: [] });
    expect(independenceOf(event([excerpt(afp, 'ثورية')]), null).sources).to.deep.equal([]);
  });
});
