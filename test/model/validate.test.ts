import { expect } from '@open-wc/testing';
import type { Arbitrary } from 'fast-check';
import { parseIsoDate } from '../../src/model/dates.js';
import type { Dataset, Excerpt } from '../../src/model/types.js';
import type { Problem } from '../../src/model/validate.js';
import { validateDataset, validatorsForTesting } from '../../src/model/validate.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const TEXT = 'وصل بوتين إلى بيونغ يانغ قبل فجر الأربعاء. Putin arrived before dawn.';
const WEDNESDAY = TEXT.indexOf('الأربعاء');

/** A small dataset with no problems at all; each test breaks one thing in a copy of it. */
function base(): Json {
  return {
    title: { ar: 'مجموعة اختبار', en: 'Test dataset' },
    view: { start: '2024-06-01', end: '2024-06-30' },
    tracks: [{ id: 'diplomacy', label: { ar: 'دبلوماسية', en: 'Diplomacy' } }],
    sources: [
      {
        id: 'a',
        title: { ar: 'عنوان', en: 'Headline' },
        outlet: { ar: 'وكالة', en: 'Agency' },
        published: '2024-06-19',
        lang: 'ar',
        url: 'https://example.org/a',
        text: TEXT,
      },
    ],
    events: [
      {
        id: 'arrival',
        date: '2024-06-19',
        precision: 'day',
        title: { ar: 'الوصول', en: 'Arrival' },
        track: 'diplomacy',
        excerpts: [
          {
            source: 'a',
            quote: 'وصل بوتين',
            start: 0,
            end: 'وصل بوتين'.length,
            translation: { ar: 'وصل بوتين', en: 'Putin arrived' },
          },
        ],
        disputes: [
          {
            note: { ar: 'ملاحظة', en: 'A note' },
            excerpts: [
              {
                source: 'a',
                quote: 'الأربعاء',
                start: WEDNESDAY,
                end: WEDNESDAY + 8,
                translation: { ar: 'الأربعاء', en: 'Wednesday' },
              },
            ],
          },
        ],
      },
      {
        id: 'history',
        date: '2000',
        precision: 'year',
        context: true,
        title: { ar: 'تاريخ', en: 'History' },
        excerpts: [],
      },
    ],
  };
}

function broken(change: (d: Json) => void): Json {
  const d = base();
  change(d);
  return d;
}

/**
 * A broken source or track is dropped, so whatever cites it is reported too: the first problem is
 * the broken thing itself, the rest point back to it.
 */
function first(input: unknown, cascade: string[]): Problem {
  const { problems } = validateDataset(input);
  expect(problems.slice(1).map((p) => `${p.path}: ${p.message.en}`)).to.deep.equal(cascade);
  return problems[0];
}

const CITES_BROKEN_SOURCE = [
  '$.events[0].excerpts[0].source: the source "a" is itself invalid (see $.sources[0])',
  '$.events[0].disputes[0].excerpts[0].source: the source "a" is itself invalid (see $.sources[0])',
];

/** The single problem a fixture must produce, with its path, level and (English) message. */
function only(input: unknown): Problem {
  const { problems } = validateDataset(input);
  expect(problems, JSON.stringify(problems)).to.have.length(1);
  const [p] = problems;
  expect(p.message.ar.trim(), 'Arabic message').to.not.equal('');
  expect(p.message.en.trim(), 'English message').to.not.equal('');
  return p;
}

