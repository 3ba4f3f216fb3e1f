/**
 * Type stand-in for `virtual:records`, which build.mjs generates from the dataset: how many shard
 * files each kind of record was written into (src/dataset/record-shards.ts). The records
 * themselves are files of the package, read by the background as cards ask. See matchers.ts
 * beside this file.
 */
import type { ShardLayout } from '../dataset/record-shards';

export declare const layout: ShardLayout;
