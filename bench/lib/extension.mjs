/**
 * Cross-check with the real extension: dist/chrome loaded with --load-extension in a persistent
 * context (the only way Chromium loads extensions), on the same pages served without the bench
 * scripts. Compares the highlight counts with the bench bundle's, and reads from a trace the
 * content script's own evaluation (which loads the bundled dataset) and the main-thread tasks
 * from then until the page is annotated: the longest of all, the longest that ran the content
 * script's code (CPU profiler samples in it), and the longest frame.
 *
 * Interleaved with each run, the same page in a second browser whose only extension is a content
 * script that does nothing (same matches, same run_at): its tasks over a window of the same length
 * from that script's start are what the page costs by itself, so a frame made long by the page's
 * size is not taken for ours.
 */
/* global requestAnimationFrame -- used inside page.evaluate, in the page */
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { scriptSamples, startTrace, stopTrace, taskKind } from './cdp.mjs';
import { ROOT } from './inputs.mjs';
import { median } from './stats.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** Both extensions' content script (ours, and the one that does nothing). */
const CONTENT_SCRIPT = /^chrome-extension:\/\/[^/]+\/content\.js/;

function countHighlights() {
  const out = {};
  for (const [name, h] of CSS.highlights) if (name.startsWith('source-context-')) out[name] = h.size;
  return out;
}

const total = (counts) => Object.values(counts ?? {}).reduce((a, b) => a + b, 0);

