/**
 * Find known claims in text, sentence by sentence: an exact key phrase first, then a weighted
 * overlap of key terms (and, more weakly, the claim's other words) for paraphrases.
 */
import type { CompiledClaims } from './claims-compiled';
import { tokenize, type Token } from './normalize';
import { contentStems } from './stem';

export interface ClaimMatch {
  /** Offsets of the sentence in the block's text. */
  start: number;
  end: number;
  /** Index into compiled.claims. */
  claim: number;
  how: 'phrase' | 'similar';
  /** 1 for a phrase; the similarity score otherwise. */
  score: number;
}

/** Sentence spans over tokens: a break after . ! ? … followed by space. */
export function sentenceSpans(text: string, tokens: readonly Token[]): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let first = 0;
  for (let i = 0; i < tokens.length; i++) {
    const next = tokens[i + 1];
    const gap = text.slice(tokens[i]!.end, next ? next.start : text.length);
    if (!next || /[.!?…]["'’”)\]]*\s/.test(gap)) {
      spans.push([first, i + 1]);
      first = i + 1;
    }
  }
  return spans;
}

function containsPhrase(keys: readonly string[], phrase: readonly string[]): boolean {
  outer: for (let i = 0; i + phrase.length <= keys.length; i++) {
    for (let p = 0; p < phrase.length; p++) if (keys[i + p] !== phrase[p]) continue outer;
    return true;
  }
  return false;
}

/** Score one sentence's stems against one claim: 0 … 1. */
export function similarity(claim: CompiledClaims['claims'][number], stems: ReadonlySet<string>, minTerms: number): number {
  let hit = 0;
  let total = 0;
  let hits = 0;
  claim.terms.forEach((t, i) => {
    total += claim.weights[i]!;
    if (stems.has(t)) {
      hit += claim.weights[i]!;
      hits++;
    }
  });
  if (hits < Math.min(minTerms, claim.terms.length) || total === 0) return 0;
  const words = claim.words.length ? claim.words.filter((w) => stems.has(w)).length / claim.words.length : 0;
  return 0.75 * (hit / total) + 0.25 * words;
}

/** Best claim for one sentence, or null. */
export function matchSentence(compiled: CompiledClaims, keys: readonly string[]): Omit<ClaimMatch, 'start' | 'end'> | null {
  for (let c = 0; c < compiled.claims.length; c++) {
    if (compiled.claims[c]!.phrases.some((p) => containsPhrase(keys, p))) return { claim: c, how: 'phrase', score: 1 };
  }
  const stems = new Set(contentStems(keys));
  let best: Omit<ClaimMatch, 'start' | 'end'> | null = null;
  for (let c = 0; c < compiled.claims.length; c++) {
    const score = similarity(compiled.claims[c]!, stems, compiled.minTerms);
    if (score >= compiled.threshold && (!best || score > best.score)) best = { claim: c, how: 'similar', score };
  }
  return best;
}

/** Find claims in one block of text. */
export function matchClaims(compiled: CompiledClaims, text: string, tokens: readonly Token[] = tokenize(text)): ClaimMatch[] {
  if (compiled.claims.length === 0) return [];
  const out: ClaimMatch[] = [];
  for (const [from, to] of sentenceSpans(text, tokens)) {
    if (to - from < 4) continue; // too short to carry a claim
    const found = matchSentence(compiled, tokens.slice(from, to).map((t) => t.key));
    if (found) out.push({ ...found, start: tokens[from]!.start, end: tokens[to - 1]!.end });
  }
  return out;
}
