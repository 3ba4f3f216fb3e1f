/**
 * Collect the page's readable text as blocks: each block is the text of one block-level element
 * (inline children such as <em> and <a> stay inside it, so a name split by a link still matches),
 * with a map from block offsets back to the DOM text nodes.
 */

/** Elements whose text is never annotated: code, form fields, editors, non-rendered content. */
export const SKIP_SELECTOR = [
  'script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option', 'button',
  'code', 'pre', 'kbd', 'samp', 'svg', 'math', 'iframe', 'object', 'canvas', 'video', 'audio',
  '[contenteditable]:not([contenteditable="false"])', '[aria-hidden="true"]', '[hidden]',
  'source-context-popover',
].join(',');

/**
 * The same test as `element.matches(SKIP_SELECTOR)`, without running a 25-part selector on every
 * element of the page (a tag look-up, then attributes only when the element has any). A DOM test
 * checks the two agree.
 */
const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON',
  'CODE', 'PRE', 'KBD', 'SAMP', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'CANVAS', 'VIDEO', 'AUDIO',
  'SOURCE-CONTEXT-POPOVER',
]);

export function skipsItself(element: Element): boolean {
  if (SKIP_TAGS.has(element.tagName.toUpperCase())) return true;
  if (!element.hasAttributes()) return false;
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  const editable = element.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

/** Inline elements: their text joins the surrounding block. Anything else starts a new block. */
const INLINE = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'DATA', 'DFN', 'EM', 'FONT', 'I', 'INS', 'DEL', 'LABEL',
  'MARK', 'Q', 'RUBY', 'RT', 'S', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR', 'WBR', 'NOBR', 'TT', 'BIG',
]);

export interface Block {
  /** The block's text: its text nodes' data, concatenated. */
  text: string;
  nodes: Text[];
  /** Offset in `text` where each node starts (same length as `nodes`). */
  starts: number[];
  /** The element that owns the block (for re-scanning after mutations). */
  root: Element;
}

/** A block without its text: what an annotation keeps to map offsets back to nodes. */
export type BlockPlace = Pick<Block, 'nodes' | 'starts' | 'root'>;

/** Is this element (or an ancestor) excluded from annotation? */
export function isSkipped(element: Element): boolean {
  return element.closest(SKIP_SELECTOR) !== null || (element as HTMLElement).isContentEditable === true;
}

export function isInline(element: Element): boolean {
  return INLINE.has(element.tagName.toUpperCase());
}

const hasWord = (text: string) => /[\p{L}\p{N}]/u.test(text);

type Frame = { node: Node; owner: Element } | { exit: true };

/**
 * Walk `root` and yield its text blocks in document order. An explicit stack instead of recursion,
 * and a generator, so a caller can stop between blocks and yield to the page on huge documents.
 * Descends into open shadow roots. Elements hidden by CSS are skipped per block element.
 */
export function* iterateBlocks(root: Element): Generator<Block> {
  if (isSkipped(root)) return;
  const stack: Frame[] = [{ node: root, owner: isInline(root) ? (root.parentElement ?? root) : root }];
  let current: Block | null = null;
  while (stack.length) {
    const frame = stack.pop()!;
    if ('exit' in frame) {
      if (current && hasWord(current.text)) yield current;
      current = null;
      continue;
    }
    const { node, owner } = frame;
    if (node.nodeType === 3) {
      const text = node as Text;
      if (!text.data) continue;
      current ??= { text: '', nodes: [], starts: [], root: owner };
      current.starts.push(current.text.length);
      current.nodes.push(text);
      current.text += text.data;
      continue;
    }
    if (node.nodeType !== 1) continue;
    const element = node as Element;
    const inline = isInline(element);
    if (!inline) {
      // A block element ends the text before it, whether or not we read inside it.
      if (current && hasWord(current.text)) yield current;
      current = null;
    }
    if (skipsItself(element) || (!inline && !isRendered(element))) continue;
    if (!inline) stack.push({ exit: true });
    const children = element.shadowRoot ? element.shadowRoot.childNodes : element.childNodes;
    const childOwner = inline ? owner : element;
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, owner: childOwner });
  }
  if (current && hasWord(current.text)) yield current;
}

/** All blocks of `root` at once (tests, re-scans of small changed regions). */
export function collectBlocks(root: Element): Block[] {
  return [...iterateBlocks(root)];
}

/** False for display:none / visibility:hidden; true where the browser cannot tell (tests). */
function isRendered(element: Element): boolean {
  const check = (element as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  if (typeof check === 'function') return check.call(element, { visibilityProperty: true });
  return true;
}

/** Map a block offset to the text node and offset inside it (binary search over `starts`). */
export function locate(block: BlockPlace, offset: number, preferEnd = false): { node: Text; offset: number } {
  let lo = 0;
  let hi = block.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const s = block.starts[mid]!;
    if (s < offset || (s === offset && !preferEnd)) lo = mid;
    else hi = mid - 1;
  }
  return { node: block.nodes[lo]!, offset: offset - block.starts[lo]! };
}
