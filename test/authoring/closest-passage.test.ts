import { expect } from '@open-wc/testing';
import { closestPassage, similarity } from '../../src/authoring/closest-passage.js';
import { classify, describeDifference, differences } from '../../src/authoring/differences.js';
import { fold } from '../../src/authoring/fold.js';

const ARTICLE =
  'وقال الرئيس الروسي فلاديمير بوتين إن المعاهدة «تنص على المساعدة المتبادلة في حال تعرض أحد الطرفين لعدوان».\n' +
  'وأضاف أن العلاقات بين البلدين بلغت مستوى جديدًا.';

describe('fold', () => {
  it('drops tatweel, diacritics and bidi marks, unifies alif forms, quotes and spaces, and maps back', () => {
    const text = 'أحمـــد\u200F قالَ\u00A0“نعم”';
    const folded = fold(text);
    expect(folded.text).to.equal('احمد قال "نعم"');
    const at = folded.text.indexOf('قال');
    expect(text.slice(folded.from[at], folded.to[at + 2])).to.equal('قالَ');
  });
});

describe('closestPassage', () => {
  it('points at the passage a quote with another alif, no tatweel and straight quotes was meant to copy', () => {
    const quote = 'المعاهدة "تنص على المساعده المتبادلة';
    const passage = closestPassage(ARTICLE, quote)!;
    expect(ARTICLE.slice(passage.start, passage.end)).to.equal('المعاهدة «تنص على المساعدة المتبادلة');
    expect(passage.similarity).to.be.above(0.9).and.below(1);
  });

  it('gives similarity 1 when only folded marks differ', () => {
    const passage = closestPassage(ARTICLE, 'مستوى جديدا')!;
    expect(ARTICLE.slice(passage.start, passage.end)).to.equal('مستوى جديدًا');
    expect(passage.similarity).to.equal(1);
  });

  it('finds a quote across a line break typed as a space', () => {
    const passage = closestPassage(ARTICLE, 'لعدوان». وأضاف')!;
    expect(ARTICLE.slice(passage.start, passage.end)).to.equal('لعدوان».\nوأضاف');
  });

  it('scores unrelated text low', () => {
    expect(closestPassage(ARTICLE, 'The quick brown fox jumps')!.similarity).to.be.below(0.3);
    expect(similarity('abc', 'abd')).to.be.closeTo(2 / 3, 1e-9);
  });
});

describe('differences', () => {
  const kinds = (quote: string, article: string) => differences(quote, article).map((d) => d.kind);

  it('names each usual cause', () => {
    expect(kinds('"نعم"', '«نعم»')).to.deep.equal(['quotes', 'quotes']);
    expect(kinds('اتفاقية', 'إتفاقية')).to.deep.equal(['hamza-alif']);
    expect(kinds('محمد', 'محـمد')).to.deep.equal(['tatweel']);
    expect(kinds('a b', 'a\u00A0b')).to.deep.equal(['no-break-space']);
    expect(kinds('a b', 'a\nb')).to.deep.equal(['line-break']);
    expect(kinds('a b', 'a\r\nb')).to.deep.equal(['line-break']);
    expect(kinds('قال', 'قالَ')).to.deep.equal(['diacritics']);
    expect(kinds('ab', 'a\u200Fb')).to.deep.equal(['invisible']);
    expect(kinds('Café', 'Cafe\u0301')).to.deep.equal(['normalization']);
    expect(kinds('a-b', 'a–b')).to.deep.equal(['dashes']);
    expect(kinds('يوم الأربعاء', 'يوم الخميس')).to.deep.equal(['words']);
    expect(classify('', '')).to.equal('normalization');
  });

  it('describes a difference with invisible characters named, in both languages', () => {
    const [d] = differences('a b', 'a\u00A0b');
    const text = describeDifference(d!);
    expect(text.en).to.equal(
      'a no-break space: the article has no-break space (U+00A0) where the quote has space (U+0020)',
    );
    expect(text.ar).to.contain('مسافة غير قابلة للكسر (U+00A0)');
  });
});
