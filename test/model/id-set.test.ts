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

  it('takes memory as ids come, not for every id a large list claims', () => {
    const set = new IdSet(1_000_000);
    expect(set.tableBytes).to.equal(0);
    const ids = Array.from({ length: 1000 }, (_, i) => `e${i}`);
    ids.forEach((id) => set.add(id));
    // One table for a million ids would be 16 MB, all of it written at random from the first id.
    expect(set.tableBytes)
      .to.be.above(0)
      .and.at.most(64 * 1024);
  });

  it('tells ids apart like a Set across its many tables, as they grow', () => {
    const set = new IdSet(1_000_000);
    const ids = Array.from({ length: 60_000 }, (_, i) => (i % 3 === 2 ? `e${i >> 1}` : `e${i}`));
    expect(ids.map((id) => set.add(id))).to.deep.equal(reference(ids));
    // 40,000 distinct ids, each slot 8 bytes, every table at most half full after it grew: within 4 × 8 × 40,000.
    expect(set.tableBytes)
      .to.be.at.least(2 * 8 * 40_000)
      .and.at.most(4 * 8 * 40_000);
  });

  it('still answers right when every id of a large list has the same hash', () => {
    const set = new IdSet(1_000_000, () => -1);
    const ids = Array.from({ length: 2000 }, (_, i) => `id${i % 1000}`);
    expect(ids.map((id) => set.add(id))).to.deep.equal(reference(ids));
  });
});
