/**
 * The compiled organisation matcher: the bytes `build.mjs` writes for the content script (format
 * 3, laid out in binary.ts), and the small runtime that reads them where they lie (`Matcher`).
 *
 * Why this shape: every page loads the bundled matcher afresh before it can highlight anything,
 * and the dataset is growing from thousands to hundreds of thousands of aliases. Format 2 was flat
 * JSON arrays: JSON.parse still made a string per word and alias and an array per table, so load
 * time and heap grew with the dictionary (60 ms to parse 30,000 aliases). Here loading is a few
 * typed-array views of one buffer: nothing is parsed, and a string is only made for what a page
 * actually reaches (a matched alias, an organisation's name).
 *
 * Everything the matcher looks up is laid out at build time: the trie is numbered breadth-first
 * with siblings sorted by word id, so a node's children are one sorted run (binary search) and the
 * root's children are simply words 0, 1, 2…; each node names the first alias ending there, each
 * alias the next. The table from word to id is a typed array keyed by word-table.ts's hash of a few
 * characters, probed by comparing the page word with the stored UTF-16 code units in place. What
 * an alias's rules need beyond its flags (its raw words, the punctuation between them, its nearby
 * phrases) is derived from its text on first use, since a page reaches few aliases.
 */
import type { Category } from '../dataset/schema';
import { lookupWord, readSections, stringAt, utf8At, type MatcherSections } from './binary';
import { tokenize } from './normalize';

/** Bits of `entries.f`. */
export const FLAG = {
  /** The words must match letter case exactly. */
  caseSensitive: 1,
  /** Diacritics must match ("Médecins" does not find "Medecins"). */
  diacriticsSensitive: 2,
  /** An all-capitals acronym, refused inside all-capitals text ("THIS IS WAR"). */
  acronym: 4,
  /** The alias ends with a full stop ("U.N."), which the match then includes. */
  endsWithDot: 8,
} as const;

/**
 * The matcher's tables as the build lays them out, before they are written as bytes (binary.ts).
 * Parallel arrays: one index is one organisation, node or alias. Build time and tests only.
 */
export interface MatcherTables {
  orgs: {
    ids: string[];
    names: string[];
    /** Index into `categories`, which lists each category once. */
    cat: number[];
    categories: Category[];
  };
  /**
   * Every distinct folded word of the aliases; a word's index is its id. The R words that start an
   * alias come first, in the order of the root's children: word w < R leads from the root to node
   * w + 1 (R = trie.first[1] - 1).
   */
  words: string[];
  /**
   * A trie over word ids. Node 0 is the root; nodes are numbered breadth-first, siblings by
   * ascending word id.
   */
  trie: {
    /** The children of node n are nodes first[n] .. first[n + 1] - 1 (one more item than nodes). */
    first: number[];
    /** word[n - 1]: the word leading to node n from its parent. */
    word: number[];
    /** The first entry ending at node n, or -1. */
    at: number[];
  };
  /**
   * The aliases ("entries"). Their order is their priority: where several end at one node, the
   * first whose rules pass wins.
   */
  entries: {
    /** Index of the organisation. */
    o: number[];
    /** FLAG bits. */
    f: number[];
    /** The alias as written in the dataset. */
    a: string[];
    /** The next entry (a later one) ending at the same node, or -1. */
    next: number[];
  };
  /**
   * Nearby-word rules, for the entries that have them (`entry` ascending). `rq`: folded phrases of
   * which one must appear nearby; `fb`: of which none may. Encoded by `encodePhrases` (null: none).
   */
  rules: { entry: number[]; rq: (string | null)[]; fb: (string | null)[] };
}

/** How many words either side count as "nearby" for disambiguation rules. */
export const NEARBY_WINDOW = 40;

export const ROOT = 0;
/** "No node", "no word" and "no entry". */
export const NONE = -1;

// Folded words are runs of letters, marks and digits; NFKC can add a space to one (U+037A), never
// these control characters.
const WORD_SEP = '\u001f';
const PHRASE_SEP = '\u001e';

/** Phrases of folded words as one string (one string per rule parses faster than nested arrays). */
export function encodePhrases(phrases: readonly (readonly string[])[] | undefined): string | null {
  return phrases ? phrases.map((p) => p.join(WORD_SEP)).join(PHRASE_SEP) : null;
}

function decodePhrases(encoded: string | null | undefined): string[][] | undefined {
  return encoded === null || encoded === undefined ? undefined : encoded.split(PHRASE_SEP).map((p) => p.split(WORD_SEP));
}

/** Index of `value` in an ascending array, or NONE. */
function search(sorted: ArrayLike<number>, value: number, lo = 0, hi = sorted.length): number {
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const v = sorted[mid]!;
    if (v === value) return mid;
    if (v < value) lo = mid + 1;
    else hi = mid;
  }
  return NONE;
}

/** An alias's words as written, and per gap between them "." (a full stop in the alias) or " ". */
export interface EntryShape {
  words: string[];
  gaps: string;
}

export interface EntryRules {
  rq?: string[][];
  fb?: string[][];
}

export interface OrgInfo {
  id: string;
  name: string;
  category: Category;
}

