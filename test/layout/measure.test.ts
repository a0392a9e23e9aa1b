import { expect } from '@open-wc/testing';
import { TextMeasurer } from '../../src/layout/measure.js';

// Measured in the test page's own face (loaded from npm), never a system family.

describe('TextMeasurer', () => {
  const measured: string[] = [];
  const original = CanvasRenderingContext2D.prototype.measureText;
  beforeEach(() => {
    measured.length = 0;
    CanvasRenderingContext2D.prototype.measureText = function (this: CanvasRenderingContext2D, text: string) {
      measured.push(text);
      return original.call(this, text);
    };
  });
  afterEach(() => {
    CanvasRenderingContext2D.prototype.measureText = original;
  });

  it('measures once in a new font as soon as it is set, and not again for the same font', () => {
    const measurer = new TextMeasurer();
    measurer.setFont('13px "Tarikh Test Sans"');
    expect(measured).to.have.length(1);
    measurer.setFont('13px "Tarikh Test Sans"');
    measurer.setFont('14px "Tarikh Test Sans"');
    expect(measured).to.have.length(2);
  });

  it('gives the canvas width of a text, rounded up, and measures each text once per font', () => {
    const measurer = new TextMeasurer();
    measurer.setFont('13px "Tarikh Test Sans"');
    const context = document.createElement('canvas').getContext('2d')!;
    context.font = '13px "Tarikh Test Sans"';
    const width = measurer.measure('Summit talks');
    expect(width).to.equal(Math.ceil(original.call(context, 'Summit talks').width));
    measured.length = 0;
    expect(measurer.measure('Summit talks')).to.equal(width);
    expect(measured).to.deep.equal([]);
    measurer.setFont('20px "Tarikh Test Sans"');
    expect(measurer.measure('Summit talks')).to.be.above(width);
  });
});