describe('validateDataset', () => {
  it('finds no problem in the valid base fixture', () => {
    expect(TEXT.slice(WEDNESDAY, WEDNESDAY + 8)).to.equal('الأربعاء');
    const { problems, rejected, unverified, dataset } = validateDataset(base());
    expect(problems).to.deep.equal([]);
    expect(rejected).to.deep.equal([]);
    expect(unverified.size).to.equal(0);
    expect(dataset!.events.map((e) => e.id)).to.deep.equal(['arrival', 'history']);
  });

  it('rejects input that is not a dataset object at $', () => {
    for (const input of [null, 42, 'x', [], undefined]) {
      const p = only(input);
      expect(p.path).to.equal('$');
      expect(p.level).to.equal('error');
      expect(p.message.en).to.match(/not a dataset/);
    }
  });

  it('reports a missing list of events at $.events', () => {
    const p = only(broken((d) => delete d.events));
    expect(p.path).to.equal('$.events');
    expect(p.message.en).to.match(/no list of events/);
  });

  it('reports a duplicate event id and drops the second event', () => {
    const input = broken((d) => (d.events[1].id = 'arrival'));
    const p = only(input);
    expect(p.path).to.equal('$.events[1].id');
    expect(p.level).to.equal('error');
    expect(p.message.en).to.equal('the event id "arrival" is used twice');
    const { dataset, rejected } = validateDataset(input);
    expect(dataset!.events).to.have.length(1);
    expect(rejected).to.deep.equal(['arrival']);
  });

  it('reports a duplicate source id', () => {
    const p = only(broken((d) => d.sources.push({ ...d.sources[0] })));
    expect(p.path).to.equal('$.sources[1].id');
    expect(p.message.en).to.equal('the source id "a" is used twice');
  });

  it('reports a duplicate track id', () => {
    const p = only(broken((d) => d.tracks.push({ id: 'diplomacy', label: { ar: 'ثانٍ', en: 'Again' } })));
    expect(p.path).to.equal('$.tracks[1].id');
    expect(p.message.en).to.equal('the track id "diplomacy" is used twice');
  });

  it('reports an excerpt citing a source that does not exist, and drops its event', () => {
    const input = broken((d) => (d.events[0].excerpts[0].source = 'nowhere'));
    const p = only(input);
    expect(p.path).to.equal('$.events[0].excerpts[0].source');
    expect(p.level).to.equal('error');
    expect(p.message.en).to.equal('no source has the id "nowhere"');
    expect(validateDataset(input).rejected).to.deep.equal(['arrival']);
  });

  it('reports a dispute excerpt citing a source that does not exist', () => {
    const p = only(broken((d) => (d.events[0].disputes[0].excerpts[0].source = 'b')));
    expect(p.path).to.equal('$.events[0].disputes[0].excerpts[0].source');
    expect(p.message.en).to.equal('no source has the id "b"');
  });

  it('reports an event on a track that does not exist', () => {
    const p = only(broken((d) => (d.events[0].track = 'sport')));
    expect(p.path).to.equal('$.events[0].track');
    expect(p.message.en).to.equal('no track has the id "sport"');
  });

  it('warns about a quote that is not the text at its offsets, keeps the event and marks the excerpt unverified', () => {
    const input = broken((d) => (d.events[0].excerpts[0].start = 1));
    const p = only(input);
    expect(p.path).to.equal('$.events[0].excerpts[0]');
    expect(p.level).to.equal('warning');
    expect(p.message.en).to.equal('the quote is not the text of source "a" at 1–9');
    const { dataset, unverified } = validateDataset(input);
    expect(dataset!.events).to.have.length(2);
    const marked = unverified.get('arrival') as Set<Excerpt>;
    expect([...marked].map((e) => e.quote)).to.deep.equal(['وصل بوتين']);
  });

  it("shares a verified quote's passage with its source and keeps an unverified quote as written", () => {
    const input = base();
    const arrival = input.events[0];
    // An unverified quote: its offsets point one character further on.
    arrival.disputes[0].excerpts[0].start += 1;
    arrival.disputes[0].excerpts[0].end += 1;
    const given = JSON.stringify(input);
    for (const result of [validateDataset(input), validatorsForTesting.owned(JSON.parse(given))]) {
      const [verified] = result.dataset!.events[0].excerpts;
      expect(verified.quote).to.equal('وصل بوتين');
      expect(verified.translation).to.deep.equal({ ar: 'وصل بوتين', en: 'Putin arrived' });
      expect(verified.source).to.equal('a');
      const [unverified] = result.dataset!.events[0].disputes![0].excerpts;
      expect(unverified.quote).to.equal('الأربعاء');
      expect(unverified.translation).to.deep.equal({ ar: 'الأربعاء', en: 'Wednesday' });
      expect(result.unverified.get('arrival')!.has(unverified)).to.equal(true);
    }
    // The page's own objects are read, never written.
    expect(JSON.stringify(input)).to.equal(given);
  });

  it('gives excerpts of one passage translated alike one translation, and keeps every translation as written', () => {
    const input = base();
    const [arrival] = input.events;
    const excerpt = arrival.excerpts[0];
    const translations = [
      { ar: 'وصل بوتين', en: 'Putin arrived' },
      { ar: 'وصل بوتين', en: 'Putin arrived' },
      { ar: 'وصل بوتين', en: 'Putin came' },
      { ar: 'وصل بوتين', en: 'Putin came' },
    ];
    input.events = translations.map((translation, i) => ({
      ...arrival,
      id: `e${i}`,
      excerpts: [{ ...excerpt, translation }],
      // The first event's dispute quotes the passage too; the last one's quote is not the text at its offsets.
      disputes: i === 0 ? [{ note: arrival.disputes[0].note, excerpts: [{ ...excerpt, translation }] }] : undefined,
    }));
    input.events[3].excerpts[0].start = 1;
    const given = JSON.stringify(input);
    for (const result of [validateDataset(input), validatorsForTesting.owned(JSON.parse(given))]) {
      const events = result.dataset!.events;
      expect(events.map((e) => e.excerpts[0]!.translation)).to.deep.equal(translations);
      const [a, b, c, d] = events.map((e) => e.excerpts[0]!.translation);
      expect(b).to.equal(a);
      expect(events[0]!.disputes![0]!.excerpts[0]!.translation).to.equal(a);
      expect(c).not.to.equal(a);
      // An unverified excerpt is kept as it was given.
      expect(d).not.to.equal(c);
      expect(result.unverified.get('e3')!.has(events[3]!.excerpts[0]!)).to.equal(true);
    }
    expect(JSON.stringify(input)).to.equal(given);
  });

  it('keeps each date as written where dates alike are given one string, and dates of one slot apart', () => {
    const input = base();
    const [arrival] = input.events;
    // 65,536 minutes apart: the two dates meet in one slot of the table of date strings.
    const dates = ['2024-01-01T00:00Z', '2024-02-15T12:16Z', '2024-01-01T00:00Z', '2024-01-01', '2024-02-15T12:16Z'];
    input.events = dates.map((date, i) => ({
      ...arrival,
      id: `e${i}`,
      date,
      precision: undefined,
      disputes: undefined,
    }));
    for (const result of [validateDataset(input), validatorsForTesting.owned(JSON.parse(JSON.stringify(input)))]) {
      expect(result.problems).to.deep.equal([]);
      expect(result.dataset!.events.map((e) => e.date)).to.deep.equal(dates);
    }
  });

  it('warns about a dispute quote that differs from the text by one character', () => {
    const input = broken((d) => (d.events[0].disputes[0].excerpts[0].quote = 'الاربعاء'));
    const p = only(input);
    expect(p.path).to.equal('$.events[0].disputes[0].excerpts[0]');
    expect(p.level).to.equal('warning');
    expect(validateDataset(input).unverified.get('arrival')!.size).to.equal(1);
  });

  it('reports offsets that are not whole numbers in order', () => {
    const p = only(broken((d) => Object.assign(d.events[0].excerpts[0], { start: 5, end: 2 })));
    expect(p.path).to.equal('$.events[0].excerpts[0].start');
    expect(p.message.en).to.match(/whole numbers with start < end/);
  });

  it('reports a title without English text', () => {
    const p = only(broken((d) => (d.events[0].title.en = '   ')));
    expect(p.path).to.equal('$.events[0].title.en');
    expect(p.message.en).to.equal('the title has no English text');
  });

  it('reports a translation without Arabic text', () => {
    const p = only(broken((d) => delete d.events[0].excerpts[0].translation.ar));
    expect(p.path).to.equal('$.events[0].excerpts[0].translation.ar');
    expect(p.message.en).to.equal('the translation has no Arabic text');
  });

  it('reports a source outlet that is a plain string instead of both languages', () => {
    const p = first(
      broken((d) => (d.sources[0].outlet = 'AFP')),
      CITES_BROKEN_SOURCE,
    );
    expect(p.path).to.equal('$.sources[0].outlet');
    expect(p.message.en).to.match(/must be an object with "ar" and "en"/);
  });

  it('reports a dispute note missing a language', () => {
    const p = only(broken((d) => (d.events[0].disputes[0].note = { ar: 'ملاحظة' })));
    expect(p.path).to.equal('$.events[0].disputes[0].note.en');
    expect(p.message.en).to.equal('the dispute note has no English text');
  });

  it('reports a track label missing a language', () => {
    const p = first(
      broken((d) => (d.tracks[0].label = { en: 'Diplomacy' })),
      ['$.events[0].track: the track "diplomacy" is itself invalid (see $.tracks[0])'],
    );
    expect(p.path).to.equal('$.tracks[0].label.ar');
    expect(p.message.en).to.equal('the track label has no Arabic text');
  });

  it('reports a date that does not parse, and one that names an impossible day', () => {
    for (const date of ['19/06/2024', '2023-02-30']) {
      const p = only(broken((d) => (d.events[0].date = date)));
      expect(p.path).to.equal('$.events[0].date');
      expect(p.message.en).to.equal(`"${date}" is not an ISO 8601 date`);
    }
  });

  it('reports an end that does not parse', () => {
    const p = only(broken((d) => (d.events[0].end = 'tomorrow')));
    expect(p.path).to.equal('$.events[0].end');
    expect(p.message.en).to.equal('"tomorrow" is not an ISO 8601 date');
  });

  it('reports an end before the date', () => {
    const p = only(broken((d) => (d.events[0].end = '2024-06-18')));
    expect(p.path).to.equal('$.events[0].end');
    expect(p.level).to.equal('error');
    expect(p.message.en).to.equal('the event ends (2024-06-18) before it starts (2024-06-19)');
  });

  it('accepts an end on the same day as the date', () => {
    expect(validateDataset(broken((d) => (d.events[0].end = '2024-06-19'))).problems).to.deep.equal([]);
  });

  it('reports an unknown precision', () => {
    const p = only(broken((d) => (d.events[0].precision = 'week')));
    expect(p.path).to.equal('$.events[0].precision');
    expect(p.message.en).to.match(/year, month, day, hour or minute/);
  });

  it('flags a javascript: link as not http(s)', () => {
    const p = only(broken((d) => (d.sources[0].url = 'javascript:alert(1)')));
    expect(p.path).to.equal('$.sources[0].url');
    expect(p.level).to.equal('warning');
    expect(p.message.en).to.equal('the link is not an http(s) URL and will not be shown');
  });

  it('flags a relative link as not http(s)', () => {
    expect(only(broken((d) => (d.sources[0].url = '/articles/1'))).path).to.equal('$.sources[0].url');
  });

  it('flags a publication date that does not parse', () => {
    const p = only(broken((d) => (d.sources[0].published = 'June 2024')));
    expect(p.path).to.equal('$.sources[0].published');
    expect(p.message.en).to.equal('"June 2024" is not an ISO 8601 date');
  });

  it('reports a source without text', () => {
    const p = first(
      broken((d) => (d.sources[0].text = '')),
      CITES_BROKEN_SOURCE,
    );
    expect(p.path).to.equal('$.sources[0].text');
    expect(p.message.en).to.equal('the source has no text');
  });

  it('reports a source language other than ar or en', () => {
    const p = first(
      broken((d) => (d.sources[0].lang = 'fr')),
      CITES_BROKEN_SOURCE,
    );
    expect(p.path).to.equal('$.sources[0].lang');
    expect(p.message.en).to.equal('the source language must be "ar" or "en"');
  });

  it('warns about a story event that cites no excerpt, but not about a context event', () => {
    const p = only(broken((d) => (d.events[0].excerpts = [])));
    expect(p.path).to.equal('$.events[0].excerpts');
    expect(p.level).to.equal('warning');
    expect(p.message.en).to.match(/cites no excerpt/);
  });

  it('warns about a dispute that cites no excerpt', () => {
    const p = only(broken((d) => (d.events[0].disputes[0].excerpts = [])));
    expect(p.path).to.equal('$.events[0].disputes[0].excerpts');
    expect(p.level).to.equal('warning');
  });

  it('warns about a context flag that is not a boolean (and so treats the event as part of the story)', () => {
    const { problems } = validateDataset(broken((d) => (d.events[1].context = 'yes')));
    expect(problems.map((p) => [p.path, p.level])).to.deep.equal([
      ['$.events[1].context', 'warning'],
      ['$.events[1].excerpts', 'warning'],
    ]);
    expect(problems[0].message.en).to.equal('"context" must be true or false');
  });

  it('warns about a view whose end is before its start, at its end, and drops the view', () => {
    const input = broken((d) => (d.view = { start: '2024-07-01', end: '2024-06-01' }));
    const p = only(input);
    expect(p.path).to.equal('$.view.end');
    expect(p.level).to.equal('warning');
    expect(p.message.en).to.equal(
      'the view ends (2024-06-01) before it starts (2024-07-01); showing all events instead',
    );
    expect(validateDataset(input).dataset!.view).to.equal(undefined);
  });

  it('warns about each side of a view that is not a date, at that side, and drops the view', () => {
    const input = broken((d) => (d.view = { start: 'garbage', end: 'also' }));
    const { problems, dataset } = validateDataset(input);
    expect(problems.map((p) => [p.path, p.level, p.message.en])).to.deep.equal([
      ['$.view.start', 'warning', '"garbage" is not an ISO 8601 date; showing all events instead'],
      ['$.view.end', 'warning', '"also" is not an ISO 8601 date; showing all events instead'],
    ]);
    expect(problems[0]!.message.ar).to.equal('"garbage" ليس تاريخًا بصيغة ISO 8601؛ ستُعرض كل الأحداث');
    expect(dataset!.view).to.equal(undefined);
    expect(only(broken((d) => (d.view = { start: '2024-06-01' }))).path).to.equal('$.view.end');
    expect(only(broken((d) => (d.view = '2024'))).path).to.equal('$.view');
  });

  it('warns about a precision finer than its date, which cannot make the date finer, and keeps the event', () => {
    const input = broken((d) => (d.events[1].precision = 'minute'));
    const p = only(input);
    expect(p.path).to.equal('$.events[1].precision');
    expect(p.level).to.equal('warning');
    expect(p.message.en).to.equal('the precision "minute" is finer than the date "2000" says; it is shown to the year');
    expect(p.message.ar).to.include('السنة');
    expect(validateDataset(input).dataset!.events.map((e) => e.id)).to.deep.equal(['arrival', 'history']);
  });

  it('never throws on malformed parts, and keeps the valid events around them', () => {
    const input = broken((d) => {
      d.sources.push(null, 7, { id: 3 });
      d.tracks.push('x', { id: 'y' });
      d.events.push(null, [], { id: 'z', date: {}, title: 5, excerpts: 'none', disputes: {} });
    });
    const { dataset, problems, rejected } = validateDataset(input);
    expect(dataset!.events.map((e) => e.id)).to.deep.equal(['arrival', 'history']);
    expect(rejected).to.deep.equal(['#2', '#3', 'z']);
    for (const path of ['$.sources[1]', '$.sources[3].id', '$.tracks[1].id', '$.events[2]', '$.events[4].date']) {
      expect(problems.map((p) => p.path)).to.include(path);
    }
  });
});

