/**
 * `npm run data:import-french-media -- <path/to/Medias_francais folder>`
 *
 * Reads the seven TSV files of Le Monde diplomatique's French media ownership map, imports them
 * (src/dataset/importers/french-media.ts), validates the pack and writes
 * src/dataset/data/generated/french-media.json. Run it after the state media import: entities that
 * another pack already holds (France Télévisions, Radio France, Arte, …) are linked, not repeated.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FRENCH_MEDIA_FILE_NAMES, importFrenchMediaWithReport, type FrenchMediaFiles } from '../src/dataset/importers/french-media';
import { reservedFromOtherPacks, writeGeneratedPack } from './generated-packs';

function main(): void {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: tsx scripts/import-french-media.ts <folder with medias.tsv, organisations.tsv, …>');
    process.exitCode = 2;
    return;
  }
  const files = Object.fromEntries(
    Object.entries(FRENCH_MEDIA_FILE_NAMES).map(([key, name]) => [key, readFileSync(join(dir, name), 'utf8')]),
  ) as unknown as FrenchMediaFiles;
  const reserved = reservedFromOtherPacks(['generated/french-media.json']);
  const { pack, report } = importFrenchMediaWithReport(files, { checked: '2026-11-24', reserved });
  const written = writeGeneratedPack('french-media.json', pack);
  if (!written) return;

  const orgs = written.organisations;
  console.log(`Media read:             ${report.medias}`);
  console.log(`Holders read:           ${report.holders}`);
  console.log(`People read:            ${report.people}`);
  console.log(`Ownership edges:        ${report.edges} (${report.duplicateEdges} duplicate rows ignored)`);
  console.log(`Organisations written:  ${orgs.length}`);
  console.log(`  news-media            ${orgs.filter((o) => o.category === 'news-media').length}`);
  console.log(`  company-lobby         ${orgs.filter((o) => o.category === 'company-lobby').length}`);
  console.log(`  government-military   ${orgs.filter((o) => o.category === 'government-military').length}`);
  console.log(`owned-by statements:    ${orgs.flatMap((o) => o.affiliations).filter((a) => a.relation === 'owned-by').length}`);
  console.log(`Linked to other packs:  ${report.linked.length}`);
  for (const l of report.linked) console.log(`  ${l.name} → ${l.id}`);
  console.log(`Edges left to the pack that holds the owned entity: ${report.edgesLeftToOtherPacks.length}`);
  for (const e of report.edgesLeftToOtherPacks) console.log(`  ${e}`);
  if (report.unknownNames.length) console.log(`Added (named in an edge, in no list): ${report.unknownNames.join(', ')}`);
  console.log('Wrote src/dataset/data/generated/french-media.json');
}

main();
