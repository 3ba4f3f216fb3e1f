/**
 * Text normalisation and tokenisation shared by the build (aliases) and the page scan (text).
 *
 * Words are runs of letters, marks and digits of any script. Soft hyphens and zero-width
 * characters inside a word are dropped, so "Hez\u00ADbollah" is one word; every token keeps the
 * offsets of its first and last character in the original string, so matches map back to the page.
 */

/** One word of the original text, with its folded forms and where it stands. */
export interface Token {
  /** Offset of the first character in the original string. */
  start: number;
  /** Offset just past the last character. */
  end: number;
  /** The word as written, minus ignorable characters. */
  raw: string;
  /** Lower-cased, diacritics removed: the key the matcher looks up. */
  key: string;
}

// Characters that may sit inside a word without splitting it. Soft hyphen, zero-width space,
// zero-width (non-)joiner, word joiner, BOM. Pages insert them for hyphenation and line breaking.
const IGNORABLE = /[\u00AD\u200B\u200C\u200D\u2060\uFEFF]/;
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const MARKS = /\p{M}/gu;

/** Lower-case and strip diacritics ("Médecins" → "medecins", "İ" → "i"). */
export function foldWord(word: string): string {
  // NFD splits "é" into "e" + combining accent; the accent is then dropped. NFKC first maps
  // compatibility forms (full-width letters, ligatures such as "ﬁ") onto plain letters.
  return word.normalize('NFKC').normalize('NFD').replace(MARKS, '').toLowerCase();
}

/** Lower-case but keep diacritics, for aliases that are diacritics-sensitive. */
export function foldCase(word: string): string {
  return word.normalize('NFC').toLowerCase();
}

/** Split text into word tokens with original offsets. Linear in the text's length. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let start = -1;
  let raw = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Surrogate pairs: letters outside the BMP (e.g. some CJK) are one code point, two units.
    const isPair = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length;
    const ch = isPair ? text.slice(i, i + 2) : text[i]!;
    if (WORD_CHAR.test(ch)) {
      if (start < 0) start = i;
      raw += ch;
    } else if (start >= 0 && IGNORABLE.test(ch)) {
      // Stays inside the current word; not part of its text.
    } else if (start >= 0) {
      tokens.push(makeToken(start, lastEnd(text, i), raw));
      start = -1;
      raw = '';
    }
    if (isPair) i++;
  }
  if (start >= 0) tokens.push(makeToken(start, lastEnd(text, text.length), raw));
  return tokens;
}

/** The end of a word: back over trailing ignorable characters so they are not highlighted. */
function lastEnd(text: string, end: number): number {
  let e = end;
  while (e > 0 && IGNORABLE.test(text[e - 1]!)) e--;
  return e;
}

function makeToken(start: number, end: number, raw: string): Token {
  return { start, end, raw, key: foldWord(raw) };
}

/**
 * What may stand between two words of one name. Whitespace (including no-break spaces), or one
 * hyphen, dash, apostrophe, slash or ampersand ("al-Nusra", "AT&T"); a full stop only when the
 * alias itself has one there ("U.S. Army"), so "Syria. Observatory" never joins two sentences.
 */
export function gapKind(gap: string): 'space' | 'joiner' | 'dot' | 'none' | 'break' {
  const trimmed = gap.replace(/[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]+/g, '');
  if (trimmed.length === 0) return gap.length === 0 ? 'none' : 'space';
  if (trimmed.length > 1) return 'break';
  if ('-\u2010\u2011\u2012\u2013\u2014\'\u2019/&+'.includes(trimmed)) return 'joiner';
  if (trimmed === '.') return 'dot';
  return 'break';
}

/** True when every letter in the word is upper-case and there are at least two letters. */
export function isAllCaps(word: string): boolean {
  let letters = 0;
  for (const ch of word) {
    if (ch.toLowerCase() !== ch.toUpperCase()) {
      if (ch !== ch.toUpperCase()) return false;
      letters++;
    }
  }
  return letters >= 2;
}
