import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { commentText, decodeBase64 } from './base64';

describe('decodeBase64', () => {
  it('decodes what Node encodes (through the fallback where the runtime has no fromBase64)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const text = Buffer.from(bytes).toString('base64');
        expect(Array.from(decodeBase64(text))).toEqual(Array.from(bytes));
      }),
      { numRuns: 300 },
    );
  });

  it('uses the native Uint8Array.fromBase64 where there is one', () => {
    const U8 = Uint8Array as unknown as { fromBase64?: (t: string) => Uint8Array };
    const saved = U8.fromBase64;
    const calls: string[] = [];
    U8.fromBase64 = (t: string) => {
      calls.push(t);
      return new Uint8Array(Buffer.from(t, 'base64'));
    };
    try {
      expect(Array.from(decodeBase64('AQID'))).toEqual([1, 2, 3]);
      expect(calls).toEqual(['AQID']);
    } finally {
      if (saved) U8.fromBase64 = saved;
      else delete U8.fromBase64;
    }
  });
});

describe('commentText', () => {
  it('reads the text of a function body comment, and fails clearly without one', () => {
    // A function whose body is only a comment, as build.mjs appends to the Chromium content script.
    // prettier-ignore
    function fn(): void { /*SGVsbG8=*/ }
    expect(commentText(fn)).toBe('SGVsbG8=');
    expect(new TextDecoder().decode(decodeBase64(commentText(fn)))).toBe('Hello');
    expect(() => commentText(() => undefined)).toThrow(/no data comment/);
  });
});
