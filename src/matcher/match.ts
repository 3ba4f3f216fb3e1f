/**
 * Find organisations in one block of text: leftmost-longest, non-overlapping, on word boundaries.
 *
 * From each word, walk the trie as far as the following words allow (at most the longest alias,
 * so the scan is linear in the text), then keep the longest alias whose rules pass: case,
 * diacritics, punctuation between its words, all-capitals context, and nearby words.
 */
import { FLAG, NEARBY_WINDOW, NONE, ROOT, type Matcher } from './compiled';
import { foldCase, gapKindIn, isAllCaps, stripMarks, tokenize, type Token } from './normalize';

export interface OrgMatch {
  /** Offsets in the block's text. */
  start: number;
  end: number;
  /** Index of the organisation (matcher.org(index)). */
  org: number;
  /** Index of the entry: which alias (and so which rules) matched. */
  entry: number;
}

/** The trie matched folded words; check letter case and diacritics where the alias asks. */
function wordsMatch(m: Matcher, entry: number, words: readonly string[], tokens: readonly Token[], from: number): boolean {
  const cs = m.has(entry, FLAG.caseSensitive);
  const ds = m.has(entry, FLAG.diacriticsSensitive);
  if (!cs && !ds) return true;
  for (let k = 0; k < words.length; k++) {
    const raw = tokens[from + k]!.raw;
    const want = words[k]!;
    const same = cs
      ? ds
        ? raw.normalize('NFC') === want.normalize('NFC')
        : stripMarks(raw) === stripMarks(want)
      : foldCase(raw) === foldCase(want);
    if (!same) return false;
  }
  return true;
}

function gapsMatch(gaps: string, text: string, tokens: readonly Token[], from: number): boolean {
  for (let k = 0; k < gaps.length; k++) {
    const kind = gapKindIn(text, tokens[from + k]!.end, tokens[from + k + 1]!.start);
    if (kind === 'break' || (kind === 'dot' && gaps[k] !== '.')) return false;
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

/** Does entry `entry`, found at tokens[from .. from + its length), pass every rule? */
export function entryAccepts(m: Matcher, entry: number, text: string, tokens: readonly Token[], from: number): boolean {
  const { words, gaps } = m.shape(entry);
  const to = from + words.length;
  if (!wordsMatch(m, entry, words, tokens, from)) return false;
  if (!gapsMatch(gaps, text, tokens, from)) return false;
  if (m.has(entry, FLAG.acronym) && isShouting(tokens, from, to)) return false;
  const rules = m.rules(entry);
  if (rules?.rq && !hasPhraseNearby(rules.rq, tokens, from, to)) return false;
  if (rules?.fb && hasPhraseNearby(rules.fb, tokens, from, to, true)) return false;
  return true;
}

/** The first entry ending at `node` whose rules pass (entries of one node share their length), or NONE. */
function firstAccepted(m: Matcher, node: number, text: string, tokens: readonly Token[], from: number): number {
  for (let e = m.firstEntry(node); e !== NONE; e = m.nextEntry(e)) if (entryAccepts(m, e, text, tokens, from)) return e;
  return NONE;
}

/** The longest accepted alias starting at token i: walk the trie while the following words allow. */
function longestAt(m: Matcher, text: string, tokens: readonly Token[], ids: readonly number[], i: number): OrgMatch | null {
  let best: OrgMatch | null = null;
  let node = m.child(ROOT, ids[i]!);
  let j = i;
  while (node !== NONE) {
    const entry = firstAccepted(m, node, text, tokens, i);
    if (entry !== NONE) {
      // "U.N." ends with its full stop; the word tokens alone would stop at "U.N".
      const dot = m.has(entry, FLAG.endsWithDot) && text[tokens[j]!.end] === '.' ? 1 : 0;
      best = { start: tokens[i]!.start, end: tokens[j]!.end + dot, org: m.entryOrg(entry), entry };
    }
    j++;
    if (j >= tokens.length || gapKindIn(text, tokens[j - 1]!.end, tokens[j]!.start) === 'break') break;
    node = m.child(node, ids[j]!);
  }
  return best;
}

/** Match pre-tokenised text (lets callers reuse tokens for claims). */
export function matchTokens(m: Matcher, text: string, tokens: readonly Token[]): OrgMatch[] {
  // One word lookup per token; the trie walk then compares numbers only.
  const ids = tokens.map((t) => m.wordId(t.key));
  const out: OrgMatch[] = [];
  let i = 0;
  while (i < tokens.length) {
    const best = longestAt(m, text, tokens, ids, i);
    if (best) {
      out.push(best);
      // Skip past the match: non-overlapping.
      while (i < tokens.length && tokens[i]!.start < best.end) i++;
    } else i++;
  }
  return out;
}

/** Find every organisation mention in one block of text. */
export function matchText(m: Matcher, text: string): OrgMatch[] {
  return matchTokens(m, text, tokenize(text));
}
