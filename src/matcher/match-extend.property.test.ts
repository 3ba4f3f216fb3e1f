/**
 * Imported packs are appended to the loaded bundled matcher at run time (extendMatcher), while the
 * build lays the whole trie out at once (compileMatcher): both must match exactly alike, on
 * generated dictionaries split at every point and generated texts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Category } from '../dataset/schema';
import { compileMatcher, extendMatcher } from './compile';
import { loadMatcher } from './compiled';
import { matchText } from './match';

const WORDS = ['UN', 'un', 'IS', 'is', 'Hezbollah', 'al', 'Nusra', 'Front', 'Syrian', 'Observatory', 'for', 'Human', 'Rights', 'forces', 'Médecins', 'Medecins', 'Sans', 'the', 'U', 'S', 'Army', 'Apple', 'pie', 'ÉTAT', 'constructor', '42'];
const GAPS = [' ', ' ', '-', '. ', '.', ', ', '’', '\n', ' & '];
const word = fc.constantFrom(...WORDS);
const text = fc.array(fc.tuple(word, fc.constantFrom(...GAPS)), { maxLength: 30 }).map((parts) => parts.map(([w, g]) => w + g).join(''));
const phrase = fc.array(word, { minLength: 1, maxLength: 3 }).chain((ws) => fc.constantFrom(' ', '-', '.').map((sep) => ws.join(sep)));
const orgs = fc
  .array(
    fc.record({
      name: phrase,
      aliases: fc.array(
        fc.oneof(phrase, fc.record({ text: phrase, caseSensitive: fc.boolean(), requireNearby: fc.array(word, { minLength: 1, maxLength: 2 }) }, { requiredKeys: ['text'] })),
        { maxLength: 3 },
      ),
      category: fc.constantFrom<Category>('ngo-monitor', 'armed-group', 'state-controlled-media'),
    }),
    { minLength: 1, maxLength: 8 },
  )
  .map((list) => list.map((o, i) => ({ ...o, id: `org-${i}` })));

describe('extendMatcher', () => {
  it('matches exactly as compiling everything at once (3,000 cases)', () => {
    fc.assert(
      fc.property(orgs, fc.nat(), fc.array(text, { minLength: 1, maxLength: 3 }), (list, cut, inputs) => {
        const at = cut % (list.length + 1);
        const bundled = loadMatcher(compileMatcher(list.slice(0, at)));
        const extended = extendMatcher(bundled, list.slice(at));
        const whole = loadMatcher(compileMatcher(list));
        expect(extended.entryCount).toBe(whole.entryCount);
        for (const input of inputs) expect(matchText(extended, input)).toEqual(matchText(whole, input));
      }),
      { numRuns: 3_000 },
    );
  }, 60_000);
});
