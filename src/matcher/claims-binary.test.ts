/**
 * The claims index's bytes: written and read back the same (records, phrases, inflections), from
 * any 8-byte offset, with clear errors for other data; matching through the bytes is tested
 * against a reference in claims-fastpath.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { encodeClaims, loadClaims } from './claims-binary';
import { compileClaims } from './claims-compile';
import { matchClaims } from './claims';

const compiled = compileClaims([
  { id: 'douma', claimReviewed: 'The 2018 Douma chemical attack was staged', rating: 'False', phrases: ['Douma attack was staged', 'the gas attack was a hoax'], keyTerms: ['Douma', 'chemical', 'attack', 'staged'] },
  { id: 'bus', claimReviewed: 'Leaving the EU would free up £350 million a week for the NHS', rating: 'Misleading', phrases: ['£350 million a week'], keyTerms: ['350', 'million', 'week', 'NHS'] },
  { id: 'ünïcode', claimReviewed: 'Кремль заявил о биолабораториях на Украине', rating: 'False', phrases: ['биолаборатории на Украине'], keyTerms: ['биолаборатории', 'Украине'] },
]);

describe('claims index bytes', () => {
  it('reads back every claim, phrase and inflection as compiled', () => {
    const index = loadClaims(encodeClaims(compiled));
    expect(index.count).toBe(3);
    const back = index.toCompiled();
    expect(back.claims).toEqual(compiled.claims);
    expect(back.threshold).toBe(compiled.threshold);
    expect(back.minTerms).toBe(compiled.minTerms);
    const sorted = (x: string[][] | undefined) => (x ?? []).map((r) => [r[0], ...r.slice(1).sort()]).sort((a, b) => a[0]!.localeCompare(b[0]!));
    expect(sorted(back.inflected)).toEqual(sorted(compiled.inflected));
    // Indexing the read-back claims again gives the same bytes.
    expect(encodeClaims(back)).toEqual(encodeClaims(compiled));
  });

  it('matches the same from the bytes at an offset as from the compiled claims', () => {
    const bytes = encodeClaims(compiled);
    const host = new Uint8Array(bytes.length + 32);
    host.set(bytes, 16);
    const index = loadClaims(host.subarray(16, 16 + bytes.length));
    for (const text of ['Critics say the Douma attack was staged. Others disagree.', 'The bus promised £350 million a week.', 'Кремль заявил о биолабораториях на Украине снова.']) {
      expect(matchClaims(index, text)).toEqual(matchClaims(compiled, text));
    }
    expect(matchClaims(index, 'Critics say the Douma attack was staged. Others disagree.')).toMatchObject([{ claim: 0, how: 'phrase' }]);
  });

  it('refuses other data with a clear error', () => {
    const bytes = encodeClaims(compiled);
    expect(() => loadClaims(new Uint8Array(bytes.length))).toThrow(/claims index: bad (magic|header)/);
    const other = bytes.slice();
    new Uint32Array(other.buffer)[2] = 9; // the version, after the header length and the magic
    expect(() => loadClaims(other)).toThrow(/claims index format 9: rebuild/);
    expect(() => loadClaims(bytes.slice(0, bytes.length - 8))).toThrow(/header says/);
  });
});
