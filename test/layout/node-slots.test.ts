import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { NodeSlots } from '../../src/layout/node-slots.js';

describe('NodeSlots', () => {
  it('keeps the slot of what stays drawn and gives freed slots to what comes into view', () => {
    const slots = new NodeSlots<string>();
    expect(slots.assign(['a', 'b', 'c'])).to.deep.equal(['a', 'b', 'c']);
    expect(slots.assign(['b', 'c', 'd'])).to.deep.equal(['d', 'b', 'c']);
    expect(slots.slotOf('d')).to.equal(0);
    expect(slots.slotOf('a')).to.equal(-1);
    expect(slots.assign(['c'])).to.deep.equal([null, null, 'c']);
    expect(slots.assign(['e', 'c', 'f', 'g'])).to.deep.equal(['e', 'f', 'c', 'g']);
  });

  it('drops free slots at the end', () => {
    const slots = new NodeSlots<string>();
    slots.assign(['a', 'b', 'c']);
    expect(slots.assign(['a'])).to.deep.equal(['a']);
    expect(slots.assign([])).to.deep.equal([]);
  });

  it('keeps a reserved key’s slot empty instead of reusing it', () => {
    const slots = new NodeSlots<string>();
    slots.assign(['a', 'b', 'c']);
    expect(slots.assign(['a', 'x'], 'c')).to.deep.equal(['a', 'x', null]);
    // Not reserved any more: the slot is free for the next comer.
    expect(slots.assign(['a', 'x', 'y'])).to.deep.equal(['a', 'x', 'y']);
  });

  it('starts afresh after clear()', () => {
    const slots = new NodeSlots<string>();
    slots.assign(['a', 'b']);
    slots.clear();
    expect(slots.assign(['b'])).to.deep.equal(['b']);
  });

  it('holds for any sequence of frames: each key once, kept slots, no growth beyond need', () => {
    const frame = fc.uniqueArray(fc.integer({ min: 0, max: 30 }), { maxLength: 20 });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(frame, fc.option(fc.integer({ min: 0, max: 30 }))), { maxLength: 25 }),
        (frames) => {
          const slots = new NodeSlots<number>();
          let previous: (number | null)[] = [];
          for (const [keys, reserved] of frames) {
            const out = slots.assign(keys, reserved);
            const drawn = out.filter((k): k is number => k !== null);
            expect([...drawn].sort((a, b) => a - b)).to.deep.equal([...keys].sort((a, b) => a - b));
            for (const key of keys) {
              const before = previous.indexOf(key);
              if (before >= 0) expect(out.indexOf(key)).to.equal(before);
            }
            const heldSlot = reserved !== null && !keys.includes(reserved) ? previous.indexOf(reserved) : -1;
            if (heldSlot >= 0) expect(out[heldSlot]).to.equal(null);
            expect(out.length).to.be.at.most(Math.max(previous.length, keys.length + (heldSlot >= 0 ? 1 : 0)));
            expect(out.length === 0 || out[out.length - 1] !== null || out.length - 1 === heldSlot).to.equal(true);
            previous = out;
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
