/**
 * Cross-record checks zod cannot do on one file: unique ids, references that resolve, publisher
 * domains that point one way, and aliases that two organisations share without a rule to tell
 * them apart. Run by the build, `npm run data:check` and the tests.
 */
import type { Alias, DataPack } from './schema';
import type { Problem } from './validate';
import { tokenize } from '../matcher/normalize';

export interface LoadedPack {
  file: string;
  pack: DataPack;
}

/** The alias text and whether it carries a disambiguation rule. */
function aliasInfo(alias: Alias): { text: string; ruled: boolean } {
  if (typeof alias === 'string') return { text: alias, ruled: false };
  return { text: alias.text, ruled: Boolean(alias.requireNearby || alias.forbidNearby) };
}

/** The key two aliases collide on: their folded words. */
export function aliasKey(text: string): string {
  return tokenize(text)
    .map((t) => t.key)
    .join(' ');
}

export function checkIntegrity(packs: readonly LoadedPack[]): Problem[] {
  const problems: Problem[] = [];
  const orgIds = new Map<string, string>();
  const claimIds = new Map<string, string>();
  for (const { file, pack } of packs) {
    pack.organisations.forEach((org, i) => {
      const seen = orgIds.get(org.id);
      if (seen) problems.push({ file, path: `organisations[${i}].id`, message: `duplicate id "${org.id}" (also in ${seen})` });
      else orgIds.set(org.id, file);
    });
    pack.claims.forEach((claim, i) => {
      const seen = claimIds.get(claim.id);
      if (seen) problems.push({ file, path: `claims[${i}].id`, message: `duplicate claim id "${claim.id}" (also in ${seen})` });
      else claimIds.set(claim.id, file);
    });
  }

  const domains = new Map<string, string>();
  const aliasOwners = new Map<string, { org: string; ruled: boolean; where: string }>();
  for (const { file, pack } of packs) {
    pack.organisations.forEach((org, i) => {
      org.affiliations.forEach((aff, j) => {
        if (aff.target && !orgIds.has(aff.target)) {
          problems.push({ file, path: `organisations[${i}].affiliations[${j}].target`, message: `unknown organisation "${aff.target}"` });
        }
      });
      const names = [org.name, ...org.aliases];
      names.forEach((alias, j) => {
        const { text, ruled } = aliasInfo(alias);
        const key = aliasKey(text);
        const where = j === 0 ? `organisations[${i}].name` : `organisations[${i}].aliases[${j - 1}]`;
        if (!key) {
          problems.push({ file, path: where, message: `alias "${text}" has no letters or digits to match` });
          return;
        }
        const owner = aliasOwners.get(key);
        if (!owner) aliasOwners.set(key, { org: org.id, ruled, where: `${file} ${where}` });
        else if (owner.org !== org.id && !owner.ruled && !ruled) {
          problems.push({
            file,
            path: where,
            message: `alias "${text}" of "${org.id}" collides with "${owner.org}" (${owner.where}); add requireNearby/forbidNearby to one of them`,
          });
        }
      });
    });
    pack.publishers.forEach((pub, i) => {
      if (!orgIds.has(pub.organisation)) {
        problems.push({ file, path: `publishers[${i}].organisation`, message: `unknown organisation "${pub.organisation}"` });
      }
      const seen = domains.get(pub.domain);
      if (seen && seen !== pub.organisation) {
        problems.push({ file, path: `publishers[${i}].domain`, message: `domain "${pub.domain}" already points to "${seen}"` });
      } else domains.set(pub.domain, pub.organisation);
    });
    pack.claims.forEach((claim, i) => {
      claim.about?.forEach((id, j) => {
        if (!orgIds.has(id)) problems.push({ file, path: `claims[${i}].about[${j}]`, message: `unknown organisation "${id}"` });
      });
    });
  }
  return problems;
}
