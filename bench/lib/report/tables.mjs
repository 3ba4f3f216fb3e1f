/** The report's tables of measured runs: full annotation, phases, the dynamic page, corpus pages, the seed article. */
import { median } from '../stats.mjs';
import { MB, cpu, f, mbytes, med, ms, ratio } from './format.mjs';
import { markArrayProjection } from './targets.mjs';

export function fullTable(results, id) {
  const m = results.full[id];
  if (!m) return '';
  const o = m.ours?.summary;
  const rows = [
    ['**ours** (the Annotator: collect, scan, highlight, in 8 ms slices)', 'ours'],
    ['mark.js best use: `markRegExp(one alternation)`', 'markRegExp'],
    ['mark.js common use: `mark(array)`', 'markArray'],
    ['floor: word loop over every text node', 'wordLoop'],
    ['floor: `indexOf` pass over every text node', 'indexOf'],
  ];
  const lines = [
    '| method | main-thread CPU ms | ratio to ours | main-thread wall ms | to annotated, wall ms | longest task ms (CPU) | forced style / layout | DOM nodes added | JS heap delta | matches |',
    '|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const [label, key] of rows) {
    const s = m[key]?.summary;
    if (!s) continue;
    let main = ms(s.busyCpuMs ?? s.cpuMs);
    let r = med(cpu(s)) / med(cpu(o));
    let note = '';
    if (key === 'markArray') {
      const p = markArrayProjection(m.markArray.runs);
      if (p?.projected) {
        note = p.failed ? ` — **fails**: "${p.error?.slice(0, 70)}…" after ${f(p.keywordsDone, 0)} of ${p.keywords} keywords` : ` — **time cap hit** after ${f(p.keywordsDone, 0)} of ${p.keywords} keywords`;
        r = p.ms / med(cpu(o));
        main += `; projected to all keywords: **${f(p.ms)}**`;
      }
    }
    const forced = `${f(med(s.forcedStyle), 0)} / ${f(med(s.forcedLayouts), 0)}`;
    lines.push(`| ${label}${note} | ${main} | ${key === 'ours' ? '1×' : `${ratio(r)}${r < 1 ? ' (less than ours)' : ''}`} | ${f(med(s.busyMs))} | ${f(med(s.paintedMs ?? s.wallMs))} | ${f(med(s.longestTaskMs))} (${f(med(s.longestTaskCpuMs))}) | ${forced} | ${f(med(s.nodesAdded), 0)} | ${mbytes(med(s.heapDeltaBytes))} | ${f(med(s.matches), 0)} |`);
  }
  return lines.join('\n');
}

/** One section per synthetic page with a full annotation run. */
export function syntheticSections(results) {
  const L = [];
  for (const id of Object.keys(results.full).filter((k) => k.startsWith('syn-'))) {
    const st = results.pages[id]?.stats;
    L.push(`## ${results.pages[id]?.label ?? id}: full annotation`);
    L.push('');
    if (st) L.push(`${st.chars.toLocaleString('en')} characters of text in ${st.textNodes.toLocaleString('en')} text nodes (${f(st.textNodes / (st.chars / MB), 0)} per MB), ${st.elements.toLocaleString('en')} elements, ${f(results.pages[id].htmlBytes / MB, 1)} MB of HTML.`);
    L.push('');
    L.push(fullTable(results, id));
    L.push('');
  }
  return L;
}

