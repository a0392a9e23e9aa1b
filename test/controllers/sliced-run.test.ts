import { expect } from '@open-wc/testing';
import { SlicedRun } from '../../src/controllers/sliced-run.js';
import type { Sliced } from '../../src/model/slices.js';
import { aTurn } from '../helpers/turns.js';

/** Work of `steps` steps of about `ms` milliseconds each, counting them; returns the count. */
function* busyWork(steps: number, ms: number, done: { steps: number }, atEnd = () => {}): Sliced<number> {
  for (let i = 0; i < steps; i += 1) {
    const until = performance.now() + ms;
    while (performance.now() < until);
    done.steps += 1;
    yield;
  }
  atEnd();
  return done.steps;
}

describe('SlicedRun', () => {
  it('ends work small enough for its first slice within start()', () => {
    const results: number[] = [];
    const run = new SlicedRun(busyWork(3, 0, { steps: 0 }), (value) => results.push(value));
    expect(run.start()).to.equal(true);
    expect(results).to.deep.equal([3]);
  });

  it('runs longer work in slices, between which the page has turns, and finishes it in a task of its own', async () => {
    const results: number[] = [];
    let atTheEndOfItsTask: number[] | null = null;
    // A microtask runs once the task that ended the work is over, before the next task.
    const atEnd = () => queueMicrotask(() => (atTheEndOfItsTask = [...results]));
    const run = new SlicedRun(busyWork(20, 2, { steps: 0 }, atEnd), (value) => results.push(value), 8);
    expect(run.start()).to.equal(false);
    let turns = 0;
    while (!run.ended) {
      await aTurn();
      turns += 1;
    }
    await run.done;
    expect(results).to.deep.equal([20]);
    expect(turns).to.be.greaterThan(2);
    expect(atTheEndOfItsTask).to.deep.equal([]);
  });

  it('never finishes work cancelled between slices', async () => {
    const results: number[] = [];
    const run = new SlicedRun(busyWork(20, 2, { steps: 0 }), (value) => results.push(value), 8);
    run.start();
    await aTurn();
    run.cancel();
    await run.done;
    for (let i = 0; i < 10; i += 1) await aTurn();
    expect(run.ended).to.equal(true);
    expect(results).to.deep.equal([]);
  });
});
