import { useEffect, useState } from 'preact/hooks';
import { idCollisions } from '../../dataset/id-collisions';
import type { PackProblem } from '../../dataset/pack-problems';
import type { StoredPack } from '../../dataset/user-packs';
import { askBackground } from '../../messaging';

/**
 * Records of stored packs that a bundled record hides, by pack name. Packs imported before ids
 * were checked at import may reuse a bundled id, and the background serves the bundled record for
 * it; listing them under their pack keeps that from being silent.
 */
export function useHiddenRecords(packs: readonly StoredPack[]): ReadonlyMap<string, PackProblem[]> {
  const [hidden, setHidden] = useState<ReadonlyMap<string, PackProblem[]>>(new Map());
  useEffect(() => {
    let live = true;
    const organisations = packs.flatMap((p) => p.pack.organisations.map((o) => o.id));
    const claims = packs.flatMap((p) => p.pack.claims.map((c) => c.id));
    askBackground({ type: 'bundled-ids', organisations, claims }).then(
      (bundled) => {
        const sets = { organisations: new Set(bundled.organisations), claims: new Set(bundled.claims) };
        if (live) setHidden(new Map(packs.map((p) => [p.name, idCollisions(p.pack, sets, [])])));
      },
      // Without the background's answer there is nothing to warn about; the list still shows.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [packs]);
  return hidden;
}
