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

// Characters that may sit inside a word without splitting it: soft hyphen, zero-width space,
// zero-width (non-)joiner, word joiner, BOM. Pages insert them for hyphenation and line breaking.
const IGNORABLE = new Set([0x00ad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]);
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
const MARKS = /\p{M}/gu;
// eslint-disable-next-line no-control-regex -- the ASCII range starts at NUL by definition
const NON_ASCII = /[^\x00-\x7f]/;

/** Lower-case and strip diacritics ("Médecins" → "medecins"). ASCII words skip Unicode work. */
export function foldWord(word: string): string {
  if (!NON_ASCII.test(word)) return word.toLowerCase();
  // NFKC first maps compatibility forms (full-width letters, ligatures such as "ﬁ") onto plain
  // letters; NFD then splits "é" into "e" + a combining accent, which is dropped.
  return word.normalize('NFKC').normalize('NFD').replace(MARKS, '').toLowerCase();
}

/** Lower-case but keep diacritics, for aliases that are diacritics-sensitive. */
export function foldCase(word: string): string {
  return word.normalize('NFC').toLowerCase();
}

/** Letters, marks and digits of any script; ASCII is decided without a regular expression. */
function isWordCode(code: number, text: string, i: number): boolean {
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  if (code >= 0xd800 && code <= 0xdbff) return WORD_CHAR.test(text.slice(i, i + 2));
  if (code >= 0xdc00 && code <= 0xdfff) return false;
  return WORD_CHAR.test(text[i]!);
}

/** Split text into word tokens with original offsets. Linear in the text's length. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let start = -1;
  let end = -1;
  let ignorables = false;
  const push = () => {
    let raw = text.slice(start, end);
    if (ignorables) raw = [...raw].filter((ch) => !IGNORABLE.has(ch.charCodeAt(0))).join('');
    tokens.push({ start, end, raw, key: foldWord(raw) });
    start = -1;
    ignorables = false;
  };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isWordCode(code, text, i)) {
      if (start < 0) start = i;
      // A surrogate pair is one letter in two code units.
      if (code >= 0xd800 && code <= 0xdbff) i++;
      end = i + 1;
    } else if (start >= 0 && IGNORABLE.has(code)) {
      // Stays inside the current word, but is not part of its text; `end` stays at the last letter.
      ignorables = true;
    } else if (start >= 0) push();
  }
  if (start >= 0) push();
  return tokens;
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
