import { hashWord } from './word-table';

/**
 * The byte layout of the compiled organisation matcher (format 3): one buffer of typed-array
 * sections that the content script reads where it lies. Loading is a header read and a few
 * typed-array views: no parse, no object per word, node or alias, so load time and JS heap stay
 * flat however many aliases the dataset has (see ARCHITECTURE.md for the measurements).
 *
 * Layout: a header of 32-bit words (magic, version, counts, then one byte offset per section),
 * then the sections, each 4-byte aligned. Numbers are little-endian (every browser engine is;
 * the magic number read back checks it). The vocabulary is UTF-16 code units with an offsets
 * array, so a page word is compared in place with charCodeAt (every word of a page is looked up);
 * the other strings (ids, aliases, rules) are UTF-8, half the size for the Latin scripts most names
 * are written in, and decoded only when something needs one (a match, a name for the popup).
 */

export const MAGIC = 0x334d4353; // "SCM3" read as little-endian bytes
export const FORMAT_VERSION = 3;

/** Header fields, by index into the header's Uint32Array. */
export const H = {
  magic: 0,
  version: 1,
  orgs: 2,
  categories: 3,
  words: 4,
  /** Words that start an alias: words 0 .. rootWords - 1 are the root's children. */
  rootWords: 5,
  nodes: 6,
  entries: 7,
  rules: 8,
  slots: 9,
  /** Organisations whose name is not the text of their first entry (it is for nearly all). */
  nameFixes: 10,
  /** Byte offsets of the sections follow, in SECTIONS order. */
  sections: 11,
} as const;

/**
 * Every section, in file order. A string table is two sections, `<name>Off` (Uint32, one more than
 * strings) and `<name>Chars` (Uint16 code units) or `<name>Bytes` (UTF-8).
 */
export const SECTIONS = [
  'orgCat', // Uint8 per organisation: index into categories
  'orgFirst', // Uint32 per organisation + 1: its entries are orgFirst[o] .. orgFirst[o+1]-1
  'orgIdsOff',
  'orgIdsBytes',
  'nameFixOrg', // Uint32 ascending: organisations whose name is not their first entry's alias
  'nameFixOff',
  'nameFixBytes',
  'categoriesOff',
  'categoriesBytes',
  'wordsOff',
  'wordsChars',
  'slots', // Int32 word table (word-table.ts hash, linear probing), -1 empty
  'first', // Uint32 per node + 1: children of n are first[n] .. first[n+1]-1
  'word', // Uint32 per node but the root: word[n-1] leads to node n
  'at', // Int32 per node: first entry ending there, or -1
  'entryFlags', // Uint8 per entry
  'entryNext', // Int32 per entry: next entry at the same node, or -1
  'aliasesOff',
  'aliasesBytes',
  'ruleEntry', // Uint32 per rule, ascending
  'ruleRqOff',
  'ruleRqBytes',
  'ruleFbOff',
  'ruleFbBytes',
] as const;
export type SectionName = (typeof SECTIONS)[number];

export const HEADER_WORDS = H.sections + SECTIONS.length + 1; // + the end offset

/** A list of UTF-8 strings as one run of bytes and their boundaries. */
export interface Utf8Table {
  off: Uint32Array;
  bytes: Uint8Array;
}

const utf8 = new TextDecoder();

/** String i of a UTF-8 table. */
export function utf8At(table: Utf8Table, i: number): string {
  return utf8.decode(table.bytes.subarray(table.off[i]!, table.off[i + 1]!));
}

/** Build a UTF-8 string table (build time). */
export function encodeUtf8(strings: readonly string[]): { off: Uint32Array; bytes: Uint8Array } {
  const encoder = new TextEncoder();
  const parts = strings.map((s) => encoder.encode(s));
  const off = offsetsOf(parts.map((p) => p.length));
  const bytes = new Uint8Array(off[parts.length]!);
  parts.forEach((p, i) => bytes.set(p, off[i]!));
  return { off, bytes };
}

/** A table's offsets: where each of the items of these lengths starts, and the total at the end. */
export function offsetsOf(lengths: readonly number[]): Uint32Array {
  const off = new Uint32Array(lengths.length + 1);
  lengths.forEach((n, i) => (off[i + 1] = off[i]! + n));
  return off;
}

/** A list of strings as one run of UTF-16 code units and their boundaries. */
export interface StringTable {
  off: Uint32Array;
  chars: Uint16Array;
}

