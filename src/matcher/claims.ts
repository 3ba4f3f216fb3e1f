/**
 * Find known claims in text, sentence by sentence: an exact key phrase first, then a weighted
 * overlap of key terms (and, more weakly, the claim's other words) for paraphrases.
 *
 * This runs over every sentence of every page and almost no sentence shares anything with a
 * claim, so the common path is kept cheap: each word is looked up as written in a small table of
 * the words the claims know (phrase anchors and every inflection of every key term), and a
 * sentence is only stemmed and scored once some claim has enough key terms in it to score above 0.
 */
import type { CompiledClaims } from './claims-compiled';
import { tokenize, type Token } from './normalize';
import { contentStems, isStopword, termInflections } from './stem';
import { WordTable } from './word-table';

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

/** A phrase, found through one of its words (its anchor) `at` words from its start. */
interface Anchored {
  claim: number;
  phrase: readonly string[];
  at: number;
}

/** What a word, as written, means to the claims. */
interface WordInfo {
  word: string;
  /** Index into ClaimIndex.termClaims if the word's content stem is some claim's key term, else -1. */
  term: number;
  /** Phrases anchored on this word, by ascending claim. */
  phrases: Anchored[] | undefined;
}

/** Look-up tables built once per compiled claims object, so a sentence touches only candidates. */
interface ClaimIndex {
  /** How many claims it was built for: imported packs append claims at run time. */
  count: number;
  /** The words the claims know (see word-table.ts: every word of a page is looked up here). */
  table: WordTable;
  infos: WordInfo[];
  /** Per key term: the claims that have it (once per time it is listed, as similarity counts). */
  termClaims: number[][];
  /** Scratch for one sentence, valid where the stamp equals `sentence`: no clearing between sentences. */
  sentence: number;
  termSeen: Uint32Array;
  claimSeen: Uint32Array;
  claimHits: Uint32Array;
  /** Claims with enough key terms in the current sentence to be scored. */
  worth: number[];
  /** Positions of the current sentence's known words, and what each is (the first knownCount entries). */
  knownAt: number[];
  known: WordInfo[];
  knownCount: number;
}
const indexes = new WeakMap<CompiledClaims, ClaimIndex>();

/**
 * The word a phrase is looked up by. Where a phrase starts matters not (a sentence matches if the
 * phrase is anywhere in it), so pick its least common-looking word: not a stopword, longest. Many
 * phrases start with "the", which would otherwise send every "the" on a page to the phrase check.
 */
function anchorOf(phrase: readonly string[]): number {
  let best = 0;
  const rank = (w: string) => (isStopword(w) ? 0 : 1000) + w.length;
  for (let i = 1; i < phrase.length; i++) if (rank(phrase[i]!) > rank(phrase[best]!)) best = i;
  return best;
}

/** Every word the claims know, with what it means. */
function knownWords(compiled: CompiledClaims, termIds: ReadonlyMap<string, number>): Map<string, WordInfo> {
  const words = new Map<string, WordInfo>();
  const info = (word: string) => {
    let found = words.get(word);
    if (!found) words.set(word, (found = { word, term: -1, phrases: undefined }));
    return found;
  };
  compiled.claims.forEach((claim, c) => {
    for (const phrase of claim.phrases) {
      if (phrase.length === 0) continue; // matches nothing
      const at = anchorOf(phrase);
      (info(phrase[at]!).phrases ??= []).push({ claim: c, phrase, at });
    }
  });
  // The words whose content stem is each term: from the build where it worked them out, else now.
  const built = new Map((compiled.inflected ?? []).map(([term, ...words]) => [term!, words]));
  for (const [term, t] of termIds) for (const word of built.get(term) ?? termInflections(term)) info(word).term = t;
  return words;
}

/** The table of ClaimIndex: word → index into `infos`. */
function wordTable(words: ReadonlyMap<string, WordInfo>): Pick<ClaimIndex, 'table' | 'infos'> {
  const infos = [...words.values()];
  return { table: new WordTable(infos.map((info) => info.word)), infos };
}

function indexOf(compiled: CompiledClaims): ClaimIndex {
  const cached = indexes.get(compiled);
  if (cached && cached.count === compiled.claims.length) return cached;
  const count = compiled.claims.length;
  const termIds = new Map<string, number>();
  const termClaims: number[][] = [];
  compiled.claims.forEach((claim, c) => {
    for (const term of claim.terms) {
      let t = termIds.get(term);
      if (t === undefined) termIds.set(term, (t = termClaims.push([]) - 1));
      termClaims[t]!.push(c);
    }
  });
  const index: ClaimIndex = {
    count,
    ...wordTable(knownWords(compiled, termIds)),
    termClaims,
    sentence: 0,
    termSeen: new Uint32Array(termClaims.length),
    claimSeen: new Uint32Array(count),
    claimHits: new Uint32Array(count),
    worth: [],
    knownAt: [],
    known: [],
    knownCount: 0,
  };
  indexes.set(compiled, index);
  return index;
}

/** What the claims know about a word, or undefined for (nearly all) words they do not. */
function wordInfo(index: ClaimIndex, word: string): WordInfo | undefined {
  const i = index.table.get(word);
  return i < 0 ? undefined : index.infos[i];
}

