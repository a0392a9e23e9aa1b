import { expect } from '@open-wc/testing';
import { buildDataset } from '../../src/authoring/build-dataset.js';
import type { AuthoredDataset } from '../../src/authoring/types.js';
import type { Dataset } from '../../src/model/types.js';

const TEXT = 'قال بوتين. ثم قال بوتين مرة أخرى.\nوأضاف أن «المعاهدة» تاريخية.';

function authored(excerpts: AuthoredDataset['events'][number]['excerpts']): AuthoredDataset {
  return {
    $schema: '../schema/authoring.schema.json',
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

describe('buildDataset', () => {
  it('computes UTF-16 offsets, repeats an Arabic quote as translation.ar and drops the editors’ fields', () => {
    const { dataset, problems } = buildDataset(
      authored([{ source: 's', quote: 'قال بوتين', occurrence: 2, translation: { en: 'Putin said' } }]),
      read,
    );
    expect(problems).to.deep.equal([]);
    const [excerpt] = dataset.events[0]!.excerpts;
    expect(excerpt).to.deep.equal({
      source: 's',
      quote: 'قال بوتين',
      start: TEXT.lastIndexOf('قال بوتين'),
      end: TEXT.lastIndexOf('قال بوتين') + 9,
      translation: { ar: 'قال بوتين', en: 'Putin said' },
    });
    expect(dataset.sources[0]).to.not.have.any.keys('file', 'publishedNote', 'titleNote');
    expect(dataset).to.not.have.key('$schema');
    expect(dataset.sources[0]!.text).to.equal(TEXT);
  });

  it('places a repeated quote by its prefix, and leaves prefix and suffix out of the dataset', () => {
    const { dataset, problems } = buildDataset(
      authored([{ source: 's', quote: 'قال بوتين', prefix: 'ثم ', translation: { en: 'Putin said' } }]),
      read,
    );
    expect(problems).to.deep.equal([]);
    expect(dataset.events[0]!.excerpts[0]).to.deep.include({ start: TEXT.lastIndexOf('قال بوتين') });
    expect(dataset.events[0]!.excerpts[0]).to.not.have.any.keys('prefix', 'suffix', 'occurrence');
  });

  it('reports a near miss naming the event, with the closest passage, its line and how it differs, in en and ar', () => {
    const { problems } = buildDataset(
      authored([{ source: 's', quote: 'وأضاف ان "المعاهدة"', translation: { en: 'He added' } }]),
      read,
    );
    expect(problems).to.have.length(1);
    const [problem] = problems;
    expect(problem!.path).to.equal('$.events[0].excerpts[0]');
    expect(problem!.message.en).to.match(
      /^event "e" excerpt 1: the quote is not in source "s": «وأضاف ان "المعاهدة"»\./,
    );
    expect(problem!.message.en).to.contain('Closest passage (line 2, ');
    expect(problem!.message.en).to.contain('«وأضاف أن «المعاهدة»»');
    expect(problem!.message.en).to.contain(
      'a different hamza or alif form: the article has «أ» where the quote has «ا»',
    );
    expect(problem!.message.en).to.contain(
      'curly vs straight quotation marks: the article has opening guillemet « (U+00AB) where the quote has straight double quote (U+0022)',
    );
    expect(problem!.message.ar).to.match(/^الحدث "e" الاقتباس 1: الاقتباس ليس في المصدر "s"/);
    expect(problem!.message.ar).to.contain('صورة مختلفة للهمزة أو الألف');
  });

  it('reports a quote that appears twice with nothing to place it', () => {
    const { problems } = buildDataset(authored([{ source: 's', quote: 'بوتين', translation: { en: 'Putin' } }]), read);
    expect(problems[0]!.message.en).to.contain(
      'the quote appears 2 times in source "s"; say which with "occurrence" (1 to 2)',
    );
  });

  it('reports an occurrence that does not exist and an unknown source', () => {
    const { problems } = buildDataset(
      authored([
        { source: 's', quote: 'بوتين', occurrence: 3, translation: { en: 'Putin' } },
        { source: 'x', quote: 'بوتين', translation: { en: 'Putin' } },
      ]),
      read,
    );
    expect(problems.map((p) => p.message.en)).to.deep.equal([
      'event "e" excerpt 1: the quote appears 2 time(s) in source "s", so there is no occurrence 3: «بوتين»',
      'event "e" excerpt 2: the translation has no Arabic text (the source is not Arabic)',
      'event "e" excerpt 2: no source "x"',
    ]);
  });

  it('reports an article file that cannot be read, naming the source and the file', () => {
    const { problems } = buildDataset(authored([]), () => {
      throw new Error('ENOENT');
    });
    expect(problems).to.deep.equal([
      {
        path: '$.sources[0].file',
        message: {
          en: 'source "s": cannot read its file "s.txt" (ENOENT)',
          ar: 'المصدر "s": تعذّرت قراءة ملفه "s.txt" (ENOENT)',
        },
      },
    ]);
  });

  it('rebuilds the authoring file into exactly the bundled dataset', async () => {
    const story = (await (await fetch('/data/story/vostochny-pyongyang.authoring.json')).json()) as AuthoredDataset;
    const texts = new Map<string, string>();
    for (const source of story.sources) {
      const response = await fetch(`/data/sources/${source.file}`);
      expect(response.ok, source.file).to.equal(true);
      texts.set(source.file, await response.text());
    }
    const { dataset, problems } = buildDataset(story, (file) => texts.get(file)!);
    expect(problems).to.deep.equal([]);
    const bundled = (await (await fetch('/data/vostochny-pyongyang.json')).json()) as Dataset;
    expect(JSON.parse(JSON.stringify(dataset))).to.deep.equal(bundled);
  });
});
