/**
 * The compiled format and its runtime: the layout the runtime relies on, the bytes it is written
 * as (read back in place, from any offset of any buffer), appending imported organisations,
 * lazily derived alias shapes and rules, and the explanations.
 */
import { describe, expect, it } from 'vitest';
import type { Organisation } from '../dataset/schema';
import { H } from './binary';
import { compileMatcher, compileTables, extendMatcher } from './compile';
import { NONE, ROOT, loadMatcher, type Matcher } from './compiled';
import { matchText } from './match';
import { tokenize } from './normalize';

type Org = Pick<Organisation, 'id' | 'name' | 'category' | 'aliases'>;
const bundled: Org[] = [
  { id: 'sohr', name: 'Syrian Observatory for Human Rights', category: 'ngo-monitor', aliases: ['SOHR', 'Syrian Observatory for Human Rights'] },
  { id: 'syria', name: 'Syrian Government', category: 'government-military', aliases: ['Syrian'] },
  { id: 'is', name: 'Islamic State', category: 'armed-group', aliases: [{ text: 'IS', requireNearby: ['forces', 'Raqqa fighters'] }] },
  { id: 'un', name: 'United Nations', category: 'intergovernmental', aliases: ['UN', 'U.N.'] },
  { id: 'apple', name: 'Apple Inc.', category: 'company-lobby', aliases: [{ text: 'Apple', forbidNearby: ['pie', 'juice', 'orchard', 'tree'] }] },
];
const imported: Org[] = [
  { id: 'usarmy', name: 'U.S. Army', category: 'government-military', aliases: ['US Army', 'U.S. Army'] },
  { id: 'syria-army', name: 'Syrian Arab Army', category: 'government-military', aliases: ['Syrian'] },
  { id: 'hts', name: 'Hayat Tahrir al-Sham', category: 'armed-group', aliases: ['HTS', { text: 'HTS', caseSensitive: false }] },
];

/** The bytes copied into a larger buffer at an offset, as a fetched or embedded buffer may come. */
const roundTrip = (bytes: Uint8Array): Matcher => {
  const host = new Uint8Array(bytes.length + 64);
  host.set(bytes, 16);
  return loadMatcher(host.subarray(16, 16 + bytes.length));
};
const found = (m: Matcher, text: string) => matchText(m, text).map((x) => `${m.org(x.org).id}:${text.slice(x.start, x.end)}`);

