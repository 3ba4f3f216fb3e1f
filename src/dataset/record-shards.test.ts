import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { hashKey, shardOf, shardPath, shardRecords } from './record-shards';

describe('record shards', () => {
  it('puts every record in the one shard the reader computes from its key', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ minLength: 1, maxLength: 30 }), fc.record({ name: fc.string(), n: fc.nat() }), { maxKeys: 200 }), fc.integer({ min: 8, max: 4096 }), (orgs, target) => {
        const { layout, files } = shardRecords({ o: orgs, c: {}, p: {} }, target);
        const n = layout.shards.o;
        expect(n & (n - 1)).toBe(0);
        for (const [key, value] of Object.entries(orgs)) {
          const shard = JSON.parse(files.get(shardPath('o', shardOf(key, n)))!) as Record<string, unknown>;
          expect(Object.hasOwn(shard, key)).toBe(true);
          expect(shard[key]).toEqual(value);
        }
        const all = [...files].filter(([p]) => p.startsWith('records/o-')).flatMap(([, text]) => Object.keys(JSON.parse(text) as object));
        expect(all.sort()).toEqual(Object.keys(orgs).sort());
      }),
      { numRuns: 200 },
    );
  });

  it('keeps keys that name Object.prototype members as ordinary keys', () => {
    const orgs = JSON.parse('{"__proto__":{"name":"a"},"constructor":{"name":"b"},"toString":{"name":"c"}}') as Record<string, unknown>;
    const { layout, files } = shardRecords({ o: orgs, c: {}, p: {} }, 16);
    for (const key of ['__proto__', 'constructor', 'toString']) {
      const shard = JSON.parse(files.get(shardPath('o', shardOf(key, layout.shards.o)))!) as Record<string, unknown>;
      expect(Object.hasOwn(shard, key)).toBe(true);
    }
  });

  it('keeps shards near the target size as the data grows', () => {
    const orgs = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`org-${i}`, { name: `Organisation number ${i}`, statements: ['x'.repeat(150)] }]));
    const { layout, files } = shardRecords({ o: orgs, c: {}, p: {} }, 48 * 1024);
    expect(layout.shards.o).toBeGreaterThanOrEqual(16);
    const sizes = [...files].filter(([p]) => p.startsWith('records/o-')).map(([, t]) => t.length);
    expect(Math.max(...sizes)).toBeLessThan(48 * 1024 * 1.6);
  });

  it('hashes keys the same way everywhere (FNV-1a 32-bit reference values)', () => {
    expect(hashKey('')).toBe(0x811c9dc5);
    expect(hashKey('a')).toBe(0xe40c292c);
    expect(hashKey('foobar')).toBe(0xbf9cf968);
  });
});
