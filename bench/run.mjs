#!/usr/bin/env node
/**
 * npm run bench            the full benchmark (≥ 5 interleaved runs per case; see bench/README.md)
 * npm run bench -- --quick a smaller one for development (under a minute)
 *
 * Builds the extension (node build.mjs) and a bench bundle of the real content-script modules,
 * serves pages from 127.0.0.1, drives Debian's headless Chromium with playwright-core, and writes
 * bench/results/{results.json, report.md, chart.svg} (quick: bench/results/quick/).
 */
import { Buffer } from 'node:buffer';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { cpus, totalmem, release, platform } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { analyseTrace, heapUsed, metrics, startTrace, stopTrace, summariseProfile, taskTimeline } from './lib/cdp.mjs';
import { dynamicPage } from './lib/dynamic.mjs';
import { checkExtension } from './lib/extension.mjs';
import { buildBenchBundle, bundleModules, compileRealDataset, compileSynthetic, corpusAvailable, corpusPages, labelRows, matchersScript, readSeedArticle, ROOT } from './lib/inputs.mjs';
import { writeReport } from './lib/report.mjs';
import { inertPage, startServer } from './lib/server.mjs';
import { median, percentile, summarise } from './lib/stats.mjs';
import { aliasTexts, benchSyntheticPage, syntheticOrganisations } from './lib/synth.mjs';

const QUICK = process.argv.includes('--quick');

/** Changes this benchmark led to in src/ (listed in the report). */
const FIXES = [
  'src/content/annotation.ts, scan.ts, annotator.ts: an annotation keeps its block element and its StaticRange, not the block\'s text nodes. A node held from a content script\'s isolated world keeps its entry in that world\'s wrapper table live, and the table rehashes every live entry each time it doubles: with the 24,180 annotations of the 10 MB page holding a few hundred thousand text nodes, single DOM steps stalled for 70–120 ms (side experiment wrapper-table.mjs). Real extension on the 10 MB page, longest timer task, 3 runs without the profiler: 96 / 119 / 105 ms before, 24 / 22 / 40 ms after.',
  'src/content/annotator.ts: after a change, `add()` keeps the annotations marked as sorted when the new ones come after the last one in document order (appends, the common case), so a flush no longer re-sorts every annotation on the page with compareDocumentPosition; and the filter that drops annotations of re-scanned blocks no longer copies the set of roots once per annotation. Same results; the dynamic page\'s append flush went from about 4.6 to 3.8 ms CPU (p50) in an A/B run.',
  'src/matcher/compiled.ts, compile.ts, match.ts: a compact compiled matcher (format v2: flat arrays and strings laid out at build time, one word table built at load) instead of nested objects keyed by words; organisation matcher JSON 590 → 349 KB, parse + set-up about 28 → 5 ms in Node, heap 1.7 → 0.7 MB. Identical matches on every corpus page and the seed article.',
  'src/content/*: the content script no longer loads zod (settings read by a hand-written parser held to the zod specification by a property test; imported packs validated by the background), whose start-up alone cost tens of milliseconds per page.',
  'src/matcher/claims.ts: claims found through a compile-time table of the words they know, with stemming and scoring only for sentences that have enough key terms: about 3.5× faster, identical results (differential check over 43k blocks).',
  'src/matcher/normalize.ts: tokenize classifies characters through a table filled on first sight instead of a regular expression per character: 2.3× faster, identical tokens on the whole corpus.',
  'src/content/highlights.ts, highlight-window.ts: highlights are registered as a difference, and on pages with more than 400 mentions only the ~400 around the viewport (Chromium rebuilds its markers for every registered range after any DOM, style or highlight change); the window follows scrolling.',
  'src/matcher/word-table.ts: page words are looked up in a typed-array hash table keyed by a hash of four characters and the length, not a Map that hashes every fresh page word in full (the most expensive function of the scan before); the claims matcher shares it. A plain-space gap between words is classified without slicing.',
  'src/content/text-index.ts: the walk reads a block\'s first node\'s data and only the lengths of the others, then the block\'s text in one piece (the element\'s textContent, or a Range\'s text), checked against the summed lengths: reading Text.data node by node was the largest cost of the walk on text split by links and emphasis. Visibility is asked only of blocks that have a match, not of every block element. Blocks identical on every corpus page.',
  'src/content/annotator.ts: a change with no removal (appends, text edits) replaces the changed blocks\' run of annotations, found by binary search, instead of filtering every annotation on the page and re-sorting them all after an edit: this was most of our cost per mutation.',
  'src/content/text-index.ts: a block element with only inline elements inside is read as its textContent, and its text nodes are listed only when it has a match. Whether it has only inline elements is one selector query (plus its spans, the one inline element that can host a shadow root), and the text nodes come from a TreeWalker over text, so the elements in between are never handed to script: in a content script\'s isolated world each node reached gets a wrapper for that world. The walk over the 10 MB page in an isolated world: 623–1,242 ms with the node-by-node walk, 385–403 ms reading such blocks whole, 497–579 vs 555–604 ms for the selector query vs an element-by-element check in a later A/B (side experiment isolated-world-walk.mjs; this machine\'s speed varies between sessions). Identical blocks on 182 pages in Chromium.',
  'src/content/annotator.ts: content found after a page change is highlighted at once, and whether it is visible (checkVisibility) is asked after the next frame, when its style is computed, instead of forcing a style recalculation inside the page\'s task; hidden matches are dropped then (a highlight on hidden text paints nothing meanwhile). In an A/B run of the dynamic page, append latency p50 2.34 → 1.68 ms and p95 3.52 → 2.43 ms, with the same total CPU.',
  'src/content/text-index.ts, scan.ts, annotator.ts: text collection walks siblings instead of a stack of frames, decides skipped elements without a selector per element; a block\'s annotations come out in text order, so the first scan needs no sort; annotations keep the block\'s place, not its text, and word their explanation only when asked; a click is resolved by binary search instead of a per-node index.',
];
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const OUT = join(ROOT, 'bench/results', QUICK ? 'quick' : '');

