/**
 * Node-only helpers for the import scripts: what the other data packs already hold (so an import
 * never collides with them), and validating and writing a generated pack.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { Reserved } from '../src/dataset/importers/common';
import type { DataPack, DataPackInput } from '../src/dataset/schema';
import { parsePack } from '../src/dataset/validate';
import { aliasKey } from '../src/dataset/integrity';
import { DATA_DIR, loadAllPacks } from './dataset-files';

export const GENERATED_DIR = join(DATA_DIR, 'generated');

/** What every pack except `exclude` already holds: ids, unruled alias keys and domains. */
export function reservedFromOtherPacks(exclude: readonly string[]): Reserved {
  const { packs } = loadAllPacks();
  const aliasKeys: Record<string, string> = {};
  const domains: Record<string, string> = {};
  const ids: string[] = [];
  for (const { file, pack } of packs) {
    if (exclude.some((name) => file.endsWith(name))) continue;
    for (const org of pack.organisations) {
      ids.push(org.id);
      for (const alias of [org.name, ...org.aliases]) {
        if (typeof alias !== 'string' && (alias.requireNearby || alias.forbidNearby)) continue;
        const key = aliasKey(typeof alias === 'string' ? alias : alias.text);
        if (key && !Object.hasOwn(aliasKeys, key)) aliasKeys[key] = org.id;
      }
    }
    for (const pub of pack.publishers) domains[pub.domain] ??= pub.organisation;
  }
  return { aliasKeys, domains, ids };
}

/**
 * Validate `pack` and write it to src/dataset/data/generated/<name> (or `dir`, e.g. the staged
 * packs). Returns the parsed pack, or null (with the problems printed and exitCode 1) when it is
 * invalid: then nothing is written.
 */
export function writeGeneratedPack(name: string, pack: DataPackInput, dir = GENERATED_DIR): DataPack | null {
  const out = join(dir, name);
  const parsed = parsePack(pack, relative(process.cwd(), out));
  if (!parsed.ok) {
    for (const p of parsed.problems.slice(0, 50)) console.error(`${p.path}: ${p.message}`);
    console.error(`${parsed.problems.length} problem(s); nothing written.`);
    process.exitCode = 1;
    return null;
  }
  mkdirSync(dirname(out), { recursive: true });
  const schema = relative(dirname(out), join(DATA_DIR, '../pack.schema.json'));
  writeFileSync(out, `${JSON.stringify({ $schema: schema, ...pack }, null, 2)}\n`);
  return parsed.pack;
}
