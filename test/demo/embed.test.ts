import { expect } from '@open-wc/testing';
import { embedSnippet } from '../../demo/embed.js';

describe('demo embed snippet', () => {
  it('loads the bundled module and points the element at the published dataset, in the page language', () => {
    expect(embedSnippet('ar')).to.equal(
      '<script type="module" src="https://unpkg.com/tarikh/dist/tarikh.bundled.js"></script>\n' +
        '<tarikh-timeline src="https://unpkg.com/tarikh/data/vostochny-pyongyang.json" lang="ar"></tarikh-timeline>',
    );
    expect(embedSnippet('en', 'https://example.org/t')).to.contain(
      'src="https://example.org/t/data/vostochny-pyongyang.json" lang="en"',
    );
  });
});