const CONFIG = QUICK
  ? {
      rounds: 1,
      corpus: 1,
      seedMethods: ['ours', 'markRegExp', 'markArray'],
      corpusMethods: ['ours', 'markRegExp'],
      corpusPhases: false,
      fullSizes: [0.1],
      phaseSizes: [0.1, 0.25],
      dictionaries: [300, 3000, 30000],
      dictSize: 0.1,
      markArrayCapMs: { default: 1000 },
      markRegExpCapMs: 20_000,
      markArray300: false,
      dynamic: { ticks: 10, rounds: 1 },
      extension: { pages: ['seed'], rounds: 1 },
      profiles: [],
      profileDynamic: false,
    }
  : {
      rounds: 5,
      corpus: 24,
      fullSizes: [1, 10],
      phaseSizes: [0.1, 0.3, 1, 3, 10],
      dictionaries: [300, 3000, 30000],
      dictSize: 1,
      // mark(array) makes one pass over the page per keyword: capped, and projected from its progress.
      markArrayCapMs: { default: 2000, 'syn-1MB': 30_000, 'syn-10MB': 20_000 },
      markRegExpCapMs: 300_000,
      markArray300: true,
      seedMethods: ['ours', 'markRegExp', 'markArray', 'wordLoop', 'indexOf'],
      corpusMethods: ['ours', 'markRegExp', 'markArray', 'wordLoop', 'indexOf'],
      corpusPhases: true,
      profileDynamic: true,
      dynamic: { ticks: 100, rounds: 5 },
      extension: { pages: ['seed', 'syn-1MB', 'syn-10MB'], rounds: 5 },
      profiles: ['syn-1MB', 'syn-10MB'],
    };

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
const dicts = { real: { label: 'bundled dataset', matchers: real.matchers, organisations: real.organisations } };
for (const n of CONFIG.dictionaries) dicts[`syn-${n}`] = { label: `synthetic ${n.toLocaleString('en')} aliases`, ...compileSynthetic(n, real) };
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
for (const [id, d] of Object.entries(dicts)) scripts[`/matchers/${id}.js`] = () => matchersScript(d.matchers);
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
  full: {},
  phases: {},
  dynamic: null,
  extension: null,
  profiles: {},
  errors: [],
  fixes: FIXES,
};
for (const [id, d] of Object.entries(dicts)) results.dictionaries[id] = { label: d.label, aliases: d.matchers.organisations.entries.a.length, organisations: d.matchers.organisations.orgs.ids.length, jsonBytes: JSON.stringify(d.matchers).length };

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
// The browser and one measured run
// ---------------------------------------------------------------------------------------------

