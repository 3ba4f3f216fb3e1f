/**
 * Collect the page's readable text as blocks: each block is the text of one block-level element
 * (inline children such as <em> and <a> stay inside it, so a name split by a link still matches),
 * with a map from block offsets back to the DOM text nodes.
 */

/** Elements skipped whatever their tag: editors and content hidden from everyone. */
const SKIP_BY_ATTRIBUTE = '[contenteditable]:not([contenteditable="false"]),[aria-hidden="true"],[hidden]';

/** Elements whose text is never annotated: code, form fields, editors, non-rendered content. */
export const SKIP_SELECTOR = [
  'script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option', 'button',
  'code', 'pre', 'kbd', 'samp', 'svg', 'math', 'iframe', 'object', 'canvas', 'video', 'audio',
  'source-context-popover',
].join(',') + ',' + SKIP_BY_ATTRIBUTE;

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

export function skipsItself(element: Element, tag = upperTag(element)): boolean {
  if (SKIP_TAGS.has(tag)) return true;
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

/** HTML elements' tagName is upper-case already; only XHTML, SVG and MathML need the conversion. */
const upperTag = (element: Element) => {
  const tag = element.tagName;
  const first = tag.charCodeAt(0);
  return first >= 97 && first <= 122 ? tag.toUpperCase() : tag;
};

export function isInline(element: Element): boolean {
  return INLINE.has(upperTag(element));
}

/**
 * Elements that can host a shadow root: custom elements and the few built-in ones
 * `attachShadow` (and declarative shadow DOM) accepts. Asking any other element for its
 * `shadowRoot` is a call into the engine that cannot answer yes.
 */
const SHADOW_HOSTS = new Set([
  'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'DIV', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'MAIN', 'NAV', 'P', 'SECTION', 'SPAN',
]);
const mayHostShadow = (tag: string) => SHADOW_HOSTS.has(tag) || tag.includes('-');

const hasWord = (text: string) => /[\p{L}\p{N}]/u.test(text);

/**
 * A descendant that stops an element from being one inline-only block: any element that is not
 * inline (block, skipped or custom: those are never inline), or an inline one skipped by its
 * attributes (SKIP_BY_ATTRIBUTE). The same tests as skipsItself and INLINE, as one selector
 * (lower-case type selectors match HTML elements in HTML and XHTML documents alike).
 */
const NOT_INLINE = `:not(${[...INLINE].map((t) => t.toLowerCase()).join(',')}),${SKIP_BY_ATTRIBUTE}`;

/**
 * Is everything inside `element` inline: no block, skipped or shadow-hosting element below it?
 * Then the element is one block, its text is its `textContent`, and the walk need not visit its
 * nodes. Asked of the engine with one selector query, which hands no node to script: every node a
 * content script reaches gets a wrapper for its isolated world (bench/experiments/wrapper-table.mjs),
 * so the fewer it reaches the less the walk costs there.
 * Of the inline elements only <span> can host a shadow root, so spans are the only nodes reached,
 * and only in a block that has them.
 */
function inlineOnly(element: Element): boolean {
  if (element.querySelector(NOT_INLINE)) return false;
  const spans = element.getElementsByTagName('span');
  for (let i = 0; i < spans.length; i++) if (spans[i]!.shadowRoot) return false;
  return true;
}

/**
 * A block that is all of an inline-only element (see inlineOnly): its text nodes and their
 * offsets are listed only when asked, which the scan does only for a block with a match.
 */
class ElementBlock implements Block {
  private place: { nodes: Text[]; starts: number[] } | null = null;
  constructor(
    readonly text: string,
    readonly root: Element,
  ) {}
  get nodes(): Text[] {
    return (this.place ??= textNodesOf(this.root)).nodes;
  }
  get starts(): number[] {
    return (this.place ??= textNodesOf(this.root)).starts;
  }
}

/**
 * The non-empty text nodes below `root` in document order, and where each starts in its text. A
 * TreeWalker over text only: the elements between them are never handed to script (no wrappers,
 * see inlineOnly).
 */
function textNodesOf(root: Element): { nodes: Text[]; starts: number[] } {
  const nodes: Text[] = [];
  const starts: number[] = [];
  let length = 0;
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (!node.length) continue;
    nodes.push(node);
    starts.push(length);
    length += node.length;
  }
  return { nodes, starts };
}

/** A block being collected: its nodes and where each starts; the text is read when it ends. */
interface Pending {
  /** The first node's data: most blocks are one text node, read once. */
  first: string;
  nodes: Text[];
  starts: number[];
  length: number;
  root: Element;
  /**
   * Every text node from the first of `nodes` to the last, in document order, is in `nodes` (no
   * skipped element or shadow boundary between them), so one Range holds exactly the block's text.
   */
  contiguous: boolean;
  /**
   * The block is all that `root` holds: it started when the walk entered `root`, and no other
   * block element or shadow root came inside it. Then `root.textContent` is its text, unless an
   * element skipped inside it had text, which the length check catches.
   */
  whole: boolean;
}

