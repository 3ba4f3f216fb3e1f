/**
 * One CSS Custom Highlight per category (`source-context-<category>`), so turning a category off
 * is a registry change, not a rescan, and the page's DOM is never touched.
 * https://developer.mozilla.org/en-US/docs/Web/API/CSS_Custom_Highlight_API
 *
 * Registered ranges are not free: Chromium rebuilds its markers for EVERY registered range after
 * any change to the highlights, the DOM or style, in the next frame (about 20–40 µs a range). A
 * page with thousands of mentions would pay that on every frame that follows a change. So on such
 * pages only the mentions around what the reader is looking at are registered (a window in
 * document order, see highlight-window.ts), moved as they scroll; smaller pages register all.
 * Changes are applied as a difference, so a re-render touches only what changed.
 */
import { CATEGORIES } from '../dataset/categories';
import type { Settings } from '../settings/schema';
import { highlightName, type Annotation, type HighlightKey } from './annotation';
import { caretFromPoint } from './hit-test';
import { WINDOW_BUDGET, needsMove, windowAround, type IndexSpan } from './highlight-window';

export const HIGHLIGHT_KEYS: readonly HighlightKey[] = [...CATEGORIES, 'claim'];

export function isKeyEnabled(settings: Settings, key: HighlightKey): boolean {
  return key === 'claim' ? settings.claims : settings.categories[key];
}

const NONE: ReadonlySet<string> = new Set();


/** Highlight priorities: where a name lies inside a claim's sentence, the name's style wins. */
export const NAME_PRIORITY = 1;
export const CLAIM_PRIORITY = 0;

/**
 * Which annotations are shown under the settings: categories on, and first mentions if asked.
 * `ownPublisher` holds the ids of the organisation that publishes the site being read: its names
 * are never shown there (a BBC article naming the BBC is not something to flag; the popup's
 * "published by" panel already says who it is).
 */
export function visibleAnnotations(annotations: Iterable<Annotation>, settings: Settings, ownPublisher: ReadonlySet<string> = NONE): Annotation[] {
  const seen = new Set<string>();
  const out: Annotation[] = [];
  for (const a of annotations) {
    if (!isKeyEnabled(settings, a.key)) continue;
    if (a.kind === 'organisation' && ownPublisher.has(a.id)) continue;
    if (settings.mentions === 'first') {
      if (seen.has(a.id)) continue;
      seen.add(a.id);
    }
    out.push(a);
  }
  return out;
}

/** Index of the first annotation at or after `node` in document order (`shown` is in that order). */
export function indexAtNode(shown: readonly Annotation[], node: Node): number {
  let lo = 0;
  let hi = shown.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const start = shown[mid]!.range.startContainer;
    const rel = node.compareDocumentPosition(start);
    // At or after the node: the annotation's text follows it or lies inside it.
    if (start === node || rel & Node.DOCUMENT_POSITION_FOLLOWING || rel & Node.DOCUMENT_POSITION_CONTAINED_BY) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Document order of two ranges by their starts. */
export function compareRanges(a: AbstractRange, b: AbstractRange): number {
  if (a.startContainer === b.startContainer) return a.startOffset - b.startOffset;
  const rel = a.startContainer.compareDocumentPosition(b.startContainer);
  return rel & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : rel & Node.DOCUMENT_POSITION_PRECEDING ? 1 : 0;
}

/** Index of this very annotation in `shown` (document order), or -1. */
function indexOfAnnotation(shown: readonly Annotation[], a: Annotation): number {
  let lo = 0;
  let hi = shown.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (compareRanges(shown[mid]!.range, a.range) < 0) lo = mid + 1;
    else hi = mid;
  }
  // Annotations may share a start (a name at the start of a claim sentence): look through those.
  for (let i = lo; i < shown.length && compareRanges(shown[i]!.range, a.range) === 0; i++) if (shown[i] === a) return i;
  return -1;
}

/** Where in the viewport to look for what the reader sees: the middle, and either side of it. */
const PROBES: ReadonlyArray<[number, number]> = [
  [0.5, 0.5],
  [0.25, 0.5],
  [0.75, 0.5],
  [0.5, 0.1],
  [0.5, 0.9],
];

export class HighlightRegistry {
  private readonly highlights = new Map<HighlightKey, Highlight>();
  /** What is registered now, by key. */
  private readonly registered = new Map<HighlightKey, Set<Annotation>>();
  private shown: readonly Annotation[] = [];
  /** Listeners for moving the window; present only while the page has more than the budget. */
  private windowListeners: AbortController | null = null;
  private frame = 0;
  private spans: IndexSpan[] = [];
  /** The annotations the last probe found under the viewport. */
  private anchors: Annotation[] = [];

