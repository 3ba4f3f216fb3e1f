/**
 * The page annotator: scans the document, keeps annotations current as the page changes, and
 * renders them as highlights under the current settings. Owns its observer; `destroy()` (or the
 * signal) removes every highlight and listener.
 */
import type { Settings } from '../settings/schema';
import type { PageItem } from '../messages';
import type { Annotation } from './annotation';
import { forEachChunked } from './chunked';
import { HighlightRegistry, compareRanges, indexAtNode, visibleAnnotations } from './highlights';
import { dirtyRoots } from './mutation-roots';
import { pageItems } from './page-items';
import { scanBlock, scanRenderedBlock, type Matchers } from './scan';
import { collectBlocks, isRendered, iterateBlocks } from './text-index';

/** Under a storm of mutations, wait this long between re-scans instead of re-scanning at once. */
const STORM_DELAY_MS = 250;
const STORM_RECORDS = 400;
/** Check changed content's visibility at the latest this long after it is highlighted (rAF does not run in a background tab). */
const VISIBILITY_CHECK_MAX_MS = 200;

export class Annotator {
  private annotations: Annotation[] = [];
  private sorted = true;
  private readonly registry: HighlightRegistry;
  private readonly controller = new AbortController();
  private observer: MutationObserver | null = null;
  private pending: MutationRecord[] = [];
  private timer: ReturnType<typeof setTimeout> | null = null;
  private recentRecords = 0;
  private recentSince = 0;
  private scanning = false;
  /** Annotations found in changed content whose visibility is not yet known (see scanRoots). */
  private unchecked: Annotation[] = [];
  private checkScheduled = false;
  /** Ids of the organisation that publishes this site: found and listed, never highlighted (see setOwnPublisher). */
  private ownPublisher: ReadonlySet<string> = new Set();
  /** Called after annotations change (for the badge count and an open popup). */
  onChange: (() => void) | null = null;

  constructor(
    private readonly root: Element,
    private readonly matchers: Matchers,
    private settings: Settings,
    /** Nodes of our own UI, never scanned. */
    private readonly isOwnNode: (node: Node) => boolean,
  ) {
    this.registry = new HighlightRegistry(isOwnNode);
  }

  /** Scan the whole page (in slices) and start watching for changes. */
  async start(): Promise<void> {
    const signal = this.controller.signal;
    // Observe first, but hold the records until the first scan is done: the walk is spread over
    // several tasks, and changes made meanwhile are re-scanned afterwards.
    this.scanning = true;
    this.observer = new MutationObserver((records) => this.onMutations(records));
    this.observer.observe(this.root, { childList: true, subtree: true, characterData: true });
    const found: Annotation[] = [];
    const done = await forEachChunked(iterateBlocks(this.root), (block) => found.push(...scanRenderedBlock(this.matchers, block)), signal);
    this.scanning = false;
    if (!done) return;
    // Blocks come in document order and scanBlock keeps each in text order: no need to compare.
    this.add(found, true);
    this.render();
    if (this.pending.length) this.flush();
  }

  get all(): readonly Annotation[] {
    if (!this.sorted) {
      this.annotations.sort((a, b) => compareRanges(a.range, b.range));
      this.sorted = true;
    }
    return this.annotations;
  }

  /** Annotations the user sees under current settings, in document order. */
  get shown(): Annotation[] {
    return visibleAnnotations(this.all, this.settings, this.ownPublisher);
  }

  updateSettings(settings: Settings): void {
    this.settings = settings;
    this.render();
  }

  /**
   * Who publishes this site, once the background has answered. Set before the first scan ends,
   * the publisher's names are never registered; set after (a background slower than
   * OWN_PUBLISHER_WAIT_MS), they have been shown and are dropped in the task the answer arrives
   * in (the registry applies the difference).
   */
  setOwnPublisher(ids: ReadonlySet<string>): void {
    this.ownPublisher = ids;
    // Before the first scan has ended there is nothing to redo: start() renders with the set it finds.
    const firstScanDone = this.observer !== null && !this.scanning;
    if (firstScanDone && !this.controller.signal.aborted) this.render();
  }

  /**
   * The shown annotation at a text position, if any; an organisation before a claim sentence that
   * contains it. Found by binary search in document order, then a walk back through the block's
   * annotations (a name or sentence may start in an earlier text node): no per-node index to keep.
   */
  at(node: Text, offset: number): Annotation | null {
    const shown = this.shown;
    const point = document.createRange();
    const contains = (a: Annotation) => {
      point.setStart(a.range.startContainer, a.range.startOffset);
      point.setEnd(a.range.endContainer, a.range.endOffset);
      return point.isPointInRange(node, offset);
    };
    let found: Annotation | null = null;
    const consider = (a: Annotation) => {
      if ((!found || (found.kind === 'claim' && a.kind === 'organisation')) && contains(a)) found = a;
    };
    const first = indexAtNode(shown, node);
    for (let i = first; i < shown.length && shown[i]!.range.startContainer === node; i++) consider(shown[i]!);
    for (let i = first - 1; i >= 0 && shown[i]!.root.contains(node); i--) consider(shown[i]!);
    return found;
  }

  summary(): PageItem[] {
    return pageItems(this.all, this.settings, this.ownPublisher);
  }

  destroy(): void {
    this.controller.abort();
    this.observer?.disconnect();
    if (this.timer) clearTimeout(this.timer);
    this.unchecked = [];
    this.registry.destroy();
    this.annotations = [];
  }

