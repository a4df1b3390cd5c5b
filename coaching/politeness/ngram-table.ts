// A hash table from n-gram hash pairs (see ngram-hash.ts) to small ints, over typed arrays: the
// politeness model's vocabulary and the strategies' phrase table.

/**
 * Open addressing over (key, check) pairs with linear probing. Values are non-negative ints.
 * Grows to keep the load under one half, so lookups stay a probe or two.
 */
export class NgramTable {
  private keys: Int32Array;
  private checks: Int32Array;
  private values: Int32Array;
  private mask: number;
  private count = 0;

  constructor(expectedEntries: number) {
    let capacity = 16;
    while (capacity < expectedEntries * 2) capacity *= 2;
    this.keys = new Int32Array(capacity).fill(-1);
    this.checks = new Int32Array(capacity);
    this.values = new Int32Array(capacity);
    this.mask = capacity - 1;
  }

  get size(): number {
    return this.count;
  }

  get(key: number, check: number): number {
    const keys = this.keys;
    let slot = key & this.mask;
    for (;;) {
      const stored = keys[slot]!;
      if (stored === -1) return -1;
      if (stored === key && this.checks[slot] === check) return this.values[slot]!;
      slot = (slot + 1) & this.mask;
    }
  }

  set(key: number, check: number, value: number): void {
    if ((this.count + 1) * 2 > this.keys.length) this.grow();
    let slot = key & this.mask;
    for (;;) {
      const stored = this.keys[slot]!;
      if (stored === -1) {
        this.keys[slot] = key;
        this.checks[slot] = check;
        this.values[slot] = value;
        this.count++;
        return;
      }
      if (stored === key && this.checks[slot] === check) {
        this.values[slot] = value;
        return;
      }
      slot = (slot + 1) & this.mask;
    }
  }

  private grow(): void {
    const { keys, checks, values } = this;
    this.keys = new Int32Array(keys.length * 2).fill(-1);
    this.checks = new Int32Array(keys.length * 2);
    this.values = new Int32Array(keys.length * 2);
    this.mask = keys.length * 2 - 1;
    this.count = 0;
    for (let slot = 0; slot < keys.length; slot++) {
      if (keys[slot] !== -1) this.set(keys[slot]!, checks[slot]!, values[slot]!);
    }
  }
}
