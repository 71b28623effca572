/* eslint-disable @typescript-eslint/no-non-null-assertion -- typed arrays and per-document arrays indexed within their loop bounds, in loops run for every term of every module or compared pair: an index out of range would be a bug, not input, and a check per element is not worth its cost there. */
/**
 * Dense ids for pairs of small integers, in an open-addressing hash table over typed arrays.
 * Terms are (syllable, −1) for unigrams and (syllable, syllable) for bigrams. At 100k
 * modules the corpus holds millions of distinct bigrams; a Map keyed by a combined number
 * (beyond V8's small-integer range) took twice as long and twice the memory.
 */
export class PairIds {
  private first: Int32Array;
  private second: Int32Array;
  private slots: Int32Array;
  private count = 0;

  constructor(expected = 1 << 15) {
    let capacity = 1 << 16;
    while (capacity < expected * 2) capacity <<= 1;
    this.slots = new Int32Array(capacity).fill(-1);
    this.first = new Int32Array(capacity >> 1);
    this.second = new Int32Array(capacity >> 1);
  }

  get size(): number {
    return this.count;
  }

  /** The id of (a, b), or −1 when the pair has none. */
  get(a: number, b: number): number {
    const mask = this.slots.length - 1;
    for (let slot = hash(a, b) & mask; ; slot = (slot + 1) & mask) {
      const id = this.slots[slot]!;
      if (id === -1) return -1;
      if (this.first[id] === a && this.second[id] === b) return id;
    }
  }

  /** The id of (a, b), given the next free id if the pair is new. */
  add(a: number, b: number): number {
    const mask = this.slots.length - 1;
    let slot = hash(a, b) & mask;
    for (; ; slot = (slot + 1) & mask) {
      const id = this.slots[slot]!;
      if (id === -1) break;
      if (this.first[id] === a && this.second[id] === b) return id;
    }
    const id = this.count++;
    if (id >= this.first.length) this.growPairs();
    this.first[id] = a;
    this.second[id] = b;
    this.slots[slot] = id;
    if (this.count * 2 > this.slots.length) this.rehash();
    return id;
  }

  firstOf(id: number): number {
    return this.first[id]!;
  }

  secondOf(id: number): number {
    return this.second[id]!;
  }

  private growPairs(): void {
    const first = new Int32Array(this.first.length * 2);
    const second = new Int32Array(this.second.length * 2);
    first.set(this.first);
    second.set(this.second);
    this.first = first;
    this.second = second;
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2).fill(-1);
    const mask = slots.length - 1;
    for (let id = 0; id < this.count; id++) {
      let slot = hash(this.first[id]!, this.second[id]!) & mask;
      while (slots[slot] !== -1) slot = (slot + 1) & mask;
      slots[slot] = id;
    }
    this.slots = slots;
  }
}

function hash(a: number, b: number): number {
  let h = Math.imul(a ^ 0x5bd1e995, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca6b);
  h ^= h >>> 15;
  return Math.imul(h, 0xc2b2ae35) >>> 0;
}