/**
 * The block's text, read in one piece where possible. Reading `Text.data` makes the engine hand
 * over a string per text node, which profiles showed was the most expensive step of the walk on
 * text split by links and emphasis. So the walk reads the data of a block's first node (most
 * blocks have one) and only the length of the others, then the block's text in one call: the
 * element's textContent for a block that is all of its element, a Range's text
 * for another contiguous one (a Range costs more: setting its ends compares tree positions).
 * Anything else, or a text that is not the length the nodes add up to, falls back to joining the
 * nodes' data.
 */
function finish(pending: Pending, range: Range | null, atOwnerEnd: boolean): Block | null {
  const { nodes } = pending;
  let text: string | null = null;
  if (nodes.length === 1) text = pending.first;
  else {
    if (pending.whole && atOwnerEnd) text = pending.root.textContent;
    if ((text === null || text.length !== pending.length) && pending.contiguous && range) {
      const last = nodes[nodes.length - 1]!;
      range.setStart(nodes[0]!, 0);
      range.setEnd(last, last.length);
      text = range.toString();
    }
  }
  if (text === null || text.length !== pending.length) {
    text = '';
    for (const node of nodes) text += node.data;
  }
  return hasWord(text) ? { text, nodes, starts: pending.starts, root: pending.root } : null;
}

/**
 * Walk `root` and yield its text blocks in document order. A walk by firstChild / nextSibling /
 * parentNode (no stack of frames, no child lists copied), and a generator, so a caller can stop
 * between blocks and yield to the page on huge documents. Descends into open shadow roots instead
 * of the light children, as the page renders them. Elements hidden by CSS are not skipped here:
 * asking the engine for every block element's visibility cost more than the rest of the walk, and
 * almost no block holds a name, so callers ask `isRendered(block.root)` for the blocks that do.
 */
export function* iterateBlocks(root: Element): Generator<Block> {
  if (isSkipped(root)) return;
  const baseOwner = isInline(root) ? (root.parentElement ?? root) : root;
  const range = typeof root.ownerDocument?.createRange === 'function' ? root.ownerDocument.createRange() : null;
  /** Block elements we are inside: the owner of new text is the innermost. */
  const owners: Element[] = [];
  let current: Pending | null = null;
  /** No block element has come inside the innermost owner yet: new text would be all of it. */
  let fresh = false;
  let node: Node = root;
  for (;;) {
    // Enter `node`; `inside` is where to continue if we descend into it.
    let inside: Node | null = null;
    if (node.nodeType === 3) {
      const text = node as Text;
      if (current === null) {
        const data = text.data;
        if (data) current = { first: data, nodes: [text], starts: [0], length: data.length, root: owners.at(-1) ?? baseOwner, contiguous: true, whole: fresh };
      } else {
        // Only the length: the text of a block of several nodes is read in one piece (finish).
        const length = text.length;
        if (length) {
          current.starts.push(current.length);
          current.nodes.push(text);
          current.length += length;
        }
      }
    } else if (node.nodeType === 1) {
      const element = node as Element;
      const tag = upperTag(element);
      const inline = INLINE.has(tag);
      if (!inline) {
        // A block element ends the text before it, whether or not we read inside it.
        const block = current && finish(current, range, false);
        if (block) yield block;
        current = null;
        fresh = false;
      }
      if (!skipsItself(element, tag)) {
        const shadow = mayHostShadow(tag) ? element.shadowRoot : null;
        inside = (shadow ?? element).firstChild;
        if (inside && !inline && !shadow && inlineOnly(element)) {
          // One block, all of this element: read it whole and step over its nodes.
          const text = element.textContent ?? '';
          if (hasWord(text)) yield new ElementBlock(text, element);
          inside = null;
        } else if (inside && !inline) {
          owners.push(element);
          // Its textContent would be its light children's, not the shadow tree's we read.
          fresh = !shadow;
        }
        if (shadow && current) current.contiguous = current.whole = false;
      } else if (current) current.contiguous = false; // its text (if any) is not the block's
    }
    if (inside) {
      node = inside;
      continue;
    }
    // Leave `node`, and every ancestor whose last child it was, up to the next sibling.
    for (;;) {
      if (node === root) {
        const block = current && finish(current, range, true);
        if (block) yield block;
        return;
      }
      const next: Node | null = node.nextSibling;
      if (next) {
        node = next;
        break;
      }
      const parent: Node | null = node.parentNode;
      if (!parent) return;
      // A shadow root's children climb to its host (no `instanceof ShadowRoot`: tests run this in
      // DOM implementations whose globals differ).
      const host = parent.nodeType === 11 ? (parent as ShadowRoot).host : null;
      if (host && current) current.contiguous = current.whole = false;
      node = host ?? parent;
      if (node === owners[owners.length - 1]) {
        // Leaving a block element we read inside (the innermost of those is the last owner): its
        // text ends here.
        owners.pop();
        const block = current && finish(current, range, true);
        if (block) yield block;
        current = null;
        fresh = false;
      }
    }
  }
}

/** All blocks of `root` at once (tests, re-scans of small changed regions). */
export function collectBlocks(root: Element): Block[] {
  return [...iterateBlocks(root)];
}

/**
 * False for display:none / visibility:hidden (on the element or inherited from an ancestor); true
 * where the browser cannot tell (tests).
 */
export function isRendered(element: Element): boolean {
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
