// @vitest-environment happy-dom
/**
 * iterateBlocks reads each block's text in one piece where it can (one node's data, the element's
 * textContent, a Range) instead of node by node: on generated DOM trees (inline and block
 * elements, skipped and hidden ones, empty and white-space text, comments, shadow roots) it must
 * give exactly what a plain recursive walk that joins every node's data gives.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collectBlocks, isInline, skipsItself } from '../../src/content/text-index';

interface Spec {
  tag: string;
  attr: 'none' | 'aria-hidden' | 'hidden';
  children: Tree[];
  shadow: Tree[] | null;
}
type Tree = string | { comment: string } | Spec;

const TEXTS = ['', ' ', '\n  ', 'Hezbollah', 'the UN said', '.', 'al-', 'Nusra Front', '42', 'é'];
const TAGS = ['p', 'div', 'span', 'em', 'a', 'b', 'code', 'button', 'br', 'li', 'section', 'sup'];
const SHADOW_OK = new Set(['p', 'div', 'span', 'section']);

const { tree } = fc.letrec<{ tree: Tree; element: Spec }>((tie) => ({
  tree: fc.oneof({ depthSize: 'small', withCrossShrink: true }, fc.constantFrom(...TEXTS), fc.record({ comment: fc.constantFrom('c', '') }), tie('element')),
  element: fc.record({
    tag: fc.constantFrom(...TAGS),
    attr: fc.constantFrom<Spec['attr']>('none', 'none', 'none', 'aria-hidden', 'hidden'),
    children: fc.array(tie('tree'), { maxLength: 4 }),
    shadow: fc.option(fc.array(tie('tree'), { maxLength: 3 }), { freq: 6 }),
  }),
}));

function build(parent: Node, t: Tree): void {
  if (typeof t === 'string') return void parent.appendChild(document.createTextNode(t));
  if ('comment' in t) return void parent.appendChild(document.createComment(t.comment));
  const el = document.createElement(t.tag);
  if (t.attr !== 'none') el.setAttribute(t.attr, 'true');
  for (const c of t.children) build(el, c);
  if (t.shadow && SHADOW_OK.has(t.tag)) {
    const root = el.attachShadow({ mode: 'open' });
    for (const c of t.shadow) build(root, c);
  }
  parent.appendChild(el);
}

/** The plain model: recurse, join every text node's data, end a block at block elements. */
function reference(root: Element): Array<{ text: string; nodes: Text[]; root: Element }> {
  const out: Array<{ text: string; nodes: Text[]; root: Element }> = [];
  let current: { text: string; nodes: Text[]; root: Element } | null = null;
  const end = () => {
    if (current && /[\p{L}\p{N}]/u.test(current.text)) out.push(current);
    current = null;
  };
  const visit = (node: Node, owner: Element) => {
    if (node.nodeType === 3) {
      const text = node as Text;
      if (!text.data) return;
      current ??= { text: '', nodes: [], root: owner };
      current.text += text.data;
      current.nodes.push(text);
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const inline = isInline(el);
    if (!inline) end();
    if (skipsItself(el)) return;
    for (const child of (el.shadowRoot ?? el).childNodes) visit(child, inline ? owner : el);
    if (!inline) end();
  };
  visit(root, root);
  end();
  return out;
}

describe('iterateBlocks on generated trees', () => {
  it('gives the plain walk’s blocks: same text, nodes, offsets and owner', () => {
    fc.assert(
      fc.property(fc.array(tree, { minLength: 1, maxLength: 6 }), (trees) => {
        document.body.replaceChildren();
        const root = document.createElement('main');
        for (const t of trees) build(root, t);
        document.body.appendChild(root);
        const got = collectBlocks(root);
        const want = reference(root);
        expect(got.map((b) => b.text)).toEqual(want.map((b) => b.text));
        got.forEach((b, i) => {
          expect(b.nodes).toEqual(want[i]!.nodes);
          expect(b.root).toBe(want[i]!.root);
          let at = 0;
          b.nodes.forEach((n, k) => {
            expect(b.starts[k]).toBe(at);
            at += n.data.length;
          });
        });
      }),
      { numRuns: 400 },
    );
  });
});
