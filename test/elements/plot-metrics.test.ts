import { expect } from '@open-wc/testing';
import { PlotMetrics } from '../../src/elements/timeline/plot-metrics.js';

/** A computed style holding only these custom properties (and a font family). */
function styleWith(properties: Record<string, string>): CSSStyleDeclaration {
  return {
    fontFamily: '"Tarikh Test Sans"',
    getPropertyValue: (name: string) => properties[name] ?? '',
  } as unknown as CSSStyleDeclaration;
}

const base = {
  '--_font-size': '13px',
  // The test page's own faces (loaded from npm), never a system family.
  '--_font': '"Tarikh Test Sans"',
  '--_font-ar': '"Tarikh Test Arabic"',
  '--_node-size': '12px',
  '--_lane-height': '28px',
  '--_space': '8px',
  '--_axis-font-size': '12px',
};

describe('PlotMetrics', () => {
  it('reads the sizes and fonts from the computed style, the Arabic font for right to left', () => {
    const metrics = new PlotMetrics();
    metrics.read(styleWith({ ...base, '--tarikh-axis-height': '50px' }), false);
    expect(metrics.sizes).to.deep.equal({
      nodeSize: 12,
      laneHeight: 28,
      axisHeight: 50,
      labelGap: 6,
      font: '13px "Tarikh Test Sans"',
      axisFont: '12px "Tarikh Test Sans"',
    });
    metrics.read(styleWith(base), true);
    expect(metrics.sizes.font).to.equal('13px "Tarikh Test Arabic"');
    // Missing or unusable values fall back to the defaults.
    metrics.read(styleWith({ '--_node-size': '-3px', '--_lane-height': 'tall' }), false);
    expect(metrics.sizes).to.include({
      nodeSize: 12,
      laneHeight: 28,
      axisHeight: 44,
      labelGap: 6,
      font: '13px "Tarikh Test Sans"',
    });
  });

  it('says what changed: label widths with the font, node or gap; only sizes with a lane or the axis', () => {
    const metrics = new PlotMetrics();
    expect(metrics.read(styleWith(base), false)).to.deep.equal({ any: true, labelWidths: true });
    expect(metrics.read(styleWith(base), false)).to.deep.equal({ any: false, labelWidths: false });
    expect(metrics.read(styleWith({ ...base, '--_lane-height': '32px' }), false)).to.deep.equal({
      any: true,
      labelWidths: false,
    });
    expect(metrics.read(styleWith({ ...base, '--_lane-height': '32px', '--_space': '12px' }), false)).to.deep.equal({
      any: true,
      labelWidths: true,
    });
    expect(
      metrics.read(styleWith({ ...base, '--_lane-height': '32px', '--_space': '12px', '--_font-size': '20px' }), false),
    ).to.deep.equal({ any: true, labelWidths: true });
  });

  it('sizes a cluster pill for its count: its digits, the label gap either side and a border', () => {
    const metrics = new PlotMetrics();
    metrics.read(styleWith(base), false);
    const context = document.createElement('canvas').getContext('2d')!;
    context.font = '600 13px "Tarikh Test Sans"';
    const digit = Math.max(...'0123456789'.split('').map((d) => context.measureText(d.repeat(10)).width / 10));
    for (const count of [7, 42, 997, 13768, 100000]) {
      const digits = String(count).length;
      const exact = digits * digit + 2 * 6 + 2;
      // Never narrower than its digits need; rounded up by at most a pixel overall and a tenth a digit
      // (each digit's width is read from ten of it, in whole pixels).
      expect(metrics.countWidth(count), String(count)).to.be.within(exact, exact + 1 + digits / 10);
    }
    // In a larger font, after it is read, wider.
    const before = metrics.countWidth(13768);
    metrics.read(styleWith({ ...base, '--_font-size': '22px' }), false);
    expect(metrics.countWidth(13768)).to.be.above(before + 10);
  });
});
