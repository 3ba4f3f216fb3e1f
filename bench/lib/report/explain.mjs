/** A data-based reason for each missed target (the report's profile tables give the detail). */
import { f, mbytes, med, topOf } from './format.mjs';
import { scalingRows } from '../scaling.mjs';
import { mainPage } from './targets.mjs';


/** A data-based reason for each miss (the profile tables below give the detail). */
export function explain(t, results) {
  const page = mainPage(results);
  const ph = results.phases[page]?.real;
  const o = ph?.ours?.summary;
  const fl = ph?.floors?.summary;
  const prof = results.profiles?.[`ours@${page}`];
  switch (t.id) {
    case 'vs-markRegExp': {
      const full = results.full[page];
      return (
        `Where our main-thread time goes on ${page} (CPU, phase runs): text collection ${f(med(o?.collectCpuMs))} ms, block scan ${f(med(o?.scanCpuMs))} ms ` +
        `(of which tokenize ${f(med(fl?.tokenizeCpuMs))}, organisation matcher ${f(med(fl?.matchOrganisationsCpuMs))}, claims matcher ${f(med(fl?.matchClaimsCpuMs))}), highlight registration and paint ${f(med(o?.highlightCpuMs))} ms; ` +
        `the full Annotator run adds slicing and the first paint of the highlights it registers (${f(med(full?.ours?.summary?.matches), 0)} found). ` +
        `mark.js's best use is one native irregexp pass per text node plus wrapping ${f(med(full?.markRegExp?.summary?.matches), 0)} matches, and it does not find names split by links or emphasis. ` +
        (prof ? `CPU profile of our run: by module ${topOf(prof, 'byModule')}; hottest functions ${topOf(prof, 'rows', 6, (r) => r.fn !== '(program)')}. ` : '') +
        `Both sides exclude loading the aliases (mark.js gets them as an array); our content script's evaluation, which loads the dataset, adds ${f(results.extension?.[page]?.contentScriptEvaluateMs ?? results.extension?.seed?.contentScriptEvaluateMs)} ms more on a real page (see the dataset target). ` +
        'The largest single costs left are the text walk (a DOM accessor call per node and per element; the text itself is read once per block) and one token object with two strings per word; the profile rows above are where the time goes.'
      );
    }
    case 'scan-vs-wordloop':
      return `The organisation matcher alone is ${f(med(fl?.tokenizeCpuMs) + med(fl?.matchOrganisationsCpuMs))} ms CPU here; the claims matcher adds ${f(med(fl?.matchClaimsCpuMs))} ms (one hash-table probe per word for the words claims know, sentence breaks checked per gap) and each match a StaticRange.`;
    case 'matcher-vs-wordloop':
      return `Per word the matcher builds a token object (raw and folded strings) and looks the word up in the vocabulary (a typed-array hash table), plus rule checks at candidates; the word loop makes one hash-set look-up.`;
    case 'dataset-ready': {
      const rows = scalingRows(results).map((r) => `${r.aliases.toLocaleString('en')} aliases / ${f(r.bytes / 1024, 0)} KB → ${f(r.readyMs)} ms`).join('; ');
      return (
        `The content script's evaluation compiles and runs the whole bundle: the compiled matcher (${f(results.dictionaries.real.bytes / 1024, 0)} KB as base64 in a comment: scanned, then decoded and wrapped in place), the claims index (likewise), and the modules' own start-up (webextension-polyfill, Preact for the popover). ` +
        `The matchers script alone, bench page, by dictionary: ${rows}. On this shared 2-core machine the evaluation also varies with what else runs (see the min–max of the runs).`
      );
    }
    case 'longest-task': {
      const ext = Object.entries(results.extension ?? {}).filter(([, e]) => e && e.runs);
      const rows = ext
        .map(([id, e]) => `${id}: frame ${f(e.longestFrameMs)} ms with the extension, ${f(e.alone?.longestFrameMs)} ms for the page alone over the same window, ${f(e.alone?.editFrameMs)} ms after the page's own one-word edit`)
        .join('; ');
      const bench = Object.entries(results.full)
        .map(([id, m]) => ({ id, ms: med(m.ours?.summary?.longestTaskMs), cpu: med(m.ours?.summary?.longestTaskCpuMs), kinds: [...new Set((m.ours?.runs ?? []).map((x) => x.longestTaskKind).filter(Boolean))] }))
        .filter((x) => x.ms != null && x.ms > 50)
        .sort((a, b) => b.ms - a.ms)
        .map((x) => `${x.id} ${f(x.ms)} ms wall / ${f(x.cpu)} ms CPU (${x.kinds.join(' / ')})`)
        .join('; ');
      const own = ext.map(([id, e]) => `${id} ${f(e.longestOwnTaskMs)} ms (${[...new Set(e.runs.map((x) => x.longestOwnTaskKind).filter(Boolean))].join(' / ')}; runs ${f(Math.min(...e.runs.map((x) => x.longestOwnTaskMs ?? Infinity)))}–${f(e.longestOwnTaskMaxMs)} ms)`).join(', ');
      const ownOver = ext.filter(([, e]) => (e.longestOwnTaskMs ?? 0) > 50).map(([id]) => id);
      return (
        `Tasks that ran our code (a CPU-profiler sample of content.js falls in them): ${own}. Our script runs in slices of 8 ms, yielding between blocks; ` +
        (ownOver.length
          ? `on ${ownOver.join(', ')} a single slice takes longer (see the history below for what made slices stall before). `
          : 'no slice exceeds 50 ms. ') +
        'Until the annotations stopped holding their blocks\' text nodes (commit d3419fb), single slices on the 10 MB page ran 81–88 ms (one run 299 ms) in the full run before: the thread was on CPU inside one DOM step (firstChild, nextSibling, new StaticRange), no garbage-collection event was in the trace, and in one run these stalls doubled in length through the page (26, 52, 84 ms). Every node a content script reaches gets a wrapper for its isolated world, which Chromium keeps in a per-world table (the page\'s own world keeps it on the node); the table doubles when full and rehashes every live entry, and a node script holds on to keeps its entry live. A side experiment (bench/experiments/wrapper-table.mjs, same page) shows this alone: an isolated world that keeps every node it reaches stalls at 65,532 / 131,068 / 262,140 / 524,284 nodes kept (about 14 / 36 / 80 / 544 ms), while one that lets them go, or the page\'s own world, does not. The 24,180 annotations of the 10 MB page held a few hundred thousand text nodes; each now holds its block element and a StaticRange. ' +
        'What exceeds 50 ms on the large synthetic pages is the frame after the highlights are registered. Its trace shows pre-paint and paint of the whole page: in Chromium any change to the highlight registry repaints the whole document, so that frame costs about what the page\'s own smallest edit costs, and grows with the page\'s size, not with the number of highlights. ' +
        `Measured in this run, the same page in a browser whose only extension is a content script that does nothing: ${rows}. ` +
        (bench ? `Bench path, pages over 50 ms: ${bench}. ` : '') +
        'A side experiment (bench/experiments/highlight-frame.mjs, 30,000 short paragraphs) gives the same picture: the frame after registering 1 range, 400 ranges, or one more range is 24–29 ms, after the page appends one word 94–146 ms. ' +
        'We register once at the end of the first scan and then only the difference after a change or a scroll, so a reader pays this frame once per annotation pass; splitting the registration would pay it once per part. No way to register highlights without it was found.'
      );
    }
    case 'mutation-latency': {
      const d = results.dynamic;
      const dp = results.profiles?.['ours@dynamic'];
      const cpuOver = Math.max(d?.append?.addedCpuMs?.p95 ?? 0, d?.edit?.addedCpuMs?.p95 ?? 0) > 5;
      return (
        `Each flush rescans only the changed blocks, replaces their run of annotations (found by binary search when nothing was removed) and registers only the difference in the highlights; whether new content with a match is visible is asked after the next frame, when its style is computed, so the flush forces no style recalculation. ` +
        `CPU we add per operation, p50 / p95: appends ${f(d?.append?.addedCpuMs?.p50)} / ${f(d?.append?.addedCpuMs?.p95)} ms, text edits ${f(d?.edit?.addedCpuMs?.p50)} / ${f(d?.edit?.addedCpuMs?.p95)} ms` +
        (cpuOver ? ', so the work itself exceeds 5 ms at the 95th percentile; ' : ', so the work itself fits in 5 ms and the excess is waiting for a CPU on this shared machine; ') +
        (dp ? `profile while following the page (our functions): ${topOf(dp, 'rows', 8, (r) => r.fn !== '(program)' && r.fn !== '(garbage collector)' && !/\(dynamic:/.test(r.fn))}.` : '')
      );
    }
    case 'heap': {
      const sum = results.full[page]?.ours?.summary;
      const ann = med(sum?.heapDeltaBytes);
      const ds = med(sum?.datasetHeapBytes);
      const n = med(sum?.matches);
      return (
        `On ${page} the annotation retains ${mbytes(ann)} for ${f(n, 0)} matches (≈${f(ann / n / 1024, 1)} KB each) and the loaded dataset ${mbytes(ds)}. ` +
        'Each annotation keeps its block\'s place (its text-node list and offsets, shared by the block\'s annotations, not its text), a StaticRange and its offsets; explanations are worded only when a popover asks, and clicks are resolved by binary search, not a node index. The delta also holds the code V8 compiled and optimised for the run.'
      );
    }
    case 'page-edits':
      return 'The page\'s own DOM calls are not instrumented by us (no live ranges, no DOM wrappers); a MutationObserver makes the engine queue records, and the highlight markers in an edited text node are updated by the engine.';
    case 'scan-linear':
      return 'Per-block work is linear; a growth of the per-MB time comes from garbage collection of the larger heap and from cache effects.';
    case 'dictionary-scaling':
      return 'The trie look-up per word does not depend on the number of aliases, but more aliases mean more candidate matches to check against their rules, and more matches.';
    default:
      return t.why ?? '';
  }
}