describe('compiled matcher format', () => {
  it('lays the trie out breadth-first with sorted siblings, first words first, every entry on its own path', () => {
    const data = compileTables([...bundled, ...imported]);
    const { first, word, at } = data.trie;
    const nodes = word.length + 1;
    expect(first).toHaveLength(nodes + 1);
    expect(at).toHaveLength(nodes);
    const parent: number[] = [];
    for (let n = 0; n < nodes; n++) {
      expect(first[n + 1]).toBeGreaterThanOrEqual(first[n]!);
      for (let c = first[n]!; c < first[n + 1]!; c++) {
        parent[c] = n;
        if (c > first[n]!) expect(word[c - 1]).toBeGreaterThan(word[c - 2]!);
      }
    }
    // The root's children are words 0, 1, 2…
    for (let c = first[0]!; c < first[1]!; c++) expect(word[c - 1]).toBe(c - 1);
    const seen: number[] = [];
    at.forEach((start, node) => {
      for (let e = start, prev = NONE; e !== NONE; prev = e, e = data.entries.next[e]!) {
        expect(e).toBeGreaterThan(prev);
        seen.push(e);
        const path: string[] = [];
        for (let n = node; n !== ROOT; n = parent[n]!) path.unshift(data.words[word[n - 1]!]!);
        expect(path).toEqual(tokenize(data.entries.a[e]!).map((t) => t.key));
      }
    });
    expect(seen.sort((a, b) => a - b)).toEqual(data.entries.a.map((_, e) => e));
  });

  it('is one buffer, read in place from any 4-byte offset, deterministic, with the same matches', () => {
    const data = compileMatcher(bundled);
    expect(compileMatcher(bundled)).toEqual(data);
    const text = 'The SOHR and the U.N. said Raqqa IS forces left; Apple shares rose.';
    expect(found(roundTrip(data), text)).toEqual(found(loadMatcher(data), text));
    expect(found(roundTrip(data), text)).toEqual(['sohr:SOHR', 'un:U.N.', 'is:IS', 'apple:Apple']);
  });

  it('keeps one entry per distinct alias and rules within an organisation', () => {
    const m = loadMatcher(compileMatcher([...bundled, ...imported]));
    const aliasesOf = (id: string) =>
      Array.from({ length: m.entryCount }, (_, e) => e).filter((e) => m.org(m.entryOrg(e)).id === id).map((e) => m.alias(e));
    expect(aliasesOf('sohr')).toEqual(['Syrian Observatory for Human Rights', 'SOHR']);
    expect(aliasesOf('usarmy')).toEqual(['U.S. Army', 'US Army']);
    // Same text, different rules: two entries.
    expect(aliasesOf('hts')).toEqual(['Hayat Tahrir al-Sham', 'HTS', 'HTS']);
  });

  it('extends a loaded matcher as compiling everything at once would, appending to it', () => {
    const m = roundTrip(compileMatcher(bundled));
    const whole = loadMatcher(compileMatcher([...bundled, ...imported]));
    const nodes = compileTables(bundled).trie.at.length;
    const before = compileMatcher(bundled);
    // Derived state from before the extension must stay valid.
    expect(m.explain(0)).toContain('Syrian Observatory');
    expect(found(m, 'Syrian forces and the U.S. Army')).toEqual(['syria:Syrian']);
    extendMatcher(m, imported);
    // Bundled nodes keep their layout; only entry links (at/next) may be written in place.
    expect(m.child(ROOT, m.wordId('us'))).toBeGreaterThanOrEqual(nodes);
    expect(m.byteLength).toBe(before.byteLength);
    const entries = (x: Matcher) => Array.from({ length: x.entryCount }, (_, e) => [x.alias(e), x.org(x.entryOrg(e)), x.explain(e)]);
    expect(entries(m)).toEqual(entries(whole));
    expect(m.firstWords().sort()).toEqual(whole.firstWords().sort());
    // "Syrian" belongs to both; the bundled entry comes first, so it wins.
    const text = 'Syrian forces and the U.S. Army, the Syrian Arab Army, the US Army and hts';
    expect(found(m, text)).toEqual(['syria:Syrian', 'usarmy:U.S. Army', 'syria-army:Syrian Arab Army', 'usarmy:US Army', 'hts:hts']);
    expect(matchText(m, text)).toEqual(matchText(whole, text));
  });

  it('derives raw words and gaps from the alias text', () => {
    const m = loadMatcher(compileMatcher(imported));
    expect(m.shape(0)).toEqual({ words: ['U', 'S', 'Army'], gaps: '..' });
    expect(m.shape(1)).toEqual({ words: ['US', 'Army'], gaps: ' ' });
  });

  it('looks words up without reaching Object.prototype', () => {
    const m = loadMatcher(compileMatcher(bundled));
    for (const key of ['constructor', '__proto__', 'hasOwnProperty', 'toString']) expect(m.wordId(key)).toBe(NONE);
    expect(m.child(ROOT, NONE)).toBe(NONE);
    expect(m.firstWords().sort()).toEqual(['apple', 'is', 'islamic', 'sohr', 'syrian', 'u', 'un', 'united']);
  });

  it('explains a match with the rules of its alias', () => {
    const m = loadMatcher(compileMatcher(bundled));
    const explain = (alias: string) => m.explain(Array.from({ length: m.entryCount }, (_, e) => e).find((e) => m.alias(e) === alias)!);
    expect(explain('Syrian')).toBe('Matched the name “Syrian” (any letter case).');
    expect(explain('UN')).toBe('Matched the name “UN” (exact letter case; not in all-capitals text).');
    expect(explain('IS')).toBe('Matched the name “IS” (exact letter case; not in all-capitals text; needs a nearby word such as “forces”, “raqqa fighters”).');
    expect(explain('Apple')).toBe('Matched the name “Apple” (any letter case; refused near “pie”, “juice”, “orchard”).');
  });

  it('refuses data of another format version, another kind or a truncated buffer, with a clear error', () => {
    const bytes = compileMatcher(bundled);
    const other = bytes.slice();
    new Uint32Array(other.buffer)[H.version] = 2;
    expect(() => loadMatcher(other)).toThrow(/format 2: rebuild/);
    expect(() => loadMatcher(new TextEncoder().encode('{"v":2,"orgs":{}}   ').slice(0, 20))).toThrow(/too short/);
    const junk = new Uint8Array(bytes.length);
    expect(() => loadMatcher(junk)).toThrow(/bad magic/);
    expect(() => loadMatcher(bytes.slice(0, bytes.length - 4))).toThrow(/header says/);
  });

  it('writes words and aliases outside the Basic Multilingual Plane and in any script unchanged', () => {
    const orgs: Org[] = [
      { id: 'ru', name: 'Первый канал', category: 'state-controlled-media', aliases: ['Первый канал'] },
      { id: 'cn', name: '新华社', category: 'state-controlled-media', aliases: ['新华社'] },
      { id: 'emoji', name: 'Test 𝐀𝐁 Org', category: 'ngo-monitor', aliases: [] },
    ];
    const m = roundTrip(compileMatcher(orgs));
    expect([0, 1, 2].map((i) => m.org(i))).toEqual(orgs.map(({ id, name, category }) => ({ id, name, category })));
    expect(found(m, 'Сегодня Первый канал сообщил')).toEqual(['ru:Первый канал']);
    expect(found(m, 'A Test 𝐀𝐁 Org report')).toEqual(['emoji:Test 𝐀𝐁 Org']);
  });
});
