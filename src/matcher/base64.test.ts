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

  it('decodes into an array of the exact size with setFromBase64 where there is one', () => {
    const proto = Uint8Array.prototype as unknown as { setFromBase64?: (t: string) => { read: number; written: number } };
    const saved = proto.setFromBase64;
    const sizes: number[] = [];
    proto.setFromBase64 = function (this: Uint8Array, t: string) {
      sizes.push(this.length);
      const bytes = Buffer.from(t, 'base64');
      this.set(bytes);
      return { read: t.length, written: bytes.length };
    };
    try {
      for (const n of [0, 1, 2, 3, 4, 5, 299]) {
        const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 37) & 255);
        expect(Array.from(decodeBase64(Buffer.from(bytes).toString('base64')))).toEqual(Array.from(bytes));
      }
      expect(sizes).toEqual([0, 1, 2, 3, 4, 5, 299]);
    } finally {
      if (saved) proto.setFromBase64 = saved;
      else delete proto.setFromBase64;
    }
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
