/**
 * Compile organisations' names and aliases into the compact matcher data (see compiled.ts: flat
 * arrays, because every page parses it afresh and nested objects made that slow and heavy).
 * Runs at build time over the whole dataset, and in the content script for imported data packs,
 * which it appends to the bundled matcher.
 *
 * Compiling keeps only what the runtime cannot cheaply derive from an alias's text: its trie path,
 * its flags and its folded nearby phrases (raw words and gaps are derived when first needed). It
 * also does the layout work, numbering words and trie nodes and placing words in the word table, so
 * that the content script has nothing to build at load; imported packs, small, are appended at
 * run time instead.
 */
import type { Alias, Organisation } from '../dataset/schema';
import { FLAG, NONE, ROOT, encodePhrases, type CompiledMatcher, type Matcher } from './compiled';
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
function layout(paths: readonly string[][]): { words: string[]; trie: CompiledMatcher['trie']; next: number[] } {
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

/**
 * Append one organisation and its entries' fields to `data`; `place` then puts each entry (by
 * index) in the trie along its folded words.
 */
function appendOrg(data: CompiledMatcher, org: OrgLike, place: (entry: number, keys: string[]) => void): void {
  const { orgs, entries, rules } = data;
  const orgIndex = orgs.ids.length;
  let category = orgs.categories.indexOf(org.category);
  if (category < 0) category = orgs.categories.push(org.category) - 1;
  orgs.ids.push(org.id);
  orgs.names.push(org.name);
  orgs.cat.push(category);
  // An alias listed twice with the same rules (often the name repeated) is one entry.
  const seen = new Set<string>();
  for (const alias of [org.name, ...org.aliases]) {
    const entry = compileEntry(alias);
    if (!entry) continue;
    const dedupeKey = JSON.stringify([entry.alias, entry.flags, entry.rq, entry.fb]);
    if (seen.has(dedupeKey)) continue;
    seen.add(dedupeKey);
    const index = entries.a.length;
    if (entry.rq || entry.fb) {
      rules.entry.push(index);
      rules.rq.push(encodePhrases(entry.rq));
      rules.fb.push(encodePhrases(entry.fb));
    }
    entries.o.push(orgIndex);
    entries.f.push(entry.flags);
    entries.a.push(entry.alias);
    place(index, entry.keys);
  }
}

/**
 * Add organisations to a loaded matcher in place (imported data packs on top of the bundled
 * matcher, which every page parses afresh, so mutating it is safe). Their entries, words and trie
 * nodes come after the bundled ones, so bundled indexes and priorities do not change, and the
 * cost is the packs' size, not the dataset's.
 */
export function extendMatcher(matcher: Matcher, organisations: readonly OrgLike[]): Matcher {
  for (const org of organisations) appendOrg(matcher.data, org, (entry, keys) => matcher.addPath(entry, keys));
  return matcher;
}

/** Build the matcher's data (what build.mjs embeds). Deterministic: the same organisations give the same JSON. */
export function compileMatcher(organisations: readonly OrgLike[]): CompiledMatcher {
  const data: CompiledMatcher = {
    v: 2,
    orgs: { ids: [], names: [], cat: [], categories: [] },
    words: [],
    trie: { first: [], word: [], at: [] },
    entries: { o: [], f: [], a: [], next: [] },
    rules: { entry: [], rq: [], fb: [] },
  };
  const paths: string[][] = [];
  for (const org of organisations) appendOrg(data, org, (_, keys) => paths.push(keys));
  const { words, trie, next } = layout(paths);
  return { ...data, words, wordSlots: wordSlots(words), trie, entries: { ...data.entries, next } };
}
