/**
 * The example pack (options page) and docs/pack-format.md agree, the example passes every check
 * an import makes (against the real bundled dataset too), and it cannot pass for real data.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../scripts/dataset-files';
import { checkPackFile } from './check-pack-file';
import { EXAMPLE_PACK } from './example-pack';
import { checkIntegrity } from './integrity';
import { CATEGORIES, COUNTER_RELATIONS, DataPack, RELATIONS } from './schema';

const doc = readFileSync(new URL('../../docs/pack-format.md', import.meta.url), 'utf8');

/** The backticked codes between `marker` and the next ")" or "|" (the doc's lists of allowed values). */
function codesAfter(marker: string): string[] {
  const text = doc.replace(/\s+/g, ' ');
  const start = text.indexOf(marker);
  if (start < 0) return [];
  const list = text.slice(start + marker.length).split(/[)|]/)[0]!;
  return [...list.matchAll(/`([a-z-]+)`/g)].map((m) => m[1]!);
}

describe('the example pack and the format documentation', () => {
  it('shows in the doc exactly the example the options page shows', () => {
    const block = /```json\n([\s\S]*?)\n```/.exec(doc)?.[1];
    expect(JSON.parse(block ?? 'null')).toEqual(EXAMPLE_PACK);
  });

  it('lists exactly the categories and relations the schema has', () => {
    expect(codesAfter('| `category` | yes | One of:')).toEqual([...CATEGORIES]);
    expect(codesAfter('An **affiliation** has `relation` (one of')).toEqual([...RELATIONS]);
    expect(codesAfter('plus `relation` (')).toEqual([...COUNTER_RELATIONS]);
  });

  it('is accepted by the import checks, colliding with no bundled id or alias', async () => {
    const { packs } = loadDataset();
    const bundled = {
      organisations: new Set(packs.flatMap((p) => p.pack.organisations.map((o) => o.id))),
      claims: new Set(packs.flatMap((p) => p.pack.claims.map((c) => c.id))),
    };
    const result = await checkPackFile('example.json', JSON.stringify(EXAMPLE_PACK), {
      stored: [],
      now: new Date(),
      bundledIds: (ids) =>
        Promise.resolve({ organisations: ids.organisations.filter((id) => bundled.organisations.has(id)), claims: ids.claims.filter((id) => bundled.claims.has(id)) }),
    });
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(checkIntegrity([...packs, { file: 'example.json', pack: DataPack.parse(EXAMPLE_PACK) }]).filter((p) => p.message.includes('example'))).toEqual([]);
  });

  it('links only to example.org and says it is an example in every record', () => {
    const urls = JSON.stringify(EXAMPLE_PACK).match(/https?:\/\/[^"]+/g) ?? [];
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(new URL(url).hostname).toMatch(/(^|\.)example\.org$/);
    for (const record of [...EXAMPLE_PACK.organisations, ...EXAMPLE_PACK.claims]) expect(JSON.stringify(record)).toMatch(/example/i);
    expect(EXAMPLE_PACK.description).toMatch(/^EXAMPLE ONLY/);
  });
});
