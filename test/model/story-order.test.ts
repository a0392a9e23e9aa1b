import { expect } from '@open-wc/testing';
import { StoryOrder } from '../../src/model/story-order.js';

/** Shown events a…f, in time order; `indexOf` as the timeline's (−1 for an id not shown). */
const shown = ['a', 'b', 'c', 'd', 'e', 'f'];
const indexOf = (id: string) => shown.indexOf(id);

describe('StoryOrder', () => {
  it('walks every shown event in time order by default', () => {
    const order = StoryOrder.timeOrder(shown.length);
    expect(order.length).to.equal(6);
    expect(order.step(0)).to.deep.equal({ position: 0, previous: -1, next: 1 });
    expect(order.step(3)).to.deep.equal({ position: 3, previous: 2, next: 4 });
    expect(order.step(5)).to.deep.equal({ position: 5, previous: 4, next: -1 });
    expect(order.indexAt(0)).to.equal(0);
  });

  it("walks the editor's order, which may start with a later event and skip others", () => {
    const order = StoryOrder.editorsOrder(shown.length, ['d', 'a', 'f', 'b'], indexOf);
    expect(order.length).to.equal(4);
    expect([0, 1, 2, 3].map((p) => shown[order.indexAt(p)])).to.deep.equal(['d', 'a', 'f', 'b']);
    expect(order.step(indexOf('d'))).to.deep.equal({ position: 0, previous: -1, next: indexOf('a') });
    expect(order.step(indexOf('a'))).to.deep.equal({ position: 1, previous: indexOf('d'), next: indexOf('f') });
    expect(order.step(indexOf('b'))).to.deep.equal({ position: 3, previous: indexOf('f'), next: -1 });
  });

  it('leaves out ids not shown (filtered, hidden or unknown) and repeats, keeping the rest in order', () => {
    const order = StoryOrder.editorsOrder(shown.length, ['e', 'gone', 'c', 'e', 'a'], indexOf);
    expect([0, 1, 2].map((p) => shown[order.indexAt(p)])).to.deep.equal(['e', 'c', 'a']);
    expect(order.length).to.equal(3);
    expect(order.indexAt(3)).to.equal(-1);
  });

  it('gives an event outside the story the story events nearest it in time as neighbours', () => {
    const order = StoryOrder.editorsOrder(shown.length, ['e', 'a'], indexOf);
    expect(order.step(indexOf('c'))).to.deep.equal({ position: -1, previous: indexOf('a'), next: indexOf('e') });
    expect(order.step(indexOf('f'))).to.deep.equal({ position: -1, previous: indexOf('e'), next: -1 });
    expect(order.positionOf(indexOf('b'))).to.equal(-1);
  });

  it('has no step for an index that is not shown, and none at all without events', () => {
    const order = StoryOrder.timeOrder(3);
    for (const index of [-1, 3, 1.5, NaN])
      expect(order.step(index)).to.deep.equal({ position: -1, previous: -1, next: -1 });
    const empty = StoryOrder.editorsOrder(0, ['a'], indexOf);
    expect(empty.length).to.equal(0);
    expect(empty.indexAt(0)).to.equal(-1);
  });

  it('walks forwards through every story event once and back again (property)', async () => {
    const { default: fc } = await import('fast-check');
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 60 })
          .chain((n) => fc.tuple(fc.constant(n), fc.array(fc.integer({ min: -2, max: n + 2 }), { maxLength: 80 }))),
        ([n, picks]) => {
          const ids = picks.map((i) => `e${i}`);
          const order = StoryOrder.editorsOrder(n, ids, (id) => {
            const i = Number(id.slice(1));
            return i >= 0 && i < n ? i : -1;
          });
          const forwards: number[] = [];
          for (let i = order.indexAt(0); i >= 0; i = order.step(i).next) forwards.push(i);
          const expected = [...new Set(picks.filter((i) => i >= 0 && i < n))];
          expect(forwards).to.deep.equal(expected);
          const backwards: number[] = [];
          for (let i = order.indexAt(order.length - 1); i >= 0; i = order.step(i).previous) backwards.push(i);
          expect(backwards).to.deep.equal([...expected].reverse());
        },
      ),
      { numRuns: 100 },
    );
  });
});
