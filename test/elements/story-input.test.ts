import { expect } from '@open-wc/testing';
import { storyKeyStep, swipeStep, SWIPE_DISTANCE } from '../../src/elements/details/story-input.js';

describe('storyKeyStep', () => {
  it('takes ] for next and [ for previous in English, and the other way round in Arabic', () => {
    expect(storyKeyStep(']', 'BracketRight', false)).to.equal('next');
    expect(storyKeyStep('[', 'BracketLeft', false)).to.equal('previous');
    expect(storyKeyStep('[', 'BracketLeft', true)).to.equal('next');
    expect(storyKeyStep(']', 'BracketRight', true)).to.equal('previous');
  });

  it('reads the place of the keys where the layout prints letters on them (Arabic: ج and د)', () => {
    expect(storyKeyStep('ج', 'BracketLeft', true)).to.equal('next');
    expect(storyKeyStep('د', 'BracketRight', true)).to.equal('previous');
    // Shifted, they type braces on a US layout: not a step.
    expect(storyKeyStep('{', 'BracketLeft', false)).to.equal(null);
  });

  it('leaves other keys, and any with Ctrl, Alt or Meta, alone', () => {
    for (const key of ['ArrowLeft', 'ArrowRight', 'PageDown', 'n', ' '])
      expect(storyKeyStep(key, '', false)).to.equal(null);
    expect(storyKeyStep(']', 'BracketRight', false, { ctrl: true })).to.equal(null);
    expect(storyKeyStep(']', 'BracketRight', false, { alt: true })).to.equal(null);
    expect(storyKeyStep('[', 'BracketLeft', true, { meta: true })).to.equal(null);
  });
});

describe('swipeStep', () => {
  it('turns to the next event with a swipe towards the start of the line: leftwards in English, rightwards in Arabic', () => {
    expect(swipeStep(-100, 10, 200, false)).to.equal('next');
    expect(swipeStep(100, 10, 200, false)).to.equal('previous');
    expect(swipeStep(100, -10, 200, true)).to.equal('next');
    expect(swipeStep(-100, 0, 200, true)).to.equal('previous');
  });

  it('is not a step when short, mostly vertical (a scroll), or slow (a finger selecting text)', () => {
    expect(swipeStep(-(SWIPE_DISTANCE - 1), 0, 100, false)).to.equal(null);
    expect(swipeStep(-SWIPE_DISTANCE, 0, 100, false)).to.equal('next');
    expect(swipeStep(-100, 60, 100, false)).to.equal(null);
    expect(swipeStep(-100, 0, 2000, false)).to.equal(null);
    expect(swipeStep(NaN, 0, 100, false)).to.equal(null);
  });
});
