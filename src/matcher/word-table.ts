/**
 * A table from words to small non-negative numbers, for the look-ups every word of a page makes
 * (the organisation matcher's word ids, the claims' known words).
 *
 * Why not a Map: a Map hashes the whole string, and the words of a page are fresh strings (sliced
 * from the text and lower-cased), so every look-up first reads every character of its word to hash
 * it; in profiles of a 1 MB page that was the single most expensive function of the scan. Here the
 * hash reads four characters and the length, and the probe is into a typed array: a word no alias
 * has (nearly all of them) usually costs a slot read or two and at most a string comparison, which
 * stops at the length when the lengths differ.
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

/**
 * Finds a word's index in a list of distinct words. The slots (a typed array, a power of two long,
 * at most half full) hold word indexes, -1 where empty, placed by hashWord with linear probing.
 * Since the compiled formats became bytes, pages look words up with binary.ts `lookupWord` over
 * slots laid out at build time by `wordSlots`; this class is what lays them out, and the property
 * test holds both the laid-out and the grown table to a Map.
 */
export class WordTable {
  private slots: Int32Array;
  private mask: number;
  private count = 0;

  /** `words` is shared, not copied: the owner pushes a word, then calls `add` with its index. */
  constructor(
    private readonly words: readonly string[],
    slots?: readonly number[],
  ) {
    if (slots && slots.length >= 2 * words.length && (slots.length & (slots.length - 1)) === 0) {
      this.slots = Int32Array.from(slots);
      this.mask = slots.length - 1;
      this.count = words.length;
      return;
    }
    let size = 64;
    while (size < words.length * 2) size *= 2;
    this.slots = new Int32Array(size).fill(-1);
    this.mask = size - 1;
    for (let id = 0; id < words.length; id++) this.add(id);
  }

  /** The index of `word`, or -1. */
  get(word: string): number {
    const { slots, mask, words } = this;
    for (let slot = hashWord(word) & mask; ; slot = (slot + 1) & mask) {
      const id = slots[slot]!;
      if (id < 0 || words[id] === word) return id;
    }
  }

  /** Make words[id] findable (a word not already in the table). */
  add(id: number): void {
    if ((this.count + 1) * 2 > this.slots.length) this.grow();
    let slot = hashWord(this.words[id]!) & this.mask;
    while (this.slots[slot]! >= 0) slot = (slot + 1) & this.mask;
    this.slots[slot] = id;
    this.count++;
  }

  /** The slots as a plain array, for the build to embed. */
  toJSON(): number[] {
    return Array.from(this.slots);
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2).fill(-1);
    this.mask = this.slots.length - 1;
    this.count = 0;
    for (const id of old) if (id >= 0) this.add(id);
  }
}

/** The slots of a WordTable over `words`, laid out at build time. */
export function wordSlots(words: readonly string[]): number[] {
  return new WordTable(words).toJSON();
}
