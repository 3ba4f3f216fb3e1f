/**
 * `npm run data:import-state-media -- <path/to/State_Media_Matrix.csv>`
 *
 * Reads the State Media Profiles matrix, imports it (src/dataset/importers/state-media.ts),
 * validates the pack and writes src/dataset/data/generated/state-media.json. Aliases, domains and ids
 * that other data packs already hold are passed in as reserved, so the import never collides with
 * hand-curated records (the French media pack, which links to this one, is left out of that set).
 */
import { readFileSync } from 'node:fs';
import { importStateMediaWithReport } from '../src/dataset/importers/state-media';
import { reservedFromOtherPacks, writeGeneratedPack } from './generated-packs';

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
  const written = writeGeneratedPack('state-media.json', pack);
  if (!written) return;

  const orgs = written.organisations;
  console.log(`Rows read:              ${report.rows} (${report.skippedRows.length} skipped)`);
  console.log(`Organisations:          ${orgs.length}`);
  console.log(`  with a parent company ${orgs.filter((o) => o.affiliations.some((a) => a.relation === 'part-of')).length}`);
  console.log(`  controlled-by         ${orgs.filter((o) => o.affiliations.some((a) => a.relation === 'controlled-by')).length}`);
  console.log(`Publisher domains:      ${written.publishers.length}`);
  console.log(`Renamed (qualified):    ${report.renamed.length}`);
  console.log(`Aliases dropped:        ${report.droppedAliases.length}`);
  console.log(`URLs skipped:           ${report.skippedDomains.length}`);
  for (const s of report.skippedDomains) console.log(`  row ${s.row}: ${s.url} (${s.reason})`);
  console.log(`Domain conflicts:       ${report.domainConflicts.length}`);
  for (const c of report.domainConflicts) console.log(`  ${c.domain}: kept ${c.kept}, dropped ${c.dropped.join(', ')}`);
  console.log('Wrote src/dataset/data/generated/state-media.json');
}

main();
