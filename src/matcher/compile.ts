/**
 * Compile organisations' names and aliases into a word trie (see compiled.ts).
 * Runs at build time over the whole dataset, and in the options page for imported data packs.
 */
import type { Alias, Organisation } from '../dataset/schema';
import type { CompiledEntry, CompiledMatcher } from './compiled';
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

function compileEntry(orgIndex: number, alias: Alias): CompiledEntry | null {
  const rule = typeof alias === 'string' ? { text: alias } : alias;
  const tokens = tokenize(rule.text);
  if (tokens.length === 0) return null;
  let gaps = '';
  for (let i = 1; i < tokens.length; i++) {
    gaps += rule.text.slice(tokens[i - 1]!.end, tokens[i]!.start).includes('.') ? '.' : ' ';
  }
  const entry: CompiledEntry = { o: orgIndex, a: rule.text, w: tokens.map((t) => t.raw), g: gaps };
  if (rule.caseSensitive ?? defaultCaseSensitive(rule.text)) entry.cs = 1;
  if (rule.diacriticsSensitive) entry.ds = 1;
  if (tokens.every((t) => isAllCaps(t.raw))) entry.ac = 1;
  const rq = phraseKeys(rule.requireNearby);
  const fb = phraseKeys(rule.forbidNearby);
  if (rq) entry.rq = rq;
  if (fb) entry.fb = fb;
  return entry;
}

/**
 * Add organisations to a matcher in place (used for imported data packs on top of the bundled
 * matcher, which every page parses afresh, so mutating it is safe).
 */
export function extendMatcher(matcher: CompiledMatcher, organisations: readonly OrgLike[]): CompiledMatcher {
  const { orgs, entries, trie } = matcher;
  for (const org of organisations) {
    const orgIndex = orgs.length;
    orgs.push({ id: org.id, name: org.name, category: org.category });
    const seen = new Set<string>();
    for (const alias of [org.name, ...org.aliases]) {
      const entry = compileEntry(orgIndex, alias);
      if (!entry) continue;
      const dedupeKey = JSON.stringify(entry);
      if (seen.has(dedupeKey)) continue;
      seen.add(dedupeKey);
      let node = trie;
      for (const token of tokenize(entry.a)) {
        node.c ??= {};
        if (!Object.hasOwn(node.c, token.key)) node.c[token.key] = {};
        node = node.c[token.key]!;
      }
      (node.e ??= []).push(entries.length);
      entries.push(entry);
    }
  }
  return matcher;
}

/** Build the matcher. Deterministic: the same organisations give the same JSON. */
export function compileMatcher(organisations: readonly OrgLike[]): CompiledMatcher {
  return extendMatcher({ v: 1, orgs: [], entries: [], trie: {} }, organisations);
}
