/**
 * The claims index as bytes (format 1): what claims.ts looks up on every word of a page, laid out
 * at build time and read in place, so that thousands of claims cost a page nothing at load and
 * nothing per claim on a sentence that shares no key term with any of them.
 *
 * Before, the content script parsed every compiled claim from JSON and then, on first use, built
 * a table of the words the claims know (phrase anchors and every inflection of every key term),
 * one object per word: about 60 ms of parse and 90 ms of building for 5,000 claims. Here the
 * table, each word's key term and anchored phrases, and each term's claims are typed-array
 * sections; a claim's own record (terms, weights, words, phrases, title) is a JSON string parsed
 * only when a sentence makes it a candidate or it matches.
 */
import { lookupWord, offsetsOf, packSections, stringAt, unpackSections, encodeStrings, encodeUtf8, utf8At, type StringTable, type Utf8Table } from './binary';
import type { CompiledClaim, CompiledClaims } from './claims-compiled';
import { isStopword, termInflections } from './stem';
import { wordSlots } from './word-table';

const MAGIC = 0x31434353; // "SCC1"
const VERSION = 1;
const PHRASE_SEP = '\u001f';

/**
 * The word a phrase is looked up by. Where a phrase starts matters not (a sentence matches if the
 * phrase is anywhere in it), so pick its least common-looking word: not a stopword, longest. Many
 * phrases start with "the", which would otherwise send every "the" on a page to the phrase check.
 */
export function anchorOf(phrase: readonly string[]): number {
  let best = 0;
  const rank = (w: string) => (isStopword(w) ? 0 : 1000) + w.length;
  for (let i = 1; i < phrase.length; i++) if (rank(phrase[i]!) > rank(phrase[best]!)) best = i;
  return best;
}

/**
 * How many distinct key terms a claim needs in a sentence before it is worth scoring: below
 * similarity's minimum the score is 0, which passes only a threshold of 0 or less.
 */
function termsNeeded(compiled: CompiledClaims, claim: CompiledClaim): number {
  if (!(compiled.threshold > 0)) return 1;
  const need = Math.min(compiled.minTerms, claim.terms.length);
  // Hits are whole numbers; a minimum of NaN rejects nothing in similarity.
  return need > 1 ? Math.ceil(need) : 1;
}

/** Write compiled claims as the index's bytes (build time, and for imported packs at run time). */
export function encodeClaims(compiled: CompiledClaims): Uint8Array {
  const { claims } = compiled;
  // Key terms by first appearance; each lists its claims once per time a claim lists it.
  const termIds = new Map<string, number>();
  const termClaims: number[][] = [];
  claims.forEach((claim, c) => {
    for (const term of claim.terms) {
      let t = termIds.get(term);
      if (t === undefined) termIds.set(term, (t = termClaims.push([]) - 1));
      termClaims[t]!.push(c);
    }
  });
  // The words the claims know, in order of first use: phrase anchors, then key-term inflections.
  const words = new Map<string, { term: number; anchors: Array<[claim: number, phrase: number, at: number]> }>();
  const info = (word: string) => {
    let found = words.get(word);
    if (!found) words.set(word, (found = { term: -1, anchors: [] }));
    return found;
  };
  const phrases: string[] = [];
  claims.forEach((claim, c) => {
    for (const phrase of claim.phrases) {
      if (phrase.length === 0) continue; // matches nothing
      const at = anchorOf(phrase);
      info(phrase[at]!).anchors.push([c, phrases.push(phrase.join(PHRASE_SEP)) - 1, at]);
    }
  });
  const built = new Map((compiled.inflected ?? []).map(([term, ...inflected]) => [term!, inflected]));
  for (const [term, t] of termIds) for (const word of built.get(term) ?? termInflections(term)) info(word).term = t;

  const list = [...words.keys()];
  const infos = [...words.values()];
  const anchorStart = offsetsOf(infos.map((x) => x.anchors.length));
  const anchors = infos.flatMap((x) => x.anchors);
  const termClaimStart = offsetsOf(termClaims.map((cs) => cs.length));
  const wordsTable = encodeStrings(list);
  const slots = Int32Array.from(wordSlots(list));
  if (anchors.some((a) => a[2] > 0xffff)) throw new Error('claims index: a phrase of more than 65,535 words');
  const terms = encodeUtf8([...termIds.keys()]);
  const phraseTable = encodeUtf8(phrases);
  // A claim's phrases are in the phrase table already; its record carries the rest.
  const records = encodeUtf8(claims.map(({ phrases: _, ...rest }) => JSON.stringify(rest)));
  return packSections(
    [MAGIC, VERSION, claims.length, termIds.size, list.length, anchors.length, phrases.length, slots.length],
    [
      new Float64Array([compiled.threshold, compiled.minTerms]),
      wordsTable.off,
      wordsTable.chars,
      slots,
      Int32Array.from(infos, (x) => x.term),
      anchorStart,
      Uint32Array.from(anchors, (a) => a[0]),
      Uint32Array.from(anchors, (a) => a[1]),
      Uint16Array.from(anchors, (a) => a[2]),
      phraseTable.off,
      phraseTable.bytes,
      termClaimStart,
      Uint32Array.from(termClaims.flat()),
      terms.off,
      terms.bytes,
      Uint16Array.from(claims, (claim) => Math.min(termsNeeded(compiled, claim), 0xffff)),
      records.off,
      records.bytes,
    ],
  );
}

/**
 * The claims index over its bytes, with the per-sentence scratch claims.ts uses. Everything is read
 * in place; a claim's record and a phrase's words are decoded once, when first needed.
 */
