/**
 * WordTable is a Map from words to numbers with a cheaper hash (word-table.ts): it must answer
 * exactly as a Map does, through growth, overwrites and words that share a hash (same length,
 * same first and last two characters). Also gapKindIn, which skips slicing for a plain space.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gapKind, gapKindIn } from './normalize';
import { WordTable, hashWord } from './word-table';

// Words built to collide: same length, same ends, different middles; plus short and odd ones.
const colliding = fc.tuple(fc.constantFrom('ab', 'xy', 'ZZ'), fc.string({ minLength: 0, maxLength: 3 }), fc.constantFrom('cd', 'st')).map(([a, m, b]) => a + m + b);
const word = fc.oneof(colliding, fc.string({ maxLength: 6 }), fc.constantFrom('', 'a', 'constructor', '__proto__', 'é', '\u{1F600}'));

describe('WordTable', () => {
  it('answers exactly as a Map, through growth and overwrites', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(word, fc.nat(1000)), { maxLength: 300 }), fc.array(word, { maxLength: 50 }), fc.nat(20), (sets, probes, expected) => {
        const table = new WordTable(expected);
        const map = new Map<string, number>();
        for (const [w, v] of sets) {
          table.set(w, v);
          map.set(w, v);
        }
        expect(table.size).toBe(map.size);
        for (const w of [...map.keys(), ...probes]) expect(table.get(w)).toBe(map.get(w) ?? -1);
      }),
      { numRuns: 500 },
    );
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
