import { expect } from '@open-wc/testing';
import { caretStep } from '../../../demo/author/caret-keys.js';
import { FieldProblems } from '../../../demo/author/field-problems.js';
import {
  addEvent,
  addSource,
  cite,
  dissolveDispute,
  emptyStory,
  guessLang,
  idFromName,
  markDisputed,
  removeSource,
  uniqueId,
  updateEvent,
  updateSource,
  type Story,
} from '../../../demo/author/story-edits.js';
import { builtDataset, readImport, toAuthored } from '../../../demo/author/transfer.js';
import type { Dataset } from '../../../src/model/types.js';
import { validateDataset } from '../../../src/model/validate.js';

const ARABIC = 'قال بوتين إن المعاهدة تاريخية. قال كيم إن المعاهدة قوية.';
/** Where the second «المعاهدة» starts. */
const SECOND = ARABIC.lastIndexOf('المعاهدة');

/** A story with an Arabic and an English article and one event citing each (the Arabic quote's second appearance). */
function story(): Story {
  let s = addSource(emptyStory(), ARABIC, 'afp.txt').story;
  s = addSource(s, 'Putin said the treaty was historic.', 'afp.txt').story;
  s = addEvent(s, '2024-06-19').story;
  s = cite(s, 0, 'afp', { start: SECOND, end: SECOND + 'المعاهدة'.length })!.story;
  s = cite(s, 0, 'afp-2', { start: 11, end: 21 })!.story;
  return s;
}

describe('workbench story edits', () => {
  it('names sources after their files, in any script, never twice', () => {
    expect(idFromName('Al Mayadeen — 2023.txt')).to.equal('al-mayadeen-2023');
    expect(idFromName('الميادين.txt')).to.equal('الميادين');
    expect(idFromName('.txt')).to.equal('source');
    expect(uniqueId('afp', ['afp', 'afp-2'])).to.equal('afp-3');
    expect(story().sources.map((s) => s.id)).to.deep.equal(['afp', 'afp-2']);
  });

  it('guesses an article’s language from its letters', () => {
    expect(guessLang('قال بوتين (AFP)')).to.equal('ar');
    expect(guessLang('Putin said «نعم»')).to.equal('en');
  });

  it('cites exactly the span of the text, an Arabic quote being its own Arabic translation', () => {
    const [ar, en] = story().events[0]!.excerpts;
    expect(ar).to.deep.equal({
      source: 'afp',
      quote: 'المعاهدة',
      start: SECOND,
      end: SECOND + 8,
      translation: { ar: 'المعاهدة', en: '' },
    });
    expect(en!.quote).to.equal('the treaty');
    expect(en!.translation).to.deep.equal({ ar: '', en: 'the treaty' });
    expect(cite(story(), 0, 'afp', { start: 5, end: 500 })).to.equal(null);
    expect(cite(story(), 3, 'afp', { start: 0, end: 3 })).to.equal(null);
  });

  it('carries a source’s new id into its excerpts, and removing it removes them', () => {
    const renamed = updateSource(story(), 0, { id: 'afp-treaty' });
    expect(renamed.events[0]!.excerpts.map((x) => x.source)).to.deep.equal(['afp-treaty', 'afp-2']);
    expect(removeSource(renamed, 0).events[0]!.excerpts.map((x) => x.source)).to.deep.equal(['afp-2']);
  });

  it('drops an optional field left empty', () => {
    const s = updateEvent(story(), 0, { end: '2024-06-20', place: { ar: 'بيونغ يانغ', en: '' } });
    expect(s.events[0]!.end).to.equal('2024-06-20');
    const cleared = updateEvent(s, 0, { end: '', place: { ar: '', en: '' } });
    expect('end' in cleared.events[0]!).to.equal(false);
    expect('place' in cleared.events[0]!).to.equal(false);
  });

  it('moves two excerpts into a dispute and back', () => {
    const disputed = markDisputed(story(), 0, [1, 0]);
    expect(disputed.events[0]!.excerpts).to.deep.equal([]);
    expect(disputed.events[0]!.disputes![0]!.excerpts.map((x) => x.source)).to.deep.equal(['afp', 'afp-2']);
    expect(markDisputed(story(), 0, [1])).to.deep.equal(story());
    const undone = dissolveDispute(disputed, 0, 0);
    expect(undone.events[0]!.excerpts).to.deep.equal(story().events[0]!.excerpts);
    expect('disputes' in undone.events[0]!).to.equal(false);
  });

  it('writes which appearance a repeated quote is in the authoring file', () => {
    const { authored, texts } = toAuthored(story());
    expect(authored.sources[0]).to.deep.include({ id: 'afp', file: 'afp.txt' });
    expect(texts.get('afp.txt')).to.equal(story().sources[0]!.text);
    // «المعاهدة» comes twice; the second is cited.
    expect(authored.events[0]!.excerpts[0]).to.deep.equal({
      source: 'afp',
      quote: 'المعاهدة',
      occurrence: 2,
      translation: { ar: 'المعاهدة', en: '' },
    });
    expect(authored.events[0]!.excerpts[1]).to.not.have.property('occurrence');
  });

  it('rebuilds the bundled dataset byte for byte through its own authoring file', async () => {
    const bundled = (await (await fetch('/data/vostochny-pyongyang.json')).json()) as Dataset;
    const imported = readImport(bundled, new Map());
    expect(imported.kind).to.equal('dataset');
    const { dataset, problems } = builtDataset((imported as { story: Story }).story);
    expect(problems).to.deep.equal([]);
    expect(JSON.stringify(dataset)).to.equal(JSON.stringify(bundled));
  });

  it('says what is wrong with a file that is no story, and builds an authoring file missing a text with a problem', () => {
    expect(readImport([1, 2], new Map()).kind).to.equal('unknown');
    const { authored } = toAuthored(story());
    const imported = readImport(JSON.parse(JSON.stringify(authored)), new Map());
    expect(imported.kind).to.equal('authoring');
    expect(imported.problems.map((p) => p.path)).to.include('$.sources[0].file');
  });

  it('shows each problem once: at its field, else under its part', () => {
    const problems = validateDataset({ ...story(), title: { ar: '', en: 'x' } }).problems;
    const fields = new FieldProblems(problems);
    expect(fields.at('$.title.ar').length).to.equal(1);
    expect(fields.restUnder('$.title')).to.deep.equal([]);
    const rest = fields.restUnder('$.events[0]');
    expect(rest.length).to.be.greaterThan(0);
    expect(fields.restUnder('$.events[0]')).to.deep.equal([]);
  });

  it('maps Shift and the arrows to extending the selection, plain arrows to moving the caret', () => {
    expect(caretStep('ArrowLeft', true, false)).to.deep.equal({
      alter: 'extend',
      direction: 'left',
      granularity: 'character',
    });
    expect(caretStep('ArrowRight', false, true)).to.deep.equal({
      alter: 'move',
      direction: 'right',
      granularity: 'word',
    });
    expect(caretStep('a', true, false)).to.equal(null);
  });
});
