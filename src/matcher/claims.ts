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

/** Look-up tables built once per compiled claims object, so a sentence touches only candidates. */
interface ClaimIndex {
  /** How many claims it was built for: imported packs append claims at run time. */
  count: number;
  /** First word of a phrase → [claim, phrase] pairs. */
  phrases: Map<string, Array<[number, readonly string[]]>>;
  /** Key-term stem → claims that have it. */
  terms: Map<string, number[]>;
}
const indexes = new WeakMap<CompiledClaims, ClaimIndex>();

function indexOf(compiled: CompiledClaims): ClaimIndex {
  let index = indexes.get(compiled);
  if (index && index.count === compiled.claims.length) return index;
  index = { count: compiled.claims.length, phrases: new Map(), terms: new Map() };
  compiled.claims.forEach((claim, c) => {
    for (const phrase of claim.phrases) {
      const list = index!.phrases.get(phrase[0]!) ?? [];
      list.push([c, phrase]);
      index!.phrases.set(phrase[0]!, list);
    }
    for (const term of claim.terms) {
      const list = index!.terms.get(term) ?? [];
      list.push(c);
      index!.terms.set(term, list);
    }
  });
  indexes.set(compiled, index);
  return index;
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
  const index = indexOf(compiled);
  let byPhrase = -1;
  for (let i = 0; i < keys.length; i++) {
    for (const [c, phrase] of index.phrases.get(keys[i]!) ?? []) {
      if (i + phrase.length > keys.length || (byPhrase >= 0 && c >= byPhrase)) continue;
      let ok = true;
      for (let p = 1; p < phrase.length && ok; p++) ok = keys[i + p] === phrase[p];
      if (ok) byPhrase = c;
    }
  }
  if (byPhrase >= 0) return { claim: byPhrase, how: 'phrase', score: 1 };
  const stems = new Set(contentStems(keys));
  const candidates = new Set<number>();
  for (const s of stems) for (const c of index.terms.get(s) ?? []) candidates.add(c);
  let best: Omit<ClaimMatch, 'start' | 'end'> | null = null;
  for (const c of [...candidates].sort((a, b) => a - b)) {
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
