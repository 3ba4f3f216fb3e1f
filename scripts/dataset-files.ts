/**
 * Node-only: read every dataset file under src/dataset/data (recursively), validate each with
 * zod and the whole with the integrity checks. Shared by build.mjs, data:check and the tests.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parsePack, type Problem } from '../src/dataset/validate';
import { checkIntegrity, type LoadedPack } from '../src/dataset/integrity';

export const DATA_DIR = new URL('../src/dataset/data/', import.meta.url).pathname;
/**
 * Packs imported and validated with the rest (data:check, integrity across all packs) but not yet
 * built into the extension: each waits until shipping it would not make every page slower to load
 * (see src/dataset/staged/README.md).
 */
export const STAGED_DIR = new URL('../src/dataset/staged/', import.meta.url).pathname;

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

/** The packs in `dirs` (the shipped dataset by default), validated one by one and together. */
export function loadDataset(dirs: string | readonly string[] = DATA_DIR): LoadResult {
  const packs: LoadedPack[] = [];
  const problems: Problem[] = [];
  const paths = (typeof dirs === 'string' ? [dirs] : dirs).flatMap((dir) => (existsSync(dir) ? listJson(dir) : []));
  for (const path of paths) {
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

/** The shipped and the staged packs together: what an import must not collide with, and what data:check validates. */
export function loadAllPacks(): LoadResult {
  return loadDataset([DATA_DIR, STAGED_DIR]);
}