export class ClaimsIndex {
  readonly count: number;
  readonly terms: number;
  readonly threshold: number;
  readonly minTerms: number;
  private readonly words: StringTable;
  private readonly slots: Int32Array;
  /** Per known word: its key term's id, or -1. */
  readonly wordTerm: Int32Array;
  /** The phrases anchored on known word w are anchors anchorStart[w] .. anchorStart[w+1]-1, by ascending claim. */
  readonly anchorStart: Uint32Array;
  readonly anchorClaim: Uint32Array;
  private readonly anchorPhrase: Uint32Array;
  readonly anchorAt: Uint16Array;
  private readonly phraseTable: Utf8Table;
  /** The claims of term t are termClaimList[termClaimStart[t] .. termClaimStart[t+1]-1]. */
  readonly termClaimStart: Uint32Array;
  readonly termClaimList: Uint32Array;
  private readonly termTable: Utf8Table;
  /** Distinct key terms a claim needs in a sentence to be worth scoring. */
  readonly need: Uint16Array;
  private readonly recordTable: Utf8Table;
  private readonly records = new Map<number, Omit<CompiledClaim, 'phrases'>>();
  private readonly phrases = new Map<number, string[]>();
  /** Scratch for one sentence (claims.ts), valid where the stamp equals `sentence`: no clearing between sentences. */
  sentence = 0;
  readonly termSeen: Uint32Array;
  readonly claimSeen: Uint32Array;
  readonly claimHits: Uint32Array;
  readonly worth: number[] = [];
  readonly knownAt: number[] = [];
  readonly known: number[] = [];
  knownCount = 0;

  constructor(bytes: Uint8Array) {
    const { header, section } = unpackSections(bytes, MAGIC, VERSION, 'claims index');
    // Views take offsets into the underlying buffer: `section` already adds bytes.byteOffset.
    const [, , count, terms, words, anchors, phrases, slots] = header as unknown as number[];
    this.count = count!;
    this.terms = terms!;
    const f64 = (i: number, n: number) => new Float64Array(bytes.buffer, section(i), n);
    const u32 = (i: number, n: number) => new Uint32Array(bytes.buffer, section(i), n);
    const params = f64(0, 2);
    this.threshold = params[0]!;
    this.minTerms = params[1]!;
    const wordsOff = u32(1, words! + 1);
    this.words = { off: wordsOff, chars: new Uint16Array(bytes.buffer, section(2), wordsOff[words!]!) };
    this.slots = new Int32Array(bytes.buffer, section(3), slots!);
    this.wordTerm = new Int32Array(bytes.buffer, section(4), words!);
    this.anchorStart = u32(5, words! + 1);
    this.anchorClaim = u32(6, anchors!);
    this.anchorPhrase = u32(7, anchors!);
    this.anchorAt = new Uint16Array(bytes.buffer, section(8), anchors!);
    const utf8 = (offIndex: number, n: number): Utf8Table => {
      const off = u32(offIndex, n + 1);
      return { off, bytes: new Uint8Array(bytes.buffer, section(offIndex + 1), off[n]!) };
    };
    this.phraseTable = utf8(9, phrases!);
    this.termClaimStart = u32(11, terms! + 1);
    this.termClaimList = u32(12, this.termClaimStart[terms!]!);
    this.termTable = utf8(13, terms!);
    this.need = new Uint16Array(bytes.buffer, section(15), count!);
    this.recordTable = utf8(16, count!);
    this.termSeen = new Uint32Array(terms!);
    this.claimSeen = new Uint32Array(count!);
    this.claimHits = new Uint32Array(count!);
  }

  /** Id of a word the claims know, or -1 (nearly every word of a page). */
  wordId(word: string): number {
    return lookupWord(this.slots, this.words, word);
  }

  /** The folded words of an anchored phrase. */
  phraseWords(anchor: number): string[] {
    const p = this.anchorPhrase[anchor]!;
    let words = this.phrases.get(p);
    if (!words) this.phrases.set(p, (words = utf8At(this.phraseTable, p).split(PHRASE_SEP)));
    return words;
  }

  /** Claim c's compiled record without its phrases (id, title, rating, terms, weights, words). */
  claim(c: number): Omit<CompiledClaim, 'phrases'> {
    let record = this.records.get(c);
    if (!record) this.records.set(c, (record = JSON.parse(utf8At(this.recordTable, c)) as Omit<CompiledClaim, 'phrases'>));
    return record;
  }

  /** The compiled claims back (to append imported packs' claims and index the whole again). */
  toCompiled(): CompiledClaims {
    const inflected = Array.from({ length: this.terms }, (_, t) => [utf8At(this.termTable, t)]);
    this.wordTerm.forEach((t, w) => {
      if (t >= 0) inflected[t]!.push(stringAt(this.words, w));
    });
    // Phrases come back from the anchors, in the order they were numbered (claim by claim).
    const phrases: string[][][] = Array.from({ length: this.count }, () => []);
    const byId = [...this.anchorClaim.keys()].sort((a, b) => this.anchorPhrase[a]! - this.anchorPhrase[b]!);
    for (const k of byId) phrases[this.anchorClaim[k]!]!.push(this.phraseWords(k));
    const claims = Array.from({ length: this.count }, (_, c) => ({ ...this.claim(c), phrases: phrases[c]! }));
    return { v: 1, claims, threshold: this.threshold, minTerms: this.minTerms, inflected };
  }
}

export function loadClaims(bytes: Uint8Array): ClaimsIndex {
  return new ClaimsIndex(bytes);
}