if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: apt-get install chromium (see ../shared/BROWSER-TESTING.md)`);
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  headless: true,
  // Every host but 127.0.0.1 fails to resolve at once: saved pages cannot reach the network.
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
});
results.meta.chromium = `${chromiumVersion} (playwright reports ${browser.version()})`;
const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });

async function withPage(pageId, fn) {
  const page = await context.newPage();
  try {
    await page.goto(`${server.origin}/p/${pageId}`, { waitUntil: 'load', timeout: 300_000 });
    const cdp = await context.newCDPSession(page);
    // Thread CPU time as well as wall time: this machine is shared, and CPU time is what our code
    // costs the page's main thread whatever else runs.
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    return await fn(page, cdp);
  } finally {
    await page.close().catch(() => undefined);
  }
}

const capFor = (pageId) => CONFIG.markArrayCapMs[pageId] ?? CONFIG.markArrayCapMs.default;

/** In-page calls for each full-annotation method. */
const CALLS = {
  ours: () => window.__bench.ours(),
  markRegExp: (cap) => window.__bench.markRegExp(cap, false),
  markArray: (cap) => window.__bench.markArray(cap),
  wordLoop: () => window.__bench.wordLoopPage(),
  indexOf: () => window.__bench.indexOfPage(),
};

/** One full-annotation run in a fresh page, traced: main-thread time, longest task, layouts, nodes, heap. */
async function fullRun(pageId, method, dict = 'real') {
  return withPage(pageId, async (page, cdp) => {
    // The parsed dataset's heap is measured in our runs (the baselines load the same script, unmeasured).
    const h0 = method === 'ours' ? await heapUsed(cdp) : null;
    const load = await page.evaluate((url) => window.__bench.loadMatchers(url), `/matchers/${dict}.js`);
    const h1 = await heapUsed(cdp);
    const nodes0 = await page.evaluate(() => window.__bench.nodeCount());
    await startTrace(cdp);
    const cap = method === 'markArray' ? capFor(pageId) : CONFIG.markRegExpCapMs;
    const m0 = await metrics(cdp);
    const out = await page.evaluate(CALLS[method], cap);
    const m1 = await metrics(cdp);
    const events = await stopTrace(cdp);
    const trace = analyseTrace(events);
    const nodes1 = await page.evaluate(() => window.__bench.nodeCount());
    const h2 = await heapUsed(cdp);
    return {
      ...out,
      ...(trace ?? { traceError: 'marks not found' }),
      cpuMs: (m1.ThreadTime - m0.ThreadTime) * 1000,
      parseMs: load.parseMs,
      loadMs: load.loadMs,
      datasetHeapBytes: h0 == null ? null : h1 - h0,
      heapDeltaBytes: h2 - h1,
      nodesAdded: nodes1 - nodes0,
      layoutCount: m1.LayoutCount - m0.LayoutCount,
      styleCount: m1.RecalcStyleCount - m0.RecalcStyleCount,
    };
  });
}

/** The steps of a phase run, each a separate in-page call timed by the page's clock and by main-thread CPU time. */
const PHASE_STEPS = {
  ours: ['collect', 'scan', 'highlight'],
  floors: ['collect', 'wordLoop', 'indexOf', 'tokenize', 'matchOrganisations', 'matchClaims'],
};

/** One phase run in a fresh page (ours: collect / scan / highlight; floors: collect / word loop / indexOf / the scan's parts). */
async function phaseRun(pageId, kind, dict = 'real') {
  return withPage(pageId, async (page, cdp) => {
    const load = await page.evaluate((url) => window.__bench.loadMatchers(url), `/matchers/${dict}.js`);
    const out = { parseMs: load.parseMs, loadMs: load.loadMs };
    for (const step of PHASE_STEPS[kind]) {
      const m0 = await metrics(cdp);
      const r = await page.evaluate((name) => window.__bench[name](), step);
      const m1 = await metrics(cdp);
      out[`${step}Ms`] = r.ms;
      out[`${step}CpuMs`] = (m1.ThreadTime - m0.ThreadTime) * 1000;
      for (const [k, v] of Object.entries(r)) if (k !== 'ms') out[step === 'collect' || step === 'scan' ? k : `${step}${k[0].toUpperCase()}${k.slice(1)}`] = v;
    }
    return out;
  });
}

async function safely(label, fn) {
  try {
    return await fn();
  } catch (error) {
    const message = String(error?.message ?? error).split('\n')[0].slice(0, 300);
    log(`  ! ${label}: ${message}`);
    results.errors.push({ label, message });
    return { error: message };
  }
}

async function pageStats(pageId) {
  if (results.pages[pageId]?.stats) return;
  const stats = await withPage(pageId, (page) => page.evaluate(() => window.__bench.pageStats()));
  const p = pages[pageId];
  results.pages[pageId] = { label: p.label, kind: p.kind, url: p.url, file: p.file, mb: p.mb, htmlBytes: Buffer.byteLength(p.html()), stats };
}

// ---------------------------------------------------------------------------------------------
// Scenarios
// ---------------------------------------------------------------------------------------------

const FULL_METHODS = ['ours', 'markRegExp', 'markArray', 'wordLoop', 'indexOf'];

/** Full annotation, all methods, interleaved per round (ours, baseline, …), then phases and floors. */
async function fullScenario(pageId, { full = true, phases = true, methods = FULL_METHODS } = {}) {
  await safely(`${pageId} stats`, () => pageStats(pageId));
  const runs = Object.fromEntries(methods.map((m) => [m, []]));
  const phaseRuns = { ours: [], floors: [] };
  for (let r = 0; r < CONFIG.rounds; r++) {
    if (full) {
      for (const method of methods) {
        const out = await safely(`${pageId} ${method} #${r + 1}`, () => fullRun(pageId, method));
        runs[method].push(out);
      }
    }
    if (phases) {
      for (const kind of ['ours', 'floors']) phaseRuns[kind].push(await safely(`${pageId} phases ${kind} #${r + 1}`, () => phaseRun(pageId, kind)));
    }
  }
  if (full) results.full[pageId] = Object.fromEntries(methods.map((m) => [m, { runs: runs[m], summary: summarise(runs[m].filter((x) => !x.error)) }]));
  if (phases) {
    results.phases[pageId] ??= {};
    results.phases[pageId].real = Object.fromEntries(Object.entries(phaseRuns).map(([k, v]) => [k, { runs: v, summary: summarise(v.filter((x) => !x.error)) }]));
  }
  const o = results.full[pageId]?.ours?.summary;
  const b = results.full[pageId]?.markRegExp?.summary;
  const ph = results.phases[pageId]?.real?.ours?.summary;
  const fl = results.phases[pageId]?.real?.floors?.summary;
  log(
    `  ${pageId}: ${results.pages[pageId]?.stats?.chars ?? '?'} chars; CPU ms:` +
      (o ? ` ours ${fmt(o.busyCpuMs?.median)} (longest task ${fmt(o.longestTaskMs?.median)} wall), mark.js regexp ${fmt(b?.busyCpuMs?.median)};` : '') +
      (ph ? ` collect ${fmt(ph.collectCpuMs?.median)} / scan ${fmt(ph.scanCpuMs?.median)} / highlight ${fmt(ph.highlightCpuMs?.median)}, word loop ${fmt(fl?.wordLoopCpuMs?.median)}` : ''),
  );
  save();
}

