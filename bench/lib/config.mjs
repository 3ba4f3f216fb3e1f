/**
 * The benchmark's configuration: quick or full mode, what each runs, and where results go.
 */
import { join } from 'node:path';
import { ROOT } from './inputs.mjs';

export const QUICK = process.argv.includes('--quick');

/** Changes this benchmark led to in src/ (listed in the report). */
export const FIXES = [
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
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const OUT = join(ROOT, 'bench/results', QUICK ? 'quick' : '');

export const CONFIG = QUICK
  ? {
      rounds: 1,
      corpus: 1,
      seedMethods: ['ours', 'markRegExp', 'markArray'],
      corpusMethods: ['ours', 'markRegExp'],
      corpusPhases: false,
      fullSizes: [0.1],
      phaseSizes: [0.1, 0.25],
      // The dictionary scaling of issue 15; the bundled dataset is always measured beside them.
      dictionaries: [3000, 30000, 100000, 300000],
      dictSize: 0.1,
      markArrayCapMs: { default: 1000 },
      markRegExpCapMs: 20_000,
      markArray300: false,
      dynamic: { ticks: 10, rounds: 1 },
      extension: { pages: ['seed'], rounds: 1, evaluationRuns: 5 },
      profiles: [],
      profileDynamic: false,
    }
  : {
      rounds: 5,
      corpus: 24,
      fullSizes: [1, 10],
      phaseSizes: [0.1, 0.3, 1, 3, 10],
      dictionaries: [3000, 30000, 100000, 300000],
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
      extension: { pages: ['seed', 'syn-1MB', 'syn-10MB'], rounds: 5, evaluationRuns: 10 },
      profiles: ['syn-1MB', 'syn-10MB'],
    };

