/**
 * Cross-check with the real extension: dist/chrome loaded with --load-extension in a persistent
 * context (the only way Chromium loads extensions), on the same pages served without the bench
 * scripts. Compares the highlight counts with the bench bundle's, and reads from a trace the
 * content script's own evaluation (which parses the bundled dataset) and the longest main-thread
 * task from then until the page is annotated.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startTrace, stopTrace, taskKind } from './cdp.mjs';
import { ROOT } from './inputs.mjs';
import { median } from './stats.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function countHighlights() {
  const out = {};
  for (const [name, h] of CSS.highlights) if (name.startsWith('source-context-')) out[name] = h.size;
  return out;
}

const total = (counts) => Object.values(counts ?? {}).reduce((a, b) => a + b, 0);

export async function checkExtension({ server, pages, rounds, results, log }) {
  const dir = await mkdtemp(join(tmpdir(), 'sc-bench-ext-'));
  const ext = join(ROOT, 'dist/chrome');
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1200, height: 900 },
    args: [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`, '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
  });
  const out = {};
  try {
    // The extension is loaded once its service worker runs.
    if (!context.serviceWorkers().length) await context.waitForEvent('serviceworker', { timeout: 30_000 });
    for (const id of pages) {
      const runs = [];
      for (let r = 0; r < rounds; r++) {
        const page = await context.newPage();
        try {
          // Same-origin first page, so the navigation under trace stays in this renderer.
          await page.goto(`${server.origin}/p/blank?bare`);
          const cdp = await context.newCDPSession(page);
          await startTrace(cdp);
          const t0 = Date.now();
          await page.goto(`${server.origin}/p/${id}?bare`, { waitUntil: 'load', timeout: 300_000 });
          // Annotated: a non-empty count that has not changed for a second (or 20 s with nothing).
          let last = -1;
          let since = Date.now();
          let counts = {};
          for (;;) {
            counts = await page.evaluate(countHighlights);
            const n = total(counts);
            if (n !== last) {
              last = n;
              since = Date.now();
            } else if ((n > 0 && Date.now() - since > 1000) || Date.now() - since > 20_000) break;
            await sleep(100);
          }
          const annotatedAfterMs = since - t0;
          const events = await stopTrace(cdp);
          runs.push({ counts, total: total(counts), annotatedAfterMs, ...analyseExtensionTrace(events) });
        } finally {
          await page.close().catch(() => undefined);
        }
      }
      const bench = results.full[id]?.ours?.runs?.find((x) => x.highlights)?.highlights ?? null;
      out[id] = {
        runs,
        counts: runs[0]?.counts,
        benchCounts: bench,
        equal: bench ? runs.every((x) => JSON.stringify(sorted(x.counts)) === JSON.stringify(sorted(bench))) : null,
        contentScriptEvaluateMs: median(runs.map((x) => x.evaluateMs)),
        contentScriptGcMs: median(runs.map((x) => x.evaluateGcMs)),
        longestTaskMs: median(runs.map((x) => x.longestTaskMs)),
        longestTaskKinds: [...new Set(runs.map((x) => x.longestTaskKind))],
        busyMs: median(runs.map((x) => x.busyMs)),
      };
      log(`  extension on ${id}: ${total(out[id].counts)} highlights (bench bundle ${bench ? total(bench) : '–'}; equal: ${out[id].equal}), content script evaluation ${out[id].contentScriptEvaluateMs?.toFixed(1)} ms, longest task ${out[id].longestTaskMs?.toFixed(1)} ms`);
    }
  } finally {
    await context.close();
    await rm(dir, { recursive: true, force: true });
  }
  return out;
}

const sorted = (o) => Object.fromEntries(Object.entries(o ?? {}).sort(([a], [b]) => (a < b ? -1 : 1)));

/** The content script's EvaluateScript (parses the dataset), its GC, and the main-thread tasks after it. */
function analyseExtensionTrace(events) {
  const evaluate = events.find((e) => e.ph === 'X' && e.name === 'EvaluateScript' && /chrome-extension:\/\/[^/]+\/content\.js/.test(e.args?.data?.url ?? ''));
  if (!evaluate) return { evaluateMs: null };
  const { pid, tid } = evaluate;
  const end = Math.max(...events.filter((e) => e.pid === pid && e.tid === tid && e.ts).map((e) => e.ts + (e.dur ?? 0)));
  const inside = (e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.ts >= evaluate.ts && e.ts + e.dur <= evaluate.ts + evaluate.dur;
  const gc = events.filter((e) => inside(e) && (e.name === 'MinorGC' || e.name === 'MajorGC')).reduce((s, e) => s + e.dur, 0);
  const tasks = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask' && e.ts + e.dur >= evaluate.ts && e.ts <= end);
  const contentTask = tasks.find((t) => t.ts <= evaluate.ts && evaluate.ts <= t.ts + t.dur);
  const longest = tasks.reduce((a, t) => (!a || t.dur > a.dur ? t : a), null);
  return {
    longestTaskKind: longest ? (longest === contentTask ? 'the content script\'s evaluation' : taskKind(longest)) : null,
    longestTaskCpuMs: longest?.tdur != null ? longest.tdur / 1000 : null,
    evaluateMs: evaluate.dur / 1000,
    evaluateGcMs: gc / 1000,
    contentScriptTaskMs: contentTask ? contentTask.dur / 1000 : null,
    longestTaskMs: tasks.length ? Math.max(...tasks.map((t) => t.dur)) / 1000 : null,
    busyMs: tasks.reduce((s, t) => s + t.dur, 0) / 1000,
  };
}