const fmt = (x) => (x == null ? '–' : x >= 100 ? x.toFixed(0) : x.toFixed(1));

/** Dictionary scaling: the same page scanned with 300 / 3,000 / 30,000 synthetic aliases and the real set. */
async function dictionaryScenario(pageId) {
  const ids = Object.keys(dicts);
  const runs = Object.fromEntries(ids.map((id) => [id, { ours: [], floors: [], markRegExp: [] }]));
  for (let r = 0; r < CONFIG.rounds; r++) {
    for (const id of ids) {
      if (id === 'real' && results.phases[pageId]?.real) continue; // measured already with the real set
      runs[id].ours.push(await safely(`${pageId} ${id} phases #${r + 1}`, () => phaseRun(pageId, 'ours', id)));
      runs[id].floors.push(await safely(`${pageId} ${id} floors #${r + 1}`, () => phaseRun(pageId, 'floors', id)));
    }
  }
  results.phases[pageId] ??= {};
  for (const id of ids) {
    if (id === 'real' && results.phases[pageId].real) continue;
    results.phases[pageId][id] = Object.fromEntries(Object.entries(runs[id]).filter(([, v]) => v.length).map(([k, v]) => [k, { runs: v, summary: summarise(v.filter((x) => !x.error)) }]));
  }
  for (const id of ids) {
    const s = results.phases[pageId][id]?.ours?.summary;
    results.dictionaries[id].parseMs = s?.parseMs ?? results.dictionaries[id].parseMs;
    log(`  ${id}: scan ${fmt(s?.scanCpuMs?.median)} ms CPU, JSON.parse ${fmt(s?.parseMs?.median)} ms, word loop ${fmt(results.phases[pageId][id]?.floors?.summary?.wordLoopCpuMs?.median)} ms CPU`);
  }
  save();
}

