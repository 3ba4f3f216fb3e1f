/**
 * Ids a new pack shares with the bundled dataset or with another stored pack. The background
 * looks records up by id, bundled first, so a record whose id is taken would be accepted and
 * then never shown: it is refused at import instead, naming the record by its name and id.
 */
import type { DataPack } from './schema';
import { quote, type PackProblem } from './pack-problems';

export interface IdSets {
  organisations: ReadonlySet<string>;
  claims: ReadonlySet<string>;
}

export interface NamedPack {
  name: string;
  pack: DataPack;
}

/** The organisation and claim ids of a pack, as the background's `bundled-ids` message takes them. */
export function packIds(pack: DataPack): { organisations: string[]; claims: string[] } {
  return { organisations: pack.organisations.map((o) => o.id), claims: pack.claims.map((c) => c.id) };
}

/**
 * `bundled`: the pack's ids that the bundled dataset has. `others`: the packs kept beside it (a
 * re-import of the same file name replaces that pack, so the caller leaves it out).
 */
export function idCollisions(pack: DataPack, bundled: IdSets, others: readonly NamedPack[]): PackProblem[] {
  const owner = (kind: keyof IdSets, id: string): string | null => {
    if (bundled[kind].has(id)) return 'the bundled dataset';
    const other = others.find((p) => (kind === 'organisations' ? p.pack.organisations : p.pack.claims).some((r) => r.id === id));
    return other ? `your pack ${quote(other.name)}` : null;
  };
  const problems: PackProblem[] = [];
  pack.organisations.forEach((org, i) => {
    const where = owner('organisations', org.id);
    if (where) {
      problems.push({
        path: `organisations[${i}].id`,
        text: `Organisation ${quote(org.name)} (id ${org.id}) is already in ${where}: rename its id (and the references to it in this pack), or remove the record from this pack (organisations[${i}]).`,
      });
    }
  });
  pack.claims.forEach((claim, i) => {
    const where = owner('claims', claim.id);
    if (where) {
      problems.push({
        path: `claims[${i}].id`,
        text: `Claim ${quote(claim.claimReviewed)} (id ${claim.id}) is already in ${where}: rename its id, or remove the claim from this pack (claims[${i}]).`,
      });
    }
  });
  return problems;
}