/** A fresh stamp for the scratch arrays; on wrap-around they are cleared so old stamps cannot collide. */
function nextSentence(index: ClaimIndex): number {
  if (index.sentence >= 0xfffffffe) {
    index.sentence = 0;
    index.termSeen.fill(0);
    index.claimSeen.fill(0);
  }
  return ++index.sentence;
}

/** Score one sentence's stems against one claim: 0 … 1. */
export function similarity(claim: Claim, stems: ReadonlySet<string>, minTerms: number): number {
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
 * How many distinct key terms a claim needs in a sentence before it is worth scoring: below
 * similarity's minimum the score is 0, which passes only a threshold of 0 or less.
 */
function termsNeeded(compiled: CompiledClaims, claim: number): number {
  if (!(compiled.threshold > 0)) return 1;
  const need = Math.min(compiled.minTerms, compiled.claims[claim]!.terms.length);
  // Hits are whole numbers; a minimum of NaN rejects nothing in similarity.
  return need > 1 ? Math.ceil(need) : 1;
}

/**
 * Lowest-numbered claim with a phrase in tokens[from, to), or -1, given the sentence's known words
 * (index.known). Along the way, counts distinct key terms per claim in the index's scratch and
 * lists in index.worth the claims that reach termsNeeded, so a sentence that cannot score is
 * never stemmed.
 */
function scanKnown(compiled: CompiledClaims, index: ClaimIndex, tokens: readonly Keyed[], from: number, to: number): number {
  const stamp = nextSentence(index);
  const { termSeen, claimSeen, claimHits, termClaims, worth, knownAt, known } = index;
  if (worth.length > 0) worth.length = 0; // setting a length is a slow call in V8, and mostly needless
  let byPhrase = -1;
  for (let h = 0; h < index.knownCount; h++) {
    const info = known[h]!;
    if (info.phrases) byPhrase = phraseAt(info.phrases, tokens, knownAt[h]!, from, to, byPhrase);
    // A term counts once per sentence however often (and in whatever inflection) it occurs, as
    // in similarity's set of stems.
    if (info.term < 0 || termSeen[info.term] === stamp) continue;
    termSeen[info.term] = stamp;
    for (const c of termClaims[info.term]!) {
      if (claimSeen[c] !== stamp) {
        claimSeen[c] = stamp;
        claimHits[c] = 0;
      }
      if (++claimHits[c]! === termsNeeded(compiled, c)) worth.push(c);
    }
  }
  return byPhrase;
}

/** The lowest claim among `best` and the phrases anchored at tokens[i] that lie within [from, to). */
function phraseAt(phrases: readonly Anchored[], tokens: readonly Keyed[], i: number, from: number, to: number, best: number): number {
  for (const { claim, phrase, at } of phrases) {
    // By ascending claim: nothing further on can beat the best so far.
    if (best >= 0 && claim >= best) break;
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
function matchSpan(compiled: CompiledClaims, index: ClaimIndex, tokens: readonly Keyed[], from: number, to: number): Found | null {
  if (index.knownCount === 0) return null;
  const byPhrase = scanKnown(compiled, index, tokens, from, to);
  if (byPhrase >= 0) return { claim: byPhrase, how: 'phrase', score: 1 };
  if (index.worth.length === 0) return null;
  const keys: string[] = [];
  for (let i = from; i < to; i++) keys.push(tokens[i]!.key);
  const stems = new Set(contentStems(keys));
  // Ascending, and replaced only by a strictly higher score: ties go to the lowest claim.
  let best: Found | null = null;
  for (const c of index.worth.sort((a, b) => a - b)) {
    const score = similarity(compiled.claims[c]!, stems, compiled.minTerms);
    if (score >= compiled.threshold && (!best || score > best.score)) best = { claim: c, how: 'similar', score };
  }
  return best;
}

/** Note word i of the sentence in index.known if the claims know it. */
function noteKnown(index: ClaimIndex, word: string, i: number): void {
  const info = wordInfo(index, word);
  if (!info) return;
  index.knownAt[index.knownCount] = i;
  index.known[index.knownCount++] = info;
}

/** Start a sentence. (Only the count is reset: emptying arrays is a slow call in V8.) */
function resetKnown(index: ClaimIndex): void {
  index.knownCount = 0;
}

/** Best claim for one sentence, or null. */
export function matchSentence(compiled: CompiledClaims, keys: readonly string[]): Found | null {
  const index = indexOf(compiled);
  const tokens = keys.map((key) => ({ key }));
  resetKnown(index);
  for (let i = 0; i < tokens.length; i++) noteKnown(index, tokens[i]!.key, i);
  return matchSpan(compiled, index, tokens, 0, tokens.length);
}

/** Find claims in one block of text. */
export function matchClaims(compiled: CompiledClaims, text: string, tokens: readonly Token[] = tokenize(text)): ClaimMatch[] {
  if (compiled.claims.length === 0) return [];
  const index = indexOf(compiled);
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
    const found = to - first < 4 ? null : matchSpan(compiled, index, tokens, first, to);
    if (found) out.push({ ...found, start: tokens[first]!.start, end: token.end });
    first = to;
    resetKnown(index);
  }
  return out;
}
