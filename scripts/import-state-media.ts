/**
 * `npm run data:import-state-media -- <path/to/State_Media_Matrix.csv>`
 *
 * Reads the State Media Profiles matrix, imports it (src/dataset/importers/state-media.ts),
 * validates the pack and writes src/dataset/data/generated/state-media.json. Aliases, domains and ids
 * that other data packs already hold are passed in as reserved, so the import never collides with
 * hand-curated records (the French media pack, which links to this one, is left out of that set).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importStateMediaWithReport, type Reserved } from '../src/dataset/importers/state-media';
import { parsePack } from '../src/dataset/validate';
import { aliasKey } from '../src/dataset/integrity';
import { DATA_DIR, loadDataset } from './dataset-files';

export const GENERATED_DIR = join(DATA_DIR, 'generated');

/** What every pack except `exclude` already holds: ids, unruled alias keys and domains. */
export function reservedFromOtherPacks(exclude: readonly string[]): Reserved {
  const { packs } = loadDataset();
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

function main(): void {
  const path = process.argv[2];
  if (!path) {
    console.error('usage: tsx scripts/import-state-media.ts <State_Media_Matrix.csv>');
    process.exitCode = 2;
    return;
  }
  const csv = readFileSync(path, 'utf8');
  const reserved = reservedFromOtherPacks(['generated/state-media.json', 'generated/french-media.json']);
  const { pack, report } = importStateMediaWithReport(csv, { checked: '2026-11-24', reserved });
  const out = join(GENERATED_DIR, 'state-media.json');
  const parsed = parsePack(pack, relative(process.cwd(), out));
  if (!parsed.ok) {
    for (const p of parsed.problems.slice(0, 50)) console.error(`${p.path}: ${p.message}`);
    console.error(`${parsed.problems.length} problem(s); nothing written.`);
    process.exitCode = 1;
    return;
  }
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify({ $schema: '../../pack.schema.json', ...pack }, null, 2)}\n`);

  const orgs = parsed.pack.organisations;
  console.log(`Rows read:              ${report.rows} (${report.skippedRows.length} skipped)`);
  console.log(`Organisations:          ${orgs.length}`);
  console.log(`  with a parent company ${orgs.filter((o) => o.affiliations.some((a) => a.relation === 'part-of')).length}`);
  console.log(`  controlled-by         ${orgs.filter((o) => o.affiliations.some((a) => a.relation === 'controlled-by')).length}`);
  console.log(`Publisher domains:      ${parsed.pack.publishers.length}`);
  console.log(`Renamed (qualified):    ${report.renamed.length}`);
  console.log(`Aliases dropped:        ${report.droppedAliases.length}`);
  console.log(`URLs skipped:           ${report.skippedDomains.length}`);
  for (const s of report.skippedDomains) console.log(`  row ${s.row}: ${s.url} (${s.reason})`);
  console.log(`Domain conflicts:       ${report.domainConflicts.length}`);
  for (const c of report.domainConflicts) console.log(`  ${c.domain}: kept ${c.kept}, dropped ${c.dropped.join(', ')}`);
  console.log(`Wrote ${relative(process.cwd(), out)}`);
}

// Run only as a script: scripts/import-french-media.ts imports the helpers above.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
