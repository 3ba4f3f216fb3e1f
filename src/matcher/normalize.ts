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

/** Strip diacritics, keep letter case ("Médecins" → "Medecins"). ASCII words skip Unicode work. */
export function stripMarks(word: string): string {
  if (!NON_ASCII.test(word)) return word;
  // NFKC first maps compatibility forms (full-width letters, ligatures such as "ﬁ") onto plain
  // letters; NFD then splits "é" into "e" + a combining accent, which is dropped.
  return word.normalize('NFKC').normalize('NFD').replace(MARKS, '');
}

/** Lower-case and strip diacritics ("Médecins" → "medecins"). */
export function foldWord(word: string): string {
  return stripMarks(word).toLowerCase();
}

/** Lower-case but keep diacritics, for aliases that are diacritics-sensitive. */
export function foldCase(word: string): string {
  return word.normalize('NFC').toLowerCase();
}

/**
 * Character classes for the tokenizer, decided once per UTF-16 code unit and then looked up: a
 * regular expression per character made tokenizing cost several times a plain word loop, most of
 * all on non-Latin pages. 0: not yet known, 1: word character, 2: not, 3: ignorable inside a word.
 * Surrogates are decided per pair, outside the table.
 */
const WORD = 1;
const OTHER = 2;
const INSIDE = 3;
const CLASSES = new Uint8Array(0x10000);
for (let c = 0; c < 0x80; c++) {
  CLASSES[c] = (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ? WORD : OTHER;
}
for (const c of IGNORABLE) CLASSES[c] = INSIDE;

function classOf(code: number, text: string, i: number): number {
  if (code >= 0xd800 && code <= 0xdfff) {
    if (code <= 0xdbff) return WORD_CHAR.test(text.slice(i, i + 2)) ? WORD : OTHER;
    return OTHER;
  }
  let cls = CLASSES[code]!;
  if (cls === 0) CLASSES[code] = cls = WORD_CHAR.test(String.fromCharCode(code)) ? WORD : OTHER;
  return cls;
}

/** Folded forms of non-ASCII words seen lately (Unicode normalisation is the costly part). */
const folded = new Map<string, string>();

function foldNonAscii(word: string): string {
  let key = folded.get(word);
  if (key === undefined) {
    if (folded.size > 20_000) folded.clear(); // a bound, so a huge page cannot grow it for ever
    key = foldWord(word);
    folded.set(word, key);
  }
  return key;
}

/** Split text into word tokens with original offsets. Linear in the text's length. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    if ((code < 0x80 ? CLASSES[code] : classOf(code, text, i)) !== WORD) {
      i++;
      continue;
    }
    // A word: letters, marks and digits, with ignorable characters allowed inside it.
    const start = i;
    let end = i;
    let ascii = true;
    let ignorables = false;
    while (i < n) {
      const c = text.charCodeAt(i);
      const cls = c < 0x80 ? CLASSES[c] : classOf(c, text, i);
      if (cls === WORD) {
        if (c >= 0x80) ascii = false;
        // A surrogate pair is one letter in two code units.
        i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
        end = i;
      } else if (cls === INSIDE) {
        // Stays inside the current word, but is not part of its text; `end` stays at the last letter.
        ignorables = true;
        i++;
      } else break;
    }
    let raw = text.slice(start, end);
    if (ignorables) {
      raw = [...raw].filter((ch) => !IGNORABLE.has(ch.charCodeAt(0))).join('');
      ascii = !NON_ASCII.test(raw);
    }
    tokens.push({ start, end, raw, key: ascii ? raw.toLowerCase() : foldNonAscii(raw) });
  }
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

/** gapKind of text[start, end), without slicing for the usual gap: one plain space. */
export function gapKindIn(text: string, start: number, end: number): ReturnType<typeof gapKind> {
  if (end - start === 1 && text.charCodeAt(start) === 0x20) return 'space';
  return gapKind(text.slice(start, end));
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