/**
 * What imported packs add at run time, after the bundled data: their organisations, entries, words
 * and trie nodes get the indexes that follow the bundled ones, so bundled indexes and priorities
 * never change. Packs are few and small, so plain arrays and Maps serve.
 */
class Added {
  orgs: OrgInfo[] = [];
  entryOrg: number[] = [];
  entryFlags: number[] = [];
  aliases: string[] = [];
  entryNext: number[] = [];
  rules = new Map<number, EntryRules>();
  words: string[] = [];
  wordIds = new Map<string, number>();
  /** First entry at each added node (node index - bundled node count). */
  at: number[] = [];
  /** node → word id → child, for links the bundled trie does not have. */
  links = new Map<number, Map<number, number>>();
}

/**
 * The runtime matcher over a compiled buffer (binary.ts); see the top comment. Everything it reads
 * is a typed-array view of the buffer, except what imported packs add (`Added`).
 */
export class Matcher {
  private readonly s: MatcherSections;
  /** Size of the compiled buffer, in bytes. */
  readonly byteLength: number;
  private readonly categoryNames: Category[];
  private added: Added | null = null;
  private readonly shapes = new Map<number, EntryShape>();
  private readonly decodedRules = new Map<number, EntryRules>();
  /** Organisations a page has reached, decoded once (a page names few, many times). */
  private readonly orgInfo = new Map<number, OrgInfo>();

  /** `bytes` is used in place, not copied; `addPath` writes into it (each page loads its own copy). */
  constructor(bytes: Uint8Array) {
    this.s = readSections(bytes.buffer as ArrayBuffer, bytes.byteOffset, bytes.byteLength);
    this.byteLength = bytes.byteLength;
    const { categories } = this.s;
    this.categoryNames = Array.from({ length: categories.off.length - 1 }, (_, i) => utf8At(categories, i) as Category);
  }

  get entryCount(): number {
    return this.s.entries + (this.added?.aliases.length ?? 0);
  }

  get orgCount(): number {
    return this.s.orgs + (this.added?.orgs.length ?? 0);
  }

  org(index: number): OrgInfo {
    const { s } = this;
    if (index >= s.orgs) return this.added!.orgs[index - s.orgs]!;
    let info = this.orgInfo.get(index);
    if (!info) {
      // The name is the alias of the organisation's first entry, except for the few listed.
      const fix = search(s.nameFixOrg, index);
      const name = fix === NONE ? this.alias(s.orgFirst[index]!) : utf8At(s.nameFix, fix);
      info = { id: utf8At(s.orgIds, index), name, category: this.categoryNames[s.orgCat[index]!]! };
      this.orgInfo.set(index, info);
    }
    return info;
  }

  alias(entry: number): string {
    const { s } = this;
    return entry < s.entries ? utf8At(s.aliases, entry) : this.added!.aliases[entry - s.entries]!;
  }

