/**
 * A table from words to small non-negative numbers, for the look-ups every word of a page makes
 * (the organisation matcher's word ids, the claims' known words).
 *
 * Why not a Map: a Map hashes the whole string, and the words of a page are fresh strings (sliced
 * from the text and lower-cased), so every look-up first reads every character of its word to hash
 * it; in profiles of a 1 MB page that was the single most expensive function of the scan. Here the
 * hash reads four characters and the length, and the probe is into a typed array: a word no alias
 * has (nearly all of them) usually costs one slot read and no string comparison at all.
 */

/**
 * A hash of a word's length and its first two and last two characters: no allocation, no full
 * scan, no out-of-range reads (they make V8 leave its fast path). Never 0, which marks an empty slot.
 */
export function hashWord(word: string): number {
  const n = word.length;
  if (n < 2) return Math.imul(n === 0 ? 0 : word.charCodeAt(0), 0x9e3779b1) | 1;
  const h =
    Math.imul((n << 16) ^ word.charCodeAt(0), 0x9e3779b1) ^
    Math.imul(word.charCodeAt(1), 0x85ebca6b) ^
    Math.imul((word.charCodeAt(n - 2) << 16) ^ word.charCodeAt(n - 1), 0xc2b2ae35);
  return h ^ (h >>> 15) || 1;
}

export class WordTable {
  /** Each slot's hashWord (0: empty), its word and its value; open addressing, linear probing. */
  private hashes: Int32Array;
  private words: Array<string | undefined>;
  private values: Int32Array;
  private mask: number;
  private count = 0;

  constructor(expected = 0) {
    // At most a quarter full, so a probe for an unknown word mostly stops at its first slot.
    let size = 64;
    while (size < expected * 4) size *= 2;
    this.hashes = new Int32Array(size);
    this.words = new Array<string | undefined>(size).fill(undefined);
    this.values = new Int32Array(size);
    this.mask = size - 1;
  }

  get size(): number {
    return this.count;
  }

  /** The value of `word`, or -1. */
  get(word: string): number {
    const { hashes, mask } = this;
    const hash = hashWord(word);
    for (let slot = hash & mask; hashes[slot] !== 0; slot = (slot + 1) & mask) {
      if (hashes[slot] === hash && this.words[slot] === word) return this.values[slot]!;
    }
    return -1;
  }

  /** Set `word` to `value` (≥ 0), replacing any value it had. */
  set(word: string, value: number): void {
    if ((this.count + 1) * 4 > this.hashes.length) this.grow();
    const hash = hashWord(word);
    let slot = hash & this.mask;
    for (; this.hashes[slot] !== 0; slot = (slot + 1) & this.mask) {
      if (this.hashes[slot] === hash && this.words[slot] === word) {
        this.values[slot] = value;
        return;
      }
    }
    this.hashes[slot] = hash;
    this.words[slot] = word;
    this.values[slot] = value;
    this.count++;
  }

  private grow(): void {
    const { hashes, words, values } = this;
    const size = hashes.length * 2;
    this.hashes = new Int32Array(size);
    this.words = new Array<string | undefined>(size).fill(undefined);
    this.values = new Int32Array(size);
    this.mask = size - 1;
    this.count = 0;
    for (let slot = 0; slot < hashes.length; slot++) if (hashes[slot] !== 0) this.set(words[slot]!, values[slot]!);
  }
}