/** String i of a table. */
export function stringAt(table: StringTable, i: number): string {
  const from = table.off[i]!;
  const to = table.off[i + 1]!;
  // One call for the whole run; strings here are names and phrases, far below argument limits.
  return String.fromCharCode.apply(null, table.chars.subarray(from, to) as unknown as number[]);
}

/** Does string i of a table equal `s`? Compares in place, allocating nothing. */
export function stringEquals(table: StringTable, i: number, s: string): boolean {
  const from = table.off[i]!;
  const n = table.off[i + 1]! - from;
  if (n !== s.length) return false;
  const chars = table.chars;
  for (let k = 0; k < n; k++) if (chars[from + k] !== s.charCodeAt(k)) return false;
  return true;
}

/** Build a UTF-16 string table (build time). */
export function encodeStrings(strings: readonly string[]): { off: Uint32Array; chars: Uint16Array } {
  const off = offsetsOf(strings.map((s) => s.length));
  const chars = new Uint16Array(off[strings.length]!);
  strings.forEach((s, i) => {
    for (let k = 0; k < s.length; k++) chars[off[i]! + k] = s.charCodeAt(k);
  });
  return { off, chars };
}

type Section = Uint8Array | Uint16Array | Uint32Array | Int32Array;

/** Lay sections out after the header, 4-byte aligned (build time). */
export function writeSections(counts: Record<Exclude<keyof typeof H, 'magic' | 'version' | 'sections'>, number>, sections: Record<SectionName, Section>): Uint8Array {
  let offset = HEADER_WORDS * 4;
  const offsets: number[] = [];
  for (const name of SECTIONS) {
    offsets.push(offset);
    offset += (sections[name].byteLength + 3) & ~3;
  }
  offsets.push(offset);
  const bytes = new Uint8Array(offset);
  const header = new Uint32Array(bytes.buffer, 0, HEADER_WORDS);
  header[H.magic] = MAGIC;
  header[H.version] = FORMAT_VERSION;
  header[H.orgs] = counts.orgs;
  header[H.categories] = counts.categories;
  header[H.words] = counts.words;
  header[H.rootWords] = counts.rootWords;
  header[H.nodes] = counts.nodes;
  header[H.entries] = counts.entries;
  header[H.rules] = counts.rules;
  header[H.slots] = counts.slots;
  header[H.nameFixes] = counts.nameFixes;
  offsets.forEach((o, i) => (header[H.sections + i] = o));
  SECTIONS.forEach((name, i) => {
    const s = sections[name];
    bytes.set(new Uint8Array(s.buffer, s.byteOffset, s.byteLength), offsets[i]!);
  });
  return bytes;
}

/** Typed-array views of every section of a compiled matcher; throws on a buffer of another format. */
export function readSections(buffer: ArrayBuffer, byteOffset = 0, byteLength = buffer.byteLength - byteOffset) {
  if (byteLength < HEADER_WORDS * 4 || byteOffset % 4 !== 0) throw new Error('compiled matcher: too short or misaligned');
  const header = new Uint32Array(buffer, byteOffset, HEADER_WORDS);
  if (header[H.magic] !== MAGIC) throw new Error('compiled matcher: not a Source Context matcher (bad magic number)');
  if (header[H.version] !== FORMAT_VERSION) throw new Error(`compiled matcher format ${header[H.version]}: rebuild with this version`);
  const end = header[H.sections + SECTIONS.length]!;
  if (end !== byteLength) throw new Error(`compiled matcher: ${byteLength} bytes, header says ${end}`);
  const start = (name: SectionName) => byteOffset + header[H.sections + SECTIONS.indexOf(name)]!;
  const u8 = (name: SectionName, n: number) => new Uint8Array(buffer, start(name), n);
  const u16 = (name: SectionName, n: number) => new Uint16Array(buffer, start(name), n);
  const u32 = (name: SectionName, n: number) => new Uint32Array(buffer, start(name), n);
  const i32 = (name: SectionName, n: number) => new Int32Array(buffer, start(name), n);
  const off = (name: string, n: number) => u32(`${name}Off` as SectionName, n + 1);
  const utf16 = (name: 'words', n: number): StringTable => {
    const o = off(name, n);
    return { off: o, chars: u16(`${name}Chars`, o[n]!) };
  };
  const utf8Table = (name: 'orgIds' | 'nameFix' | 'categories' | 'aliases' | 'ruleRq' | 'ruleFb', n: number): Utf8Table => {
    const o = off(name, n);
    return { off: o, bytes: u8(`${name}Bytes`, o[n]!) };
  };
  const orgs = header[H.orgs]!;
  const nodes = header[H.nodes]!;
  const entries = header[H.entries]!;
  const rules = header[H.rules]!;
  const nameFixes = header[H.nameFixes]!;
  return {
    orgs,
    words: header[H.words]!,
    rootWords: header[H.rootWords]!,
    nodes,
    entries,
    orgCat: u8('orgCat', orgs),
    orgFirst: u32('orgFirst', orgs + 1),
    orgIds: utf8Table('orgIds', orgs),
    nameFixOrg: u32('nameFixOrg', nameFixes),
    nameFix: utf8Table('nameFix', nameFixes),
    categories: utf8Table('categories', header[H.categories]!),
    wordStrings: utf16('words', header[H.words]!),
    slots: i32('slots', header[H.slots]!),
    first: u32('first', nodes + 1),
    word: u32('word', Math.max(0, nodes - 1)),
    at: i32('at', nodes),
    entryFlags: u8('entryFlags', entries),
    entryNext: i32('entryNext', entries),
    aliases: utf8Table('aliases', entries),
    ruleEntry: u32('ruleEntry', rules),
    ruleRq: utf8Table('ruleRq', rules),
    ruleFb: utf8Table('ruleFb', rules),
  };
}
export type MatcherSections = ReturnType<typeof readSections>;

