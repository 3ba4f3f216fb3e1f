import { describe, expect, it } from 'vitest';
import { shardRecords } from '../dataset/record-shards';
import { RecordStore } from './record-store';

const orgs = Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`org-${i}`, { id: `org-${i}`, name: `Org ${i}` }]));
const { layout, files } = shardRecords({ o: orgs, c: { 'claim-1': { id: 'claim-1' } }, p: { 'bbc.co.uk': 'org-7', 'example.com': 'org-9' } }, 1024);

function store() {
  const reads: string[] = [];
  const s = new RecordStore(layout, async (path) => {
    reads.push(path);
    const text = files.get(path);
    if (text === undefined) throw new Error(`no file ${path}`);
    return JSON.parse(text);
  });
  return { s, reads };
}

describe('RecordStore', () => {
  it('answers a record by reading only its shard, once', async () => {
    const { s, reads } = store();
    expect(layout.shards.o).toBeGreaterThan(4);
    expect(await s.organisation('org-42')).toEqual({ id: 'org-42', name: 'Org 42' });
    expect(reads).toHaveLength(1);
    await s.organisation('org-42');
    expect(reads).toHaveLength(1);
    expect(await s.organisation('nope')).toBeUndefined();
    expect(await s.organisation('__proto__')).toBeUndefined();
    expect(await s.claim('claim-1')).toEqual({ id: 'claim-1' });
  });

  it('finds the publisher of a host by its longest listed domain suffix', async () => {
    const { s } = store();
    expect(await s.publisher('news.bbc.co.uk')).toEqual({ domain: 'bbc.co.uk', organisation: 'org-7' });
    expect(await s.publisher('EXAMPLE.com.')).toEqual({ domain: 'example.com', organisation: 'org-9' });
    expect(await s.publisher('example.org')).toBeNull();
  });

  it('tries a shard again after a failed read', async () => {
    let fail = true;
    const s = new RecordStore(layout, async (path) => {
      if (fail) throw new Error('busy');
      return JSON.parse(files.get(path)!);
    });
    await expect(s.organisation('org-1')).rejects.toThrow('busy');
    fail = false;
    expect(await s.organisation('org-1')).toEqual({ id: 'org-1', name: 'Org 1' });
  });
});
