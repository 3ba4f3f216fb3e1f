/**
 * The claims pass skips most of its work on most sentences (a table of known words, key terms
 * counted before anything is stemmed): these tests pin the cases where a shortcut could change a
 * result, and compare it with a slow, obviously-correct reference on generated text (fast-check).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileClaims } from './claims-compile';
import type { CompiledClaims } from './claims-compiled';
import { matchClaims, matchSentence, sentenceSpans, similarity, type ClaimMatch } from './claims';
import { tokenize } from './normalize';
import { contentStems, inflections, stem } from './stem';

/** The matcher as first written: every sentence stemmed, every candidate claim scored. */
function reference(compiled: CompiledClaims, text: string): ClaimMatch[] {
  const tokens = tokenize(text);
  const out: ClaimMatch[] = [];
  let first = 0;
  for (let i = 0; i < tokens.length; i++) {
    const next = tokens[i + 1];
    if (next && !/[.!?…]["'’”)\]]*\s/.test(text.slice(tokens[i]!.end, next.start))) continue;
    const keys = tokens.slice(first, i + 1).map((t) => t.key);
    const found = keys.length < 4 ? null : referenceSentence(compiled, keys);
    if (found) out.push({ ...found, start: tokens[first]!.start, end: tokens[i]!.end });
    first = i + 1;
  }
  return out;
}

function referenceSentence(compiled: CompiledClaims, keys: string[]): Omit<ClaimMatch, 'start' | 'end'> | null {
  const at = (phrase: string[], i: number) => phrase.length > 0 && phrase.every((w, p) => keys[i + p] === w);
  for (const [c, claim] of compiled.claims.entries()) {
    if (claim.phrases.some((phrase) => keys.some((_, i) => at(phrase, i)))) return { claim: c, how: 'phrase', score: 1 };
  }
  const stems = new Set(contentStems(keys));
  let best: Omit<ClaimMatch, 'start' | 'end'> | null = null;
  for (const [c, claim] of compiled.claims.entries()) {
    if (!claim.terms.some((t) => stems.has(t))) continue;
    const score = similarity(claim, stems, compiled.minTerms);
    if (score >= compiled.threshold && (!best || score > best.score)) best = { claim: c, how: 'similar', score };
  }
  return best;
}

const douma = {
  id: 'douma',
  claimReviewed: 'The 2018 Douma chemical attack was staged',
  rating: 'False',
  phrases: ['Douma attack was staged'],
  keyTerms: ['Douma', 'chemical', 'attack', 'staged'],
};

describe('claims fast path', () => {
  it('undoes every stem rule: inflections(stem(w)) holds w', () => {
    const words = ['attacks', 'attacked', 'attacking', 'staged', 'stage', 'staging', 'stopped', 'stopping', 'planned', 'policies',
      'news', 'crisis', 'glasses', 'churches', 'boxes', 'buzzes', 'wishes', 'agreed', 'freeing', 'fee', 'bus', 'is', 'a', 'x',
      'hoped', 'hopping', 'canceled', 'rolled', 'filled', 'tie', 'dies', 'eyes', 'voting', 'votes', 'seeing', 'zelensky', '350'];
    for (const w of words) expect(inflections(stem(w)), w).toContain(w);
  });

  it('picks the lowest-numbered claim when phrases of several claims are in one sentence', () => {
    const compiled = compileClaims([
      { ...douma, id: 'a', phrases: ['the bus was red'], keyTerms: ['bus'] },
      { ...douma, id: 'b', phrases: ['claims were made'], keyTerms: ['claims'] },
      { ...douma, id: 'c', phrases: ['the bus'], keyTerms: ['bus'] },
    ]);
    // b's phrase comes first and c's is a prefix of a's, but a is the lowest.
    expect(matchClaims(compiled, 'Claims were made that the bus was red yesterday.')).toMatchObject([{ claim: 0, how: 'phrase' }]);
    expect(matchClaims(compiled, 'Claims were made that the bus was blue yesterday.')).toMatchObject([{ claim: 1, how: 'phrase' }]);
    expect(matchSentence(compiled, ['then', 'the', 'bus', 'left'])).toEqual({ claim: 2, how: 'phrase', score: 1 });
  });

  it('ends a sentence at a full stop followed by quotes or brackets, then space', () => {
    const text = 'He said “the Douma attack was staged.” Then he left (for good.) And [so on.] End';
    const tokens = tokenize(text);
    expect(sentenceSpans(text, tokens).map(([a, b]) => tokens.slice(a, b).map((t) => t.raw).join(' '))).toEqual([
      'He said the Douma attack was staged',
      'Then he left for good',
      'And so on',
      'End',
    ]);
    const [m] = matchClaims(compileClaims([douma]), text, tokens);
    expect(text.slice(m!.start, m!.end)).toBe('He said “the Douma attack was staged');
    // No space after the quote: one sentence.
    expect(sentenceSpans('One two.”Three four', tokenize('One two.”Three four'))).toEqual([[0, 4]]);
  });

  it('skips sentences shorter than four words', () => {
    const compiled = compileClaims([{ ...douma, phrases: ['attack was staged'] }]);
    expect(matchClaims(compiled, 'Attack was staged. Nothing else.')).toEqual([]);
    expect(matchClaims(compiled, 'The attack was staged. Nothing else.')).toMatchObject([{ claim: 0, how: 'phrase' }]);
  });

  it('treats a word that is both in a phrase and a key term as both', () => {
    const compiled = compileClaims([douma]);
    // "attack" is a key term and a phrase word: the phrase wins when it is all there…
    expect(matchClaims(compiled, 'Critics say the Douma attack was staged.')).toMatchObject([{ how: 'phrase' }]);
    // …and the key term still counts, in any inflection, when it is not.
    expect(matchClaims(compiled, 'Critics say the Douma chemical attacks were staging.')).toMatchObject([{ how: 'similar', claim: 0 }]);
  });

  it('finds claims appended to a compiled object after it was first used', () => {
    const compiled = compileClaims([douma]);
    const text = 'They claim £350 million a week goes to the NHS.';
    expect(matchClaims(compiled, text)).toEqual([]);
    const bus = { id: 'bus', claimReviewed: 'Leaving the EU would free up £350 million a week for the NHS', rating: 'Misleading', phrases: ['£350 million a week'], keyTerms: ['350', 'million', 'week', 'NHS', 'EU'] };
    compiled.claims.push(...compileClaims([bus]).claims);
    expect(matchClaims(compiled, text)).toMatchObject([{ claim: 1, how: 'phrase' }]);
    expect(matchClaims(compiled, 'The EU costs the NHS millions every week, they said.')).toMatchObject([{ claim: 1, how: 'similar' }]);
  });

  it('agrees with the reference on generated claims and text', () => {
    const WORDS = ['the', 'a', 'Douma', 'attack', 'attacks', 'attacked', 'staged', 'stage', 'staging', 'chemical', 'was', 'were', 'hoax',
      'hoaxes', 'bus', 'buses', 'NHS', 'EU', 'week', 'weeks', '350', 'million', 'stopped', 'stopping', 'policies', 'policy', 'it',
      'Médecins', 'médecins', 'white', 'helmets', 'are', 'al', 'Qaeda', 'ukraine', 'biolabs', 'Kyiv'];
    const GAPS = [' ', ' ', ' ', ', ', '. ', '.” ', '.) ', '." ', '! ', '? ', '… ', '.', ' - ', '\n', '.\n'];
    const word = fc.constantFrom(...WORDS);
    const phrase = fc.array(word, { minLength: 1, maxLength: 4 }).map((ws) => ws.join(' '));
    const claim = fc.record({
      id: fc.constant('x'),
      claimReviewed: fc.array(word, { minLength: 2, maxLength: 8 }).map((ws) => ws.join(' ')),
      rating: fc.constant('False'),
      phrases: fc.array(phrase, { maxLength: 2 }),
      keyTerms: fc.array(word, { minLength: 1, maxLength: 5 }),
    });
    const text = fc.array(fc.tuple(word, fc.constantFrom(...GAPS)), { maxLength: 40 }).map((parts) => parts.map(([w, g]) => w + g).join(''));
    fc.assert(
      fc.property(
        fc.array(claim, { minLength: 1, maxLength: 5 }),
        fc.constantFrom(0.55, 0.3, 0, -1),
        fc.constantFrom(2, 1, 3, 0),
        fc.array(text, { minLength: 1, maxLength: 4 }),
        (claims, threshold, minTerms, texts) => {
          const compiled = { ...compileClaims(claims, threshold), minTerms };
          for (const t of texts) expect(matchClaims(compiled, t)).toEqual(reference(compiled, t));
        },
      ),
      { numRuns: 2000 },
    );
    // Each case also writes and reads the claims index's bytes: give a loaded 2-core machine room.
  }, 60_000);
});

describe('inflections worked out at build time', () => {
  it('are exactly the words that stem to each term, and match as the run-time ones do', () => {
    const compiled = compileClaims([douma]);
    expect(compiled.inflected?.length).toBeGreaterThan(0);
    for (const [term, ...words] of compiled.inflected!) {
      expect(words).toContain(term);
      for (const w of words) expect(contentStems([w])).toEqual([term]);
    }
    const text = 'Officials said the chemical attacks in Douma were staged by rescuers. Another sentence here follows it.';
    const withoutTable: CompiledClaims = { ...compiled, inflected: undefined };
    expect(matchClaims(compiled, text)).toEqual(matchClaims(withoutTable, text));
    expect(matchClaims(compiled, text).length).toBe(1);
  });
});
