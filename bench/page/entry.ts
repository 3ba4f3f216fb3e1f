/**
 * The benchmark's in-page bundle. It imports the extension's REAL content-script modules (the
 * annotator, text collection, scan, highlights, matcher) — nothing here re-implements them — and
 * exposes `window.__bench` for bench/run.mjs to drive through playwright-core. The baselines
 * (mark.js, a plain word loop, an indexOf pass) live here too, so they run in the same page type,
 * the same browser process and the same way.
 *
 * The compiled matchers are not bundled: bench/run.mjs serves them as separate scripts in the
 * Chromium build's own form (the matcher's bytes as base64 in a function's comment, the claims as
 * `JSON.parse` of a literal; see bench/lib/inputs.mjs matchersScript), so the dataset load can be
 * timed and its heap measured, and so the synthetic dictionaries can be swapped in.
 */
import { Annotator } from '../../src/content/annotator';
import type { Annotation } from '../../src/content/annotation';
import { HighlightRegistry, visibleAnnotations } from '../../src/content/highlights';
import { scanBlock, type Matchers } from '../../src/content/scan';
import { SKIP_SELECTOR, iterateBlocks, type Block } from '../../src/content/text-index';
import { matchClaims } from '../../src/matcher/claims';
import { loadClaims } from '../../src/matcher/claims-binary';
import { commentText, decodeBase64 } from '../../src/matcher/base64';
import { loadMatcher } from '../../src/matcher/compiled';
import { matchTokens } from '../../src/matcher/match';
import { tokenize, type Token } from '../../src/matcher/normalize';
import { DEFAULT_SETTINGS } from '../../src/settings/schema';

interface MarkOptions {
  [key: string]: unknown;
}
interface MarkInstance {
  mark(keywords: string[], options: MarkOptions): void;
  markRegExp(regexp: RegExp, options: MarkOptions): void;
}
/** Clock readings (performance.now()) taken by the matchers script at each step of its load. */
interface LoadTimes {
  start: number;
  comment: number;
  decode: number;
  load: number;
  end: number;
}
interface LoadedMatchers {
  matchers: Matchers;
  times: LoadTimes;
}
/** Where the dataset's load time went, in ms (see loadMatchers). */
export interface ReadyTimes {
  readyMs: number;
  compileMs: number;
  commentMs: number;
  decodeMs: number;
  loadMatcherMs: number;
  claimsMs: number;
}
type LoadReport = ReadyTimes & { aliases: number; organisations: number; claims: number; bytes: number };
interface BenchWindow {
  Mark: new (context: Element) => MarkInstance;
  __benchMatchers?: LoadedMatchers;
  __bench: typeof api;
  __annotator?: Annotator;
  __renders: number[];
}
const w = window as unknown as BenchWindow;
w.__renders = [];

const now = () => performance.now();

/** The matchers script between prepareMatchers and runMatchers. */
let pending: HTMLScriptElement | null = null;

/** What the phase steps pass to each other within one page. */
const state: { blocks: Block[]; found: Annotation[]; tokens: Token[][] } = { blocks: [], found: [], tokens: [] };

function loaded(): LoadedMatchers {
  if (!w.__benchMatchers) throw new Error('matchers not loaded: call loadMatchers first');
  return w.__benchMatchers;
}

/** Resolve after the next frame has been produced (rAF callbacks, style, layout, paint), then a task. */
function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/** The aliases as written in the dataset, longest first (for mark.js, whose alternation is ordered). */
function aliases(): string[] {
  const { matchers } = loaded();
  const m = matchers.organisations;
  const set = new Set(Array.from({ length: m.entryCount }, (_, e) => m.alias(e)));
  return [...set].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One literal alternation of every alias, on word boundaries, case-sensitive (mark.js's best use). */
function aliasRegExp(): RegExp {
  const body = aliases()
    .map((a) => escapeRe(a).replace(/\s+/g, '\\s+'))
    .join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, 'gu');
}

/** Word characters for the word loop: ASCII letters and digits, and everything above Latin-1 punctuation. */
function isWordCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c >= 0xc0;
}

