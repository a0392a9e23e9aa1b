import { expect } from '@open-wc/testing';
import { contrastRatio } from '../../src/styles/contrast.js';
import { colorToken, colorTokens } from '../../src/styles/tokens.js';

const SCHEMES = ['light', 'dark'] as const;
const value = (name: string, scheme: (typeof SCHEMES)[number]) => colorToken(name)[scheme];

describe('contrast helper', () => {
  it('gives 21:1 for black on white and 1:1 for a colour on itself', () => {
    expect(contrastRatio('#000', '#ffffff')).to.be.closeTo(21, 1e-9);
    expect(contrastRatio('#0b6bcb', '#0b6bcb')).to.equal(1);
  });

  it('matches the WCAG reference figure for #767676 on white (4.54:1)', () => {
    expect(contrastRatio('#767676', '#fff')).to.be.closeTo(4.54, 0.01);
  });
});

for (const scheme of SCHEMES) {
  describe(`default ${scheme} tokens`, () => {
    const surface = value('surface', scheme);

    it('give text colours at least 4.5:1 on the surface', () => {
      for (const name of ['text', 'muted', 'accent', 'selection', 'error', 'disputed']) {
        expect(contrastRatio(value(name, scheme), surface), name).to.be.at.least(4.5);
      }
    });

    it('give the count of a cluster at least 4.5:1 on its background', () => {
      expect(contrastRatio(value('cluster-text', scheme), value('cluster-bg', scheme))).to.be.at.least(4.5);
    });

    it('give nodes, cluster outlines, the axis and the focus ring at least 3:1 on the surface', () => {
      const graphics = ['accent', 'selection', 'focus', 'axis', 'cluster-border', 'disputed'];
      for (const name of [...graphics, ...colorTokens.filter((t) => t.name.startsWith('track-')).map((t) => t.name)]) {
        expect(contrastRatio(value(name, scheme), surface), name).to.be.at.least(3);
      }
    });

    it('give the focus ring at least 3:1 on a cluster and text on the tooltip (inverse) 4.5:1', () => {
      expect(contrastRatio(value('focus', scheme), value('cluster-bg', scheme))).to.be.at.least(3);
      expect(contrastRatio(surface, value('text', scheme))).to.be.at.least(4.5);
    });

    it('give the "!" of a disputed event (surface on the disputed colour) at least 4.5:1', () => {
      expect(contrastRatio(surface, value('disputed', scheme))).to.be.at.least(4.5);
    });
  });
}
