/**
 * Node-only: read every dataset file under src/dataset/data (recursively), validate each with
 * zod and the whole with the integrity checks. Shared by build.mjs, data:check and the tests.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parsePack, type Problem } from '../src/dataset/validate';
import { checkIntegrity, type LoadedPack } from '../src/dataset/integrity';

export const DATA_DIR = new URL('../src/dataset/data/', import.meta.url).pathname;

function listJson(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return listJson(path);
      return name.endsWith('.json') ? [path] : [];
    });
}

export interface LoadResult {
  packs: LoadedPack[];
  problems: Problem[];
}

export function loadDataset(dir = DATA_DIR): LoadResult {
  const packs: LoadedPack[] = [];
  const problems: Problem[] = [];
  for (const path of listJson(dir)) {
    const file = relative(process.cwd(), path);
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      problems.push({ file, path: '(root)', message: `not valid JSON: ${(error as Error).message}` });
      continue;
    }
    const parsed = parsePack(json, file);
    if (parsed.ok) packs.push({ file, pack: parsed.pack });
    else problems.push(...parsed.problems);
  }
  problems.push(...checkIntegrity(packs));
  return { packs, problems };
}
