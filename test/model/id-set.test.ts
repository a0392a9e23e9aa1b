import { expect } from '@open-wc/testing';
import { IdSet } from '../../src/model/id-set.js';

/** What `add` answers for each id in turn, by the set it stands in for. */
const reference = (ids: string[]) => {
  const seen = new Set<string>();
  return ids.map((id) => seen.size !== seen.add(id).size);
};

describe('IdSet', () => {
  it('says whether an id is new, as it grows past its expected size', () => {
    const set = new IdSet(2);
    const ids = ['a', 'b', 'a', '', 'c', 'd', 'e', 'b', '', 'ب', 'ب'];
    expect(ids.map((id) => set.add(id))).to.deep.equal(reference(ids));
  });

  it('tells ids apart like a Set, repeats, near-misses and any UTF-16 included (property)', async () => {
    const { default: fc } = await import('fast-check');
    const id = fc.oneof(
      fc.integer({ min: 0, max: 300 }).map((i) => `e${i}`),
      fc.string({ unit: 'binary', maxLength: 6 }),
      fc.constantFrom('x', 'x ', ' x', 'X', 'حدث', 'حدث١'),
    );
    fc.assert(
      fc.property(fc.array(id, { maxLength: 2000 }), fc.nat(3000), (ids, expected) => {
        const set = new IdSet(expected);
        expect(ids.map((i) => set.add(i))).to.deep.equal(reference(ids));
      }),
      { numRuns: 60 },
    );
  });

  it('still answers right, without probing forever, when every id has the same hash', () => {
    const set = new IdSet(10, () => 7);
    const ids = Array.from({ length: 3000 }, (_, i) => `id${i % 1500}`);
    expect(ids.map((id) => set.add(id))).to.deep.equal(reference(ids));
  });
});