  private add(list: readonly Annotation[], inOrder = false): void {
    if (inOrder && this.annotations.length === 0) {
      this.annotations = [...list];
      this.sorted = true;
      return;
    }
    // Still in document order if each new annotation comes after the one before it (appends to
    // the page usually do): then the next read of `all` need not sort everything again.
    let ordered = this.sorted;
    let previous = this.annotations.at(-1);
    for (const a of list) {
      if (ordered && previous && compareRanges(previous.range, a.range) > 0) ordered = false;
      previous = a;
      this.annotations.push(a);
    }
    if (list.length) this.sorted = ordered;
  }

  private render(): void {
    this.registry.render(this.shown);
    this.onChange?.();
  }

  private onMutations(records: MutationRecord[]): void {
    const now = performance.now();
    if (now - this.recentSince > 1000) {
      this.recentSince = now;
      this.recentRecords = 0;
    }
    this.recentRecords += records.length;
    this.pending.push(...records);
    if (this.timer || this.scanning) return;
    // Normally re-scan right away (the observer already batches a task's changes); under a storm,
    // back off and take the changes in one go.
    const delay = this.recentRecords > STORM_RECORDS ? STORM_DELAY_MS : 0;
    if (delay === 0) this.flush();
    else this.timer = setTimeout(() => this.flush(), delay);
  }

  private flush(): void {
    this.timer = null;
    const records = this.pending;
    this.pending = [];
    if (this.controller.signal.aborted) return;
    const { roots, removed } = dirtyRoots(records, this.isOwnNode);
    if (!roots.size && !removed) return;
    const changed = removed ? this.replaceAfterRemoval(roots) : this.replaceInPlace(roots);
    if (changed) this.render();
    if (this.unchecked.length) this.scheduleVisibilityCheck();
  }

  /**
   * Annotations of the blocks in `roots`, as the page is now. Their visibility is asked later
   * (checkVisibility): right after a change the new content has no computed style yet, and asking
   * would make the engine compute it now, inside the page's task, work the next frame does anyway.
   * Meanwhile a highlight on hidden text paints nothing; the check drops it after the frame.
   */
  private scanRoots(roots: Iterable<Element>): Annotation[] {
    const found: Annotation[] = [];
    for (const root of roots) for (const block of collectBlocks(root)) found.push(...scanBlock(this.matchers, block, true));
    for (const a of found) this.unchecked.push(a);
    return found;
  }

  /** After the next frame (style is then up to date and the check cheap), or a bounded wait. */
  private scheduleVisibilityCheck(): void {
    if (this.checkScheduled) return;
    this.checkScheduled = true;
    const signal = this.controller.signal;
    // Whichever comes first runs the check; the other finds nothing scheduled (or the annotator
    // destroyed) and returns, so neither needs cancelling and no listener is left on the signal.
    const fallback = setTimeout(() => run(), VISIBILITY_CHECK_MAX_MS);
    const run = () => {
      clearTimeout(fallback);
      if (!this.checkScheduled || signal.aborted) return;
      this.checkScheduled = false;
      this.dropHidden();
    };
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(run, 0));
  }

  /** Drop the unchecked annotations the reader cannot see (one question per block). */
  private dropHidden(): void {
    const list = this.unchecked;
    this.unchecked = [];
    const rendered = new Map<Element, boolean>();
    const hidden = new Set<Annotation>();
    for (const a of list) {
      const root = a.root;
      if (!root.isConnected) continue;
      let seen = rendered.get(root);
      if (seen === undefined) rendered.set(root, (seen = isRendered(root)));
      if (!seen) hidden.add(a);
    }
    if (!hidden.size) return;
    const before = this.annotations.length;
    this.annotations = this.annotations.filter((a) => !hidden.has(a));
    if (this.annotations.length !== before) this.render();
  }

  /**
   * Nothing was removed (text edited, nodes added: a feed, a live blog), so the annotations already
   * kept are still in document order and those inside one root are one run of them: find the run
   * by binary search and replace it with the root's new annotations. Each change costs its own
   * size and a logarithm of the page's annotations, not a pass over all of them and a sort.
   */
  private replaceInPlace(roots: ReadonlySet<Element>): boolean {
    let changed = false;
    for (const root of roots) {
      const list = this.all;
      const from = indexAtNode(list, root);
      let to = from;
      while (to < list.length && root.contains(list[to]!.range.startContainer)) to++;
      const found = this.scanRoots([root]);
      if (to === from && !found.length) continue;
      changed = true;
      // splice takes its items as arguments, which a huge insertion would overflow.
      if (found.length < 10_000) this.annotations.splice(from, to - from, ...found);
      else this.annotations = [...list.slice(0, from), ...found, ...list.slice(to)];
    }
    return changed;
  }

  /**
   * Something was removed (or moved, which removes it first): drop every annotation whose text left
   * the page, and those inside the roots, then add the roots' new annotations; the next read of
   * `all` sorts if a move broke document order.
   */
  private replaceAfterRemoval(roots: ReadonlySet<Element>): boolean {
    const before = this.annotations.length;
    const rescanned = [...roots];
    this.annotations = this.annotations.filter(
      (a) => a.range.startContainer.isConnected && a.range.endContainer.isConnected && !rescanned.some((r) => r.contains(a.root)),
    );
    const found = this.scanRoots(roots);
    this.add(found);
    return found.length > 0 || this.annotations.length !== before;
  }
}