  constructor(private readonly isOwnNode: (node: Node) => boolean = () => false) {}

  /** Show `shown` (in document order): all of it, or the part around the viewport on big pages. */
  render(shown: readonly Annotation[]): void {
    this.shown = shown;
    if (shown.length <= WINDOW_BUDGET) {
      this.stopWindowing();
      this.spans = [];
      this.anchors = [];
      this.apply(shown);
      return;
    }
    this.startWindowing();
    // After a page change, keep the window where it was (around the same annotations) rather than
    // probing the viewport, which would force a layout of the just-changed page.
    const kept = this.anchorIndexes();
    this.spans = windowAround(shown.length, kept.length ? kept : this.probeIndexes());
    this.apply(this.inSpans());
  }

  destroy(): void {
    this.stopWindowing();
    for (const key of HIGHLIGHT_KEYS) {
      const name = highlightName(key);
      if (CSS.highlights.get(name) === this.highlights.get(key)) CSS.highlights.delete(name);
    }
    this.highlights.clear();
    this.registered.clear();
    this.shown = [];
    this.anchors = [];
  }

  private inSpans(): Annotation[] {
    const out: Annotation[] = [];
    for (const [from, to] of this.spans) for (let i = from; i < to; i++) out.push(this.shown[i]!);
    return out;
  }

  /** Where the annotations found by the last probe are now, for those still shown. */
  private anchorIndexes(): number[] {
    const out: number[] = [];
    for (const anchor of this.anchors) {
      const i = indexOfAnnotation(this.shown, anchor);
      if (i >= 0) out.push(i);
    }
    return out;
  }

  /** Indexes into `shown` of what sits under a few points of the viewport. */
  private probeIndexes(): number[] {
    const width = window.innerWidth;
    const height = window.innerHeight;
    const out: number[] = [];
    for (const [x, y] of PROBES) {
      // The caret APIs snap to the nearest text, so a probe in a margin still finds the text
      // beside it; an element is the fallback, but never <body> or <html>, which hold everything.
      const node = caretFromPoint(width * x, height * y)?.node ?? document.elementFromPoint(width * x, height * y);
      if (!node || node === document.body || node === document.documentElement || this.isOwnNode(node)) continue;
      out.push(indexAtNode(this.shown, node));
    }
    this.anchors = out.map((i) => this.shown[Math.min(i, this.shown.length - 1)]!);
    return out;
  }

  /** Register exactly `wanted`: delete what is no longer wanted, add what is new. */
  private apply(wanted: readonly Annotation[]): void {
    const byKey = new Map<HighlightKey, Annotation[]>();
    for (const a of wanted) {
      const list = byKey.get(a.key);
      if (list) list.push(a);
      else byKey.set(a.key, [a]);
    }
    for (const key of HIGHLIGHT_KEYS) {
      const list = byKey.get(key);
      const name = highlightName(key);
      const current = this.registered.get(key);
      if (!list) {
        if (current) {
          this.highlights.get(key)?.clear();
          this.registered.delete(key);
        }
        if (CSS.highlights.get(name) === this.highlights.get(key)) CSS.highlights.delete(name);
        continue;
      }
      let highlight = this.highlights.get(key);
      if (!highlight) {
        highlight = new Highlight();
        // A claim spans a whole sentence and often has names inside it: names paint over it
        // (higher priority wins where highlights overlap), so they still stand out.
        highlight.priority = key === 'claim' ? CLAIM_PRIORITY : NAME_PRIORITY;
        this.highlights.set(key, highlight);
      }
      const next = new Set(list);
      if (current) {
        for (const a of current) if (!next.has(a)) highlight.delete(a.range);
        for (const a of list) if (!current.has(a)) highlight.add(a.range);
      } else for (const a of list) highlight.add(a.range);
      this.registered.set(key, next);
      if (CSS.highlights.get(name) !== highlight) CSS.highlights.set(name, highlight);
    }
  }

  private startWindowing(): void {
    if (this.windowListeners) return;
    this.windowListeners = new AbortController();
    const options = { capture: true, passive: true, signal: this.windowListeners.signal };
    // Capture: inner scrolling containers count too (scroll events do not bubble).
    document.addEventListener('scroll', () => this.scheduleMove(), options);
    window.addEventListener('resize', () => this.scheduleMove(), options);
  }

  private stopWindowing(): void {
    this.windowListeners?.abort();
    this.windowListeners = null;
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  /** At most once a frame: move the window if the reader has left the part registered. */
  private scheduleMove(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      const probes = this.probeIndexes();
      if (!needsMove(this.spans, probes, this.shown.length)) return;
      this.spans = windowAround(this.shown.length, probes);
      this.apply(this.inSpans());
    });
  }
}
