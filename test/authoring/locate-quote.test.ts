import { expect } from '@open-wc/testing';
import { locateQuote, occurrences } from '../../src/authoring/locate-quote.js';

const TEXT = 'قال بوتين. ثم قال بوتين مرة أخرى. وقال بوتين أخيرًا.';
const at = (n: number) => occurrences(TEXT, 'قال بوتين')[n - 1]!;

describe('locateQuote', () => {
  it('finds a quote that appears once, with UTF-16 offsets', () => {
    const result = locateQuote(TEXT, { quote: 'مرة أخرى' });
    expect(result).to.deep.equal({ ok: true, start: TEXT.indexOf('مرة أخرى'), end: TEXT.indexOf('مرة أخرى') + 8 });
  });

  it('finds the n-th appearance by occurrence, counted from 1', () => {
    expect(occurrences(TEXT, 'قال بوتين')).to.have.length(3);
    expect(locateQuote(TEXT, { quote: 'قال بوتين', occurrence: 2 })).to.deep.include({ start: at(2) });
    expect(locateQuote(TEXT, { quote: 'قال بوتين', occurrence: 1 })).to.deep.include({ start: at(1) });
  });

  it('finds a repeated quote by its prefix or its suffix, as a TextQuoteSelector', () => {
    expect(locateQuote(TEXT, { quote: 'قال بوتين', prefix: 'ثم ' })).to.deep.include({ ok: true, start: at(2) });
    expect(locateQuote(TEXT, { quote: 'قال بوتين', suffix: ' أخيرًا' })).to.deep.include({ ok: true, start: at(3) });
    expect(locateQuote(TEXT, { quote: 'قال بوتين', prefix: 'و', suffix: ' أخيرًا' })).to.deep.include({ start: at(3) });
  });

  it('counts occurrence among the appearances that fit the prefix', () => {
    // Only the second is preceded by a space (the first starts the text, the third follows "و").
    expect(locateQuote(TEXT, { quote: 'قال بوتين', prefix: ' ', occurrence: 1 })).to.deep.include({ start: at(2) });
    expect(locateQuote(TEXT, { quote: 'قال بوتين', prefix: ' ', occurrence: 2 })).to.deep.equal({
      ok: false,
      reason: 'no-occurrence',
      count: 1,
    });
  });

  it('refuses a repeated quote that nothing places, saying how many there are', () => {
    expect(locateQuote(TEXT, { quote: 'قال بوتين' })).to.deep.equal({ ok: false, reason: 'ambiguous', count: 3 });
  });

  it('names each other miss', () => {
    expect(locateQuote(TEXT, { quote: 'كيم' })).to.deep.include({ reason: 'missing' });
    expect(locateQuote(TEXT, { quote: 'قال بوتين', occurrence: 4 })).to.deep.equal({
      ok: false,
      reason: 'no-occurrence',
      count: 3,
    });
    expect(locateQuote(TEXT, { quote: 'قال بوتين', prefix: 'لا ' })).to.deep.include({ reason: 'no-context' });
    expect(locateQuote(TEXT, { quote: 'قال', occurrence: 0 })).to.deep.include({ reason: 'bad-occurrence' });
    expect(locateQuote(TEXT, { quote: 'قال', occurrence: 1.5 })).to.deep.include({ reason: 'bad-occurrence' });
    expect(locateQuote(TEXT, { quote: '' })).to.deep.include({ reason: 'empty' });
  });

  it('matches exactly: a quote without the diacritics or with another alif is not found', () => {
    const text = 'وقّع الرئيسان إتفاقية';
    expect(locateQuote(text, { quote: 'وقع الرئيسان' }).ok).to.equal(false);
    expect(locateQuote(text, { quote: 'اتفاقية' }).ok).to.equal(false);
    expect(locateQuote(text, { quote: 'وقّع الرئيسان' }).ok).to.equal(true);
  });

  it('counts offsets in the text as it is: after a BOM, across CRLF, in NFD', () => {
    const text = '\uFEFFline one\r\nCafe\u0301 noir';
    const result = locateQuote(text, { quote: 'one\r\nCafe\u0301' });
    expect(result).to.deep.equal({ ok: true, start: 6, end: 6 + 10 });
    expect(locateQuote(text, { quote: 'Café' }).ok, 'NFC quote in an NFD text').to.equal(false);
  });
});
