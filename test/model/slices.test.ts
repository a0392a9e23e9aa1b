import { expect } from '@open-wc/testing';
import { toItems, toItemsInSlices } from '../../src/model/items.js';
import { CHUNK, inChunks, runToEnd, type Sliced } from '../../src/model/slices.js';
import { sortedOrder, sortedOrderInSlices } from '../../src/model/sorted-order.js';
import { validateInSlices, validateWithDates } from '../../src/model/validate.js';
import { datasetWith, eventsEvery } from '../helpers/datasets.js';

/** Runs sliced work to its end, counting its pauses. */
function drain<T>(work: Sliced<T>): { value: T; pauses: number } {
  let pauses = 0;
  for (;;) {
    const step = work.next();
    if (step.done) return { value: step.value, pauses };
    pauses += 1;
  }
}

describe('sliced work', () => {
  it('inChunks covers [0, n) once, in order, pausing between chunks', () => {
    const seen: [number, number][] = [];
    const { pauses } = drain(inChunks(10, (from, to) => seen.push([from, to]), 4));
    expect(seen).to.deep.equal([
      [0, 4],
      [4, 8],
      [8, 10],
    ]);
    expect(pauses).to.equal(2);
    expect(drain(inChunks(0, () => expect.fail('no chunk of nothing'))).pauses).to.equal(0);
    expect(drain(inChunks(4, () => {}, 4)).pauses).to.equal(0);
  });

  it('reads and places a dataset of one chunk of events without a pause, so it never waits for a later task', () => {
    const data = datasetWith(eventsEvery(CHUNK, 1));
    const { value: read, pauses } = drain(validateInSlices(data));
    expect(pauses).to.equal(0);
    expect(read.result.dataset!.events).to.have.length(CHUNK);
    const placed = drain(toItemsInSlices(read.result.dataset!.events, read.dates));
    expect(placed.pauses).to.equal(0);
    expect(placed.value).to.have.length(CHUNK);
  });

  it('runToEnd gives what the work returns', () => {
    function* work(): Sliced<string> {
      yield;
      yield;
      return 'done';
    }
    expect(runToEnd(work())).to.equal('done');
  });

  it('validates a large dataset with pauses between chunks of events, to the same result as at once', () => {
    const n = 3 * CHUNK + 17;
    const events = eventsEvery(n, 1);
    // A few bad events among them, reported at their index whichever chunk they fall in.
    events[5] = { ...events[5], date: 'not a date' };
    events[CHUNK + 1] = { ...events[CHUNK + 1], id: 'e0' };
    const data = datasetWith(events);
    const sliced = drain(validateInSlices(data));
    // Four chunks, so three pauses between them.
    expect(sliced.pauses).to.equal(3);
    const once = validateWithDates(data);
    expect(sliced.value.result.problems).to.deep.equal(once.result.problems);
    expect(sliced.value.result.rejected).to.deep.equal(['e5', 'e0']);
    expect(sliced.value.result.dataset!.events.map((e) => e.id)).to.deep.equal(
      once.result.dataset!.events.map((e) => e.id),
    );
    expect(sliced.value.result.dataset!.events).to.have.length(n - 2);
  });

  it('places and sorts events in slices as toItems does at once, radix passes included', () => {
    // Out of order, with ties (events of one day), past the size where the radix sort is used.
    const n = 70_000;
    const events = Array.from({ length: n }, (_, i) => ({
      id: `e${(i * 7919) % n}`,
      date: new Date(Date.UTC(2023, 8, 1) + ((i * 104_729) % 5000) * 3_600_000).toISOString().slice(0, 10),
      title: { ar: 'ح', en: 'e' },
      excerpts: [],
    }));
    const sliced = drain(toItemsInSlices(events));
    expect(sliced.pauses).to.be.greaterThan(n / CHUNK);
    const once = toItems(events);
    expect(sliced.value.map((item) => [item.id, item.at])).to.deep.equal(once.map((item) => [item.id, item.at]));
  });

  it('sortedOrderInSlices pauses within the radix passes and orders as sortedOrder', () => {
    const keys = Float64Array.from({ length: 200_000 }, (_, i) => ((i * 2_654_435_761) % 1_000_003) * 60_000);
    const sliced = drain(sortedOrderInSlices(keys));
    expect(sliced.pauses).to.be.greaterThan(4);
    expect([...sliced.value]).to.deep.equal([...sortedOrder(keys)]);
  });
});
