/**
 * How the background finds one record without loading them all: records are written by the build
 * into shard files (`records/<kind>-<n>.json`), a record's shard being a hash of its key. A cold
 * service worker or event page reads one shard of a few tens of kilobytes for a card, whatever the
 * size of the dataset, and needs no index: the shard counts are all it must know.
 *
 * Pure and browser-free: build.mjs writes the shards with `shardRecords`, the background reads them
 * with `shardOf`, and the tests check both agree.
 */

/** o: organisations by id, c: claims by id, p: publisher domains → organisation id. */
export type RecordKind = 'o' | 'c' | 'p';
export const RECORD_KINDS: readonly RecordKind[] = ['o', 'c', 'p'];

/** What the background must know: how many shards each kind has (powers of two). */
export interface ShardLayout {
  v: 1;
  shards: Record<RecordKind, number>;
}

/** FNV-1a over UTF-16 code units: cheap, stable across engines, good enough to spread keys. */
export function hashKey(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function shardOf(key: string, shards: number): number {
  return hashKey(key) & (shards - 1);
}

export function shardPath(kind: RecordKind, shard: number): string {
  return `records/${kind}-${shard}.json`;
}

/** About this many bytes of JSON per shard: a parse well under a millisecond, few files. */
export const TARGET_SHARD_BYTES = 48 * 1024;

/**
 * Split each kind's records into shard files of about `target` bytes (a power of two of them, so
 * a key's shard is a mask of its hash). Returns the layout and every file's path and JSON text.
 */
export function shardRecords(records: Record<RecordKind, Record<string, unknown>>, target = TARGET_SHARD_BYTES): { layout: ShardLayout; files: Map<string, string> } {
  const files = new Map<string, string>();
  const shards = { o: 1, c: 1, p: 1 };
  for (const kind of RECORD_KINDS) {
    const entries = Object.entries(records[kind]);
    const total = entries.reduce((sum, [k, v]) => sum + k.length + JSON.stringify(v).length + 4, 0);
    let n = 1;
    while (n * target < total) n *= 2;
    shards[kind] = n;
    const parts: Array<Record<string, unknown>> = Array.from({ length: n }, () => ({}));
    // defineProperty, not assignment: a key such as "__proto__" must stay an ordinary key.
    for (const [key, value] of entries) Object.defineProperty(parts[shardOf(key, n)]!, key, { value, enumerable: true, writable: true, configurable: true });
    parts.forEach((part, i) => files.set(shardPath(kind, i), JSON.stringify(part)));
  }
  return { layout: { v: 1, shards }, files };
}
