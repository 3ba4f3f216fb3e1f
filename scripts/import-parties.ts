/**
 * `npm run data:import-parties -- <parties folder> [corpus pages folder]`
 *
 * Reads Party Facts' core parties and Wikidata links and ParlGov's parties and party changes (the
 * four CSV files of ../shared/data/parties, see PARTIES_FILE_NAMES), counts word frequencies over
 * the saved pages (default ../shared/corpus/pages, gzip HTML) for the alias safety check, imports
 * (src/dataset/importers/parties.ts), validates and writes src/dataset/staged/parties.json
 * and the review file src/dataset/staged/parties-review.md. Parties other packs already
 * hold are merged into them, not repeated.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { PARTIES_FILE_NAMES, importPartiesWithReport, type ExistingOrg, type PartiesFiles } from '../src/dataset/importers/parties';
import { buildWordStats, htmlToText } from '../src/dataset/importers/alias-safety';
import { reservedFromOtherPacks, writeGeneratedPack } from './generated-packs';
import { STAGED_DIR, loadAllPacks } from './dataset-files';

function main(): void {
  const dir = process.argv[2];
  const pagesDir = process.argv[3] ?? new URL('../../shared/corpus/pages/', import.meta.url).pathname;
  if (!dir) {
    console.error('usage: tsx scripts/import-parties.ts <folder with partyfacts-core-parties.csv, …> [corpus pages folder]');
    process.exitCode = 2;
    return;
  }
  const files = Object.fromEntries(
    Object.entries(PARTIES_FILE_NAMES).map(([key, name]) => [key, readFileSync(join(dir, name), 'utf8')]),
  ) as unknown as PartiesFiles;

  const pageFiles = readdirSync(pagesDir).filter((f) => f.endsWith('.html.gz')).sort();
  const stats = buildWordStats(pageFiles.map((f) => htmlToText(gunzipSync(readFileSync(join(pagesDir, f))).toString('utf8'))));

  const exclude = ['staged/parties.json'];
  const reserved = reservedFromOtherPacks(exclude);
  const existing: ExistingOrg[] = loadAllPacks()
    .packs.filter(({ file }) => !exclude.some((e) => file.endsWith(e)))
    .flatMap(({ pack }) =>
      pack.organisations.map((o) => ({
        id: o.id,
        category: o.category,
        ...(o.country ? { country: o.country } : {}),
        names: [o.name, ...o.aliases.map((a) => (typeof a === 'string' ? a : a.text))],
      })),
    );

  const { pack, report, review } = importPartiesWithReport(files, { checked: '2026-12-05', stats, reserved, existing });
  const written = writeGeneratedPack('parties.json', pack, STAGED_DIR);
  if (!written) return;
  writeFileSync(join(STAGED_DIR, 'parties-review.md'), review);

  const a = report.aliases;
  console.log(`Word counts over:       ${stats.pages} pages`);
  console.log(`Party Facts rows:       ${report.rows} (${report.technical} technical, ${report.beforeYear} ended before 2000)`);
  console.log(`Duplicate rows joined:  ${report.duplicates.length}`);
  console.log(`Merged into other packs: ${report.merged.length} (${report.merged.filter((m) => !m.sure).length} unsure, see parties-review.md)`);
  console.log(`Parties written:        ${report.written}`);
  console.log(`Joined to ParlGov:      ${report.parlgovJoined} (${report.familyStatements} family statements, ${report.changeStatements} split/merger/successor statements)`);
  console.log(`Aliases checked:        ${a.checked}`);
  console.log(`  safe                  ${a.safe}`);
  console.log(`  flagged short         ${a.flagged.short}`);
  console.log(`  flagged common        ${a.flagged.common}`);
  console.log(`  flagged unusable      ${a.flagged.unusable}`);
  console.log(`  given a rule          ${a.ruled} (flagged) + ${a.ambiguousRuled} (safe but shared by parties of several countries or another pack) + ${a.oneWordRuled} (safe but one or two words)`);
  console.log(`  dropped               ${a.dropped}`);
  console.log('Wrote src/dataset/staged/parties.json and parties-review.md (staged: validated, not yet built into the extension)');
}

main();