describe('the bundled dataset', () => {
  let data: Dataset;
  before(async () => {
    const response = await fetch('/data/vostochny-pyongyang.json');
    data = (await response.json()) as Dataset;
  });

  it('passes validation with zero problems', () => {
    const { problems, rejected, unverified } = validateDataset(data);
    expect(problems.map((p) => `${p.path}: ${p.message.en}`)).to.deep.equal([]);
    expect(rejected).to.deep.equal([]);
    expect(unverified.size).to.equal(0);
  });

  it('has more than 30 events, including the three the element tests rely on', () => {
    expect(data.events.length).to.be.greaterThan(30);
    const ids = data.events.map((e) => e.id);
    for (const id of ['vostochny-summit', 'putin-arrives-pyongyang', 'treaty-signed']) expect(ids).to.include(id);
  });

  it('cites at least one excerpt for every event of the story, and gives every event a track', () => {
    for (const event of data.events) {
      if (!event.context) expect(event.excerpts.length, event.id).to.be.greaterThan(0);
      expect(event.track, event.id).to.be.a('string');
    }
  });

  it('has every excerpt, disputed or not, match its source text at its offsets', () => {
    const texts = new Map(data.sources.map((s) => [s.id, s.text]));
    let count = 0;
    for (const event of data.events) {
      for (const e of [...event.excerpts, ...(event.disputes ?? []).flatMap((d) => d.excerpts)]) {
        expect(texts.get(e.source)!.slice(e.start, e.end), `${event.id}: ${e.quote}`).to.equal(e.quote);
        expect(e.translation.ar, 'Arabic sources: translation.ar repeats the quote').to.equal(e.quote);
        count += 1;
      }
    }
    expect(count).to.be.greaterThan(100);
  });

  it('opens on the story: the view holds every story event and no context event', () => {
    const view = { start: parseIsoDate(data.view!.start)!.start, end: parseIsoDate(data.view!.end)!.end };
    for (const event of data.events) {
      const from = parseIsoDate(event.date, event.precision)!;
      const to = event.end ? parseIsoDate(event.end, event.precision)! : from;
      const inside = from.start >= view.start && to.end <= view.end;
      const outside = to.end <= view.start || from.start >= view.end;
      expect(event.context ? outside : inside, event.id).to.equal(true);
    }
  });
});

