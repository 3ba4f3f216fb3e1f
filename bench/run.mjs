#!/usr/bin/env node
/**
 * npm run bench            the full benchmark (≥ 5 interleaved runs per case; see bench/README.md)
 * npm run bench -- --quick a smaller one for development (2.5–4 minutes)
 *
 * Builds the extension (node build.mjs) and a bench bundle of the real content-script modules,
 * serves pages from 127.0.0.1, drives Debian's headless Chromium with playwright-core, and writes
 * bench/results/{results.json, report.md, chart.svg} (quick: bench/results/quick/). This file is
 * the orchestration: inputs, then the scenarios (bench/lib/scenarios/) in order, then the report.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, release, platform } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM, CONFIG, FIXES, OUT, QUICK } from './lib/config.mjs';
import { dynamicPage } from './lib/dynamic.mjs';
import { checkExtension } from './lib/extension.mjs';
import { evaluationTimes } from './lib/extension-evaluation.mjs';
import { buildBenchBundle, compileRealDataset, compileSynthetic, corpusAvailable, corpusPages, matchersScript, matcherStats, readSeedArticle, ROOT } from './lib/inputs.mjs';
import { writeReport } from './lib/report.mjs';
import { dictionaryScenario } from './lib/scenarios/dictionaries.mjs';
import { dynamicScenario } from './lib/scenarios/dynamic.mjs';
import { fullScenario } from './lib/scenarios/full.mjs';
import { markArraySmallDictionary } from './lib/scenarios/mark-array.mjs';
import { profileDynamic, profileScenario } from './lib/scenarios/profiles.mjs';
import { inertPage, startServer } from './lib/server.mjs';
import { openSession } from './lib/session.mjs';
import { aliasTexts, benchSyntheticPage, syntheticOrganisations } from './lib/synth.mjs';

const started = performance.now();
const log = (...args) => console.log(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s]`, ...args);

mkdirSync(OUT, { recursive: true });

/** results.json, with numbers rounded to 3 decimals (µs for times in ms): smaller, same information. */
function writeResults(data) {
  const round = (_, v) => (typeof v === 'number' && !Number.isInteger(v) ? Math.round(v * 1000) / 1000 : v);
  writeFileSync(join(OUT, 'results.json'), `${JSON.stringify(data, round, 1)}\n`);
}

// `--report`: rewrite report.md and chart.svg from the last results.json (no measuring).
if (process.argv.includes('--report')) {
  const saved = JSON.parse(readFileSync(join(OUT, 'results.json'), 'utf8'));
  saved.fixes = FIXES;
  writeReport({ results: saved, outDir: OUT, quick: QUICK });
  writeResults(saved);
  console.log(`rewrote ${join(OUT, 'report.md')}`);
  process.exit(0);
}

// ---------------------------------------------------------------------------------------------
// Inputs
// ---------------------------------------------------------------------------------------------

// The dataset is compiled twice, by build.mjs for the extension and here for the bench bundle: they
// must be the same dataset (data files may change while this runs), so compare and retry.
let real;
for (let attempt = 1; ; attempt++) {
  log('building the extension (node build.mjs)…');
  const built = execFileSync(process.execPath, ['build.mjs'], { cwd: ROOT, encoding: 'utf8' });
  process.stdout.write(built);
  log('compiling the dataset for the bench bundle…');
  real = await compileRealDataset();
  const m = /(\d+) organisations, (\d+) claims/.exec(built);
  if (!m || (Number(m[1]) === real.counts.organisations && Number(m[2]) === real.counts.claims)) break;
  if (attempt === 3) throw new Error('the dataset keeps changing between the extension build and the bench compile; try again');
  log(`the dataset changed during the build (${m[1]} vs ${real.counts.organisations} organisations); again…`);
}
const bundle = await buildBenchBundle();
// The dictionaries of the scaling scenario: the bundled dataset and the synthetic sizes.
const dicts = { real: { label: 'bundled dataset', matchers: real.matchers, organisations: real.organisations } };
for (const n of CONFIG.dictionaries) {
  log(`compiling the synthetic ${n.toLocaleString('en')}-alias dictionary…`);
  dicts[`syn-${n}`] = { label: `synthetic ${n.toLocaleString('en')} aliases`, ...compileSynthetic(n, real) };
}
// Served too, but not a scaling case: mark(array) can finish only with a short list.
const served = { ...dicts, ...(CONFIG.markArray300 ? { 'syn-300': { label: 'synthetic 300 aliases', ...compileSynthetic(300, real) } } : {}) };
const syn30k = dicts['syn-30000']?.organisations ?? syntheticOrganisations(30000);
// Page text names: the real dataset's (so the real matcher has work) and the synthetic dictionaries' (so they do).
const nameSets = [aliasTexts(real.organisations), aliasTexts(syn30k)];

const pages = {};
const addPage = (id, spec) => (pages[id] = { id, ...spec });
addPage('seed', { label: 'Seed article (wrp.org.uk/news/12072)', kind: 'seed', html: readSeedArticle });
const hasCorpus = corpusAvailable();
if (hasCorpus) {
  for (const [i, c] of corpusPages(CONFIG.corpus).entries()) addPage(`corpus-${i + 1}`, { label: new URL(c.url).host + new URL(c.url).pathname.slice(0, 40), url: c.url, file: c.file, kind: 'corpus', html: () => inertPage(c.read()) });
} else log('../shared/corpus is missing: corpus pages are skipped (the report says so)');
const sizes = [...new Set([...CONFIG.fullSizes, ...CONFIG.phaseSizes, CONFIG.dictSize])].sort((a, b) => a - b);
for (const mb of sizes) addPage(`syn-${mb}MB`, { label: `Synthetic ${mb} MB of text`, kind: 'synthetic', mb, html: () => benchSyntheticPage(mb, nameSets) });
addPage('dynamic', { label: 'Dynamic page (2 KB appends at 10 Hz + edits)', kind: 'dynamic', html: () => dynamicPage({ nameSets }) });
addPage('blank', { label: 'blank', kind: 'blank', html: () => '<!doctype html><title>blank</title><p>A blank page.</p>' });

