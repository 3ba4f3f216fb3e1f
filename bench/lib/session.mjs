/**
 * The bench's browser session: Debian's headless Chromium (playwright-core), a fresh page per
 * measured run, and the two kinds of run every scenario is made of (a traced full annotation, and
 * the phases one call at a time). Scenarios (bench/lib/scenarios/) get this object, with the
 * results they write into and the log.
 */
import { Buffer } from 'node:buffer';
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { analyseTrace, heapUsage, heapUsed, metrics, startTrace, stopTrace } from './cdp.mjs';

export const fmt = (x) => (x == null ? '–' : x >= 100 ? x.toFixed(0) : x.toFixed(1));

/** In-page calls for each full-annotation method. */
const CALLS = {
  ours: () => window.__bench.ours(),
  markRegExp: (cap) => window.__bench.markRegExp(cap, false),
  markArray: (cap) => window.__bench.markArray(cap),
  wordLoop: () => window.__bench.wordLoopPage(),
  indexOf: () => window.__bench.indexOfPage(),
};

/** The steps of a phase run, each a separate in-page call timed by the page's clock and by main-thread CPU time. */
const PHASE_STEPS = {
  ours: ['collect', 'scan', 'highlight'],
  floors: ['collect', 'wordLoop', 'indexOf', 'tokenize', 'matchOrganisations', 'matchClaims'],
};

/**
 * Load a dictionary's matchers script in the page (bench/page/entry.ts prepareMatchers, then
 * runMatchers): ready times by the page's clock, and counts. With `cdp`, also the CPU time: the
 * main thread's thread time around the run call, and from a trace of it the script's
 * `EvaluateScript` (compile + run, wall and thread time) and the V8 compilation inside it. On this
 * shared machine the page's clock includes time spent waiting for a CPU; thread time does not.
 */
export async function loadDictionary(page, dict, cdp = null) {
  await page.evaluate((url) => window.__bench.prepareMatchers(url), `/matchers/${dict}.js`);
  if (!cdp) return page.evaluate(() => window.__bench.runMatchers());
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,v8', transferMode: 'ReturnAsStream' });
  const m0 = await metrics(cdp);
  const load = await page.evaluate(() => window.__bench.runMatchers());
  const m1 = await metrics(cdp);
  const events = await stopTrace(cdp);
  // The inline script's evaluation is the longest EvaluateScript of the window (the call itself is not one).
  const evaluate = events.filter((e) => e.ph === 'X' && e.name === 'EvaluateScript').sort((a, b) => b.dur - a.dur)[0];
  const inside = (e) => e.pid === evaluate.pid && e.tid === evaluate.tid && e.ts >= evaluate.ts && e.ts + e.dur <= evaluate.ts + evaluate.dur;
  const compile = evaluate ? events.filter((e) => e.ph === 'X' && e.name === 'v8.compile' && inside(e)) : [];
  return {
    ...load,
    readyCallCpuMs: (m1.ThreadTime - m0.ThreadTime) * 1000,
    evaluateMs: evaluate ? evaluate.dur / 1000 : null,
    evaluateCpuMs: evaluate?.tdur != null ? evaluate.tdur / 1000 : null,
    compileCpuMs: evaluate ? compile.reduce((t, e) => t + (e.tdur ?? e.dur), 0) / 1000 : null,
  };
}

/** The dataset's load times as stored with each run (the counts are in results.dictionaries). */
const READY_FIELDS = ['readyMs', 'compileMs', 'commentMs', 'decodeMs', 'loadMatcherMs', 'claimsMs', 'readyCallCpuMs', 'evaluateMs', 'evaluateCpuMs', 'compileCpuMs'];
const readyFields = (load) => Object.fromEntries(READY_FIELDS.filter((k) => load[k] !== undefined).map((k) => [k, load[k]]));

export async function openSession({ chromiumPath, config, results, pages, server, log }) {
  if (!existsSync(chromiumPath)) throw new Error(`${chromiumPath} not found: apt-get install chromium (see ../shared/BROWSER-TESTING.md)`);
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    // Every host but 127.0.0.1 fails to resolve at once: saved pages cannot reach the network.
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
  });
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

  const capFor = (pageId) => config.markArrayCapMs[pageId] ?? config.markArrayCapMs.default;

  /** One full-annotation run in a fresh page, traced: main-thread time, longest task, layouts, nodes, heap. */
  async function fullRun(pageId, method, dict = 'real') {
    return withPage(pageId, async (page, cdp) => {
      // The loaded dataset's heap is measured in our runs (the baselines load the same script, unmeasured).
      const h0 = method === 'ours' ? await heapUsed(cdp) : null;
      const load = await loadDictionary(page, dict);
      const h1 = await heapUsed(cdp);
      const nodes0 = await page.evaluate(() => window.__bench.nodeCount());
      await startTrace(cdp);
      const cap = method === 'markArray' ? capFor(pageId) : config.markRegExpCapMs;
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
        ...readyFields(load),
        datasetHeapBytes: h0 == null ? null : h1 - h0,
        heapDeltaBytes: h2 - h1,
        nodesAdded: nodes1 - nodes0,
        layoutCount: m1.LayoutCount - m0.LayoutCount,
        styleCount: m1.RecalcStyleCount - m0.RecalcStyleCount,
      };
    });
  }

  /**
   * One phase run in a fresh page (ours: collect / scan / highlight; floors: collect / word loop /
   * indexOf / the scan's parts). `heap`: also the JS heap, and the backing stores of ArrayBuffers
   * and external strings, after a GC before and after the dataset loads (what loading keeps);
   * `cpu`: the load's CPU time too (see loadDictionary).
   */
  async function phaseRun(pageId, kind, dict = 'real', { heap = false, cpu = false } = {}) {
    return withPage(pageId, async (page, cdp) => {
      const h0 = heap ? await heapUsage(cdp) : null;
      const load = await loadDictionary(page, dict, cpu ? cdp : null);
      const h1 = heap ? await heapUsage(cdp) : null;
      const out = { ...readyFields(load) };
      if (heap) {
        out.datasetHeapBytes = h1.used - h0.used;
        out.datasetBackingBytes = h0.backing == null ? null : h1.backing - h0.backing;
      }
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

  return {
    browser,
    context,
    withPage,
    fullRun,
    phaseRun,
    safely,
    pageStats,
    close: async () => {
      await context.close().catch(() => undefined);
      await browser.close().catch(() => undefined);
    },
  };
}
