/** The targets of the issues, judged on results.json: pass or miss, and by how much. */
import { linearFit, median } from '../stats.mjs';
import { scalingRows, scalingTargets } from '../scaling.mjs';
import { MB, cpu, f, mbytes, med, mostCommon, ratio } from './format.mjs';


/**
 * mark(array): its main-thread CPU and wall time, or (capped or failed) the times projected from the
 * share of keywords done (mark.js makes one pass over the page per keyword, so its time is close to
 * linear in the number of keywords).
 */
export function markArrayProjection(runsList) {
  const runs = (runsList ?? []).filter((r) => r && r.wallMs != null);
  if (!runs.length) return null;
  const cpuOf = (r) => r.busyCpuMs ?? r.cpuMs ?? r.wallMs;
  const done = runs.filter((r) => !r.capped && !r.error);
  if (done.length === runs.length) return { ms: median(done.map(cpuOf)), wallMs: median(done.map((r) => r.wallMs)), projected: false, capped: false, failed: false };
  const scale = (r) => (r.keywordsDone > 0 ? r.keywords / r.keywordsDone : null);
  return {
    ms: median(runs.map((r) => (scale(r) ? cpuOf(r) * scale(r) : null)).filter((x) => x != null)),
    wallProjectedMs: median(runs.map((r) => (scale(r) ? r.wallMs * scale(r) : null)).filter((x) => x != null)),
    projected: true,
    capped: runs.some((r) => r.capped),
    failed: runs.some((r) => r.error),
    error: runs.find((r) => r.error)?.error,
    keywordsDone: median(runs.map((r) => r.keywordsDone)),
    keywords: runs[0].keywords,
    wallMs: median(runs.map((r) => r.wallMs)),
  };
}

/** The page the "1 MB" targets are judged on (quick mode has a smaller page and says so). */
export function mainPage(results) {
  if (results.full['syn-1MB']) return 'syn-1MB';
  return Object.keys(results.full).filter((k) => k.startsWith('syn-')).sort((a, b) => parseFloat(b.slice(4)) - parseFloat(a.slice(4)))[0] ?? 'seed';
}