const scripts = {
  '/bench.js': () => bundle,
  '/mark.min.js': () => readFileSync(join(ROOT, 'node_modules/mark.js/dist/mark.min.js'), 'utf8'),
  '/content.css': () => readFileSync(join(ROOT, 'src/content/page.css'), 'utf8'),
};
for (const [id, d] of Object.entries(served)) scripts[`/matchers/${id}.js`] = () => matchersScript(d.matchers);
const server = await startServer({ pages: Object.fromEntries(Object.values(pages).map((p) => [`/p/${p.id}`, p.html])), scripts });

// ---------------------------------------------------------------------------------------------
// Results (written after every scenario, so an interruption loses little)
// ---------------------------------------------------------------------------------------------

/** The commit measured, and whether the measured source (src/, bench/page, build.mjs, the data) had uncommitted changes. */
function sourceRevision() {
  try {
    const git = (...args) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return { commit: git('rev-parse', '--short', 'HEAD'), uncommitted: git('status', '--porcelain', '--', 'src', 'bench/page', 'build.mjs', 'manifest.json', 'package-lock.json') !== '' };
  } catch {
    return null; // not a git checkout
  }
}

const chromiumVersion = execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
const results = {
  meta: {
    date: new Date().toISOString(),
    mode: QUICK ? 'quick' : 'full',
    machine: { cpu: cpus()[0]?.model, cores: cpus().length, memoryGB: Math.round(totalmem() / 2 ** 30), platform: `${platform()} ${release()}`, os: readOs() },
    node: process.version,
    chromium: chromiumVersion,
    playwright: JSON.parse(readFileSync(join(ROOT, 'node_modules/playwright-core/package.json'), 'utf8')).version,
    markjs: JSON.parse(readFileSync(join(ROOT, 'node_modules/mark.js/package.json'), 'utf8')).version,
    dataset: real.counts,
    source: sourceRevision(),
    corpus: hasCorpus ? 'available' : 'missing',
    config: CONFIG,
  },
  pages: {},
  dictionaries: {},
  scaling: null,
  full: {},
  phases: {},
  dynamic: null,
  extension: null,
  profiles: {},
  errors: [],
  fixes: FIXES,
};
for (const [id, d] of Object.entries(served)) results.dictionaries[id] = { label: d.label, ...matcherStats(d.matchers, real.loadMatcher), scriptBytes: matchersScript(d.matchers).length };

function save() {
  results.meta.durationS = Math.round((performance.now() - started) / 1000);
  writeResults(results);
}

function readOs() {
  try {
    return /PRETTY_NAME="([^"]+)"/.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] ?? '';
  } catch {
    return '';
  }
}

// ---------------------------------------------------------------------------------------------
// Run
// ---------------------------------------------------------------------------------------------

const session = await openSession({ chromiumPath: CHROMIUM, config: CONFIG, results, pages, server, log });
results.meta.chromium = `${chromiumVersion} (playwright reports ${session.browser.version()})`;
/** What every scenario gets: the session's runs, the inputs, and where to write. */
const s = { ...session, config: CONFIG, results, pages, dicts, bundle, log, save };

try {
  log(`${chromiumVersion}; dataset ${real.counts.organisations} organisations, ${real.counts.aliases} aliases, ${real.counts.claims} claims; ${QUICK ? 'quick' : 'full'} mode`);
  log('seed article…');
  await fullScenario(s, 'seed', { methods: CONFIG.seedMethods });
  for (const p of Object.values(pages).filter((x) => x.kind === 'corpus')) {
    log(`${p.id} (${p.label})…`);
    await fullScenario(s, p.id, { methods: CONFIG.corpusMethods, phases: CONFIG.corpusPhases });
  }
  for (const mb of sizes) {
    const id = `syn-${mb}MB`;
    const full = CONFIG.fullSizes.includes(mb);
    const phases = CONFIG.phaseSizes.includes(mb) || mb === CONFIG.dictSize;
    log(`${id}…`);
    await fullScenario(s, id, { full, phases });
    if (mb === CONFIG.dictSize) {
      log(`dictionary scaling on ${id}…`);
      await dictionaryScenario(s, id);
    }
  }
  if (CONFIG.markArray300) {
    log('mark(array) with the 300-alias dictionary on the seed article…');
    await markArraySmallDictionary(s, 'seed');
  }
  log('dynamic page…');
  await dynamicScenario(s);
  for (const id of CONFIG.profiles) {
    log(`CPU profile of ours on ${id}…`);
    await session.safely(`profile ${id}`, () => profileScenario(s, id));
  }
  if (CONFIG.profileDynamic) {
    log('CPU profile of ours on the dynamic page…');
    await session.safely('profile dynamic', () => profileDynamic(s));
  }
  await session.close();
  log('the real extension (--load-extension), cross-check…');
  results.extension = await session.safely('extension', () => checkExtension({ server, pages: CONFIG.extension.pages, rounds: CONFIG.extension.rounds, results, log }));
  log('content.js evaluation with the bundled dataset, Chromium and Firefox (instrumented copies)…');
  if (!results.extension.error) results.extension.evaluation = await evaluationTimes({ server, runs: CONFIG.extension.evaluationRuns, log });
  save();
} finally {
  await session.close();
  await server.close();
}

writeReport({ results, outDir: OUT, quick: QUICK });
save();
log(`done: ${join(OUT, 'report.md')}`);