/** mark(array) with the 300-alias dictionary, where it can finish (it overflows the stack on long lists). */
async function markArraySmallDictionary(pageId) {
  const runs = [];
  for (let r = 0; r < CONFIG.rounds; r++) {
    runs.push(
      await safely(`${pageId} markArray syn-300 #${r + 1}`, () =>
        withPage(pageId, async (page) => {
          await page.evaluate((url) => window.__bench.loadMatchers(url), '/matchers/syn-300.js');
          return page.evaluate((cap) => window.__bench.markArray(cap), CONFIG.markRegExpCapMs);
        }),
      ),
    );
    runs.push(
      await safely(`${pageId} ours syn-300 #${r + 1}`, () =>
        withPage(pageId, async (page) => {
          await page.evaluate((url) => window.__bench.loadMatchers(url), '/matchers/syn-300.js');
          return { method: 'ours', ...(await page.evaluate(() => window.__bench.ours())) };
        }),
      ),
    );
  }
  const mark = runs.filter((x) => !x.method && !x.error);
  const ours = runs.filter((x) => x.method === 'ours');
  results.markArray300 = { page: pageId, markArray: { runs: mark, summary: summarise(mark) }, ours: { runs: ours, summary: summarise(ours) } };
  log(`  mark(array) with 300 aliases on ${pageId}: ${fmt(median(mark.map((x) => x.wallMs)))} ms (ours ${fmt(median(ours.map((x) => x.wallMs)))} ms wall)`);
  save();
}