export function computeTargets(results) {
  const targets = [];
  const add = (t) => targets.push(t);
  const page = mainPage(results);
  const full = results.full[page];
  const ours = full?.ours?.summary;
  const pageNote = page === 'syn-1MB' ? '' : ` (judged on ${page}: quick mode has no 1 MB full run)`;

  // 1. Main-thread time vs mark.js best use.
  {
    const base = full?.markRegExp?.summary;
    const r = med(cpu(base)) / med(cpu(ours));
    const rWall = med(base?.busyMs) / med(ours?.busyMs);
    add({
      id: 'vs-markRegExp',
      target: 'Main-thread time to full annotation of the 1 MB page ≥ 5× less than mark.js best use (markRegExp)',
      measured: `CPU: ours ${f(med(cpu(ours)))} ms vs mark.js ${f(med(cpu(base)))} ms: ${ratio(r)} less (wall-clock task time: ${f(med(ours?.busyMs))} vs ${f(med(base?.busyMs))} ms, ${ratio(rWall)})${pageNote}`,
      pass: r >= 5,
      miss: r >= 5 ? null : `${ratio(r)} instead of 5× (${ratio(5 / r)} short; we would need ≤ ${f(med(cpu(base)) / 5)} ms)`,
      value: r,
    });
  }
  // 2. vs mark(array).
  {
    const p = markArrayProjection(full?.markArray?.runs);
    const failures = Object.entries(results.full).flatMap(([id, m]) => (m.markArray?.runs ?? []).filter((x) => x.error).map((x) => ({ id, error: x.error, keywordsDone: x.keywordsDone, keywords: x.keywords })));
    const r = p ? p.ms / med(cpu(ours)) : null;
    const fails = failures.length > 0 && Object.values(results.full).every((m) => !(m.ours?.runs ?? []).some((x) => x.error));
    add({
      id: 'vs-markArray',
      target: 'Main-thread time ≥ 1,000× less than mark.js mark(array) on the same page (or mark.js fails where we succeed)',
      measured:
        `CPU: mark(array) ${p?.projected ? `projected ${f(p.ms / 1000)} s (${p.capped ? 'time cap hit' : 'failed'} after ${f(p.keywordsDone, 0)} of ${p.keywords} keywords in ${f(p.wallMs / 1000)} s)` : `${f(p?.ms)} ms`} vs ours ${f(med(cpu(ours)))} ms: ${ratio(r)}${pageNote}` +
        (fails ? `; mark(array) throws "${failures[0].error.slice(0, 90)}…" after ~${failures[0].keywordsDone} keywords on ${[...new Set(failures.map((x) => x.id))].length} page(s) where it gets that far` : ''),
      pass: r >= 1000 || fails,
      miss: r >= 1000 || fails ? null : `${ratio(1000 / r)} short`,
      value: r,
    });
  }
  // 3. Scan vs word loop: the organisation matcher (word trie), and the whole block scan with claims.
  {
    const ph = results.phases[page]?.real ?? results.phases['syn-1MB']?.real;
    const fl = ph?.floors?.summary;
    const loop = med(fl?.wordLoopCpuMs);
    const matcher = med(fl?.tokenizeCpuMs) + med(fl?.matchOrganisationsCpuMs);
    const scan = med(ph?.ours?.summary?.scanCpuMs);
    const r1 = matcher / loop;
    const r2 = scan / loop;
    add({
      id: 'matcher-vs-wordloop',
      target: 'Matcher scan ≤ 4× the word-loop floor — the organisation matcher (tokenize + word-trie matchTokens)',
      measured: `CPU: tokenize ${f(med(fl?.tokenizeCpuMs))} + matchTokens ${f(med(fl?.matchOrganisationsCpuMs))} = ${f(matcher)} ms vs word loop ${f(loop)} ms over the same blocks: ${ratio(r1)}${pageNote}`,
      pass: r1 <= 4,
      miss: r1 <= 4 ? null : `${ratio(r1 / 4)} over`,
      value: r1,
    });
    add({
      id: 'scan-vs-wordloop',
      target: 'Matcher scan ≤ 4× the word-loop floor — the whole block scan as the extension runs it (scanBlock: organisations + claims + ranges)',
      measured: `CPU: scanBlock ${f(scan)} ms (of which claims ${f(med(fl?.matchClaimsCpuMs))} ms) vs word loop ${f(loop)} ms: ${ratio(r2)}${pageNote}`,
      pass: r2 <= 4,
      miss: r2 <= 4 ? null : `${ratio(r2 / 4)} over (the scan would need to be ≤ ${f(loop * 4)} ms)`,
      value: r2,
    });
  }
  // 4. Linear in text size.
  {
    const pts = syntheticScan(results);
    const fit = linearFit(pts.map((p) => [p.chars, p.scanMs]));
    const first = pts.find((p) => p.chars >= 0.9 * MB) ?? pts[0];
    const last = pts.at(-1);
    const growth = first && last ? last.scanMs / last.chars / (first.scanMs / first.chars) : null;
    const pass = fit && fit.r2 >= 0.98 && growth <= 1.3;
    add({
      id: 'scan-linear',
      target: 'Scan time linear in text size (criterion: R² ≥ 0.98 over the synthetic sizes, and time per MB at the largest size ≤ 1.3× that at 1 MB)',
      measured: fit ? `scanBlock CPU over ${pts.length} synthetic sizes: R² ${f(fit.r2, 4)}; ${f((first.scanMs / first.chars) * MB)} ms/MB at ${f(first.chars / MB, 2)} MB, ${f((last.scanMs / last.chars) * MB)} ms/MB at ${f(last.chars / MB, 2)} MB (×${f(growth, 2)})` : 'not enough sizes',
      pass: Boolean(pass),
      miss: pass ? null : fit ? `per-MB time grows ×${f(growth, 2)}, R² ${f(fit.r2, 3)}` : 'not measured',
      value: growth,
    });
  }
  // 5. 3,000 → 30,000 aliases.
  {
    const rows = Object.fromEntries(scalingRows(results).map((x) => [x.id, x]));
    const a = rows['syn-3000']?.scanCpuMs;
    const b = rows['syn-30000']?.scanCpuMs;
    const r = b / a;
    add({
      id: 'dictionary-scaling',
      target: 'Scan ≤ 2× slower from 3,000 to 30,000 aliases',
      measured: `scanBlock CPU ${f(a)} ms → ${f(b)} ms on ${results.scaling?.page}: ×${f(r, 2)}`,
      pass: r <= 2,
      miss: r <= 2 ? null : `×${f(r, 2)}, ${ratio(r / 2)} over`,
      value: r,
    });
  }
  // 6. Dataset ready (the bundled dataset).
  {
    const ext = results.extension?.seed;
    const evalMs = ext?.contentScriptEvaluateMs;
    const ready = realReadyMs(results);
    const ff = results.extension?.evaluation?.firefox;
    const pass = evalMs != null ? evalMs <= 10 : ready <= 10;
    add({
      id: 'dataset-ready',
      target: 'Dataset ready in the content script ≤ 10 ms',
      measured:
        `real extension in Chromium: content.js evaluation ${f(evalMs)} ms (of which GC ${f(ext?.contentScriptGcMs)} ms), median of ${ext?.runs?.length ?? 0} runs on the seed article (the first, in a browser just started: ${f(ext?.runs?.[0]?.evaluateMs)} ms)` +
        (ff?.medianMs != null ? `; in Firefox, from the start of a script run just before content.js to the end of its evaluation (performance.now()): ${f(ff.medianMs)} ms (median of ${ff.runs.length})` : '') +
        `; the matchers script alone in the bench page, from inserting it to matcher and claims usable: ${f(ready)} ms (median of every load of the bundled dataset) (${results.meta.dataset.aliases.toLocaleString('en')} aliases, compiled matcher ${f(results.dictionaries.real.bytes / 1024, 0)} KB)`,
      pass,
      miss: pass ? null : `${ratio((evalMs ?? ready) / 10)} over`,
      value: evalMs ?? ready,
    });
  }
  // Issue 15: the large dictionaries.
  for (const t of scalingTargets(results)) add(t);
  // 7. Longest task: the tasks that run our code, and the frames the engine runs because of us.
  {
    const rows = Object.entries(results.full)
      .map(([id, m]) => ({ id, ms: med(m.ours?.summary?.longestTaskMs), cpu: med(m.ours?.summary?.longestTaskCpuMs), kind: mostCommon((m.ours?.runs ?? []).map((x) => x.longestTaskKind)) }))
      .filter((x) => x.ms != null);
    const worst = [...rows].sort((a, b) => b.ms - a.ms)[0];
    const within = rows.filter((x) => x.ms <= 50).length;
    const exts = Object.entries(results.extension ?? {})
      .filter(([, e]) => e && e.runs)
      .map(([id, e]) => ({ id, ms: e.longestTaskMs, own: e.longestOwnTaskMs, frame: e.longestFrameMs, alone: e.alone }));
    const ownWorst = exts.length ? Math.max(...exts.map((x) => x.own ?? 0)) : null;
    const frameWorst = [...exts].sort((a, b) => (b.frame ?? 0) - (a.frame ?? 0))[0];
    const value = Math.max(worst?.ms ?? 0, ...exts.map((x) => x.ms ?? 0));
    const pass = worst && worst.ms <= 50 && exts.every((x) => (x.ms ?? 0) <= 50);
    const scale = (x) => (x.alone ? `; the page alone: longest frame ${f(x.alone.longestFrameMs)} ms, and ${f(x.alone.editFrameMs)} ms for the frame after its own one-word edit` : '');
    add({
      id: 'longest-task',
      target: 'Longest task ≤ 50 ms',
      measured:
        `Real extension, from the content script's start until annotated (median of ${exts[0] ? results.extension[exts[0].id].runs.length : 0} runs): ` +
        exts.map((x) => `${x.id}: longest ${f(x.ms)} ms, of tasks running our code ${f(x.own)} ms, longest frame ${f(x.frame)} ms${scale(x)}`).join('; ') +
        `. Bench path (annotation only): ${within} of ${rows.length} pages within 50 ms; worst ${f(worst?.ms)} ms wall (${f(worst?.cpu)} ms CPU) on ${worst?.id}, a ${worst?.kind} task.`,
      pass: Boolean(pass),
      miss: pass
        ? null
        : `${f(value)} ms at worst, ${ratio(value / 50)} over` +
          (ownWorst != null && ownWorst <= 50 ? `: every task running our code is within 50 ms (worst ${f(ownWorst)} ms); the longer ones are the engine's frames (worst ${f(frameWorst?.frame)} ms on ${frameWorst?.id})` : ''),
      value,
    });
  }
  // 8. DOM nodes added.
  {
    const all = Object.values(results.full).flatMap((m) => (m.ours?.runs ?? []).map((x) => x.nodesAdded)).filter((x) => x != null);
    const max = all.length ? Math.max(...all) : null;
    add({ id: 'dom-nodes', target: '0 DOM nodes added', measured: `max ${max} over ${all.length} runs on ${Object.keys(results.full).length} pages`, pass: max === 0, miss: max === 0 ? null : `${max} nodes`, value: max });
  }
  // 9. Heap.
  {
    const s = full?.ours?.summary;
    const total = med(s?.heapDeltaBytes) + med(s?.datasetHeapBytes);
    add({
      id: 'heap',
      target: 'JS heap delta ≤ 5 MB',
      measured: `${page}: annotation ${mbytes(med(s?.heapDeltaBytes))} + loaded dataset ${mbytes(med(s?.datasetHeapBytes))} = ${mbytes(total)} (judged on the sum: what the content script adds to the page)`,
      pass: total <= 5 * MB,
      miss: total <= 5 * MB ? null : `${mbytes(total - 5 * MB)} over`,
      value: total,
    });
  }
  // 10. Mutation latency.
  {
    const d = results.dynamic;
    const p95 = d?.append?.latencyPer2KBMs?.p95;
    const pass = p95 != null && p95 <= 5 && (d.edit?.latencyMs?.p95 ?? 0) <= 5;
    add({
      id: 'mutation-latency',
      target: 'Mutation → highlight p95 ≤ 5 ms per 2 KB inserted',
      measured: `appends (≈${f(d?.append?.chars, 0)} chars): p50 ${f(d?.append?.latencyMs?.p50)} ms, p95 ${f(d?.append?.latencyMs?.p95)} ms (${f(p95)} ms per 2 KB); text edits: p50 ${f(d?.edit?.latencyMs?.p50)} ms, p95 ${f(d?.edit?.latencyMs?.p95)} ms. CPU we add per append: p50 ${f(d?.append?.addedCpuMs?.p50)} ms, p95 ${f(d?.append?.addedCpuMs?.p95)} ms`,
      pass,
      miss: pass ? null : `p95 ${f(Math.max(p95 ?? 0, d?.edit?.latencyMs?.p95 ?? 0))} ms`,
      value: p95,
    });
  }
  // 11. Page's own edits.
  {
    const d = results.dynamic;
    const worst = Math.max(d?.append?.editSlowdown ?? Infinity, d?.edit?.editSlowdown ?? 0);
    add({
      id: 'page-edits',
      target: "Page's own DOM edits ≤ 2× slower with the extension active",
      measured: `median edit time with / without: appends ${f(d?.append?.editMs?.with?.p50, 3)} / ${f(d?.append?.editMs?.without?.p50, 3)} ms (×${f(d?.append?.editSlowdown, 2)}), text edits ${f(d?.edit?.editMs?.with?.p50, 3)} / ${f(d?.edit?.editMs?.without?.p50, 3)} ms (×${f(d?.edit?.editSlowdown, 2)}); the whole task including our observer: ×${f(d?.append?.taskSlowdown, 2)} (appends), ×${f(d?.edit?.taskSlowdown, 2)} (edits)`,
      pass: worst <= 2,
      miss: worst <= 2 ? null : `×${f(worst, 2)}`,
      value: worst,
    });
  }
  return targets;
}

/** Scan time (phases, real dataset) of the synthetic pages, by size. */
function syntheticScan(results) {
  return Object.entries(results.phases)
    .filter(([id, p]) => id.startsWith('syn-') && p.real?.ours?.summary?.scanMs)
    .map(([id, p]) => ({ id, chars: med(p.real.ours.summary.chars), scanMs: med(p.real.ours.summary.scanCpuMs), loopMs: med(p.real.floors?.summary?.wordLoopCpuMs) }))
    .sort((a, b) => a.chars - b.chars);
}


/** Ready time of the bundled dataset in the bench page (bench/page/entry.ts loadMatchers): the median over every load of it. */
function realReadyMs(results) {
  const all = Object.values(results.full).flatMap((m) => (m.ours?.runs ?? []).map((x) => x.readyMs));
  for (const p of Object.values(results.phases)) for (const k of ['ours', 'floors']) all.push(...(p.real?.[k]?.runs ?? []).map((x) => x.readyMs));
  for (const k of ['ours', 'floors']) all.push(...(results.scaling?.dictionaries?.real?.[k]?.runs ?? []).map((x) => x.readyMs));
  return median(all.filter((x) => typeof x === 'number'));
}
