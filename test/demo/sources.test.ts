import { expect } from '@open-wc/testing';
import { citationCounts } from '../../demo/sources.js';
import type { Dataset, Excerpt, TimelineEvent } from '../../src/index.js';

const excerpt = (source: string): Excerpt => ({
  source,
  quote: 'q',
  start: 0,
  end: 1,
  translation: { ar: 'q', en: 'q' },
});
const text = { ar: 'ن', en: 't' };
const event = (id: string, excerpts: Excerpt[], disputes: Excerpt[][] = []): TimelineEvent => ({
  id,
  date: '2024-06-19',
  title: text,
  excerpts,
  disputes: disputes.map((d) => ({ note: text, excerpts: d })),
});
const source = (id: string) => ({ id, title: text, outlet: text, lang: 'ar' as const, text: 'q' });

describe('demo sources', () => {
  it('counts each event once per source it cites, in its excerpts or its disputes', () => {
    const data: Pick<Dataset, 'sources' | 'events'> = {
      sources: [source('a'), source('b'), source('c')],
      events: [
        event('1', [excerpt('a'), excerpt('a'), excerpt('b')]),
        event('2', [excerpt('a')], [[excerpt('c'), excerpt('a')]]),
        event('3', [excerpt('unknown')]),
      ],
    };
    expect([...citationCounts(data)]).to.deep.equal([
      ['a', 2],
      ['b', 1],
      ['c', 1],
    ]);
  });

  it('gives a source nobody cites a count of 0', () => {
    expect(citationCounts({ sources: [source('a')], events: [] }).get('a')).to.equal(0);
  });
});
