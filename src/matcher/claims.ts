/**
 * Find known claims in text, sentence by sentence: an exact key phrase first, then a weighted
 * overlap of key terms (and, more weakly, the claim's other words) for paraphrases.
 *
 * This runs over every sentence of every page and almost no sentence shares anything with a
 * claim, so the common path is kept cheap: each word is looked up as written in a small table of
 * the words the claims know (phrase anchors and every inflection of every key term), and a
 * sentence is only stemmed and scored once some claim has enough key terms in it to score above 0.
 */
import { ClaimsIndex, encodeClaims, loadClaims } from './claims-binary';
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

type Found = Omit<ClaimMatch, 'start' | 'end'>;
type Claim = CompiledClaims['claims'][number];
/** What the matcher reads from a token: matchSentence has bare keys, matchClaims tokens. */
type Keyed = Pick<Token, 'key'>;

const SENTENCE_END = /[.!?…]["'’”)\]]*\s/;

/**
 * Does text[start, end) — the gap between two words — end a sentence? Nearly every gap is a
 * space, so look for terminal punctuation by character code and run the regex only when there is
 * some (the regex cannot match without one of these characters).
 */
function endsSentence(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    // . ! ? …
    if (code === 0x2e || code === 0x21 || code === 0x3f || code === 0x2026) return SENTENCE_END.test(text.slice(start, end));
  }
  return false;
}

/** Sentence spans over tokens: a break after . ! ? … followed by space. */
export function sentenceSpans(text: string, tokens: readonly Token[]): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let first = 0;
  for (let i = 0; i < tokens.length; i++) {
    const next = tokens[i + 1];
    if (!next || endsSentence(text, tokens[i]!.end, next.start)) {
      spans.push([first, i + 1]);
      first = i + 1;
    }
  }
  return spans;
}

/**
 * The index of compiled claims given as JSON (tests, and the build before it writes the bytes):
 * encoded once and kept while the list of claims keeps its length (a test may append claims).
 */
const indexes = new WeakMap<CompiledClaims, ClaimsIndex>();
function indexOf(claims: CompiledClaims | ClaimsIndex): ClaimsIndex {
  if (claims instanceof ClaimsIndex) return claims;
  const cached = indexes.get(claims);
  if (cached && cached.count === claims.claims.length) return cached;
  const index = loadClaims(encodeClaims(claims));
  indexes.set(claims, index);
  return index;
}

/** A fresh stamp for the scratch arrays; on wrap-around they are cleared so old stamps cannot collide. */
function nextSentence(index: ClaimsIndex): number {
  if (index.sentence >= 0xfffffffe) {
    index.sentence = 0;
    index.termSeen.fill(0);
    index.claimSeen.fill(0);
  }
  return ++index.sentence;
}

