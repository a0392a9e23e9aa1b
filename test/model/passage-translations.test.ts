import { expect } from '@open-wc/testing';
import { PassageTranslations } from '../../src/model/validate/passage-translations.js';

describe('PassageTranslations', () => {
  it('gives a passage translated alike the translation it was first given', () => {
    const table = new PassageTranslations(100);
    const first = { ar: 'وصل بوتين', en: 'Putin arrived' };
    expect(table.share(first, 0, 9)).to.equal(first);
    const again = table.share({ ar: 'وصل بوتين', en: 'Putin arrived' }, 0, 9);
    expect(again).to.equal(first);
  });

  it('keeps a translation that differs in either language, and then gives that one', () => {
    const table = new PassageTranslations(100);
    const first = table.share({ ar: 'وصل بوتين', en: 'Putin arrived' }, 0, 9);
    const other = { ar: 'وصل بوتين', en: 'Putin came' };
    expect(table.share(other, 0, 9)).to.equal(other);
    const arabic = { ar: 'وصول بوتين', en: 'Putin came' };
    expect(table.share(arabic, 0, 9)).to.equal(arabic);
    expect(table.share({ ar: 'وصول بوتين', en: 'Putin came' }, 0, 9)).to.equal(arabic);
    expect(first.en).to.equal('Putin arrived');
  });

  it('never gives one passage the translation of another that shares its slot', () => {
    // Sixteen slots for a thousand passages: most of them meet another in a slot.
    const table = new PassageTranslations(1);
    for (let start = 0; start < 1000; start += 1) {
      const given = { ar: `مقطع ${start}`, en: `Passage ${start}` };
      const shared = table.share(given, start, start + 5);
      expect(shared).to.deep.equal(given);
    }
  });
});