describe('the JSON fixtures that `npm run validate` is also run on', () => {
  const load = async (name: string) => (await (await fetch(`/test/fixtures/${name}.json`)).json()) as unknown;

  it('finds nothing wrong in valid.json', async () => {
    expect(validateDataset(await load('valid')).problems).to.deep.equal([]);
  });

  it('reports the one-character offset error in quote-mismatch.json', async () => {
    const p = only(await load('quote-mismatch'));
    expect([p.path, p.level, p.message.en]).to.deep.equal([
      '$.events[0].excerpts[0]',
      'warning',
      'the quote is not the text of source "s" at 0–14',
    ]);
  });

  it('reports each of the three problems in several-problems.json at its path', async () => {
    const { problems } = validateDataset(await load('several-problems'));
    expect(problems.map((p) => `${p.level} ${p.path}: ${p.message.en}`)).to.deep.equal([
      'warning $.sources[0].url: the link is not an http(s) URL and will not be shown',
      'error $.events[0].end: the event ends (2024-06-18) before it starts (2024-06-19)',
      'error $.events[0].title.ar: the title has no Arabic text',
    ]);
  });

  it('leaves the misspelt field of unknown-field.json to the schema (the element ignores unknown fields)', async () => {
    expect(validateDataset(await load('unknown-field')).problems).to.deep.equal([]);
  });
});

