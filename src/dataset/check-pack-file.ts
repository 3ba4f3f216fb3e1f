/**
 * Everything a pack file must pass before the options page stores it: JSON, the format (zod),
 * the cross-record checks, and ids nobody else uses. Pure but for the one question to the
 * background (which ids are bundled), passed in so the tests can answer it.
 */
import { idCollisions, packIds } from './id-collisions';
import { checkIntegrity } from './integrity';
import { describeIssues, describeProblem, type PackProblem } from './pack-problems';
import { DataPack } from './schema';
import type { StoredPack } from './user-packs';

export type PackCheck = { ok: true; stored: StoredPack } | { ok: false; headline: string; problems: PackProblem[] };

export interface PackContext {
  /** Which of these ids the bundled dataset has (the background's `bundled-ids` answer). */
  bundledIds(ids: { organisations: string[]; claims: string[] }): Promise<{ organisations: string[]; claims: string[] }>;
  /** The packs already stored. */
  stored: readonly StoredPack[];
  now: Date;
}

export async function checkPackFile(name: string, text: string, context: PackContext): Promise<PackCheck> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, headline: `${name} is not valid JSON: ${(error as Error).message}.`, problems: [] };
  }
  const parsed = DataPack.safeParse(json);
  if (!parsed.success) return { ok: false, headline: `${name} does not follow the data pack format.`, problems: describeIssues(json, parsed.error.issues) };
  const pack = parsed.data;

  // References to organisations outside the pack may point at bundled records, so only
  // "unknown organisation" is let through here.
  const inconsistent = checkIntegrity([{ file: name, pack }])
    .filter((p) => !p.message.startsWith('unknown organisation'))
    .map((p) => describeProblem(json, p.path, p.message));
  if (inconsistent.length) return { ok: false, headline: `${name} is inconsistent.`, problems: inconsistent };

  const bundled = await context.bundledIds(packIds(pack));
  const sets = { organisations: new Set(bundled.organisations), claims: new Set(bundled.claims) };
  // A file imported again under the same name replaces its earlier version.
  const others = context.stored.filter((p) => p.name !== name);
  const taken = idCollisions(pack, sets, others);
  if (taken.length) return { ok: false, headline: `${name} reuses ids that are already taken, so its records would never be shown.`, problems: taken };

  return { ok: true, stored: { name, importedAt: context.now.toISOString(), pack } };
}
