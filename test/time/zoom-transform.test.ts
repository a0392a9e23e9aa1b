import { expect } from '@open-wc/testing';
import { constrainToView, zoomIdentity, ZoomTransform } from '../../src/time/zoom-transform.js';
import { timeScale } from '../../src/time/scale.js';

describe('zoom transform', () => {
  it('draws an unzoomed x at x × k + x, and reads it back', () => {
    const t = new ZoomTransform(4, -300);
    expect(t.applyX(100)).to.equal(100);
    expect(t.applyX(0)).to.equal(-300);
    expect(t.invertX(100)).to.equal(100);
    expect(t.invertX(t.applyX(37.5))).to.equal(37.5);
  });

  it('scales about the origin and translates in unzoomed units, as d3-zoom does', () => {
    const t = zoomIdentity.scale(2).translate(-50);
    expect([t.k, t.x, t.y]).to.deep.equal([2, -100, 0]);
    expect(t.scale(1)).to.equal(t);
    expect(t.translate(0, 0)).to.equal(t);
    expect(String(t)).to.equal('translate(-100,0) scale(2)');
  });

  it('rescales a time scale to the window it shows', () => {
    const x = timeScale([0, 1000], [0, 100]);
    const shown = new ZoomTransform(2, -50).rescaleX(x);
    expect(shown.domain()).to.deep.equal([250, 750]);
    // The scale it was given is left as it was.
    expect(x.domain()).to.deep.equal([0, 1000]);
  });

  it('keeps the view inside the data: neither edge of the plot comes into view', () => {
    const width = 800;
    expect(constrainToView(new ZoomTransform(2, 100), width).x).to.equal(0);
    expect(constrainToView(new ZoomTransform(2, -1200), width).x).to.equal(-800);
    expect(constrainToView(new ZoomTransform(2, -300), width).x).to.equal(-300);
    expect(constrainToView(new ZoomTransform(1, -5), width).x).to.equal(0);
    expect(constrainToView(new ZoomTransform(3, -400), width).k).to.equal(3);
  });
});