/** Index of `key` in a word table laid out by word-table.ts (slots over a UTF-16 string table), or -1. */
export function lookupWord(slots: Int32Array, table: StringTable, key: string): number {
  const mask = slots.length - 1;
  for (let slot = hashWord(key) & mask; ; slot = (slot + 1) & mask) {
    const id = slots[slot]!;
    if (id < 0 || stringEquals(table, id, key)) return id;
  }
}

type AnySection = Uint8Array | Uint16Array | Uint32Array | Int32Array | Float64Array;

/**
 * A generic container of typed-array sections (the claims index uses it): a Uint32 header
 * (magic, version, then the caller's numbers), the section count and byte offsets, then each
 * section 8-byte aligned (Float64Array views need it).
 */
export function packSections(header: readonly number[], sections: readonly AnySection[]): Uint8Array {
  const fixed = 4 * (2 + header.length + sections.length + 1);
  let offset = (fixed + 7) & ~7;
  const offsets: number[] = [];
  for (const s of sections) {
    offsets.push(offset);
    offset += (s.byteLength + 7) & ~7;
  }
  offsets.push(offset);
  const bytes = new Uint8Array(offset);
  const words = new Uint32Array(bytes.buffer, 0, fixed / 4);
  words[0] = header.length;
  words.set(header, 1);
  words[1 + header.length] = sections.length;
  words.set(offsets, 2 + header.length);
  sections.forEach((s, i) => bytes.set(new Uint8Array(s.buffer, s.byteOffset, s.byteLength), offsets[i]!));
  return bytes;
}

/** Read a packSections container: its header and each section's byte offset in the underlying buffer. Throws on another kind or version. */
export function unpackSections(bytes: Uint8Array, magic: number, version: number, what: string): { header: Uint32Array; section: (i: number) => number } {
  if (bytes.byteOffset % 8 !== 0 || bytes.byteLength < 12) throw new Error(`${what}: too short or misaligned`);
  const count = new Uint32Array(bytes.buffer, bytes.byteOffset, 1)[0]!;
  if (4 * (count + 2) > bytes.byteLength) throw new Error(`${what}: bad header`);
  const header = new Uint32Array(bytes.buffer, bytes.byteOffset + 4, count);
  if (header[0] !== magic) throw new Error(`${what}: bad magic number`);
  if (header[1] !== version) throw new Error(`${what} format ${header[1]}: rebuild with this version`);
  const sections = new Uint32Array(bytes.buffer, bytes.byteOffset + 4 * (1 + count), 1)[0]!;
  const offsets = new Uint32Array(bytes.buffer, bytes.byteOffset + 4 * (2 + count), sections + 1);
  if (offsets[sections] !== bytes.byteLength) throw new Error(`${what}: ${bytes.byteLength} bytes, header says ${offsets[sections]}`);
  return { header, section: (i: number) => bytes.byteOffset + offsets[i]! };
}
