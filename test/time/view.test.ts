import { expect } from '@open-wc/testing';
import { nodeInView, type View } from '../../src/time/view.js';

describe('nodeInView', () => {
  // 1000 px for 1000 ms: one pixel a millisecond.
  for (const rtl of [false, true]) {
    const view: View = { start: 0, end: 1000, width: 1000, rtl };
    it(`counts a node cut by either edge as in view, and one past its radius as out (${rtl ? 'rtl' : 'ltr'})`, () => {
      expect(nodeInView(view, 500, 6)).to.equal(true);
      // The dot's centre 3 px outside the window: half of it shows.
      expect(nodeInView(view, -3, 6)).to.equal(true);
      expect(nodeInView(view, 1003, 6)).to.equal(true);
      // Its edge on the plot's edge: nothing of it shows.
      expect(nodeInView(view, -6, 6)).to.equal(false);
      expect(nodeInView(view, 1006, 6)).to.equal(false);
      expect(nodeInView(view, -100, 6)).to.equal(false);
    });
  }

  it('works in pixels, whatever the scale', () => {
    // 1000 px for 10 s: 0.1 px a millisecond, so a 6 px radius is 60 ms.
    const view: View = { start: 10_000, end: 20_000, width: 1000, rtl: false };
    expect(nodeInView(view, 9_950, 6)).to.equal(true);
    expect(nodeInView(view, 9_930, 6)).to.equal(false);
    expect(nodeInView(view, 20_050, 6)).to.equal(true);
    expect(nodeInView(view, 20_070, 6)).to.equal(false);
  });
});