/**
 * The realistic floor of a word-based matcher: one pass over the text, each word sliced,
 * lower-cased and looked up in a hash set (the dictionary's first words). Nothing else.
 */
function wordLoop(text: string, firstWords: ReadonlySet<string>): number {
  let hits = 0;
  let start = -1;
  const n = text.length;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 32;
    if (isWordCode(c)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      if (firstWords.has(text.slice(start, i).toLowerCase())) hits++;
      start = -1;
    }
  }
  return hits;
}

/** The memory floor: read the text in place with the engine's indexOf (spaces), allocating nothing per word. */
function indexOfPass(text: string): number {
  let count = 0;
  let i = text.indexOf(' ');
  while (i >= 0) {
    count++;
    i = text.indexOf(' ', i + 1);
  }
  return count;
}

function firstWords(): Set<string> {
  return new Set(loaded().matchers.organisations.firstWords());
}

function textNodes(): Text[] {
  const out: Text[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  return out;
}

function highlightCounts(): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [name, h] of CSS.highlights) if (name.startsWith('source-context-')) out[name] = (h as Highlight).size;
  return out;
}

/** Deadline error thrown from mark.js callbacks to stop it at the time cap. */
class TimeCap extends Error {}

const api = {
  /**
   * Load a compiled matchers script (the Chromium build's form) and report when the dataset was
   * ready, and where the time went: `prepareMatchers` then `runMatchers`, two calls so that the
   * driver can read the main thread's CPU time (and a trace) around the second alone.
   */
  async loadMatchers(url: string): Promise<LoadReport> {
    await api.prepareMatchers(url);
    return api.runMatchers();
  },

  /** Fetch the script's text and make the script element (not timed: the extension reads its script from disk). */
  async prepareMatchers(url: string): Promise<void> {
    // The served script wraps the data in this bundle's copies of the build's functions.
    (w as unknown as { __benchLoad: unknown }).__benchLoad = { loadMatcher, loadClaims, commentText, decodeBase64 };
    const response = await fetch(url);
    if (!response.ok) throw new Error(`could not load ${url}: ${response.status}`);
    pending = document.createElement('script');
    pending.textContent = await response.text();
  },

  /**
   * Run the prepared script. It is inserted as an inline script, which the engine compiles and
   * runs synchronously inside `append`: the clock read right before `append` starts what a
   * content script pays from its start (compiling the script, whose comment the scanner reads
   * through, then evaluating it), with no network or task scheduling in between. No code cache
   * is involved (an inline script has none), as on a page's first load of the content script.
   */
  runMatchers(): LoadReport {
    const s = pending;
    if (!s) throw new Error('call prepareMatchers first');
    pending = null;
    w.__benchMatchers = undefined;
    // An error in an inline script is reported to the window, not thrown from append.
    let failed: unknown = null;
    const onError = (e: ErrorEvent) => void (failed = e.error ?? e.message);
    window.addEventListener('error', onError);
    const t0 = now();
    document.head.append(s);
    window.removeEventListener('error', onError);
    s.remove(); // it has run; leave the page's DOM as it was
    if (failed) throw new Error(`the matchers script failed: ${String(failed)}`);
    const { matchers, times: t } = loaded();
    const m = matchers.organisations;
    return {
      readyMs: t.end - t0,
      compileMs: t.start - t0,
      commentMs: t.comment - t.start,
      decodeMs: t.decode - t.comment,
      loadMatcherMs: t.load - t.decode,
      claimsMs: t.end - t.load,
      aliases: m.entryCount,
      organisations: m.orgCount,
      claims: matchers.claims.count,
      bytes: m.byteLength,
    };
  },

  /** Size of the page: text nodes, characters, elements, all nodes. */
  pageStats(): { textNodes: number; chars: number; elements: number; nodes: number } {
    const nodes = textNodes();
    let chars = 0;
    for (const n of nodes) chars += n.data.length;
    return { textNodes: nodes.length, chars, elements: document.getElementsByTagName('*').length, nodes: api.nodeCount() };
  },

  /** Every node in the document (elements, text, comments). */
  nodeCount(): number {
    let count = 0;
    const walker = document.createTreeWalker(document, NodeFilter.SHOW_ALL);
    while (walker.nextNode()) count++;
    return count;
  },

  /**
   * Ours, the real path: the content script's Annotator (chunked scan of the whole page, then
   * highlights), exactly as src/content/index.ts starts it, with the default settings.
   */
  async ours(): Promise<Record<string, unknown>> {
    const { matchers } = loaded();
    const annotator = new Annotator(document.body, matchers, DEFAULT_SETTINGS, () => false);
    annotator.onChange = () => w.__renders.push(now());
    w.__annotator = annotator;
    performance.mark('bench-start');
    const t0 = now();
    await annotator.start();
    const t1 = now();
    await afterNextPaint();
    const t2 = now();
    performance.mark('bench-end');
    return { wallMs: t1 - t0, paintedMs: t2 - t0, matches: annotator.all.length, shown: annotator.shown.length, highlights: highlightCounts() };
  },

  /**
   * The same modules, phase by phase, each step a separate call so bench/run.mjs can read the main
   * thread's CPU time around it: collect the text (`iterateBlocks`), scan every block (`scanBlock`:
   * organisations and claims), register the highlights (`HighlightRegistry.render`).
   */
  collect(): { ms: number; blocks: number; chars: number } {
    const t0 = now();
    state.blocks = [...iterateBlocks(document.body)];
    const ms = now() - t0;
    let chars = 0;
    for (const b of state.blocks) chars += b.text.length;
    return { ms, blocks: state.blocks.length, chars };
  },

  scan(): { ms: number; matches: number } {
    const { matchers } = loaded();
    const t0 = now();
    const found: Annotation[] = [];
    for (const block of state.blocks) found.push(...scanBlock(matchers, block, true));
    const ms = now() - t0;
    state.found = found;
    return { ms, matches: found.length };
  },

  highlight(): { ms: number } {
    const t0 = now();
    new HighlightRegistry().render(visibleAnnotations(state.found, DEFAULT_SETTINGS));
    return { ms: now() - t0 };
  },

  /** Floor: the word loop over the collected blocks' text. */
  wordLoop(): { ms: number; hits: number } {
    const first = firstWords();
    const t0 = now();
    let hits = 0;
    for (const b of state.blocks) hits += wordLoop(b.text, first);
    return { ms: now() - t0, hits };
  },

  /** Floor: the indexOf pass over the collected blocks' text. */
  indexOf(): { ms: number; spaces: number } {
    const t0 = now();
    let spaces = 0;
    for (const b of state.blocks) spaces += indexOfPass(b.text);
    return { ms: now() - t0, spaces };
  },

  /** The scan's parts, separately (the same functions scanBlock calls): tokenize, organisations, claims. */
  tokenize(): { ms: number; tokens: number } {
    const t0 = now();
    state.tokens = state.blocks.map((b) => tokenize(b.text));
    const ms = now() - t0;
    return { ms, tokens: state.tokens.reduce((n, t) => n + t.length, 0) };
  },

  matchOrganisations(): { ms: number; matches: number } {
    const { matchers } = loaded();
    const t0 = now();
    let matches = 0;
    state.blocks.forEach((b, i) => (matches += matchTokens(matchers.organisations, b.text, state.tokens[i]!).length));
    return { ms: now() - t0, matches };
  },

  matchClaims(): { ms: number; matches: number } {
    const { matchers } = loaded();
    const t0 = now();
    let matches = 0;
    state.blocks.forEach((b, i) => (matches += matchClaims(matchers.claims, b.text, state.tokens[i]!).length));
    return { ms: now() - t0, matches };
  },

  /** Whole-page floor: walk every text node and run the word loop on it (no blocks, no highlights). */
  async wordLoopPage(): Promise<Record<string, unknown>> {
    const first = firstWords();
    performance.mark('bench-start');
    const t0 = now();
    let hits = 0;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) hits += wordLoop((n as Text).data, first);
    const t1 = now();
    await afterNextPaint();
    const t2 = now();
    performance.mark('bench-end');
    return { wallMs: t1 - t0, paintedMs: t2 - t0, matches: hits };
  },

  /** Whole-page memory floor: walk every text node and indexOf through it. */
  async indexOfPage(): Promise<Record<string, unknown>> {
    performance.mark('bench-start');
    const t0 = now();
    let spaces = 0;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) spaces += indexOfPass((n as Text).data);
    const t1 = now();
    await afterNextPaint();
    const t2 = now();
    performance.mark('bench-end');
    return { wallMs: t1 - t0, paintedMs: t2 - t0, matches: spaces };
  },

  /**
   * mark.js, best use: markRegExp with one literal alternation of the same aliases (case-sensitive,
   * word boundaries), skipping the same elements we skip. `across` also joins text across elements
   * (needed to find names split by links), which mark.js does in quadratic time; capped.
   */
  async markRegExp(capMs: number, across = false): Promise<Record<string, unknown>> {
    const Mark = w.Mark;
    performance.mark('bench-start');
    const t0 = now();
    const deadline = t0 + capMs;
    const regex = aliasRegExp();
    let matches = 0;
    let capped = false;
    try {
      new Mark(document.body).markRegExp(regex, {
        exclude: [SKIP_SELECTOR],
        acrossElements: across,
        filter: () => {
          if (now() > deadline) throw new TimeCap();
          return true;
        },
        each: () => void matches++,
      });
    } catch (error) {
      if (!(error instanceof TimeCap)) return { error: String(error), wallMs: now() - t0 };
      capped = true;
    }
    const t1 = now();
    await afterNextPaint();
    const t2 = now();
    performance.mark('bench-end');
    return { wallMs: t1 - t0, paintedMs: t2 - t0, matches, capped, regexChars: regex.source.length };
  },

  /**
   * mark.js, common use: mark(array of names) with whole-word accuracy. mark.js makes one pass over
   * the page per keyword; bounded by `capMs` (checked when mark.js logs each keyword, and per match).
   */
  async markArray(capMs: number): Promise<Record<string, unknown>> {
    const Mark = w.Mark;
    const keywords = aliases();
    performance.mark('bench-start');
    const t0 = now();
    const deadline = t0 + capMs;
    let matches = 0;
    let keywordsDone = -1; // the log line comes before each keyword's pass
    let capped = false;
    const check = () => {
      if (now() > deadline) throw new TimeCap();
    };
    try {
      new Mark(document.body).mark(keywords, {
        separateWordSearch: false,
        caseSensitive: true,
        accuracy: { value: 'exactly', limiters: [',', '.', ';', ':', '!', '?', '"', "'", '’', '‘', '“', '”', '(', ')', '-', '–', '—'] },
        exclude: [SKIP_SELECTOR],
        debug: true,
        log: {
          debug: () => {
            keywordsDone++;
            check();
          },
          warn: () => undefined,
          error: () => undefined,
          info: () => undefined,
        },
        filter: () => {
          check();
          return true;
        },
        each: () => void matches++,
      });
      keywordsDone = keywords.length;
    } catch (error) {
      if (!(error instanceof TimeCap)) return { error: String(error).slice(0, 200), wallMs: now() - t0, keywordsDone, keywords: keywords.length, matches };
      capped = true;
    }
    const t1 = now();
    await afterNextPaint();
    const t2 = now();
    performance.mark('bench-end');
    return { wallMs: t1 - t0, paintedMs: t2 - t0, matches, capped, keywordsDone: Math.max(0, keywordsDone), keywords: keywords.length };
  },

  /** Highlight names in CSS.highlights with their sizes (for the cross-check with the real extension). */
  highlightCounts,

  /** Render timestamps of the annotator (mutation → highlight latency). */
  renders(): number[] {
    return w.__renders.slice();
  },
};

w.__bench = api;
