import { expect } from '@open-wc/testing';
import { cssTimeMs, DEFAULT_ANIMATION_MS } from '../../src/styles/css-time.js';

describe('CSS time values', () => {
  it('reads milliseconds and seconds as a custom property holds them', () => {
    expect(cssTimeMs('450ms')).to.equal(450);
    expect(cssTimeMs(' 0.3s ')).to.equal(300);
    expect(cssTimeMs('.25s')).to.equal(250);
    expect(cssTimeMs('2S')).to.equal(2000);
    expect(cssTimeMs('1e3ms')).to.equal(1000);
    expect(cssTimeMs('+120ms')).to.equal(120);
    expect(cssTimeMs('0s')).to.equal(0);
    expect(cssTimeMs('0ms')).to.equal(0);
  });

  it('gives the default for anything that is not a plain, non-negative time', () => {
    for (const value of ['', 'none', '450', '-200ms', 'calc(2 * 100ms)', '1h', 'ms', '3 s', '1e999s'])
      expect(cssTimeMs(value), JSON.stringify(value)).to.equal(DEFAULT_ANIMATION_MS);
    expect(cssTimeMs('fast', 7)).to.equal(7);
  });
});