/** The dynamic page with the annotator running vs not, interleaved. */
async function dynamicScenario() {
  await safely('dynamic stats', () => pageStats('dynamic'));
  const runs = { with: [], without: [] };
  for (let r = 0; r < CONFIG.dynamic.rounds; r++) {
    for (const mode of ['with', 'without']) {
      runs[mode].push(
        await safely(`dynamic ${mode} #${r + 1}`, () =>
          withPage('dynamic', async (page, cdp) => {
            await page.evaluate((url) => window.__bench.loadMatchers(url), '/matchers/real.js');
            let initial = null;
            if (mode === 'with') initial = await page.evaluate(() => window.__bench.ours());
            const rendersBefore = mode === 'with' ? (await page.evaluate(() => window.__bench.renders())).length : 0;
            await startTrace(cdp);
            const m0 = await metrics(cdp);
            await page.evaluate(() => performance.mark('bench-start'));
            const ops = await page.evaluate(([t, hz]) => window.__dynamic(t, hz), [CONFIG.dynamic.ticks, 10]);
            await page.evaluate(() => performance.mark('bench-end'));
            const m1 = await metrics(cdp);
            const tasks = taskTimeline(await stopTrace(cdp));
            const renders = mode === 'with' ? (await page.evaluate(() => window.__bench.renders())).slice(rendersBefore) : [];
            for (const op of ops) {
              const r2 = renders.find((t) => t >= op.t1 && t <= op.t2);
              op.latencyMs = r2 == null ? null : r2 - op.t0;
              op.editMs = op.t1 - op.t0;
              op.taskMs = op.t2 - op.t0;
              // The page's task that made the change (and ran our observer after it), from the trace: CPU time.
              const task = tasks?.at(op.t0);
              op.taskCpuMs = task?.tdur != null ? task.tdur / 1000 : null;
            }
            return { ops, initialMatches: initial?.matches ?? null, taskMs: (m1.ThreadTime - m0.ThreadTime) * 1000, layoutCount: m1.LayoutCount - m0.LayoutCount };
          }),
        ),
      );
    }
  }
  const ok = (list) => list.filter((x) => !x.error);
  const opsOf = (mode, kind) => ok(runs[mode]).flatMap((x) => x.ops.filter((o) => o.kind === kind));
  const dist = (values) => ({ p50: percentile(values, 50), p95: percentile(values, 95), max: values.length ? Math.max(...values) : null, n: values.length });
  const out = { ticks: CONFIG.dynamic.ticks, rounds: CONFIG.dynamic.rounds, hz: 10 };
  for (const kind of ['append', 'edit']) {
    const withOps = opsOf('with', kind);
    const withoutOps = opsOf('without', kind);
    const lat = withOps.map((o) => o.latencyMs).filter((x) => x != null);
    out[kind] = {
      chars: median(withOps.map((o) => o.chars)),
      latencyMs: dist(lat),
      latencyPer2KBMs: dist(withOps.filter((o) => o.latencyMs != null).map((o) => (o.latencyMs * 2048) / Math.max(1, kind === 'append' ? o.chars : 2048))),
      withoutRender: withOps.length - lat.length,
      editMs: { with: dist(withOps.map((o) => o.editMs)), without: dist(withoutOps.map((o) => o.editMs)) },
      taskMs: { with: dist(withOps.map((o) => o.taskMs)), without: dist(withoutOps.map((o) => o.taskMs)) },
      taskCpuMs: { with: dist(withOps.map((o) => o.taskCpuMs).filter((x) => x != null)), without: dist(withoutOps.map((o) => o.taskCpuMs).filter((x) => x != null)) },
    };
    out[kind].addedCpuMs = dist(withOps.map((o) => o.taskCpuMs).filter((x) => x != null).map((x) => x - out[kind].taskCpuMs.without.p50));
    out[kind].editSlowdown = out[kind].editMs.with.p50 / out[kind].editMs.without.p50;
    out[kind].taskSlowdown = out[kind].taskMs.with.p50 / out[kind].taskMs.without.p50;
  }
  out.sessionTaskMs = { with: summarise(ok(runs.with).map((x) => ({ v: x.taskMs }))).v, without: summarise(ok(runs.without).map((x) => ({ v: x.taskMs }))).v };
  out.runs = Object.fromEntries(Object.entries(runs).map(([k, v]) => [k, v.map((x) => (x.error ? x : { taskMs: x.taskMs, layoutCount: x.layoutCount, initialMatches: x.initialMatches, ops: x.ops.length }))]));
  results.dynamic = out;
  log(`  dynamic: append latency p50 ${fmt(out.append.latencyMs.p50)} / p95 ${fmt(out.append.latencyMs.p95)} ms; edit p95 ${fmt(out.edit.latencyMs.p95)} ms; page edits ×${out.append.editSlowdown?.toFixed(2)} (append), ×${out.edit.editSlowdown?.toFixed(2)} (edit)`);
  save();
}

/** CPU profile of ours (the real Annotator path) on one page, summarised by function and by module. */
async function profileScenario(pageId) {
  const out = await withPage(pageId, async (page, cdp) => {
    await page.evaluate((url) => window.__bench.loadMatchers(url), '/matchers/real.js');
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    const res = await page.evaluate(() => window.__bench.ours());
    const { profile } = await cdp.send('Profiler.stop');
    return { res, profile };
  });
  const summary = summariseProfile(out.profile, 25);
  summary.rows = labelRows(summary.rows, bundleModules(bundle));
  summary.run = { matches: out.res.matches };
  summary.byModule = profileByModule(out.profile);
  results.profiles[`ours@${pageId}`] = { wallMs: out.res.wallMs, ...summary };
  save();
}

