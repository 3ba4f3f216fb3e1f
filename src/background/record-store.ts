/**
 * The bundled records, read shard by shard (src/dataset/record-shards.ts) as cards ask for them.
 * A cold service worker or event page reads only the shard that holds the asked record, so the
 * first card costs one small file whatever the size of the dataset. Shards read are kept for the
 * life of the background (a few tens of kilobytes each; the background is stopped when idle).
 */
import type { Claim, Organisation } from '../dataset/schema';
import { domainSuffixes } from '../dataset/publishers';
import { shardOf, shardPath, type RecordKind, type ShardLayout } from '../dataset/record-shards';

type Shard = Record<string, unknown>;

export class RecordStore {
  private readonly shards = new Map<string, Promise<Shard>>();

  constructor(
    private readonly layout: ShardLayout,
    private readonly read: (path: string) => Promise<unknown>,
  ) {}

  private async lookup(kind: RecordKind, key: string): Promise<unknown> {
    const path = shardPath(kind, shardOf(key, this.layout.shards[kind]));
    let shard = this.shards.get(path);
    if (!shard) {
      shard = this.read(path).then((data) => (data && typeof data === 'object' ? (data as Shard) : {}));
      // A failed read is not cached: the next card tries again.
      shard.catch(() => this.shards.delete(path));
      this.shards.set(path, shard);
    }
    const records = await shard;
    return Object.hasOwn(records, key) ? records[key] : undefined;
  }

  async organisation(id: string): Promise<Organisation | undefined> {
    return (await this.lookup('o', id)) as Organisation | undefined;
  }

  async claim(id: string): Promise<Claim | undefined> {
    return (await this.lookup('c', id)) as Claim | undefined;
  }

  /** The publisher of a host: the record for the longest domain suffix that has one (news.bbc.co.uk → bbc.co.uk). */
  async publisher(host: string): Promise<{ domain: string; organisation: string } | null> {
    for (const domain of domainSuffixes(host)) {
      const organisation = await this.lookup('p', domain);
      if (typeof organisation === 'string') return { domain, organisation };
    }
    return null;
  }

  /** How many shard files have been read (tests and the cold-start check). */
  get shardsRead(): number {
    return this.shards.size;
  }
}
