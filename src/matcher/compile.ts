/**
 * Compile organisations' names and aliases into the matcher's bytes (compiled.ts, binary.ts: one
 * buffer of typed arrays, because every page loads it afresh). Runs at build time over the whole
 * dataset, and in the content script for imported data packs, which it appends to the bundled
 * matcher.
 *
 * Compiling keeps only what the runtime cannot cheaply derive from an alias's text: its trie path,
 * its flags and its folded nearby phrases (raw words and gaps are derived when first needed). It
 * also does the layout work, numbering words and trie nodes and placing words in the word table, so
 * that the content script has nothing to build at load; imported packs, small, are appended at
 * run time instead.
 */
import type { Alias, Organisation } from '../dataset/schema';
import { encodeStrings, encodeUtf8, writeSections } from './binary';
import { FLAG, NONE, ROOT, encodePhrases, type EntryRules, type MatcherTables, type Matcher } from './compiled';
import { wordSlots } from './word-table';
import { isAllCaps, tokenize } from './normalize';

type OrgLike = Pick<Organisation, 'id' | 'name' | 'category' | 'aliases'>;

/**
 * Short names and acronyms are case-sensitive unless the dataset says otherwise: "IS", "UN" and
 * "WHO" are ordinary words in lower case, while "Hezbollah" is one in any case.
 */
export function defaultCaseSensitive(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length <= 3 || isAllCaps(text.replace(/\s+/g, ''));
}

function phraseKeys(words: readonly string[] | undefined): string[][] | undefined {
  if (!words) return undefined;
  const out = words.map((w) => tokenize(w).map((t) => t.key)).filter((k) => k.length > 0);
  return out.length ? out : undefined;
}

interface NewEntry {
  alias: string;
  flags: number;
  /** Folded words: the path in the trie. */
  keys: string[];
  rq?: string[][];
  fb?: string[][];
}

function compileEntry(alias: Alias): NewEntry | null {
  const rule = typeof alias === 'string' ? { text: alias } : alias;
  const tokens = tokenize(rule.text);
  if (tokens.length === 0) return null;
  let flags = 0;
  if (rule.caseSensitive ?? defaultCaseSensitive(rule.text)) flags |= FLAG.caseSensitive;
  if (rule.diacriticsSensitive) flags |= FLAG.diacriticsSensitive;
  if (tokens.every((t) => isAllCaps(t.raw))) flags |= FLAG.acronym;
  if (rule.text.endsWith('.')) flags |= FLAG.endsWithDot;
  return { alias: rule.text, flags, keys: tokens.map((t) => t.key), rq: phraseKeys(rule.requireNearby), fb: phraseKeys(rule.forbidNearby) };
}

/** Words by id: the first words of the paths first (so that they are the root's children in order), then the rest. */
function vocabulary(paths: readonly string[][]): string[] {
  const firstWords = new Set(paths.map((p) => p[0]!));
  return [...new Set([...firstWords, ...paths.flat()])];
}

interface BuildNode {
  id: number;
  children: Map<number, BuildNode>;
}

/**
 * Lay out the words and the trie as compiled.ts describes (breadth-first, siblings by word id,
 * each node's entries as a list), for entries with these folded words, in entry order.
 */
function layout(paths: readonly string[][]): { words: string[]; trie: MatcherTables['trie']; next: number[] } {
  const words = vocabulary(paths);
  const ids = new Map(words.map((w, id) => [w, id]));
  const root: BuildNode = { id: ROOT, children: new Map() };
  const ends = paths.map((path) => {
    let node = root;
    for (const key of path) {
      const w = ids.get(key)!;
      let child = node.children.get(w);
      if (!child) node.children.set(w, (child = { id: NONE, children: new Map() }));
      node = child;
    }
    return node;
  });
  const first: number[] = [];
  const word: number[] = [];
  const order = [root]; // breadth-first: the loop visits the children it appends
  for (const node of order) {
    first.push(order.length);
    for (const [w, child] of [...node.children].sort((a, b) => a[0] - b[0])) {
      child.id = order.length;
      order.push(child);
      word.push(w);
    }
  }
  first.push(order.length);
  const at: number[] = order.map(() => NONE);
  const next: number[] = ends.map(() => NONE);
  const last: number[] = order.map(() => NONE);
  ends.forEach(({ id }, e) => {
    if (last[id] === NONE) at[id] = e;
    else next[last[id]!] = e;
    last[id] = e;
  });
  return { words, trie: { first, word, at }, next };
}

/** An organisation's distinct entries, in priority order: an alias listed twice with the same rules (often the name repeated) is one entry. */
function orgEntries(org: OrgLike): NewEntry[] {
  const seen = new Set<string>();
  const out: NewEntry[] = [];
  for (const alias of [org.name, ...org.aliases]) {
    const entry = compileEntry(alias);
    if (!entry) continue;
    const dedupeKey = JSON.stringify([entry.alias, entry.flags, entry.rq, entry.fb]);
    if (seen.has(dedupeKey)) continue;
    seen.add(dedupeKey);
    out.push(entry);
  }
  return out;
}

/**
 * Add organisations to a loaded matcher in place (imported data packs on top of the bundled
 * matcher, which every page loads afresh, so mutating it is safe). Their entries, words and trie
 * nodes come after the bundled ones, so bundled indexes and priorities do not change, and the
 * cost is the packs' size, not the dataset's.
 */