  /** The organisation of an entry: the last o with orgFirst[o] <= entry (entries are stored by organisation). */
  entryOrg(entry: number): number {
    const { s } = this;
    if (entry >= s.entries) return this.added!.entryOrg[entry - s.entries]!;
    const first = s.orgFirst;
    let lo = 0;
    let hi = s.orgs; // first[lo] <= entry < first[hi]
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (first[mid]! <= entry) lo = mid;
      else hi = mid;
    }
    return lo;
  }

  has(entry: number, flag: number): boolean {
    const { s } = this;
    const flags = entry < s.entries ? s.entryFlags[entry]! : this.added!.entryFlags[entry - s.entries]!;
    return (flags & flag) !== 0;
  }

  /** Id of a folded word, or NONE when no alias has it (so no alias can start or go on there). */
  wordId(key: string): number {
    const id = lookupWord(this.s.slots, this.s.wordStrings, key);
    return id >= 0 || this.added === null ? id : (this.added.wordIds.get(key) ?? NONE);
  }

  /** The node reached from `node` by word `wordId`, or NONE. */
  child(node: number, wordId: number): number {
    if (wordId === NONE) return NONE;
    const found = this.laidOutChild(node, wordId);
    if (found !== NONE || this.added === null) return found;
    return this.added.links.get(node)?.get(wordId) ?? NONE;
  }

  private laidOutChild(node: number, wordId: number): number {
    const { first, word, nodes, rootWords } = this.s;
    if (node >= nodes) return NONE; // added at run time
    if (node === ROOT) return wordId < rootWords ? wordId + 1 : NONE;
    // word[c - 1] for the children c of `node`: one ascending run.
    const k = search(word, wordId, first[node]! - 1, first[node + 1]! - 1);
    return k === NONE ? NONE : k + 1;
  }

  /** The first entry ending at `node` (NONE: none); the next ones follow `nextEntry`. */
  firstEntry(node: number): number {
    const { s } = this;
    return node < s.nodes ? s.at[node]! : this.added!.at[node - s.nodes]!;
  }

  nextEntry(entry: number): number {
    const { s } = this;
    return entry < s.entries ? s.entryNext[entry]! : this.added!.entryNext[entry - s.entries]!;
  }

  /** The words that start an alias (the root's children). */
  firstWords(): string[] {
    const words = Array.from({ length: this.s.rootWords }, (_, w) => this.word(w));
    for (const w of this.added?.links.get(ROOT)?.keys() ?? []) words.push(this.word(w));
    return words;
  }

  private word(id: number): string {
    const { s } = this;
    return id < s.words ? stringAt(s.wordStrings, id) : this.added!.words[id - s.words]!;
  }

  /** Raw words and gaps of an alias, derived from its text once, when first needed. */
  shape(entry: number): EntryShape {
    let shape = this.shapes.get(entry);
    if (!shape) {
      const text = this.alias(entry);
      const tokens = tokenize(text);
      let gaps = '';
      for (let k = 1; k < tokens.length; k++) gaps += text.slice(tokens[k - 1]!.end, tokens[k]!.start).includes('.') ? '.' : ' ';
      shape = { words: tokens.map((t) => t.raw), gaps };
      this.shapes.set(entry, shape);
    }
    return shape;
  }

  /** The nearby-word rules of an entry, or undefined when it has none. */
  rules(entry: number): EntryRules | undefined {
    const { s } = this;
    if (entry >= s.entries) return this.added!.rules.get(entry);
    let rules = this.decodedRules.get(entry);
    if (!rules) {
      const r = search(s.ruleEntry, entry);
      if (r === NONE) return undefined;
      rules = {};
      const required = decodePhrases(utf8At(s.ruleRq, r) || null);
      const forbidden = decodePhrases(utf8At(s.ruleFb, r) || null);
      if (required) rules.rq = required;
      if (forbidden) rules.fb = forbidden;
      this.decodedRules.set(entry, rules);
    }
    return rules;
  }

  /** A one-line, human explanation of why a match was made, for the popover. */
  explain(entry: number): string {
    const { rq, fb } = this.rules(entry) ?? {};
    const rules: string[] = [];
    rules.push(this.has(entry, FLAG.caseSensitive) ? 'exact letter case' : 'any letter case');
    if (this.has(entry, FLAG.acronym)) rules.push('not in all-capitals text');
    if (rq) rules.push(`needs a nearby word such as “${rq.slice(0, 3).map((p) => p.join(' ')).join('”, “')}”`);
    if (fb) rules.push(`refused near “${fb.slice(0, 3).map((p) => p.join(' ')).join('”, “')}”`);
    return `Matched the name “${this.alias(entry)}” (${rules.join('; ')}).`;
  }

  /** Append an organisation (imported packs); returns its index. */
  addOrg(org: OrgInfo): number {
    return this.s.orgs + this.more().orgs.push(org) - 1;
  }

  /** Append an entry of organisation `org` and put it in the trie along its folded words; returns its index. */
  addEntry(org: number, flags: number, alias: string, keys: readonly string[], rules: EntryRules | undefined): number {
    const added = this.more();
    const entry = this.s.entries + added.aliases.length;
    added.entryOrg.push(org);
    added.entryFlags.push(flags);
    added.aliases.push(alias);
    added.entryNext.push(NONE);
    if (rules) added.rules.set(entry, rules);
    this.addPath(entry, keys);
    return entry;
  }

  /**
   * Put entry `entry` in the trie along its folded words, appending words and nodes as needed:
   * imported packs cost only their own size, and the bundled nodes keep their layout. It goes last
   * among the entries ending at its node.
   */
  private addPath(entry: number, keys: readonly string[]): void {
    let node = ROOT;
    for (const key of keys) node = this.childOrNew(node, this.wordOrNew(key));
    const first = this.firstEntry(node);
    if (first === NONE) {
      this.setFirstEntry(node, entry);
      return;
    }
    let last = first;
    while (this.nextEntry(last) !== NONE) last = this.nextEntry(last);
    this.setNextEntry(last, entry);
  }

  private setFirstEntry(node: number, entry: number): void {
    const { s } = this;
    if (node < s.nodes) s.at[node] = entry;
    else this.added!.at[node - s.nodes] = entry;
  }

  private setNextEntry(entry: number, next: number): void {
    const { s } = this;
    if (entry < s.entries) s.entryNext[entry] = next;
    else this.added!.entryNext[entry - s.entries] = next;
  }

  private more(): Added {
    return (this.added ??= new Added());
  }

  private wordOrNew(key: string): number {
    let id = this.wordId(key);
    if (id === NONE) {
      const added = this.more();
      id = this.s.words + added.words.push(key) - 1;
      added.wordIds.set(key, id);
    }
    return id;
  }

  private childOrNew(node: number, wordId: number): number {
    const found = this.child(node, wordId);
    if (found !== NONE) return found;
    const added = this.more();
    const child = this.s.nodes + added.at.push(NONE) - 1;
    let byWord = added.links.get(node);
    if (!byWord) added.links.set(node, (byWord = new Map()));
    byWord.set(wordId, child);
    return child;
  }
}

/** Wrap a compiled buffer in the runtime (as the content script does when it loads). */
export function loadMatcher(bytes: Uint8Array | ArrayBuffer): Matcher {
  return new Matcher(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes));
}
