/**
 * What the benchmark runs on: the bench bundle (esbuild, real modules), the compiled matchers (the
 * build's own compile functions over the real dataset, and over synthetic dictionaries), and the
 * pages (seed article, saved corpus pages read in place, synthetic pages).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { tsImport } from 'tsx/esm/api';
import { syntheticOrganisations } from './synth.mjs';

export const ROOT = new URL('../../', import.meta.url).pathname;
export const CORPUS_DIR = join(ROOT, '../shared/corpus');

/** Bundle bench/page/entry.ts with the real src/ modules, unminified (readable CPU profiles). */
export async function buildBenchBundle() {
  const result = await esbuild.build({
    entryPoints: [join(ROOT, 'bench/page/entry.ts')],
    bundle: true,
    format: 'iife',
    target: ['chrome120'],
    write: false,
    minify: false,
    sourcemap: false,
    logLevel: 'warning',
  });
  return result.outputFiles[0].text;
}

/** For each line of the bench bundle, the source module it comes from (esbuild's "// src/…" comments). */
export function bundleModules(bundle) {
  const moduleAt = [];
  let current = '(bench bundle)';
  for (const line of bundle.split('\n')) {
    const m = /^\s*\/\/ ((?:src|bench|node_modules)\/\S+)$/.exec(line);
    if (m) current = m[1].replace(/^node_modules\/([^/]+)\/.*/, 'node_modules/$1');
    moduleAt.push(current);
  }
  return moduleAt;
}

/** Name profile rows by source module instead of bundle line: "childOf (bench.js:6136)" → "childOf (src/matcher/match.ts)". */
export function labelRows(rows, moduleAt) {
  return rows.map((r) => ({ ...r, fn: r.fn.replace(/\(bench\.js:(\d+)\)/, (_, line) => `(${moduleAt[Number(line) - 1] ?? 'bench.js'})`) }));
}

/**
 * The dataset compiled exactly as build.mjs compiles it (same loader, same compile functions):
 * { matchers: { organisations, claims }, organisations (raw), counts }.
 */
export async function compileRealDataset() {
  const { loadDataset } = await tsImport('./scripts/dataset-files.ts', `file://${ROOT}`);
  const { compileMatcher } = await tsImport('./src/matcher/compile.ts', `file://${ROOT}`);
  const { compileClaims } = await tsImport('./src/matcher/claims-compile.ts', `file://${ROOT}`);
  const { packs, problems } = loadDataset();
  if (problems.length) throw new Error(`the dataset is invalid (${problems.length} problems); run npm run data:check`);
  const organisations = packs.flatMap((p) => p.pack.organisations);
  const claims = packs.flatMap((p) => p.pack.claims);
  const matchers = { organisations: compileMatcher(organisations), claims: compileClaims(claims) };
  return { matchers, organisations, compileMatcher, counts: { organisations: organisations.length, aliases: matchers.organisations.entries.a.length, claims: claims.length } };
}

/** A synthetic dictionary of exactly `n` aliases, compiled by the project's compileMatcher, with the real claims. */
export function compileSynthetic(n, real) {
  const orgs = syntheticOrganisations(n);
  const organisations = real.compileMatcher(orgs);
  if (organisations.entries.a.length !== n) throw new Error(`synthetic dictionary: ${organisations.entries.a.length} aliases, wanted ${n}`);
  return { matchers: { organisations, claims: real.matchers.claims }, organisations: orgs };
}

/**
 * The matchers as a script in the build's form (see build.mjs virtualModules): JSON.parse of one
 * string literal, then the organisation matcher's runtime built from it (the bench bundle's
 * loadMatcher, set by loadMatchers). parseMs times both: that is when the dataset is ready.
 */
export function matchersScript(matchers) {
  const json = JSON.stringify(JSON.stringify(matchers));
  return `self.__benchMatchers = (() => { const t0 = performance.now(); const data = JSON.parse(${json}); const matchers = { organisations: self.__benchLoadMatcher(data.organisations), claims: data.claims }; return { matchers, parseMs: performance.now() - t0 }; })();\n`;
}

export function corpusAvailable() {
  return existsSync(join(CORPUS_DIR, 'ground-truth.json')) && existsSync(join(CORPUS_DIR, 'pages'));
}

/** `count` corpus pages spread evenly over the sorted list (deterministic), with their URLs. */
export function corpusPages(count) {
  const truth = JSON.parse(readFileSync(join(CORPUS_DIR, 'ground-truth.json'), 'utf8'));
  const files = readdirSync(join(CORPUS_DIR, 'pages'))
    .filter((f) => f.endsWith('.html.gz'))
    .map((f) => f.slice(0, -'.html.gz'.length))
    .filter((f) => truth[f])
    .sort();
  const step = files.length / count;
  const picked = [];
  for (let i = 0; i < count && i < files.length; i++) picked.push(files[Math.floor(i * step)]);
  return picked.map((file) => ({
    file,
    url: truth[file].url,
    read: () => gunzipSync(readFileSync(join(CORPUS_DIR, 'pages', `${file}.html.gz`))).toString('utf8'),
  }));
}

export function readSeedArticle() {
  return readFileSync(join(ROOT, 'test/fixtures/seed-article.html'), 'utf8');
}
