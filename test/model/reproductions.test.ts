import { expect } from '@open-wc/testing';
import type { Dataset } from '../../src/model/types.js';
import { validateDataset } from '../../src/model/validate.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const ORIGINAL = 'قال بوتين إن الوثيقة ثورية فعلا.';
const COPY = 'قال بوتين إن الوثيقة ثورية فعلا. وأضاف كلامًا آخر.';

/** Two sources, the second reproducing the first in one passage, and an event citing both. */
function base(): Json {
  const source = (id: string, text: string) => ({
    id,
    title: { ar: 'عنوان', en: 'Headline' },
    outlet: { ar: 'وكالة', en: 'Agency' },
    lang: 'ar',
    text,
  });
  return {
    title: { ar: 'اختبار', en: 'Test' },
    sources: [
      source('afp', ORIGINAL),
      {
        ...source('copy', COPY),
        reproduces: [
          {
            source: 'afp',
            note: { ar: 'ينقل نص فرانس برس حرفيًا', en: "carries AFP's copy word for word" },
            passages: ['قال بوتين إن الوثيقة ثورية فعلا.'],
          },
        ],
      },
    ],
    events: [
      {
        id: 'e',
        date: '2024-06-19',
        title: { ar: 'حدث', en: 'Event' },
        excerpts: [
          {
            source: 'afp',
            quote: 'ثورية',
            start: ORIGINAL.indexOf('ثورية'),
            end: ORIGINAL.indexOf('ثورية') + 5,
            translation: { ar: 'ثورية', en: 'revolutionary' },
          },
        ],
      },
    ],
  };
}

function broken(change: (d: Json) => void) {
  const d = base();
  change(d);
  return validateDataset(d).problems;
}

describe('Source.reproduces in the validator', () => {
  it('passes a valid reproduction and keeps it in the checked dataset', () => {
    const input = base();
    const { problems, dataset } = validateDataset(input);
    expect(problems).to.deep.equal([]);
    expect(dataset!.sources[1]!.reproduces).to.deep.equal(input.sources[1].reproduces);
    // The snapshot is a copy: changing the page's object later does not change what was checked.
    input.sources[1].reproduces[0].source = 'elsewhere';
    expect(dataset!.sources[1]!.reproduces![0]!.source).to.equal('afp');
  });

  it('reports an unknown source id with its JSON path, in English and Arabic', () => {
    const problems = broken((d) => (d.sources[1].reproduces[0].source = 'reuters'));
    expect(problems).to.deep.equal([
      {
        path: '$.sources[1].reproduces[0].source',
        message: { en: 'no source has the id "reuters"', ar: 'لا يوجد مصدر بالمعرّف "reuters"' },
        level: 'error',
      },
    ]);
  });

  it('reports a source reproducing itself, a missing note language, a passage not in the text, and a list that is not one', () => {
    expect(broken((d) => (d.sources[1].reproduces[0].source = 'copy')).map((p) => p.path)).to.deep.equal([
      '$.sources[1].reproduces[0].source',
    ]);
    const note = broken((d) => (d.sources[1].reproduces[0].note = { en: 'copy' }));
    expect(note.map((p) => [p.path, p.message.en, p.message.ar])).to.deep.equal([
      ['$.sources[1].reproduces[0].note.ar', 'the note has no Arabic text', 'الملاحظة بلا نص عربي'],
    ]);
    const passage = broken((d) => d.sources[1].reproduces[0].passages.push('جملة ليست في النص'));
    expect(passage.map((p) => [p.path, p.message.en])).to.deep.equal([
      ['$.sources[1].reproduces[0].passages[1]', 'the passage is not in the text of source "copy"'],
    ]);
    expect(passage[0]!.message.ar).to.equal('المقطع ليس في نص المصدر "copy"');
    expect(broken((d) => (d.sources[1].reproduces = 'afp')).map((p) => p.path)).to.deep.equal([
      '$.sources[1].reproduces',
    ]);
    expect(broken((d) => (d.sources[1].reproduces = [null])).map((p) => p.path)).to.deep.equal([
      '$.sources[1].reproduces[0]',
    ]);
  });

  it('warns of two sources that each say they reproduce the other', () => {
    const problems = broken((d) => {
      d.sources[1].reproduces[0].passages = undefined;
      d.sources[0].reproduces = [{ source: 'copy', note: { ar: 'نقل', en: 'copy' } }];
    });
    expect(problems.map((p) => [p.path, p.level])).to.deep.equal([
      ['$.sources[0].reproduces[0].source', 'warning'],
      ['$.sources[1].reproduces[0].source', 'warning'],
    ]);
    expect(problems[0]!.message.ar).to.include('ينقل كلٌّ منهما عن الآخر');
  });

  it('never throws on hostile values and escapes bidi controls in what it quotes', () => {
    const problems = broken((d) => (d.sources[1].reproduces[0].source = '\u202Eevil'));
    expect(problems[0]!.message.en).to.equal('no source has the id "\\u202Eevil"');
    for (const value of [undefined, 5, {}, [[]], [{ source: 5, note: 5, passages: 5 }]]) {
      expect(() => broken((d) => (d.sources[1].reproduces = value))).to.not.throw();
    }
  });
});

describe('the bundled dataset', () => {
  it('declares that 000 reproduces AFP (002), in passages that are in its text', async () => {
    const data = (await (await fetch('/data/vostochny-pyongyang.json')).json()) as Dataset;
    const copy = data.sources.find((s) => s.id.startsWith('000_'))!;
    expect(copy.reproduces?.map((r) => r.source)).to.deep.equal(['002_600ff230271ed843']);
    expect(validateDataset(data).problems).to.deep.equal([]);
  });
});
