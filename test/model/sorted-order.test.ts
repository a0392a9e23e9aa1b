import { expect } from '@open-wc/testing';
import { sortedOrder } from '../../src/model/sorted-order.js';

/** The order a stable comparator sort gives: the reference the radix sort must match. */
const reference = (keys: number[]) => keys.map((_, i) => i).sort((a, b) => keys[a]! - keys[b]! || a - b);

describe('sortedOrder', () => {
  it('orders a few keys ascending, equal keys in their original order', () => {
    expect([...sortedOrder(Float64Array.from([3, 1, 2, 1, -5]))]).to.deep.equal([4, 1, 3, 2, 0]);
  });

  it('returns the identity for keys already in order, and handles no keys at all', () => {
    expect([...sortedOrder(Float64Array.from([1, 1, 2, 3]))]).to.deep.equal([0, 1, 2, 3]);
    expect([...sortedOrder(new Float64Array(0))]).to.deep.equal([]);
  });

  it('sorts with the radix sort like a stable comparator sort, negative, fractional and −0 included (property)', async () => {
    const { default: fc } = await import('fast-check');
    const day = 86_400_000;
    const key = fc.oneof(
      // Timestamps around the story, whole minutes and half minutes: many share their bits.
      fc.integer({ min: 0, max: 400_000 }).map((m) => Date.UTC(2023, 8, 1) + m * 30_000),
      fc.double({ min: -1e15, max: 1e15, noNaN: true }),
      fc.constantFrom(0, -0, 1, -1, 0.5, -day, 8.64e15 / 4, -8.64e15 / 4),
    );
    fc.assert(
      fc.property(fc.array(key, { minLength: 2, maxLength: 6000 }), (keys) => {
        expect([...sortedOrder(Float64Array.from(keys), 0)]).to.deep.equal(reference(keys));
      }),
      { numRuns: 25 },
    );
  });

  it('sorts 70,000 keys (past the radix threshold) like a stable comparator sort', () => {
    let seed = 7;
    const keys = Array.from({ length: 70_000 }, () => {
      seed = (seed * 16807) % 2147483647;
      return Date.UTC(2023, 8, 1) + (seed % 500_000) * 60_000;
    });
    expect([...sortedOrder(Float64Array.from(keys))]).to.deep.equal(reference(keys));
  });

  it('sorts small inputs (the comparator) the same way (property)', async () => {
    const { default: fc } = await import('fast-check');
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -20, max: 20 }), { maxLength: 300 }), (keys) => {
        expect([...sortedOrder(Float64Array.from(keys))]).to.deep.equal(reference(keys));
      }),
      { numRuns: 200 },
    );
  });
});
