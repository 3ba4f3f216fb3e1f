/** The report's dictionary-scaling section (issue 15): ready, heap, scan per MB and size by dictionary, the targets, and mark(array) with 300 aliases. */
import { SCALING_TARGETS, SCAN_BASELINE, dictionaryLine, scalingRows } from '../scaling.mjs';
import { MB, f, med, ms, ratio } from './format.mjs';
import { markArrayProjection } from './targets.mjs';

export function scalingSection(results) {
  const L = [];
  const rows = scalingRows(results);
  if (rows.length) {
    const page = results.scaling.page;
    const base = rows.find((r) => r.id === SCAN_BASELINE);
    L.push(`## Dictionary scaling (${page})`);
    L.push('');
    L.push(
      'Synthetic dictionaries (seeded): multi-word organisation names ("National Energy Council", "Institute for Strategic Studies", "Harlow & Finch Partners"), short forms, acronyms and coined one-word brands, compiled by the project\'s `compileMatcher` (format 3), with the bundled claims; and the bundled dataset. ' +
        'Each is served as a script of the Chromium build\'s form (the matcher\'s bytes as base64 in the comment of a function at the end of the script, read back with `commentText`, decoded with `decodeBase64` (the native `setFromBase64`), wrapped by `loadMatcher`; the claims index likewise in a second function, read by `loadClaims`), inserted into the page as an inline script. ' +
        '**Ready** is the script from its start to matcher and claims usable: it compiles and runs synchronously where it is inserted, so its `EvaluateScript` in a trace of that call is all of it; judged on that event\'s main-thread CPU (thread) time, because this machine is shared, with the V8 compilation inside it apart. The page\'s clock, read right before the insertion and by the script between its steps, gives the wall time and the split of the run (toString + slice, decode, loadMatcher, claims). ' +
        '**Heap** is the JS heap after a forced GC with the matcher loaded minus before (CDP `Runtime.getHeapUsage` usedSize). Typed arrays\' bytes are outside the JS heap, and so are large strings Blink hands to V8 (external strings, such as a script\'s source): CDP reports them together as backing storage, shown apart; it holds the decoded matcher and, while the data function lives (in the extension too), the script\'s source with its base64. ' +
        `**Scan** is \`scanBlock\` over every block of the page (main-thread CPU) per MB of text. The page text names aliases of the bundled dataset and of the 30,000-alias dictionary (the smaller synthetic dictionaries are its first entries, the larger ones contain it), so matches grow with the dictionary up to 30,000. Medians (min–max) over ${results.meta.config.rounds} round(s), dictionaries interleaved in each.`,
    );
    L.push('');
    L.push('| dictionary | aliases | organisations | compiled size | script size | ready, CPU ms | of which compiling | ready, wall ms | wall: to first statement | toString + slice | decode | loadMatcher | claims index | JS heap | backing stores (ArrayBuffers + external strings) | scan CPU ms/MB | ÷ scan with 3,000 | word loop CPU ms | matches |');
    L.push('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
    for (const r of rows) {
      L.push(
        `| ${r.label} | ${r.aliases.toLocaleString('en')} | ${r.organisations.toLocaleString('en')} | ${f(r.bytes / 1024, 0)} KB | ${f(r.scriptBytes / 1024, 0)} KB | ${f(r.readyMs)} (${f(r.readyMinMs)}–${f(r.readyMaxMs)}) | ${f(r.compileCpuMs)} | ${f(r.readyWallMs)} | ${f(r.compileMs)} | ${f(r.commentMs)} | ${f(r.decodeMs)} | ${f(r.loadMatcherMs)} | ${f(r.claimsMs)} | ${f(r.heapBytes / MB, 2)} MB | ${r.backingBytes == null ? '–' : `${f(r.backingBytes / MB, 2)} MB`} | ${f(r.scanPerMBMs)} | ${base ? ratio(r.scanPerMBMs / base.scanPerMBMs) : '–'} | ${f(r.wordLoopCpuMs)} | ${f(r.matches, 0)} |`,
      );
    }
    L.push('');
    L.push('The lines the run prints (and scripts read):');
    L.push('');
    L.push('```');
    for (const r of rows) L.push(dictionaryLine(r));
    L.push('```');
    L.push('');
    const judged = results.targets?.filter((t) => Object.keys(SCALING_TARGETS).some((id) => t.id.startsWith(`${id}-`))) ?? [];
    if (judged.length) {
      L.push('Issue 15\'s targets for the large dictionaries:');
      L.push('');
      for (const t of judged) L.push(`- ${t.pass ? '✅ met' : '❌ **missed**'}: ${t.target} — ${t.measured}${t.pass ? '' : `. **${t.miss}**. ${t.why}`}`);
      L.push('');
    }
    const decodeShare = rows.filter((r) => r.readyWallMs > 0).map((r) => `${r.aliases.toLocaleString('en')}: ${f((r.decodeMs / r.readyWallMs) * 100, 0)}%`);
    if (decodeShare.length) L.push(`Share of the ready time (wall) spent decoding base64, by dictionary: ${decodeShare.join(', ')}.`);
    L.push('');
  }
  const s = results.markArray300;
  if (s) {
    const p = markArrayProjection(s.markArray.runs);
    L.push(`mark.js \`mark(array)\` with a 300-alias dictionary (short enough not to overflow the stack) on ${s.page}: ${p?.projected ? `time cap hit after ${f(p.keywordsDone, 0)} of ${p.keywords} keywords in ${f(p.wallMs)} ms; projected ${f(p.wallProjectedMs)} ms wall` : `${ms(s.markArray.summary.wallMs)} ms wall`} (${f(med(s.markArray.summary.matches), 0)} marks) vs ours, the whole Annotator with the same dictionary, ${ms(s.ours.summary.wallMs)} ms wall: ${ratio((p?.projected ? p.wallProjectedMs : med(s.markArray.summary.wallMs)) / med(s.ours.summary.wallMs))}.`);
    L.push('');
  }
  return L;
}

