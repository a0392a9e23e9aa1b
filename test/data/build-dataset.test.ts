import { expect } from '@open-wc/testing';
import type { AuthoredDataset } from '../../data/tools/authoring.js';
import { buildDataset, locate } from '../../data/tools/build-dataset.js';
import type { Dataset } from '../../src/model/types.js';

const TEXT = 'قال بوتين. ثم قال بوتين مرة أخرى.';

function authored(excerpts: AuthoredDataset['events'][number]['excerpts']): AuthoredDataset {
  return {
    title: { ar: 'عنوان', en: 'Title' },
    sources: [
      {
        id: 's',
        file: 's.txt',
        publishedNote: 'for editors',
        titleNote: 'for editors',
        title: { ar: 'عنوان', en: 'Headline' },
        outlet: { ar: 'وكالة', en: 'Agency' },
        lang: 'ar',
      },
    ],
    events: [{ id: 'e', date: '2024-06-19', title: { ar: 'حدث', en: 'Event' }, excerpts }],
  };
}

const read = (file: string) => {
  expect(file).to.equal('s.txt');
  return TEXT;
};

describe('locate', () => {
  it('finds the first occurrence by default and the n-th when asked', () => {
    expect(locate(TEXT, 'قال بوتين')).to.equal(0);
    expect(locate(TEXT, 'قال بوتين', 2)).to.equal(TEXT.lastIndexOf('قال بوتين'));
  });

  it('returns -1 for a missing quote, a missing occurrence, an empty quote or a bad occurrence', () => {
    expect(locate(TEXT, 'كيم')).to.equal(-1);
    expect(locate(TEXT, 'قال بوتين', 3)).to.equal(-1);
    expect(locate(TEXT, '')).to.equal(-1);
    expect(locate(TEXT, 'قال', 0)).to.equal(-1);
  });
});

describe('buildDataset', () => {
  it('computes UTF-16 offsets, repeats an Arabic quote as translation.ar and drops the editors’ notes', () => {
    const { dataset, errors } = buildDataset(
      authored([{ source: 's', quote: 'قال بوتين', occurrence: 2, translation: { en: 'Putin said' } }]),
      read,
    );
    expect(errors).to.deep.equal([]);
    const [excerpt] = dataset.events[0].excerpts;
    expect(TEXT.slice(excerpt.start, excerpt.end)).to.equal('قال بوتين');
    expect(excerpt.start).to.equal(TEXT.lastIndexOf('قال بوتين'));
    expect(excerpt).to.deep.equal({
      source: 's',
      quote: 'قال بوتين',
      start: excerpt.start,
      end: excerpt.start + 9,
      translation: { ar: 'قال بوتين', en: 'Putin said' },
    });
    expect(dataset.sources[0]).to.not.have.any.keys('file', 'publishedNote', 'titleNote');
    expect(dataset.sources[0].text).to.equal(TEXT);
  });

  it('reports a quote that is not in the article, naming the event', () => {
    const { errors } = buildDataset(authored([{ source: 's', quote: 'كيم', translation: { en: 'Kim' } }]), read);
    expect(errors).to.deep.equal(['event "e" excerpt 1: quote not found in s: «كيم»']);
  });

  it('reports a quote that appears twice without an occurrence', () => {
    const { errors } = buildDataset(authored([{ source: 's', quote: 'بوتين', translation: { en: 'Putin' } }]), read);
    expect(errors[0]).to.match(/occurs more than once in s; give "occurrence"/);
  });

  it('reports an occurrence that does not exist', () => {
    const { errors } = buildDataset(
      authored([{ source: 's', quote: 'بوتين', occurrence: 3, translation: { en: 'Putin' } }]),
      read,
    );
    expect(errors).to.deep.equal(['event "e" excerpt 1: quote not found in s (occurrence 3): «بوتين»']);
  });

  it('reports an excerpt citing an unknown source', () => {
    const { errors } = buildDataset(authored([{ source: 'x', quote: 'بوتين', translation: { en: 'Putin' } }]), read);
    expect(errors).to.include('event "e" excerpt 1: no source "x"');
  });

  it('rebuilds the authoring file into exactly the bundled dataset', async () => {
    const story = (await (await fetch('/data/story/vostochny-pyongyang.authoring.json')).json()) as AuthoredDataset;
    const texts = new Map<string, string>();
    for (const source of story.sources) {
      const response = await fetch(`/data/sources/${source.file}`);
      expect(response.ok, source.file).to.equal(true);
      texts.set(source.file, await response.text());
    }
    const { dataset, errors } = buildDataset(story, (file) => texts.get(file)!);
    expect(errors).to.deep.equal([]);
    const bundled = (await (await fetch('/data/vostochny-pyongyang.json')).json()) as Dataset;
    expect(JSON.parse(JSON.stringify(dataset))).to.deep.equal(bundled);
  });
});
