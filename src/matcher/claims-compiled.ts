/** The compiled form of claims the content script loads (see claims-compile.ts). */
export interface CompiledClaim {
  id: string;
  /** The claim as reviewed, for the popup list. */
  title: string;
  rating: string;
  /** Folded word sequences: an exact hit is a match by phrase. */
  phrases: string[][];
  /** Stems of the key terms, each with a weight (rarer across claims = heavier). */
  terms: string[];
  weights: number[];
  /** Stems of the claim's other content words, a weaker signal. */
  words: string[];
}

export interface CompiledClaims {
  v: 1;
  claims: CompiledClaim[];
  /** Score at or above which a sentence is a paraphrase (tuned on test/fixtures/claims-test-set/). */
  threshold: number;
  /** At least this many key terms must be shared before a sentence is scored. */
  minTerms: number;
  /**
   * For each key term, the words as written that stem to it ([term, ...words]), worked out at
   * build time so a page does not pay for it; terms of claims added at run time are worked out
   * then (see claims.ts).
   */
  inflected?: string[][];
}
