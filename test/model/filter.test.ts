import { expect } from '@open-wc/testing';
import { eventFilter, normalizeForSearch, searchableText } from '../../src/model/filter.js';
import type { Dataset, TimelineEvent } from '../../src/model/types.js';

const event = (id: string, more: Partial<TimelineEvent> = {}): TimelineEvent => ({
  id,
  date: '2024-06-19',
  title: { ar: `عنوان ${id}`, en: `Title ${id}` },
  excerpts: [],
  ...more,
});

const dataset: Dataset = {
  title: { ar: 'قصة', en: 'Story' },
  tracks: [{ id: 'treaties', label: { ar: 'معاهدات', en: 'Treaties' } }],
  sources: [],
  events: [],
};

const treaty = event('treaty', {
  title: { ar: 'توقيع معاهدة الشراكة', en: 'The partnership treaty is signed' },
  summary: { ar: 'وقّع بوتين وكيم معاهدة', en: 'Putin and Kim signed a treaty' },
  place: { ar: 'بيونغ يانغ', en: 'Pyongyang' },
  track: 'treaties',
  excerpts: [
    {
      source: 's',
      quote: 'اتفاقيّة دفاع مشترك',
      start: 0,
      end: 19,
      translation: { ar: 'اتفاقية دفاع مشترك', en: 'a joint défense agreement' },
    },
  ],
});

describe('search', () => {
  it('folds case, accents, harakat, tatweel and the Arabic letter variants', () => {
    expect(normalizeForSearch('PUTIN Pyongyang')).to.equal('putin pyongyang');
    expect(normalizeForSearch('Défense')).to.equal('defense');
    expect(normalizeForSearch('أحمد إيمان آمال')).to.equal('احمد ايمان امال');
    expect(normalizeForSearch('مُعَاهَدَة')).to.equal('معاهده');
    expect(normalizeForSearch('كـــيم')).to.equal('كيم');
    expect(normalizeForSearch('مستشفى')).to.equal('مستشفي');
  });

  /** The folding in full, as normalizeForSearch does it for text off its plain paths. */
  const full = (text: string) =>
    text
      .toLowerCase()
      .normalize('NFKD')
      .replace(/\p{M}|\u0640/gu, '')
      .replace(/[\u0622\u0623\u0625\u0671]/g, '\u0627')
      .replace(/ى/g, 'ي')
      .replace(/ة/g, 'ه');

  it('folds every character of its plain paths (ASCII, Arabic without marks) as the full folding does', () => {
    const plain = [
      [0, 0x7f],
      [0x60c, 0x60c],
      [0x61b, 0x61b],
      [0x61f, 0x61f],
      [0x621, 0x63a],
      [0x641, 0x64a],
      [0x660, 0x669],
    ];
    const chars = plain.flatMap(([from, to]) =>
      Array.from({ length: to! - from! + 1 }, (_, i) => String.fromCharCode(from! + i)),
    );
    for (const c of chars) expect(normalizeForSearch(c), `U+${c.charCodeAt(0).toString(16)}`).to.equal(full(c));
    // And whole texts, plain and not (harakat, tatweel, accents, wasla take the full path).
    for (const text of [
      'Kim Jong Un, 19 June 2024',
      'رئيس مجلس الدولة: "مؤتمر" في بيونغ يانغ؟ ١٩ يونيو، إلى آخره',
      'مُعَاهَدَة كـــيم ٱلشراكة Défense',
      chars.join(''),
    ])
      expect(normalizeForSearch(text)).to.equal(full(text));
  });

  it('searches titles, summaries, places, quotes, translations and the track name, in both languages', () => {
    const text = searchableText(treaty, new Map([['treaties', dataset.tracks![0]!.label]]));
    for (const needle of ['partnership', 'بوتين', 'pyongyang', 'دفاع', 'defense', 'treaties', 'معاهدات'])
      expect(text, needle).to.include(needle);
  });

  it('passes an event only when every word of the query is in it, in either language', () => {
    const other = event('other');
    const passes = (query: string, hidden: string[] = []) =>
      [treaty, other].filter(eventFilter(query, new Set(hidden), dataset)).map((e) => e.id);
    expect(passes('')).to.deep.equal(['treaty', 'other']);
    expect(passes('  TREATY  kim ')).to.deep.equal(['treaty']);
    expect(passes('treaty missile')).to.deep.equal([]);
    expect(passes('معاهدة احمد')).to.deep.equal([]);
    expect(passes('مُعاهدة')).to.deep.equal(['treaty']);
    expect(passes('Treaties')).to.deep.equal(['treaty']);
    expect(passes('title')).to.deep.equal(['other']);
    expect(passes('', ['treaties'])).to.deep.equal(['other']);
    expect(passes('treaty', ['treaties'])).to.deep.equal([]);
  });

  it('reads an event’s text once across queries, through the cache', () => {
    const cache = new WeakMap<TimelineEvent, string>();
    expect([treaty].filter(eventFilter('kim', new Set(), dataset, cache))).to.have.length(1);
    expect(cache.get(treaty)).to.include('kim');
    cache.set(treaty, 'only this');
    expect([treaty].filter(eventFilter('kim', new Set(), dataset, cache))).to.have.length(0);
    expect([treaty].filter(eventFilter('this', new Set(), dataset, cache))).to.have.length(1);
  });
});
