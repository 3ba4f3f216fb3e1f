/**
 * Find organisations in one block of text: leftmost-longest, non-overlapping, on word boundaries.
 *
 * From each word, walk the trie as far as the following words allow (at most the longest alias,
 * so the scan is linear in the text), then keep the longest alias whose rules pass: case,
 * diacritics, punctuation between its words, all-capitals context, and nearby words.
 */
import { NEARBY_WINDOW, type CompiledEntry, type CompiledMatcher, type TrieNode } from './compiled';
import { foldCase, gapKind, isAllCaps, tokenize, type Token } from './normalize';

export interface OrgMatch {
  /** Offsets in the block's text. */
  start: number;
  end: number;
  /** Index into matcher.orgs. */
  org: number;
  /** Index into matcher.entries: which alias (and so which rules) matched. */
  entry: number;
}

function childOf(node: TrieNode, key: string): TrieNode | undefined {
  // Object.hasOwn: page words such as "constructor" must not reach Object.prototype.
  return node.c && Object.hasOwn(node.c, key) ? node.c[key] : undefined;
}

const stripMarks = (s: string) => s.normalize('NFKC').normalize('NFD').replace(/\p{M}/gu, '');

/** The trie matched folded words; check letter case and diacritics where the alias asks. */
function wordsMatch(entry: CompiledEntry, tokens: readonly Token[], from: number): boolean {
  if (!entry.cs && !entry.ds) return true;
  for (let k = 0; k < entry.w.length; k++) {
    const raw = tokens[from + k]!.raw;
    const want = entry.w[k]!;
    const same = entry.cs
      ? entry.ds
        ? raw.normalize('NFC') === want.normalize('NFC')
        : stripMarks(raw) === stripMarks(want)
      : foldCase(raw) === foldCase(want);
    if (!same) return false;
  }
  return true;
}

function gapsMatch(entry: CompiledEntry, text: string, tokens: readonly Token[], from: number): boolean {
  for (let k = 0; k < entry.g.length; k++) {
    const kind = gapKind(text.slice(tokens[from + k]!.end, tokens[from + k + 1]!.start));
    if (kind === 'break' || (kind === 'dot' && entry.g[k] !== '.')) return false;
  }
  return true;
}

/** An acronym inside shouting: most neighbouring words are all capitals too. */
function isShouting(tokens: readonly Token[], from: number, to: number): boolean {
  let caps = 0;
  let words = 0;
  for (let k = Math.max(0, from - 4); k < Math.min(tokens.length, to + 4); k++) {
    if (k >= from && k < to) continue;
    const raw = tokens[k]!.raw;
    if (!/\p{L}.*\p{L}/u.test(raw)) continue;
    words++;
    if (isAllCaps(raw)) caps++;
  }
  return words >= 2 && caps * 2 > words;
}

/**
 * Is one of `phrases` within NEARBY_WINDOW words of tokens[from, to)? A required phrase must lie
 * outside the match (the match is not its own context); a forbidden phrase may overlap it, so that
 * "State Department of Health" can rule out "State Department" inside it.
 */
function hasPhraseNearby(phrases: readonly string[][], tokens: readonly Token[], from: number, to: number, overlapCounts = false): boolean {
  const lo = Math.max(0, from - NEARBY_WINDOW);
  const hi = Math.min(tokens.length, to + NEARBY_WINDOW);
  for (const phrase of phrases) {
    for (let k = lo; k + phrase.length <= hi; k++) {
      const overlaps = k + phrase.length > from && k < to;
      const inside = k >= from && k + phrase.length <= to;
      if (overlapCounts ? inside : overlaps) continue;
      let ok = true;
      for (let p = 0; p < phrase.length && ok; p++) ok = tokens[k + p]!.key === phrase[p];
      if (ok) return true;
    }
  }
  return false;
}

/** Does this alias, found at tokens[from .. from + its length), pass every rule? */
export function entryAccepts(entry: CompiledEntry, text: string, tokens: readonly Token[], from: number): boolean {
  const to = from + entry.w.length;
  if (!wordsMatch(entry, tokens, from)) return false;
  if (!gapsMatch(entry, text, tokens, from)) return false;
  if (entry.ac && isShouting(tokens, from, to)) return false;
  if (entry.rq && !hasPhraseNearby(entry.rq, tokens, from, to)) return false;
  if (entry.fb && hasPhraseNearby(entry.fb, tokens, from, to, true)) return false;
  return true;
}

/** Match pre-tokenised text (lets callers reuse tokens for claims). */
export function matchTokens(matcher: CompiledMatcher, text: string, tokens: readonly Token[]): OrgMatch[] {
  const out: OrgMatch[] = [];
  const root = matcher.trie;
  let i = 0;
  while (i < tokens.length) {
    let node = childOf(root, tokens[i]!.key);
    let best: OrgMatch | null = null;
    let j = i;
    while (node) {
      if (node.e) {
        // Entries of one node share their length; the first that passes wins.
        for (const index of node.e) {
          const entry = matcher.entries[index]!;
          if (entryAccepts(entry, text, tokens, i)) {
            // "U.N." ends with its full stop; the word tokens alone would stop at "U.N".
            const end = tokens[j]!.end + (entry.a.endsWith('.') && text[tokens[j]!.end] === '.' ? 1 : 0);
            best = { start: tokens[i]!.start, end, org: entry.o, entry: index };
            break;
          }
        }
      }
      j++;
      if (j >= tokens.length || gapKind(text.slice(tokens[j - 1]!.end, tokens[j]!.start)) === 'break') break;
      node = childOf(node, tokens[j]!.key);
    }
    if (best) {
      out.push(best);
      // Skip past the match: non-overlapping.
      while (i < tokens.length && tokens[i]!.start < best.end) i++;
    } else i++;
  }
  return out;
}

/** Find every organisation mention in one block of text. */
export function matchText(matcher: CompiledMatcher, text: string): OrgMatch[] {
  return matchTokens(matcher, text, tokenize(text));
}

/** A one-line, human explanation of why a match was made, for the popover. */
export function explainEntry(entry: CompiledEntry): string {
  const rules: string[] = [];
  rules.push(entry.cs ? 'exact letter case' : 'any letter case');
  if (entry.ac) rules.push('not in all-capitals text');
  if (entry.rq) rules.push(`needs a nearby word such as “${entry.rq.slice(0, 3).map((p) => p.join(' ')).join('”, “')}”`);
  if (entry.fb) rules.push(`refused near “${entry.fb.slice(0, 3).map((p) => p.join(' ')).join('”, “')}”`);
  return `Matched the name “${entry.a}” (${rules.join('; ')}).`;
}