describe('the shortcut for clean events', () => {
  it('gives exactly the result of the full check, for valid and invalid events alike (property)', async () => {
    const { default: fc } = await import('fast-check');
    const len = TEXT.length;
    // Mostly good values, so that many events are clean and many others have one thing wrong.
    const mostly = <T>(good: Arbitrary<T>, ...bad: unknown[]) =>
      fc.oneof(
        { arbitrary: good as Arbitrary<unknown>, weight: 12 },
        { arbitrary: fc.constantFrom(...bad), weight: 1 },
      );
    const goodText = fc.constantFrom<unknown>({ ar: 'عنوان', en: 'Title' }, { ar: '\u00a0عنوان', en: '\tTitle' });
    const text = mostly(
      goodText,
      { ar: '', en: 'Title' },
      { ar: ' ', en: 'Title' },
      { ar: '\u00a0', en: 'x' },
      { en: 'Title' },
      { ar: 'ع', en: 7 },
      'Title',
      null,
      ['a', 'b'],
    );
    const optionalText = fc.oneof(fc.constant(undefined), text);
    const excerpt = fc
      .record({
        source: mostly(fc.constant('a'), 'broken', 'missing', 1, undefined),
        // Right offsets; off by one, past the end of the text (the slice still matches), negative,
        // fractional, empty and reversed.
        at: mostly(
          fc.constantFrom<[number, number]>([0, 9], [4, 12]),
          [1, 10],
          [len - 3, len + 2],
          [-1, 4],
          [0.5, 4],
          [3, 3],
          [5, 2],
        ) as Arbitrary<[number, number]>,
        quote: mostly(fc.constant('right'), 'other', 'empty', 'blank', 'none'),
        translation: text,
      })
      .map(({ source, at: [start, end], quote, translation }) => ({
        source,
        start,
        end,
        quote:
          quote === 'right'
            ? TEXT.slice(Math.max(0, start), end)
            : quote === 'other'
              ? 'Putin'
              : quote === 'empty'
                ? ''
                : quote === 'blank'
                  ? '  '
                  : undefined,
        translation,
      }));
    const excerpts = mostly(fc.array(excerpt, { minLength: 1, maxLength: 3 }), undefined, 'x', []);
    const dispute = mostly(fc.record({ note: text, excerpts }), 'x', null, { note: { ar: 'ن', en: 'n' } });
    const event = fc.record({
      id: mostly(fc.constantFrom('e1', 'e2', 'e3', 'e4', 'e5', 'e6', 'e7', 'e8'), '', '  ', ' e9', 7, undefined),
      date: mostly(
        fc.constantFrom('2024-06-19', '2024-06-19T04:00:00+09:00', '2024-06-19T04:00Z', '2024', '2024-06'),
        '2024-02-30',
        '2024-06-19T25:00Z',
        'soon',
        5,
        undefined,
      ),
      end: mostly(
        fc.constantFrom(undefined, undefined, undefined, '2024-06-21', '2024-06-19'),
        '2024-06-18',
        'later',
        3,
      ),
      precision: mostly(fc.constantFrom(undefined, undefined, 'day', 'year', 'minute'), 'second', 3),
      title: text,
      summary: optionalText,
      place: optionalText,
      track: mostly(fc.constantFrom(undefined, 'diplomacy'), 'broken', 'missing', 5),
      excerpts,
      disputes: mostly(fc.oneof(fc.constant(undefined), fc.array(dispute, { maxLength: 2 })), 'x', []),
      context: mostly(fc.constantFrom(undefined, undefined, true, false), 'yes'),
      note: mostly(fc.constantFrom(undefined, undefined, 'from the agency'), 3),
    });
    const dataset = fc.array(mostly(event, null, 'event', []), { maxLength: 12 }).map((events) => {
      const d = base();
      // A broken source and a broken track, so that citing them is reported as such.
      d.sources.push({ id: 'broken', title: { ar: 'ع', en: 't' }, outlet: 'x', lang: 'en', text: 'x' });
      d.tracks.push({ id: 'broken', label: { en: 'only English' } });
      d.events = events;
      return d;
    });
    fc.assert(
      fc.property(dataset, (input) => {
        expect(validatorsForTesting.withShortcut(input)).to.deep.equal(validatorsForTesting.withoutShortcut(input));
        // Parsed JSON, checked in place as a fetched response is, gives the same result as its snapshot.
        const json = JSON.stringify(input);
        expect(validatorsForTesting.owned(JSON.parse(json))).to.deep.equal(
          validatorsForTesting.withShortcut(JSON.parse(json)),
        );
      }),
      { numRuns: 2000 },
    );
  });

  it("keeps every field of the contract, in the contract's order, and drops unknown ones", () => {
    const input = base();
    const [arrival] = input.events;
    const excerpt = arrival.excerpts[0];
    input.events.push(
      { id: 'minimal', date: '2024-06-20', title: arrival.title, excerpts: [excerpt] },
      { excerpts: [excerpt], title: arrival.title, end: '2024-06-21', date: '2024-06-20', id: 'trip' },
      { id: 'extra', date: '2024-06-20', title: arrival.title, excerpts: [{ ...excerpt, page: 3 }], page: 3 },
    );
    const { dataset, problems } = validateDataset(input);
    expect(problems).to.deep.equal([]);
    const { page: _, ...extra } = input.events[4];
    expect(dataset!.events).to.deep.equal([...input.events.slice(0, 4), { ...extra, excerpts: [excerpt] }]);
    expect(dataset!.events.map((e) => Object.keys(e))).to.deep.equal([
      ['id', 'date', 'precision', 'title', 'track', 'excerpts', 'disputes'],
      ['id', 'date', 'precision', 'title', 'excerpts', 'context'],
      ['id', 'date', 'title', 'excerpts'],
      ['id', 'date', 'end', 'title', 'excerpts'],
      ['id', 'date', 'title', 'excerpts'],
    ]);
    expect(Object.keys(dataset!.events[4].excerpts[0])).to.deep.equal([
      'source',
      'quote',
      'start',
      'end',
      'translation',
    ]);
    expect(dataset!.events[2]).to.not.equal(input.events[2]);
    expect(dataset!.events[2].title).to.not.equal(input.events[2].title);
  });

  it('takes the events of the base fixture through without a problem', () => {
    const input = base();
    for (let i = 0; i < 50; i += 1) input.events.push({ ...input.events[0], id: `copy${i}` });
    const result = validatorsForTesting.withShortcut(input);
    expect(result).to.deep.equal(validatorsForTesting.withoutShortcut(input));
    expect(result.problems).to.deep.equal([]);
    expect(result.dataset!.events).to.have.length(52);
  });
});