/** Score one sentence's stems against one claim: 0 … 1. */
export function similarity(claim: Pick<Claim, 'terms' | 'weights' | 'words'>, stems: ReadonlySet<string>, minTerms: number): number {
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

/**
 * Lowest-numbered claim with a phrase in tokens[from, to), or -1, given the sentence's known words
 * (index.known). Along the way, counts distinct key terms per claim in the index's scratch and
 * lists in index.worth the claims that reach their needed count, so a sentence that cannot score
 * is never stemmed.
 */
function scanKnown(index: ClaimsIndex, tokens: readonly Keyed[], from: number, to: number): number {
  const stamp = nextSentence(index);
  const { termSeen, claimSeen, claimHits, termClaimStart, termClaimList, need, wordTerm, anchorStart, worth, knownAt, known } = index;
  if (worth.length > 0) worth.length = 0; // setting a length is a slow call in V8, and mostly needless
  let byPhrase = -1;
  for (let h = 0; h < index.knownCount; h++) {
    const w = known[h]!;
    if (anchorStart[w + 1]! > anchorStart[w]!) byPhrase = phraseAt(index, w, tokens, knownAt[h]!, from, to, byPhrase);
    // A term counts once per sentence however often (and in whatever inflection) it occurs, as
    // in similarity's set of stems.
    const term = wordTerm[w]!;
    if (term < 0 || termSeen[term] === stamp) continue;
    termSeen[term] = stamp;
    for (let k = termClaimStart[term]!, end = termClaimStart[term + 1]!; k < end; k++) {
      const c = termClaimList[k]!;
      if (claimSeen[c] !== stamp) {
        claimSeen[c] = stamp;
        claimHits[c] = 0;
      }
      if (++claimHits[c]! === need[c]) worth.push(c);
    }
  }
  return byPhrase;
}

/** The lowest claim among `best` and the phrases anchored on known word w at tokens[i] that lie within [from, to). */
function phraseAt(index: ClaimsIndex, w: number, tokens: readonly Keyed[], i: number, from: number, to: number, best: number): number {
  for (let k = index.anchorStart[w]!, end = index.anchorStart[w + 1]!; k < end; k++) {
    const claim = index.anchorClaim[k]!;
    // By ascending claim: nothing further on can beat the best so far.
    if (best >= 0 && claim >= best) break;
    const at = index.anchorAt[k]!;
    const phrase = index.phraseWords(k);
    const start = i - at;
    if (start < from || start + phrase.length > to) continue;
    let ok = true;
    for (let p = 0; p < phrase.length && ok; p++) ok = p === at || tokens[start + p]!.key === phrase[p];
    if (ok) best = claim;
  }
  return best;
}

/**
 * Best claim for tokens[from, to), or null: a phrase first, else the best similarity score.
 * index.known must list the sentence's known words; a sentence with none cannot match.
 */
function matchSpan(index: ClaimsIndex, tokens: readonly Keyed[], from: number, to: number): Found | null {
  if (index.knownCount === 0) return null;
  const byPhrase = scanKnown(index, tokens, from, to);
  if (byPhrase >= 0) return { claim: byPhrase, how: 'phrase', score: 1 };
  if (index.worth.length === 0) return null;
  const keys: string[] = [];
  for (let i = from; i < to; i++) keys.push(tokens[i]!.key);
  const stems = new Set(contentStems(keys));
  // Ascending, and replaced only by a strictly higher score: ties go to the lowest claim.
  let best: Found | null = null;
  for (const c of index.worth.sort((a, b) => a - b)) {
    const score = similarity(index.claim(c), stems, index.minTerms);
    if (score >= index.threshold && (!best || score > best.score)) best = { claim: c, how: 'similar', score };
  }
  return best;
}

/** Note word i of the sentence in index.known if the claims know it. */
function noteKnown(index: ClaimsIndex, word: string, i: number): void {
  const w = index.wordId(word);
  if (w < 0) return;
  index.knownAt[index.knownCount] = i;
  index.known[index.knownCount++] = w;
}

/** Start a sentence. (Only the count is reset: emptying arrays is a slow call in V8.) */
function resetKnown(index: ClaimsIndex): void {
  index.knownCount = 0;
}

/** Best claim for one sentence, or null. */
export function matchSentence(claims: CompiledClaims | ClaimsIndex, keys: readonly string[]): Found | null {
  const index = indexOf(claims);
  const tokens = keys.map((key) => ({ key }));
  resetKnown(index);
  for (let i = 0; i < tokens.length; i++) noteKnown(index, tokens[i]!.key, i);
  return matchSpan(index, tokens, 0, tokens.length);
}

/** Find claims in one block of text. */
export function matchClaims(claims: CompiledClaims | ClaimsIndex, text: string, tokens: readonly Token[] = tokenize(text)): ClaimMatch[] {
  const index = indexOf(claims);
  if (index.count === 0) return [];
  const out: ClaimMatch[] = [];
  let first = 0;
  resetKnown(index);
  // The walk of sentenceSpans, inline so no span pairs are allocated, noting known words as it
  // goes so that a sentence is not walked twice.
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    noteKnown(index, token.key, i);
    const next = tokens[i + 1];
    if (next && !endsSentence(text, token.end, next.start)) continue;
    const to = i + 1;
    // Fewer than 4 words is too short to carry a claim.
    const found = to - first < 4 ? null : matchSpan(index, tokens, first, to);
    if (found) out.push({ ...found, start: tokens[first]!.start, end: token.end });
    first = to;
    resetKnown(index);
  }
  return out;
}