/** CPU profile of the dynamic page while the annotator follows it (after the first full scan). */
async function profileDynamic() {
  const out = await withPage('dynamic', async (page, cdp) => {
    await page.evaluate((url) => window.__bench.loadMatchers(url), '/matchers/real.js');
    await page.evaluate(() => window.__bench.ours());
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    await page.evaluate(([t, hz]) => window.__dynamic(t, hz), [Math.min(50, CONFIG.dynamic.ticks), 10]);
    const { profile } = await cdp.send('Profiler.stop');
    return profile;
  });
  const summary = summariseProfile(out, 25);
  summary.rows = labelRows(summary.rows, bundleModules(bundle));
  summary.byModule = profileByModule(out);
  results.profiles['ours@dynamic'] = summary;
  save();
}

/** Attribute profile samples to the source modules of the bundle (and natives by name). */
function profileByModule(profile) {
  const moduleAt = bundleModules(bundle);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const totals = new Map();
  let total = 0;
  profile.samples.forEach((id, k) => {
    const frame = byId.get(id).callFrame;
    const us = profile.timeDeltas[k] ?? 0;
    if (frame.functionName === '(idle)') return;
    const key = frame.url.endsWith('/bench.js') ? moduleAt[frame.lineNumber] ?? '(bench bundle)' : frame.url ? frame.url.split('/').pop() : `native: ${frame.functionName || '(anonymous)'}`;
    totals.set(key, (totals.get(key) ?? 0) + us);
    total += us;
  });
  return [...totals].sort((a, b) => b[1] - a[1]).slice(0, 15).map(([module, us]) => ({ module, ms: us / 1000, share: us / total }));
}

// ---------------------------------------------------------------------------------------------
// Run
// ---------------------------------------------------------------------------------------------

try {
  log(`${chromiumVersion}; dataset ${real.counts.organisations} organisations, ${real.counts.aliases} aliases, ${real.counts.claims} claims; ${QUICK ? 'quick' : 'full'} mode`);
  log('seed article…');
  await fullScenario('seed', { methods: CONFIG.seedMethods });
  for (const p of Object.values(pages).filter((x) => x.kind === 'corpus')) {
    log(`${p.id} (${p.label})…`);
    await fullScenario(p.id, { methods: CONFIG.corpusMethods, phases: CONFIG.corpusPhases });
  }
  for (const mb of sizes) {
    const id = `syn-${mb}MB`;
    const full = CONFIG.fullSizes.includes(mb);
    const phases = CONFIG.phaseSizes.includes(mb) || mb === CONFIG.dictSize;
    log(`${id}…`);
    await fullScenario(id, { full, phases });
    if (mb === CONFIG.dictSize) {
      log(`dictionary scaling on ${id}…`);
      await dictionaryScenario(id);
    }
  }
  if (CONFIG.markArray300) {
    log('mark(array) with the 300-alias dictionary on the seed article…');
    await markArraySmallDictionary('seed');
  }
  log('dynamic page…');
  await dynamicScenario();
  for (const id of CONFIG.profiles) {
    log(`CPU profile of ours on ${id}…`);
    await safely(`profile ${id}`, () => profileScenario(id));
  }
  if (CONFIG.profileDynamic) {
    log('CPU profile of ours on the dynamic page…');
    await safely('profile dynamic', () => profileDynamic());
  }
  await context.close();
  await browser.close();
  log('the real extension (--load-extension), cross-check…');
  results.extension = await safely('extension', () => checkExtension({ server, pages: CONFIG.extension.pages, rounds: CONFIG.extension.rounds, results, log }));
  save();
} finally {
  await browser.close().catch(() => undefined);
  await server.close();
}

writeReport({ results, outDir: OUT, quick: QUICK });
save();
log(`done: ${join(OUT, 'report.md')}`);
