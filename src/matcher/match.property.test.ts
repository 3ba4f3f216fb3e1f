/**
 * Property tests: the trie matcher against a slow, obviously-correct reference that tries every
 * alias at every word, on generated texts and dictionaries (fast-check, 10,000+ cases in all).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Alias, Category } from '../dataset/schema';
import { compileMatcher } from './compile';
import { loadMatcher, type Matcher } from './compiled';
import { entryAccepts, matchText, type OrgMatch } from './match';
import { gapKind, tokenize, type Token } from './normalize';

const WORDS = ['UN', 'un', 'IS', 'is', 'Hezbollah', 'HEZBOLLAH', 'al', 'Nusra', 'Front', 'Syrian', 'Observatory', 'for', 'Human', 'Rights', 'forces', 'Raqqa', 'Médecins', 'Medecins', 'Sans', 'the', 'U', 'S', 'Army', 'apple', 'Apple', 'pie', 'ÉTAT', 'État', 'Islamique', '東京', 'Ωmega', '42'];
const GAPS = [' ', ' ', ' ', '-', '\u2011', '. ', '.', ', ', '’', "'", '\u00A0', ' — ', '\n', '/', ' & ', '!? '];

const word = fc.constantFrom(...WORDS);
const text = fc
  .array(fc.tuple(word, fc.constantFrom(...GAPS)), { minLength: 0, maxLength: 30 })
  .map((parts) => parts.map(([w, g]) => w + g).join(''));

const alias: fc.Arbitrary<Alias> = fc.oneof(
  fc.array(word, { minLength: 1, maxLength: 4 }).chain((ws) =>
    fc.constantFrom(' ', '-', '.').map((sep) => ws.join(sep)),
  ),
  fc.record(
    {
      text: fc.array(word, { minLength: 1, maxLength: 3 }).map((ws) => ws.join(' ')),
      caseSensitive: fc.boolean(),
      diacriticsSensitive: fc.boolean(),
      requireNearby: fc.array(word, { minLength: 1, maxLength: 2 }),
      forbidNearby: fc.array(word, { minLength: 1, maxLength: 2 }),
    },
    { requiredKeys: ['text'] },
  ),
);

const orgs = fc.array(
  fc.record({ name: fc.array(word, { minLength: 1, maxLength: 3 }).map((ws) => ws.join(' ')), aliases: fc.array(alias, { maxLength: 3 }) }),
  { minLength: 1, maxLength: 6 },
).map((list) => list.map((o, i) => ({ ...o, id: `org-${i}`, category: 'ngo-monitor' as Category })));

/** Do the alias's folded words `keys` stand at tokens[i ...], with no sentence break between them? */
function startsHere(keys: readonly string[], input: string, tokens: readonly Token[], i: number): boolean {
  const n = keys.length;
  if (i + n > tokens.length) return false;
  for (let k = 0; k < n; k++) if (tokens[i + k]!.key !== keys[k]) return false;
  for (let k = 1; k < n; k++) if (gapKind(input.slice(tokens[i + k - 1]!.end, tokens[i + k]!.start)) === 'break') return false;
  return true;
}

/** Reference: at each word, try every alias; keep the longest that passes (first on ties). */
function reference(list: Matcher, input: string): Array<Pick<OrgMatch, 'start' | 'org' | 'entry'>> {
  const tokens = tokenize(input);
  const out: Array<Pick<OrgMatch, 'start' | 'org' | 'entry'>> = [];
  let i = 0;
  while (i < tokens.length) {
    let best: { entry: number; length: number } | null = null;
    for (let index = 0; index < list.entryCount; index++) {
      const keys = tokenize(list.alias(index)).map((t) => t.key);
      const n = keys.length;
      if (!startsHere(keys, input, tokens, i) || !entryAccepts(list, index, input, tokens, i)) continue;
      if (!best || n > best.length) best = { entry: index, length: n };
    }
    if (best) {
      out.push({ start: tokens[i]!.start, org: list.entryOrg(best.entry), entry: best.entry });
      i += best.length;
    } else i++;
  }
  return out;
}

describe('matcher properties', () => {
  it('agrees with the brute-force reference (10,000 cases)', () => {
    fc.assert(
      fc.property(orgs, text, (list, input) => {
        const matcher = loadMatcher(compileMatcher(list));
        const actual = matchText(matcher, input).map(({ start, org, entry }) => ({ start, org, entry }));
        expect(actual).toEqual(reference(matcher, input));
      }),
      { numRuns: 10_000 },
    );
    // 10,000 cases take about 3 s on an idle 2-core machine; leave room for a loaded one.
  }, 60_000);

  it('returns ordered, non-overlapping matches whose text folds to the alias', () => {
    fc.assert(
      fc.property(orgs, text, (list, input) => {
        const matcher = loadMatcher(compileMatcher(list));
        let last = -1;
        for (const m of matchText(matcher, input)) {
          expect(m.start).toBeGreaterThanOrEqual(last);
          expect(m.end).toBeGreaterThan(m.start);
          last = m.end;
          const found = tokenize(input.slice(m.start, m.end)).map((t) => t.key);
          expect(found).toEqual(tokenize(matcher.alias(m.entry)).map((t) => t.key));
        }
      }),
      { numRuns: 2_000 },
    );
  }, 60_000);

  it('tokenises into maximal runs of letters, marks and digits with exact offsets', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (input) => {
        const clean = input.replace(/\u00AD|\u200B|\u200C|\u200D|\u2060|\uFEFF/g, '');
        const expected = [...clean.matchAll(/[\p{L}\p{M}\p{N}]+/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length, raw: m[0] }));
        expect(tokenize(clean).map(({ start, end, raw }) => ({ start, end, raw }))).toEqual(expected);
      }),
      { numRuns: 3_000 },
    );
  }, 60_000);
});
