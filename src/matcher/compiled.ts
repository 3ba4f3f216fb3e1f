/**
 * The compiled organisation matcher: the data `build.mjs` embeds in the content script
 * (`CompiledMatcher`), and the small runtime wrapped around it when the script loads (`Matcher`).
 *
 * Why this shape: every page parses the bundled matcher afresh before it can highlight anything,
 * so what counts is JSON.parse, whatever the runtime then builds, and the garbage collection both
 * cause. A trie of nested objects keyed by words, and an object per alias, made thousands of
 * objects (most in slow dictionary mode): a 600 KB parse and 1.6 MB of heap on every page.
 *
 * Here the data is a few flat arrays of numbers and strings, which JSON.parse turns into a handful
 * of objects in native code. Everything the matcher looks up is laid out at build time so that the
 * runtime needs no loop over it at load (on a fresh page that code runs in the interpreter, where
 * even a pass over 10,000 numbers costs a millisecond): the trie is numbered breadth-first with
 * siblings sorted by word id, so a node's children are one sorted run (binary search) and the
 * root's children are simply words 0, 1, 2…; each node names the first alias ending there, each
 * alias the next. Even the table from word to id (word-table.ts: a hash of a few characters into a
 * typed array, since every word of a page is looked up in it) is laid out at build time. What an
 * alias's rules need beyond its flags (its raw words, the punctuation between them, its nearby
 * phrases) is derived from its text on first use, since a page reaches few aliases.
 */
import type { Category } from '../dataset/schema';
import { tokenize } from './normalize';
import { WordTable } from './word-table';

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

/** The serialised form (plain JSON). Parallel arrays: one index is one organisation, node or alias. */
export interface CompiledMatcher {
  v: 2;
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
   * Where each word sits in the word table (word-table.ts), laid out at build time so that a page
   * does not build it; without it (or when it does not fit `words`), the table is built at load.
   */
  wordSlots?: number[];
  /**
   * A trie over word ids. Node 0 is the root; nodes are numbered breadth-first, siblings by
   * ascending word id. Nodes that imported packs add at run time come after those and are not in
   * `first`: the Matcher keeps their links (see `Matcher.addPath`).
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
function search(sorted: readonly number[], value: number, lo = 0, hi = sorted.length): number {
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

/** The runtime matcher over compiled data; see the top comment. */
export class Matcher {
  readonly data: CompiledMatcher;
  private readonly wordIds: WordTable;
  /** Links added at run time (imported packs): node → word id → child. The bundled trie needs none. */
  private readonly added = new Map<number, Map<number, number>>();
  private readonly shapes = new Map<number, EntryShape>();
  private readonly decodedRules = new Map<number, EntryRules>();

  constructor(data: CompiledMatcher) {
    if (data.v !== 2) throw new Error(`compiled matcher format ${String(data.v)}: rebuild with this version`);
    this.data = data;
    this.wordIds = new WordTable(data.words, data.wordSlots);
  }

  get entryCount(): number {
    return this.data.entries.a.length;
  }

  get orgCount(): number {
    return this.data.orgs.ids.length;
  }

  org(index: number): OrgInfo {
    const { ids, names, cat, categories } = this.data.orgs;
    return { id: ids[index]!, name: names[index]!, category: categories[cat[index]!]! };
  }

  alias(entry: number): string {
    return this.data.entries.a[entry]!;
  }

  entryOrg(entry: number): number {
    return this.data.entries.o[entry]!;
  }

  has(entry: number, flag: number): boolean {
    return (this.data.entries.f[entry]! & flag) !== 0;
  }

  /** Id of a folded word, or NONE when no alias has it (so no alias can start or go on there). */
  wordId(key: string): number {
    return this.wordIds.get(key); // NONE when absent
  }

  /** The node reached from `node` by word `wordId`, or NONE. */
  child(node: number, wordId: number): number {
    if (wordId === NONE) return NONE;
    const found = this.laidOutChild(node, wordId);
    if (found !== NONE || this.added.size === 0) return found;
    return this.added.get(node)?.get(wordId) ?? NONE;
  }

  private laidOutChild(node: number, wordId: number): number {
    const { first, word } = this.data.trie;
    if (node >= first.length - 1) return NONE; // added at run time
    if (node === ROOT) return wordId < first[1]! - 1 ? wordId + 1 : NONE;
    // word[c - 1] for the children c of `node`: one ascending run.
    const k = search(word, wordId, first[node]! - 1, first[node + 1]! - 1);
    return k === NONE ? NONE : k + 1;
  }

  /** The first entry ending at `node` (NONE: none); the next ones follow `nextEntry`. */
  firstEntry(node: number): number {
    return this.data.trie.at[node]!;
  }

  nextEntry(entry: number): number {
    return this.data.entries.next[entry]!;
  }

  /** The words that start an alias (the root's children). */
  firstWords(): string[] {
    const { words, trie } = this.data;
    const added = [...(this.added.get(ROOT)?.keys() ?? [])].map((w) => words[w]!);
    return [...words.slice(0, trie.first[1]! - 1), ...added];
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
    let rules = this.decodedRules.get(entry);
    if (!rules) {
      const { entry: entries, rq, fb } = this.data.rules;
      const r = search(entries, entry);
      if (r === NONE) return undefined;
      rules = {};
      const required = decodePhrases(rq[r]);
      const forbidden = decodePhrases(fb[r]);
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

  /**
   * Put entry `entry`, the last one (compile.ts has pushed its other fields), in the trie along its
   * folded words, appending words and nodes as needed: imported packs cost only their own size,
   * and the bundled nodes keep their layout. It goes last among the entries ending at its node.
   */
  addPath(entry: number, keys: readonly string[]): void {
    let node = ROOT;
    for (const key of keys) node = this.childOrNew(node, this.wordOrNew(key));
    const { trie, entries } = this.data;
    entries.next[entry] = NONE;
    if (trie.at[node] === NONE) {
      trie.at[node] = entry;
      return;
    }
    let last = trie.at[node]!;
    while (entries.next[last] !== NONE) last = entries.next[last]!;
    entries.next[last] = entry;
  }

  private wordOrNew(key: string): number {
    let id = this.wordIds.get(key);
    if (id === NONE) {
      id = this.data.words.push(key) - 1;
      this.wordIds.add(id);
    }
    return id;
  }

  private childOrNew(node: number, wordId: number): number {
    const found = this.child(node, wordId);
    if (found !== NONE) return found;
    const { word, at } = this.data.trie;
    word.push(wordId);
    at.push(NONE);
    let byWord = this.added.get(node);
    if (!byWord) this.added.set(node, (byWord = new Map()));
    byWord.set(wordId, word.length);
    return word.length;
  }
}

/** Wrap compiled data in the runtime (as the content script does when it loads). */
export function loadMatcher(data: CompiledMatcher): Matcher {
  return new Matcher(data);
}
