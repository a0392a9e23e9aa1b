import { expect } from '@open-wc/testing';
import type { Dataset } from '../../src/model/types.js';
import { validateDataset } from '../../src/model/validate.js';
import { datasetWith } from '../helpers/datasets.js';

/** Three valid events e0, e1, e2 and one invalid (e3, no date), with `story` as given. */
function withStory(story: unknown): Dataset {
  const data = datasetWith([{}, {}, {}, { date: 'not a date' }]);
  return { ...data, story } as unknown as Dataset;
}

const storyProblems = (story: unknown) =>
  validateDataset(withStory(story)).problems.filter((p) => p.path.startsWith('$.story'));

describe('validateDataset: the story', () => {
  it("keeps an editor's order of known events, as given", () => {
    const { dataset, problems } = validateDataset(withStory({ order: ['e2', 'e0'] }));
    expect(dataset!.story).to.deep.equal({ order: ['e2', 'e0'] });
    expect(problems.filter((p) => p.path.startsWith('$.story'))).to.deep.equal([]);
  });

  it('reports an unknown id with its path, in English and Arabic, and tells the rest', () => {
    const { dataset, problems } = validateDataset(withStory({ order: ['e1', 'nope', 'e0'] }));
    expect(dataset!.story).to.deep.equal({ order: ['e1', 'e0'] });
    const problem = problems.find((p) => p.path === '$.story.order[1]')!;
    expect(problem.level).to.equal('warning');
    expect(problem.message.en).to.equal('no event has the id "nope"');
    expect(problem.message.ar).to.equal('لا يوجد حدث بالمعرّف "nope"');
  });

  it('reports a repeated id with the path of both', () => {
    const [problem] = storyProblems({ order: ['e0', 'e1', 'e0'] });
    expect(problem!.path).to.equal('$.story.order[2]');
    expect(problem!.message.en).to.equal('the event "e0" is already in the order (at $.story.order[0])');
    expect(problem!.message.ar).to.include('$.story.order[0]');
    expect(validateDataset(withStory({ order: ['e0', 'e1', 'e0'] })).dataset!.story!.order).to.deep.equal(['e0', 'e1']);
  });

  it('says when an id is that of an event left out as invalid', () => {
    const [problem] = storyProblems({ order: ['e3', 'e0'] });
    expect(problem!.path).to.equal('$.story.order[0]');
    expect(problem!.message.en).to.equal('the event "e3" is itself invalid and left out of the story');
    expect(problem!.message.ar).to.equal('الحدث "e3" نفسه غير صالح، فأُسقط من القصة');
  });

  it('falls back to time order, saying so, for a story or order of the wrong shape or with nothing to show', () => {
    for (const story of ['first e2', { order: 'e2 e0' }, { order: ['gone'] }]) {
      const { dataset, problems } = validateDataset(withStory(story));
      expect(dataset!.story?.order, JSON.stringify(story)).to.equal(undefined);
      expect(dataset!.events.length).to.equal(3);
      expect(problems.some((p) => /time order/.test(p.message.en) && /بترتيبها الزمني/.test(p.message.ar))).to.equal(
        true,
      );
    }
    const [entry] = storyProblems({ order: [42, 'e0'] });
    expect(entry!.path).to.equal('$.story.order[0]');
    expect(entry!.message.en).to.equal('an entry of the order must be an event id');
  });

  it('quotes hostile ids short and with bidi controls escaped', () => {
    const [problem] = storyProblems({ order: [`\u202E${'x'.repeat(100)}`] });
    expect(problem!.message.en).to.include('\\u202E');
    expect(problem!.message.en.length).to.be.below(100);
  });

  it('reads the order once, as the events are: a getter cannot answer differently later', () => {
    let reads = 0;
    const story = {
      get order() {
        reads += 1;
        return reads === 1 ? ['e1'] : ['nope'];
      },
    };
    const { dataset } = validateDataset(withStory(story));
    expect(reads).to.equal(1);
    expect(dataset!.story).to.deep.equal({ order: ['e1'] });
  });

  it('leaves a dataset without a story as it was', () => {
    const { dataset } = validateDataset(datasetWith([{}]));
    expect('story' in dataset!).to.equal(false);
  });
});
