import { expect } from '@open-wc/testing';
import { locateQuote } from '../../src/authoring/locate-quote.js';
import { reanchor, selectorFor } from '../../src/authoring/reanchor.js';

const OLD = 'قال بوتين إن المعاهدة تاريخية. وأضاف كيم أن العلاقات قوية.';
const previousOf = (quote: string, occurrence = 1) => {
  const located = locateQuote(OLD, { quote, occurrence });
  if (!located.ok) throw new Error(quote);
  return { text: OLD, start: located.start, end: located.end };
};

describe('reanchor', () => {
  it('leaves a quote where it was unchanged', () => {
    const result = reanchor(OLD, { quote: 'المعاهدة تاريخية' }, previousOf('المعاهدة تاريخية'));
    expect(result).to.deep.include({ status: 'unchanged', start: OLD.indexOf('المعاهدة'), similarity: 1 });
  });

  it('follows a quote pushed along by an inserted sentence', () => {
    const text = `تصحيح. ${OLD}`;
    const result = reanchor(text, { quote: 'وأضاف كيم' }, previousOf('وأضاف كيم'));
    expect(result).to.deep.include({ status: 'moved', start: text.indexOf('وأضاف كيم') });
  });

  it('recognises its own appearance when the same words are added before it, and updates the occurrence', () => {
    const text = `وأضاف كيم شيئًا آخر. ${OLD}`;
    const result = reanchor(text, { quote: 'وأضاف كيم' }, previousOf('وأضاف كيم'));
    expect(result.status).to.equal('moved');
    if (result.status === 'lost') return;
    expect(result.start).to.equal(text.lastIndexOf('وأضاف كيم'));
    expect(result.selector).to.deep.equal({ quote: 'وأضاف كيم', occurrence: 2 });
    expect(locateQuote(text, result.selector)).to.deep.include({ ok: true, start: result.start });
  });

  it('takes the corrected words between the old surroundings as the new quote', () => {
    const text = OLD.replace('تاريخية', 'تاريخيّة جدًا');
    const result = reanchor(text, { quote: 'المعاهدة تاريخية' }, previousOf('المعاهدة تاريخية'));
    expect(result.status).to.equal('changed');
    expect(result.selector.quote).to.equal('المعاهدة تاريخيّة جدًا');
    expect(result.similarity).to.be.above(0.5).and.below(1);
  });

  it('without an earlier build, falls back on the closest passage, widened to whole words', () => {
    const text = OLD.replace('قوية', 'متينة');
    const result = reanchor(text, { quote: 'أن العلاقات قوية' });
    expect(result.status).to.equal('changed');
    expect(result.selector.quote).to.equal('أن العلاقات متينة');
  });

  it('calls a quote lost when nothing close remains, and keeps its selector', () => {
    const text = 'نص مختلف تمامًا عن المقال الأول.';
    const result = reanchor(text, { quote: 'وأضاف كيم أن العلاقات قوية' }, previousOf('وأضاف كيم أن العلاقات قوية'));
    expect(result.status).to.equal('lost');
    expect(result.similarity).to.be.below(0.75);
    expect(result.selector).to.deep.equal({ quote: 'وأضاف كيم أن العلاقات قوية' });
  });

  it('keeps a prefix that still fits, and drops one that does not', () => {
    const text = 'أ ب. ثم أ ب.';
    const at = text.lastIndexOf('أ ب');
    expect(selectorFor(text, at, at + 3, { quote: 'x', prefix: 'ثم ' })).to.deep.equal({ quote: 'أ ب', prefix: 'ثم ' });
    expect(selectorFor(text, at, at + 3, { quote: 'x', prefix: 'لا ' })).to.deep.equal({ quote: 'أ ب', occurrence: 2 });
  });
});
