/** The report's cross-check of the real extension: Chromium (trace) and the content script's evaluation in both browsers (timers). */
import { f } from './format.mjs';

export function extensionSection(results) {
  const L = [];
  if (!results.extension) return L;
  L.push('## The real extension (cross-check)');
  L.push('');
  L.push('`dist/chrome` loaded with `--load-extension` in a persistent context, on the same pages served without the bench scripts. Highlight counts per `CSS.highlights` entry are compared with the bench bundle\'s (same modules, same compiled dataset, same 1200×900 viewport; on pages with more than 400 mentions both register only the ~400 around the viewport, see ARCHITECTURE.md); the trace gives the content script\'s evaluation (`EvaluateScript` of content.js: compiling and running it, which loads the bundled dataset) and the main-thread tasks from then until annotated: the longest, the longest that ran our code (a CPU-profiler sample of content.js falls in it), and the longest frame.');
  L.push('');
  L.push('Interleaved with each run, the same page in a second browser whose only extension is a content script that does nothing (same matches and run_at), over a window of the same length from that script\'s start, then one word appended to a paragraph: its frames are what the page costs by itself.');
  L.push('');
  L.push('| page | highlights (extension) | highlights (bench bundle) | equal | content.js evaluation ms | of which GC ms | longest task ms | longest task running our code ms | longest frame ms | page alone: longest frame ms | page alone: frame after a one-word edit ms |');
  L.push('|---|---|---|---|---|---|---|---|---|---|---|');
  for (const [id, e] of Object.entries(results.extension)) {
    if (!e || typeof e !== 'object' || !('runs' in e)) continue;
    const tot = (c) => (c ? Object.values(c).reduce((a, b) => a + b, 0) : '–');
    L.push(`| ${id} | ${tot(e.counts)} | ${tot(e.benchCounts)} | ${e.equal == null ? '–' : e.equal ? 'yes' : '**no**'} | ${f(e.contentScriptEvaluateMs)} | ${f(e.contentScriptGcMs)} | ${f(e.longestTaskMs)} | ${f(e.longestOwnTaskMs)} | ${f(e.longestFrameMs)} | ${f(e.alone?.longestFrameMs)} | ${f(e.alone?.editFrameMs)} |`);
  }
  L.push('');
  const ev = results.extension.evaluation;
  if (ev) {
    L.push('### Content-script evaluation with the bundled dataset, Chromium and Firefox');
    L.push('');
    L.push(
      'Firefox records no CDP trace here, so both browsers are also measured the same way with a one-off instrumented copy of the built extension (dist/chrome, dist/firefox): a script `bench-t0.js` listed just before content.js in the same content_scripts entry records `performance.now()`, and a statement appended to content.js records it again when the bundle\'s top level has run (matcher decoded and loaded, claims parsed). ' +
        'Since content.js is compiled after t0.js runs, the time includes compiling content.js; it excludes what content.js starts asynchronously (the first scan). Each run is a fresh tab on the seed article in one browser; the first run is also shown, as V8 / SpiderMonkey may cache the compiled script after it. `performance.now()` is coarser in Firefox on a page that is not cross-origin isolated (100 µs or coarser).',
    );
    L.push('');
    L.push('| browser | content.js evaluation ms, median (min–max) | first run ms | runs | trace EvaluateScript (Chromium) ms |');
    L.push('|---|---|---|---|---|');
    for (const [name, e] of Object.entries(ev)) {
      if (!e || e.error) {
        L.push(`| ${name} | failed: ${e?.error ?? 'no result'} | | | |`);
        continue;
      }
      L.push(`| ${name} (${e.version}) | ${f(e.medianMs)} (${f(e.minMs)}–${f(e.maxMs)}) | ${f(e.firstMs)} | ${e.runs.length} | ${name === 'chromium' ? f(results.extension.seed?.contentScriptEvaluateMs) : '–'} |`);
    }
    L.push('');
  }
  return L;
}
