/**
 * What the benchmark runs on: the bench bundle (esbuild, real modules), the compiled matchers (the
 * build's own compile functions over the real dataset, and over synthetic dictionaries), and the
 * pages (seed article, saved corpus pages read in place, synthetic pages).
 */
import { Buffer } from 'node:buffer';
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
 * { matchers: { bytes (the format-3 organisation matcher), claims (the claims index's bytes) }, organisations (raw), counts }.
 * `loadMatcher` (Node) reads the counts from the bytes, as the content script would.
 */
export async function compileRealDataset() {
  const { loadDataset } = await tsImport('./scripts/dataset-files.ts', `file://${ROOT}`);
  const { compileMatcher } = await tsImport('./src/matcher/compile.ts', `file://${ROOT}`);
  const { loadMatcher } = await tsImport('./src/matcher/compiled.ts', `file://${ROOT}`);
  const { compileClaims } = await tsImport('./src/matcher/claims-compile.ts', `file://${ROOT}`);
  const { encodeClaims } = await tsImport('./src/matcher/claims-binary.ts', `file://${ROOT}`);
  const { packs, problems } = loadDataset();
  if (problems.length) throw new Error(`the dataset is invalid (${problems.length} problems); run npm run data:check`);
  const organisations = packs.flatMap((p) => p.pack.organisations);
  const claims = packs.flatMap((p) => p.pack.claims);
  const matchers = { bytes: compileMatcher(organisations), claims: encodeClaims(compileClaims(claims)) };
  const loaded = loadMatcher(matchers.bytes);
  return { matchers, organisations, compileMatcher, loadMatcher, counts: { organisations: organisations.length, aliases: loaded.entryCount, claims: claims.length } };
}

/** A synthetic dictionary of exactly `n` aliases, compiled by the project's compileMatcher, with the real claims. */
export function compileSynthetic(n, real) {
  const orgs = syntheticOrganisations(n);
  const bytes = real.compileMatcher(orgs);
  const aliases = real.loadMatcher(bytes).entryCount;
  if (aliases !== n) throw new Error(`synthetic dictionary: ${aliases} aliases, wanted ${n}`);
  return { matchers: { bytes, claims: real.matchers.claims }, organisations: orgs };
}

/** Counts and sizes of compiled matchers, for results.json. */
export function matcherStats(matchers, loadMatcher) {
  const m = loadMatcher(matchers.bytes);
  return { aliases: m.entryCount, organisations: m.orgCount, bytes: m.byteLength, claimsBytes: matchers.claims.length };
}

/** Names of the functions whose comments carry the data in the Chromium build (build.mjs DATA_FUNCTIONS). */
const DATA_FUNCTION = '__sourceContextMatcher';
const CLAIMS_FUNCTION = '__sourceContextClaims';

/**
 * The matchers as a script in the Chromium build's form (build.mjs matchersModule and
 * matcherDataFunction): the matcher's bytes as base64 in the comment of a function declared at
 * the end of the script, read back with `commentText`, decoded with `decodeBase64` and wrapped by
 * `loadMatcher` (the bench bundle's own, from src/matcher, handed over as `self.__benchLoad`);
 * the claims index likewise, in a second function (loadClaims). The script records the clock
 * at each step; bench/page/entry.ts `loadMatchers` records it right before inserting the script,
 * so the first step (before the script's first statement) is its compilation, which includes
 * scanning the comment.
 */
export function matchersScript(matchers) {
  const { bytes, claims } = matchers;
  const base64 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
  return [
    'self.__benchMatchers = (() => {',
    '  const L = self.__benchLoad;',
    '  const start = performance.now();',
    `  const text = L.commentText(${DATA_FUNCTION});`,
    '  const comment = performance.now();',
    '  const bytes = L.decodeBase64(text);',
    '  const decode = performance.now();',
    '  const organisations = L.loadMatcher(bytes);',
    '  const load = performance.now();',
    `  const claims = L.loadClaims(L.decodeBase64(L.commentText(${CLAIMS_FUNCTION})));`,
    '  const end = performance.now();',
    '  return { matchers: { organisations, claims }, times: { start, comment, decode, load, end } };',
    '})();',
    `function ${DATA_FUNCTION}(){/*${base64}*/}`,
    `function ${CLAIMS_FUNCTION}(){/*${Buffer.from(claims.buffer, claims.byteOffset, claims.byteLength).toString('base64')}*/}`,
    '',
  ].join('\n');
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
