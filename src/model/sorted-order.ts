import { inChunks, runToEnd, type Sliced } from './slices.js';

/**
 * The order that sorts numeric keys ascending, as indices into them; stable, so equal keys keep
 * their order. Keys must not be NaN (−0 counts as 0).
 *
 * Sorting 100,000 events with a comparator is about two million calls back into JavaScript; a
 * radix sort on the bits of the doubles is a few linear passes over typed arrays. Smaller inputs,
 * where the radix sort's tables cost more than they save, use the comparator. `radixFrom` is
 * there for tests.
 */
export function sortedOrder(keys: Float64Array, radixFrom = RADIX_MIN): Uint32Array {
  return runToEnd(sortedOrderInSlices(keys, radixFrom));
}

/** `sortedOrder` as work that can be cut into slices (see slices.ts), a chunk of each pass at a time. */
export function* sortedOrderInSlices(keys: Float64Array, radixFrom = RADIX_MIN): Sliced<Uint32Array> {
  const n = keys.length;
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i += 1) order[i] = i;
  if (isAscending(keys)) return order;
  // At most RADIX_MIN keys: some 15 ms, one slice.
  if (n < radixFrom) return order.sort((a, b) => keys[a]! - keys[b]! || a - b);
  return yield* radixOrder(keys, order);
}

/** Keys a radix pass moves between two pauses: a pass over them is a few milliseconds. */
const RADIX_CHUNK = 65_536;

/**
 * Below this many keys the comparator sort is faster. Measured once per fresh V8 (as a page sorts
 * once), random times over ten months: comparator / radix 4 / 9–15 ms at 10,000 keys, 16 / 16–19 ms
 * at 50,000, 28 / 26 ms at 100,000, 64 / 35 ms at 200,000.
 */
const RADIX_MIN = 65_536;

function isAscending(keys: Float64Array): boolean {
  for (let i = 1; i < keys.length; i += 1) if (!(keys[i - 1]! <= keys[i]!)) return false;
  return true;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * LSD radix sort over the 64 bits of each key, 16 bits a pass. The bits of a double are made to
 * sort as unsigned integers the way the numbers do (negative: all bits flipped; positive: the sign
 * bit set). A pass whose 16 bits are the same for every key (timestamps share their top bits, and
 * whole milliseconds leave the lowest ones zero) moves nothing and is skipped.
 */
function* radixOrder(keys: Float64Array, order: Uint32Array): Sliced<Uint32Array> {
  const n = keys.length;
  const copy = new Float64Array(n);
  for (let i = 0; i < n; i += 1) copy[i] = keys[i]! + 0; // −0 + 0 is +0
  const words = new Uint32Array(copy.buffer);
  const lo = LITTLE_ENDIAN ? 0 : 1;
  const hi = 1 - lo;
  const counts = new Uint32Array(4 * 65536);
  yield* inChunks(n, (from, to) => countDigits(words, counts, lo, hi, from, to), RADIX_CHUNK);
  let from: Uint32Array = order;
  let to: Uint32Array = new Uint32Array(n);
  for (let pass = 0; pass < 4; pass += 1) {
    const base = pass * 65536;
    const word = pass < 2 ? lo : hi;
    const shift = pass % 2 === 0 ? 0 : 16;
    const first = (words[word]! >>> shift) & 0xffff;
    if (counts[base + first] === n) continue;
    let sum = 0;
    for (let d = 0; d < 65536; d += 1) {
      const c = counts[base + d]!;
      counts[base + d] = sum;
      sum += c;
    }
    const source = from;
    const target = to;
    yield* inChunks(
      n,
      (a, b) => {
        for (let j = a; j < b; j += 1) {
          const index = source[j]!;
          const d = (words[2 * index + word]! >>> shift) & 0xffff;
          target[counts[base + d]!] = index;
          counts[base + d] += 1;
        }
      },
      RADIX_CHUNK,
    );
    from = target;
    to = source;
  }
  return from;
}

/** Makes the keys `[from, to)` sort as unsigned integers, in place, and counts their four digits. */
function countDigits(words: Uint32Array, counts: Uint32Array, lo: number, hi: number, from: number, to: number) {
  for (let i = from; i < to; i += 1) {
    const h = words[2 * i + hi]!;
    let l = words[2 * i + lo]!;
    let u: number;
    if (h & 0x80000000) {
      u = ~h >>> 0;
      l = ~l >>> 0;
    } else u = (h | 0x80000000) >>> 0;
    words[2 * i + hi] = u;
    words[2 * i + lo] = l;
    counts[l & 0xffff] += 1;
    counts[65536 + (l >>> 16)] += 1;
    counts[131072 + (u & 0xffff)] += 1;
    counts[196608 + (u >>> 16)] += 1;
  }
}
