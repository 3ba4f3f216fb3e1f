import { useEffect, useState } from 'preact/hooks';
import { checkPackFile } from '../../dataset/check-pack-file';
import type { PackProblem } from '../../dataset/pack-problems';
import { getUserPacks, onUserPacksChanged, setUserPacks, type StoredPack } from '../../dataset/user-packs';
import { askBackground } from '../../messaging';
import { formatImportDate } from '../shared/pack-origin';
import { PackProblems } from './PackProblems';
import { useHiddenRecords } from './useHiddenRecords';

type Status = { kind: 'idle' } | { kind: 'ok'; message: string } | { kind: 'error'; headline: string; problems: PackProblem[] };

export function ImportPacks() {
  const [packs, setPacks] = useState<StoredPack[]>([]);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const hidden = useHiddenRecords(packs);
  useEffect(() => {
    void getUserPacks().then(setPacks);
    // Another tab (or the popup) may change the packs: the list, and its warnings, follow.
    const lifetime = new AbortController();
    onUserPacksChanged(() => void getUserPacks().then(setPacks), lifetime.signal);
    return () => lifetime.abort();
  }, []);

  const onFile = async (file: File) => {
    // Read from storage, not the list on screen: that may not have loaded yet, and an import
    // made from it would drop the packs it does not show.
    let stored, result;
    try {
      stored = await getUserPacks();
      result = await checkPackFile(file.name, await file.text(), {
        // The bundled records live in the background; it answers which of the pack's ids it has.
        bundledIds: (ids) => askBackground({ type: 'bundled-ids', ...ids }),
        stored,
        now: new Date(),
      });
    } catch (error) {
      return setStatus({ kind: 'error', headline: `${file.name} could not be checked: ${error instanceof Error ? error.message : String(error)}.`, problems: [] });
    }
    if (!result.ok) return setStatus({ kind: 'error', headline: result.headline, problems: result.problems });
    const next = [...stored.filter((p) => p.name !== file.name), result.stored];
    await setUserPacks(next);
    setPacks(next);
    const { organisations, claims } = result.stored.pack;
    setStatus({ kind: 'ok', message: `Imported ${file.name}: ${organisations.length} organisations, ${claims.length} claims. Reload open pages to use it.` });
  };

  return (
    <section aria-labelledby="packs-title">
      <h2 id="packs-title">Your data packs</h2>
      <p class="muted">
        A data pack is a JSON file in the same format as the bundled dataset (see{' '}
        <a href="#pack-format">the data pack format</a>). Packs stay in this browser; every record must cite its sources
        like ours do, and its card names your pack.
      </p>
      <label>
        Import a pack:{' '}
        <input type="file" accept="application/json,.json" onChange={(e) => { const f = e.currentTarget.files?.[0]; if (f) void onFile(f); e.currentTarget.value = ''; }} />
      </label>
      {status.kind === 'ok' ? <p class="ok" role="status">{status.message}</p> : null}
      {status.kind === 'error' ? <PackProblems headline={status.headline} problems={status.problems} /> : null}
      {packs.length ? (
        <ul class="packs">
          {packs.map((p) => (
            <li key={p.name}>
              <strong>{p.name}</strong> — {p.pack.description} ({p.pack.organisations.length} organisations, {p.pack.claims.length} claims,
              imported {formatImportDate(p.importedAt)}){' '}
              <button type="button" onClick={() => { const next = packs.filter((x) => x !== p); void setUserPacks(next).then(() => setPacks(next)); }}>
                Remove
              </button>
              {hidden.get(p.name)?.length ? (
                <ul class="problems hidden-records" aria-label={`Records of ${p.name} that are never shown`}>
                  {hidden.get(p.name)!.map((problem) => (
                    <li key={problem.path}>Never shown: {problem.text}</li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">No packs imported.</p>
      )}
    </section>
  );
}