export function extendMatcher(matcher: Matcher, organisations: readonly OrgLike[]): Matcher {
  for (const org of organisations) {
    const index = matcher.addOrg({ id: org.id, name: org.name, category: org.category });
    for (const e of orgEntries(org)) {
      const rules: EntryRules | undefined = e.rq || e.fb ? { ...(e.rq && { rq: e.rq }), ...(e.fb && { fb: e.fb }) } : undefined;
      matcher.addEntry(index, e.flags, e.alias, e.keys, rules);
    }
  }
  return matcher;
}

/** The matcher's tables, laid out (what compileMatcher writes as bytes; tests read them too). */
export function compileTables(organisations: readonly OrgLike[]): MatcherTables {
  const orgs: MatcherTables['orgs'] = { ids: [], names: [], cat: [], categories: [] };
  const entries = { o: [] as number[], f: [] as number[], a: [] as string[] };
  const rules: MatcherTables['rules'] = { entry: [], rq: [], fb: [] };
  const paths: string[][] = [];
  for (const org of organisations) {
    const orgIndex = orgs.ids.length;
    let category = orgs.categories.indexOf(org.category);
    if (category < 0) category = orgs.categories.push(org.category) - 1;
    orgs.ids.push(org.id);
    orgs.names.push(org.name);
    orgs.cat.push(category);
    for (const entry of orgEntries(org)) {
      const index = entries.a.length;
      if (entry.rq || entry.fb) {
        rules.entry.push(index);
        rules.rq.push(encodePhrases(entry.rq));
        rules.fb.push(encodePhrases(entry.fb));
      }
      entries.o.push(orgIndex);
      entries.f.push(entry.flags);
      entries.a.push(entry.alias);
      paths.push(entry.keys);
    }
  }
  const { words, trie, next } = layout(paths);
  return { orgs, words, trie, entries: { ...entries, next }, rules };
}

/** Write laid-out tables as the compiled buffer (binary.ts). */
export function encodeMatcher(t: MatcherTables): Uint8Array {
  if (t.orgs.categories.length > 255) throw new Error('compiled matcher: more than 255 categories');
  const utf8 = (name: string, list: readonly string[]) => {
    const { off, bytes } = encodeUtf8(list);
    return { [`${name}Off`]: off, [`${name}Bytes`]: bytes };
  };
  const orgCount = t.orgs.ids.length;
  // Entries are stored organisation by organisation, so each one's are a run.
  const orgFirst = new Uint32Array(orgCount + 1).fill(t.entries.o.length);
  for (let e = t.entries.o.length - 1; e >= 0; e--) orgFirst[t.entries.o[e]!] = e;
  for (let o = orgCount - 1; o >= 0; o--) orgFirst[o] = Math.min(orgFirst[o]!, orgFirst[o + 1]!);
  t.entries.o.forEach((o, e) => {
    if (e > 0 && o < t.entries.o[e - 1]!) throw new Error('compiled matcher: entries out of organisation order');
  });
  // A name is stored only where it is not the text of the organisation's first entry.
  const fixes = t.orgs.names.flatMap((name, o) => (orgFirst[o]! < orgFirst[o + 1]! && t.entries.a[orgFirst[o]!] === name ? [] : [o]));
  const { off: wordsOff, chars: wordsChars } = encodeStrings(t.words);
  const slots = Int32Array.from(wordSlots(t.words));
  const sections = {
    orgCat: Uint8Array.from(t.orgs.cat),
    orgFirst,
    ...utf8('orgIds', t.orgs.ids),
    nameFixOrg: Uint32Array.from(fixes),
    ...utf8('nameFix', fixes.map((o) => t.orgs.names[o]!)),
    ...utf8('categories', t.orgs.categories),
    wordsOff,
    wordsChars,
    slots,
    first: Uint32Array.from(t.trie.first),
    word: Uint32Array.from(t.trie.word),
    at: Int32Array.from(t.trie.at),
    entryFlags: Uint8Array.from(t.entries.f),
    entryNext: Int32Array.from(t.entries.next),
    ...utf8('aliases', t.entries.a),
    ruleEntry: Uint32Array.from(t.rules.entry),
    // An empty string stands for "no phrases": encodePhrases never writes one otherwise.
    ...utf8('ruleRq', t.rules.rq.map((x) => x ?? '')),
    ...utf8('ruleFb', t.rules.fb.map((x) => x ?? '')),
  } as Parameters<typeof writeSections>[1];
  return writeSections(
    {
      orgs: t.orgs.ids.length,
      categories: t.orgs.categories.length,
      words: t.words.length,
      rootWords: t.trie.first.length > 1 ? t.trie.first[1]! - 1 : 0,
      nodes: t.trie.at.length,
      entries: t.entries.a.length,
      rules: t.rules.entry.length,
      slots: slots.length,
      nameFixes: fixes.length,
    },
    sections,
  );
}

/** Build the matcher's bytes (what build.mjs ships). Deterministic: the same organisations give the same bytes. */
export function compileMatcher(organisations: readonly OrgLike[]): Uint8Array {
  return encodeMatcher(compileTables(organisations));
}
