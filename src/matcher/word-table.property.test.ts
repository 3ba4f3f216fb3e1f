/**
 * WordTable finds a word's index in a list of distinct words with a cheaper hash than a Map's
 * (word-table.ts): it must answer exactly as a Map from word to index does, whether its slots were
 * laid out ahead (as the build does) or built and grown as words are added (imported packs), for
 * words that share a hash (same length, same first and last two characters). Also gapKindIn,
 * which skips slicing for a plain space.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gapKind, gapKindIn } from './normalize';
import { WordTable, hashWord, wordSlots } from './word-table';

// Words built to collide: same length, same ends, different middles; plus short and odd ones.
const colliding = fc.tuple(fc.constantFrom('ab', 'xy', 'ZZ'), fc.string({ minLength: 0, maxLength: 3 }), fc.constantFrom('cd', 'st')).map(([a, m, b]) => a + m + b);
const word = fc.oneof(colliding, fc.string({ maxLength: 6 }), fc.constantFrom('', 'a', 'constructor', '__proto__', 'é', '\u{1F600}'));
const distinct = (max: number) => fc.uniqueArray(word, { maxLength: max });

describe('WordTable', () => {
  it('answers as a Map from word to index: laid out ahead, then grown by additions', () => {
    fc.assert(
      fc.property(distinct(200), distinct(200), fc.array(word, { maxLength: 50 }), fc.boolean(), (first, later, probes, ahead) => {
        const words = [...first];
        const table = new WordTable(words, ahead ? wordSlots(first) : undefined);
        const map = new Map(words.map((w, i) => [w, i]));
        for (const w of later) {
          if (map.has(w)) continue;
          map.set(w, words.push(w) - 1);
          table.add(words.length - 1);
        }
        for (const w of [...map.keys(), ...probes]) expect(table.get(w)).toBe(map.get(w) ?? -1);
      }),
      { numRuns: 500 },
    );
  });

  it('ignores laid-out slots that do not fit the words', () => {
    const words = ['alpha', 'beta', 'gamma'];
    for (const slots of [[], [0, 1], wordSlots(['other', 'words', 'here', 'now']).slice(0, 3)]) {
      const table = new WordTable(words, slots);
      expect(words.map((w) => table.get(w))).toEqual([0, 1, 2]);
    }
  });

  it('never hashes to 0 (the empty slot)', () => {
    fc.assert(fc.property(word, (w) => hashWord(w) !== 0), { numRuns: 2000 });
  });
});

describe('gapKindIn', () => {
  it('is gapKind of the slice', () => {
    const gap = fc.array(fc.constantFrom(' ', '\u00a0', '-', '.', ',', '’', '\n', '&', 'x'), { maxLength: 3 }).map((a) => a.join(''));
    fc.assert(
      fc.property(fc.string({ maxLength: 5 }), gap, fc.string({ maxLength: 5 }), (before, g, after) => {
        const text = before + g + after;
        expect(gapKindIn(text, before.length, before.length + g.length)).toBe(gapKind(g));
      }),
      { numRuns: 2000 },
    );
  });
});