/** The phases (collect, scan, highlight) and floors, by page. */
export function phasesSection(results) {
  const L = [];
  L.push('## Phases: text collection, scan, highlight (bundled dataset)');
  L.push('');
  L.push('The same modules called one phase at a time in fresh pages, each phase a separate call measured by the main thread\'s CPU time (CDP `Performance.getMetrics` ThreadTime; the highlight step includes the frame that paints the new highlights): `iterateBlocks` (collection), `scanBlock` on every block (organisations, claims, ranges), `HighlightRegistry.render`. In other fresh pages, the floors and the scan\'s parts run over the same collected blocks: the word loop, the `indexOf` pass, `tokenize`, the organisation matcher `matchTokens`, the claims matcher `matchClaims`. CPU ms, median (min–max).');
  L.push('');
  L.push('| page | chars | collect | scan (scanBlock) | highlight + paint | word loop | scan ÷ word loop | tokenize + matchTokens | ÷ word loop | matchClaims | indexOf | matches |');
  L.push('|---|---|---|---|---|---|---|---|---|---|---|---|');
  const pagesBySize = Object.entries(results.phases).sort((a, b) => (med(a[1].real?.ours?.summary?.chars) ?? 0) - (med(b[1].real?.ours?.summary?.chars) ?? 0));
  for (const [id, p] of pagesBySize) {
    const o = p.real?.ours?.summary;
    const fl = p.real?.floors?.summary;
    if (!o) continue;
    const matcher = med(fl?.tokenizeCpuMs) + med(fl?.matchOrganisationsCpuMs);
    L.push(`| ${id} | ${f(med(o.chars), 0)} | ${ms(o.collectCpuMs)} | ${ms(o.scanCpuMs)} | ${ms(o.highlightCpuMs)} | ${ms(fl?.wordLoopCpuMs)} | ${ratio(med(o.scanCpuMs) / med(fl?.wordLoopCpuMs))} | ${f(matcher)} | ${ratio(matcher / med(fl?.wordLoopCpuMs))} | ${f(med(fl?.matchClaimsCpuMs))} | ${f(med(fl?.indexOfCpuMs))} | ${f(med(o.matches), 0)} |`);
  }
  L.push('');
  L.push('To time `tokenize`, `matchTokens` and `matchClaims` separately, the parts\' runs keep every block\'s tokens alive from one step to the next; on the largest pages that adds garbage-collection work `scanBlock` does not have (it drops each block\'s tokens), so there the parts add up to more than the whole.');
  L.push('');
  L.push('The same steps by the page\'s own clock (wall ms, medians), which on this shared machine include time the main thread waited for a CPU; the highlight step\'s wall time excludes the frame that paints, its CPU time above includes it:');
  L.push('');
  L.push('| page | collect | scan | highlight | word loop | tokenize | matchTokens | matchClaims |');
  L.push('|---|---|---|---|---|---|---|---|');
  for (const [id, p] of pagesBySize) {
    const o = p.real?.ours?.summary;
    const fl = p.real?.floors?.summary;
    if (!o) continue;
    L.push(`| ${id} | ${f(med(o.collectMs))} | ${f(med(o.scanMs))} | ${f(med(o.highlightMs))} | ${f(med(fl?.wordLoopMs))} | ${f(med(fl?.tokenizeMs))} | ${f(med(fl?.matchOrganisationsMs))} | ${f(med(fl?.matchClaimsMs))} |`);
  }
  L.push('');
  return L;
}

/** The dynamic page: mutation to highlight latency and the page's own edits. */
export function dynamicSection(results) {
  const L = [];
  if (results.dynamic) {
    const d = results.dynamic;
    L.push('## Dynamic page');
    L.push('');
    L.push(`A ${f((results.pages.dynamic?.stats?.chars ?? 0) / 1024, 0)} KB article; once annotated, the page appends a ~2 KB paragraph (with inline elements and a name) every 100 ms and, between appends, edits existing text (a name in an earlier update, or a sentence of the article), ${d.ticks} appends per run, ${d.rounds} runs with the extension's annotator active and ${d.rounds} without, interleaved. Latency: from the page's DOM call to our highlights being registered (the annotator's render), on the page's clock.`);
    L.push('');
    L.push('| operation | n | latency p50 | latency p95 | max | page\'s edit p50, with / without | ratio | whole task p50 (wall), with / without | whole task p50 (CPU), with / without | CPU we add per operation, p50 / p95 |');
    L.push('|---|---|---|---|---|---|---|---|---|---|');
    for (const kind of ['append', 'edit']) {
      const k = d[kind];
      L.push(`| ${kind === 'append' ? `append ≈${f(k.chars, 0)} chars` : 'text edit'} | ${k.latencyMs.n} | ${f(k.latencyMs.p50)} ms | ${f(k.latencyMs.p95)} ms | ${f(k.latencyMs.max)} ms | ${f(k.editMs.with.p50, 3)} / ${f(k.editMs.without.p50, 3)} ms | ×${f(k.editSlowdown, 2)} | ${f(k.taskMs.with.p50, 3)} / ${f(k.taskMs.without.p50, 3)} ms (×${f(k.taskSlowdown, 2)}) | ${f(k.taskCpuMs?.with?.p50, 3)} / ${f(k.taskCpuMs?.without?.p50, 3)} ms | ${f(k.addedCpuMs?.p50, 2)} / ${f(k.addedCpuMs?.p95, 2)} ms |`);
    }
    L.push('');
    L.push('"Page\'s edit" is the page\'s own DOM calls (t1 − t0); "whole task" adds what runs after them in the same task, our MutationObserver callback included (t2 − t0, and the task\'s CPU time from the trace). "CPU we add" is the task\'s CPU time with the annotator minus the median without.');
    L.push('');
    L.push(`Main-thread CPU time over a whole run of ${d.ticks} appends (CDP ThreadTime): with the annotator ${ms(d.sessionTaskMs?.with)} ms, without ${ms(d.sessionTaskMs?.without)} ms.`);
    L.push('');
  }
  return L;
}

