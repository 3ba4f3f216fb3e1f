/**
 * `npm run data:check`: validate the dataset and print what it holds. Exits 1 on any problem.
 */
import { resolve } from 'node:path';
import { STAGED_DIR, loadAllPacks } from './dataset-files';
import { CATEGORIES } from '../src/dataset/schema';

// Shipped and staged packs are validated together (ids, aliases and references across all of
// them); the counts below are of the shipped dataset, with the staged packs after them.
const all = loadAllPacks();
const problems = all.problems;
const isStaged = (file: string) => resolve(file).startsWith(STAGED_DIR);
const packs = all.packs.filter((p) => !isStaged(p.file));
const staged = all.packs.filter((p) => isStaged(p.file));
const orgs = packs.flatMap((p) => p.pack.organisations);
const claims = packs.flatMap((p) => p.pack.claims);
const publishers = packs.flatMap((p) => p.pack.publishers);
const statements = orgs.flatMap((o) => o.affiliations);
const unsourced = statements.filter((s) => s.sources.length === 0).length;
const sources = new Set<string>();
for (const s of statements) for (const src of s.sources) sources.add(src.url);
for (const o of orgs) for (const c of o.counterReporting) sources.add(c.url);
for (const c of claims) for (const r of c.counterReports) sources.add(r.url);

console.log(`Files:                ${packs.length}`);
console.log(`Organisations:        ${orgs.length}`);
for (const cat of CATEGORIES) {
  console.log(`  ${cat.padEnd(26)}${orgs.filter((o) => o.category === cat).length}`);
}
console.log(`Publisher domains:    ${new Set(publishers.map((p) => p.domain)).size}`);
console.log(`Claims:               ${claims.length}`);
console.log(`Statements:           ${statements.length}`);
console.log(`Distinct source URLs: ${sources.size}`);
console.log(`Statements without a source: ${unsourced}`);
for (const p of staged) {
  console.log(`Staged (validated, not built into the extension yet): ${p.file}: ${p.pack.organisations.length} organisations, ${p.pack.organisations.flatMap((o) => o.affiliations).length} statements`);
}
const stagedUnsourced = staged.flatMap((p) => p.pack.organisations.flatMap((o) => o.affiliations)).filter((s) => s.sources.length === 0).length;
console.log(`Problems:             ${problems.length}`);
for (const p of problems.slice(0, 200)) console.log(`  ${p.file} ${p.path}: ${p.message}`);
if (problems.length > 200) console.log(`  … and ${problems.length - 200} more`);
process.exitCode = problems.length || unsourced || stagedUnsourced ? 1 : 0;
