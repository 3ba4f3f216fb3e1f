import { useEffect, useState } from 'preact/hooks';
import { checkIntegrity } from '../../dataset/integrity';
import { getUserPacks, setUserPacks, type StoredPack } from '../../dataset/user-packs';
import { parsePack, type Problem } from '../../dataset/validate';

type Status = { kind: 'idle' } | { kind: 'ok'; message: string } | { kind: 'error'; message: string; problems: Problem[] };

/** Parse and check a pack file; the stored packs are untouched unless it is valid. */
function readPack(name: string, text: string): { pack: StoredPack } | { error: string; problems: Problem[] } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { error: `${name} is not valid JSON: ${(error as Error).message}`, problems: [] };
  }
  const parsed = parsePack(json, name);
  if (!parsed.ok) return { error: `${name} does not follow the data pack format.`, problems: parsed.problems };
  const problems = checkIntegrity([{ file: name, pack: parsed.pack }]).filter((p) => !p.message.startsWith('unknown organisation'));
  if (problems.length) return { error: `${name} is inconsistent.`, problems };
  return { pack: { name, importedAt: new Date().toISOString(), pack: parsed.pack } };
}

export function ImportPacks() {
  const [packs, setPacks] = useState<StoredPack[]>([]);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  useEffect(() => {
    void getUserPacks().then(setPacks);
  }, []);

  const onFile = async (file: File) => {
    const result = readPack(file.name, await file.text());
    if ('error' in result) return setStatus({ kind: 'error', message: result.error, problems: result.problems });
    const next = [...packs.filter((p) => p.name !== file.name), result.pack];
    await setUserPacks(next);
    setPacks(next);
    const { organisations, claims } = result.pack.pack;
    setStatus({ kind: 'ok', message: `Imported ${file.name}: ${organisations.length} organisations, ${claims.length} claims. Reload open pages to use it.` });
  };

  return (
    <section aria-labelledby="packs-title">
      <h2 id="packs-title">Your data packs</h2>
      <p class="muted">
        A data pack is a JSON file in the same format as the bundled dataset (see the project's JSON Schema). Packs stay
        in this browser; every record must cite its sources like ours do.
      </p>
      <label>
        Import a pack:{' '}
        <input type="file" accept="application/json,.json" onChange={(e) => { const f = e.currentTarget.files?.[0]; if (f) void onFile(f); e.currentTarget.value = ''; }} />
      </label>
      {status.kind === 'ok' ? <p class="ok" role="status">{status.message}</p> : null}
      {status.kind === 'error' ? (
        <div class="error" role="alert">
          <p>{status.message} Nothing was changed.</p>
          <ul class="problems">
            {status.problems.slice(0, 30).map((p, i) => (
              <li key={i}>
                {p.path}: {p.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {packs.length ? (
        <ul class="packs">
          {packs.map((p) => (
            <li key={p.name}>
              <strong>{p.name}</strong> — {p.pack.description} ({p.pack.organisations.length} organisations, {p.pack.claims.length} claims){' '}
              <button type="button" onClick={() => { const next = packs.filter((x) => x !== p); void setUserPacks(next).then(() => setPacks(next)); }}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">No packs imported.</p>
      )}
    </section>
  );
}