/** A persistent Chromium context with one unpacked extension, once its service worker runs. */
export async function launchWith(ext) {
  const dir = await mkdtemp(join(tmpdir(), 'sc-bench-ext-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1200, height: 900 },
    args: [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`, '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
  });
  if (!context.serviceWorkers().length) await context.waitForEvent('serviceworker', { timeout: 30_000 });
  return { context, close: async () => (await context.close(), await rm(dir, { recursive: true, force: true })) };
}

/** An extension whose content script does nothing, injected like ours (a service worker so it loads the same way). */
async function nullExtension() {
  const dir = await mkdtemp(join(tmpdir(), 'sc-bench-null-'));
  const manifest = JSON.parse(readFileSync(join(ROOT, 'dist/chrome/manifest.json'), 'utf8'));
  const cs = manifest.content_scripts[0];
  await writeFile(
    join(dir, 'manifest.json'),
    JSON.stringify({ manifest_version: 3, name: 'bench: a content script that does nothing', version: '1.0', background: { service_worker: 'background.js' }, content_scripts: [{ matches: cs.matches, js: ['content.js'], run_at: cs.run_at }] }),
  );
  await writeFile(join(dir, 'background.js'), '');
  await writeFile(join(dir, 'content.js'), 'void 0;\n');
  return dir;
}

/** Navigate under a trace from a same-origin blank page (so the trace stays in this renderer). */
async function traceLoad(context, url, waitFor) {
  const page = await context.newPage();
  try {
    await page.goto(url.replace(/\/p\/[^?]+/, '/p/blank'));
    const cdp = await context.newCDPSession(page);
    await startTrace(cdp, { sampled: true });
    const t0 = Date.now();
    await page.goto(url, { waitUntil: 'load', timeout: 300_000 });
    const extra = await waitFor(page, t0);
    const events = await stopTrace(cdp);
    return { events, elapsedMs: Date.now() - t0, ...extra };
  } finally {
    await page.close().catch(() => undefined);
  }
}

export async function checkExtension({ server, pages, rounds, results, log }) {
  const ours = await launchWith(join(ROOT, 'dist/chrome'));
  const nullDir = await nullExtension();
  const alone = await launchWith(nullDir);
  const out = {};
  try {
    for (const id of pages) {
      const runs = [];
      const url = `${server.origin}/p/${id}?bare`;
      for (let r = 0; r < rounds; r++) {
        const run = await traceLoad(ours.context, url, async (page, t0) => {
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
          return { counts, annotatedAfterMs: since - t0 };
        });
        const mine = analyseExtensionTrace(run.events, CONTENT_SCRIPT);
        // The same page with the do-nothing content script, traced at least as long.
        const base = await traceLoad(alone.context, url, async (page, t0) => {
          const left = run.elapsedMs - (Date.now() - t0);
          if (left > 0) await sleep(left);
          // Then the smallest change a page makes (one word appended to a paragraph): the frame
          // after it is what any repaint of this page costs, for scale.
          await page.evaluate(() => new Promise((resolve) => {
            performance.mark('bench-page-edit');
            document.querySelector('p')?.append(' x');
            requestAnimationFrame(() => setTimeout(resolve, 0));
          }));
          return {};
        });
        const page = analyseExtensionTrace(base.events, CONTENT_SCRIPT, mine.windowMs);
        runs.push({
          counts: run.counts,
          total: total(run.counts),
          annotatedAfterMs: run.annotatedAfterMs,
          ...mine,
          alone: page.evaluateMs == null ? null : { longestTaskMs: page.longestTaskMs, longestTaskKind: page.longestTaskKind, longestFrameMs: page.longestFrameMs, busyMs: page.busyMs, windowMs: page.windowMs, editFrameMs: page.editFrameMs },
        });
      }
      const bench = results.full[id]?.ours?.runs?.find((x) => x.highlights)?.highlights ?? null;
      const baseRuns = runs.map((x) => x.alone).filter(Boolean);
      out[id] = {
        runs,
        counts: runs[0]?.counts,
        benchCounts: bench,
        equal: bench ? runs.every((x) => JSON.stringify(sorted(x.counts)) === JSON.stringify(sorted(bench))) : null,
        contentScriptEvaluateMs: median(runs.map((x) => x.evaluateMs)),
        contentScriptGcMs: median(runs.map((x) => x.evaluateGcMs)),
        longestTaskMs: median(runs.map((x) => x.longestTaskMs)),
        longestTaskKinds: [...new Set(runs.map((x) => x.longestTaskKind))],
        longestOwnTaskMs: median(runs.map((x) => x.longestOwnTaskMs)),
        longestOwnTaskMaxMs: Math.max(...runs.map((x) => x.longestOwnTaskMs ?? 0)),
        longestFrameMs: median(runs.map((x) => x.longestFrameMs)),
        alone: baseRuns.length
          ? {
              runs: baseRuns.length,
              longestTaskMs: median(baseRuns.map((x) => x.longestTaskMs)),
              longestFrameMs: median(baseRuns.map((x) => x.longestFrameMs)),
              busyMs: median(baseRuns.map((x) => x.busyMs)),
              editFrameMs: median(baseRuns.map((x) => x.editFrameMs)),
            }
          : null,
        busyMs: median(runs.map((x) => x.busyMs)),
      };
      const o = out[id];
      log(
        `  extension on ${id}: ${total(o.counts)} highlights (bench bundle ${bench ? total(bench) : '–'}; equal: ${o.equal}), content script evaluation ${o.contentScriptEvaluateMs?.toFixed(1)} ms, ` +
          `longest task ${o.longestTaskMs?.toFixed(1)} ms (running our code ${o.longestOwnTaskMs?.toFixed(1)} ms; frames ${o.longestFrameMs?.toFixed(1)} ms vs ${o.alone?.longestFrameMs != null ? `${o.alone.longestFrameMs.toFixed(1)} ms` : 'no frame'} for the page alone, whose one-word edit costs a frame of ${o.alone?.editFrameMs?.toFixed(1)} ms)`,
      );
    }
  } finally {
    await ours.close();
    await alone.close();
    await rm(nullDir, { recursive: true, force: true });
  }
  return out;
}

const sorted = (o) => Object.fromEntries(Object.entries(o ?? {}).sort(([a], [b]) => (a < b ? -1 : 1)));

/** The first frame task on `mark`'s thread after it. */
function frameAfter(events, mark) {
  return events.find((e) => e.pid === mark.pid && e.tid === mark.tid && e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask' && e.ts > mark.ts && taskKind(e).startsWith('frame'));
}

/**
 * The content script's EvaluateScript (loads the dataset) and its GC, and the renderer main
 * thread's top-level tasks from its start to the end of the trace (or `windowMs` after the start):
 * the longest, the longest that ran the content script's code (it holds the evaluation or a CPU
 * profiler sample of the script), and the longest frame (BeginMainFrame: style, layout, paint).
 * A `bench-page-edit` mark (the page's own one-word edit) ends the window, and the frame after it
 * is `editFrameMs`.
 */
export function analyseExtensionTrace(events, script, windowMs = null) {
  const evaluate = events.find((e) => e.ph === 'X' && e.name === 'EvaluateScript' && script.test(e.args?.data?.url ?? ''));
  if (!evaluate) return { evaluateMs: null };
  const { pid, tid } = evaluate;
  const last = Math.max(...events.filter((e) => e.pid === pid && e.tid === tid && e.ts).map((e) => e.ts + (e.dur ?? 0)));
  const edit = events.find((e) => e.name === 'bench-page-edit' && e.cat?.includes('user_timing'));
  const end = Math.min(windowMs == null ? last : Math.min(last, evaluate.ts + windowMs * 1000), edit?.ts ?? Infinity);
  const inside = (e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.ts >= evaluate.ts && e.ts + e.dur <= evaluate.ts + evaluate.dur;
  const gc = events.filter((e) => inside(e) && (e.name === 'MinorGC' || e.name === 'MajorGC')).reduce((s, e) => s + e.dur, 0);
  const tasks = events
    .filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask' && e.ts + e.dur >= evaluate.ts && e.ts <= end)
    .sort((a, b) => a.ts - b.ts);
  const contentTask = tasks.find((t) => t.ts <= evaluate.ts && evaluate.ts <= t.ts + t.dur);
  // Tasks that ran our code: each sample of the script marks the task it fell in.
  const own = new Set(contentTask ? [contentTask] : []);
  let i = 0;
  for (const s of scriptSamples(events, (url) => script.test(url)).filter((x) => x.pid === pid && x.tid === tid).sort((a, b) => a.ts - b.ts)) {
    while (i < tasks.length && tasks[i].ts + tasks[i].dur < s.ts) i++;
    if (i < tasks.length && tasks[i].ts <= s.ts) own.add(tasks[i]);
  }
  const longestOf = (list) => list.reduce((a, t) => (!a || t.dur > a.dur ? t : a), null);
  const longest = longestOf(tasks);
  const frames = tasks.filter((t) => taskKind(t).startsWith('frame'));
  const ownLongest = longestOf([...own]);
  const editFrame = edit && frameAfter(events, edit);
  return {
    windowMs: (end - evaluate.ts) / 1000,
    longestTaskKind: longest ? (longest === contentTask ? "the content script's evaluation" : own.has(longest) ? `${taskKind(longest)}, running our code` : taskKind(longest)) : null,
    longestTaskCpuMs: longest?.tdur != null ? longest.tdur / 1000 : null,
    evaluateMs: evaluate.dur / 1000,
    evaluateGcMs: gc / 1000,
    contentScriptTaskMs: contentTask ? contentTask.dur / 1000 : null,
    longestTaskMs: longest ? longest.dur / 1000 : null,
    longestOwnTaskMs: ownLongest ? ownLongest.dur / 1000 : null,
    longestOwnTaskKind: ownLongest ? (ownLongest === contentTask ? "the content script's evaluation" : taskKind(ownLongest)) : null,
    ownTasks: own.size,
    longestFrameMs: frames.length ? longestOf(frames).dur / 1000 : null,
    editFrameMs: editFrame ? editFrame.dur / 1000 : null,
    busyMs: tasks.reduce((s, t) => s + t.dur, 0) / 1000,
  };
}
