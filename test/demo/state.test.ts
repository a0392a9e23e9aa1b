import { expect } from '@open-wc/testing';
import { emptyState, formatHash, historyMode, isoForHash, parseHash, type DemoState } from '../../demo/state.js';

const full: DemoState = {
  event: 'treaty-signed',
  lang: 'ar',
  from: '2024-06-17T12:00:00Z',
  to: '2024-06-21T00:00:00Z',
  hide: ['media', 'ceremony'],
  q: 'كيم جونغ',
  group: true,
};

describe('demo URL state', () => {
  it('reads the documented hash: event, language and window', () => {
    expect(parseHash('#event=vostochny-summit&lang=ar&from=2023-09-01&to=2023-09-30', 'en')).to.deep.equal({
      event: 'vostochny-summit',
      lang: 'ar',
      from: '2023-09-01',
      to: '2023-09-30',
      hide: [],
      q: '',
      group: false,
    });
  });

  it('writes a state and reads it back unchanged, Arabic search text included', () => {
    const hash = formatHash(full);
    expect(hash).to.equal(
      `#event=treaty-signed&lang=ar&from=2024-06-17T12:00:00Z&to=2024-06-21T00:00:00Z&hide=media,ceremony&q=${encodeURIComponent('كيم جونغ')}&group=1`,
    );
    expect(parseHash(hash, 'en')).to.deep.equal(full);
  });

  it('keeps characters that would break the hash inside their values', () => {
    const state = { ...emptyState('en'), event: 'a&b=c', q: 'x+y #1, 50%' };
    expect(parseHash(formatHash(state), 'en')).to.deep.equal(state);
  });

  it('leaves out what is empty, but always says the language', () => {
    expect(formatHash(emptyState('en'))).to.equal('#lang=en');
    expect(formatHash({ ...emptyState('ar'), event: 'x' })).to.equal('#event=x&lang=ar');
  });

  it('falls back to the empty state in the given language for a missing or broken hash', () => {
    expect(parseHash('', 'ar')).to.deep.equal(emptyState('ar'));
    expect(parseHash('#lang=fr&from=yesterday&to=2024-13-45&event=&q=%E0%A4', 'en')).to.deep.equal(emptyState('en'));
  });

  it('reads a space written as + and ignores repeated or empty parts', () => {
    expect(parseHash('#q=Putin+Kim&&lang=en&lang=ar&hide=a,,a,b', 'en')).to.deep.include({
      q: 'Putin Kim',
      lang: 'en',
      hide: ['a', 'b'],
    });
  });

  it('writes instants in UTC without zero milliseconds', () => {
    expect(isoForHash(new Date(Date.UTC(2024, 5, 19, 4)))).to.equal('2024-06-19T04:00:00Z');
    expect(isoForHash(new Date(Date.UTC(2024, 5, 19, 4, 0, 0, 250)))).to.equal('2024-06-19T04:00:00.250Z');
  });
});

describe('demo history', () => {
  const base = { ...emptyState('en'), from: '2023-09-01T00:00:00Z', to: '2024-01-01T00:00:00Z' };

  it('adds a history entry for a new selection or language, so Back returns to it', () => {
    expect(historyMode(base, { ...base, event: 'treaty-signed' })).to.equal('push');
    expect(historyMode({ ...base, event: 'treaty-signed' }, { ...base, event: null })).to.equal('push');
    expect(historyMode(base, { ...base, lang: 'ar' })).to.equal('push');
  });

  it('updates the current entry for zooming, panning and filtering', () => {
    expect(historyMode(base, { ...base, from: '2023-10-01T00:00:00Z' })).to.equal('replace');
    expect(historyMode(base, { ...base, hide: ['media'] })).to.equal('replace');
    expect(historyMode(base, { ...base, q: 'treaty' })).to.equal('replace');
    expect(historyMode(base, { ...base, group: true })).to.equal('replace');
  });

  it('leaves history alone when nothing changed', () => {
    expect(historyMode(base, { ...base, hide: [] })).to.equal('none');
  });
});