/** Real pages from the corpus. */
export function corpusSection(results) {
  const L = [];
  const corpus = Object.entries(results.full).filter(([id]) => id.startsWith('corpus-'));
  if (corpus.length) {
    L.push('## Real pages from the corpus');
    L.push('');
    L.push('Saved news pages (their scripts removed; no network), full annotation with the bundled dataset. Main-thread CPU ms (median of runs); ratios are the baseline\'s time over ours. Match counts differ by design: mark.js has no rules, so it marks every occurrence of an alias such as "CBS", "League" or "Vox" that the dataset only accepts with nearby words or in its exact case, including in buttons, hidden and aria-hidden elements that we skip; and without `acrossElements` it misses names split by links or emphasis, which we find.');
    L.push('');
    L.push('| page | chars | text nodes | ours CPU ms | longest task ms | markRegExp CPU ms | ratio | mark(array) CPU ms | ratio | scan ÷ word loop | matches (ours / markRegExp) |');
    L.push('|---|---|---|---|---|---|---|---|---|---|---|');
    const ratios = [];
    const arrayRatios = [];
    for (const [id, mm] of corpus) {
      const o = mm.ours?.summary;
      const b = mm.markRegExp?.summary;
      const pa = markArrayProjection(mm.markArray?.runs);
      const ph = results.phases[id]?.real;
      const st = results.pages[id]?.stats;
      const r = med(cpu(b)) / med(cpu(o));
      ratios.push(r);
      if (pa) arrayRatios.push(pa.ms / med(cpu(o)));
      L.push(`| [${results.pages[id]?.label ?? id}](${results.pages[id]?.url}) | ${f(st?.chars, 0)} | ${f(st?.textNodes, 0)} | ${f(med(cpu(o)))} | ${f(med(o?.longestTaskMs))} | ${f(med(cpu(b)))} | ${ratio(r)} | ${pa ? `${f(pa.ms)}${pa.projected ? (pa.failed ? ' (fails; projected)' : ' (cap; projected)') : ''}` : '–'} | ${pa ? ratio(pa.ms / med(cpu(o))) : '–'} | ${ratio(med(ph?.ours?.summary?.scanCpuMs) / med(ph?.floors?.summary?.wordLoopCpuMs))} | ${f(med(o?.matches), 0)} / ${f(med(b?.matches), 0)} |`);
    }
    L.push('');
    L.push(`Over ${corpus.length} pages, main-thread CPU time: mark.js best use takes ${ratio(median(ratios))} ours (median; min ${ratio(Math.min(...ratios))}, max ${ratio(Math.max(...ratios))}); mark(array) ${ratio(median(arrayRatios))} (median, projected where capped or failed).`);
    L.push('');
  }
  return L;
}

/** The seed article. */
export function seedSection(results) {
  const L = [];
  const seed = results.full.seed;
  if (seed) {
    L.push('## Seed article');
    L.push('');
    L.push(fullTable(results, 'seed'));
    L.push('');
  }
  return L;
}
