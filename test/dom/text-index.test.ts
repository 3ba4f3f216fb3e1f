// @vitest-environment happy-dom
/**
 * DOM text collection: blocks join inline elements, split at block elements, and skip form fields,
 * editors, code, hidden and aria-hidden content; offsets map back to text nodes.
 */
import { describe, expect, it } from 'vitest';
import { SKIP_SELECTOR, collectBlocks, locate, skipsItself } from '../../src/content/text-index';
import { dirtyRoots } from '../../src/content/mutation-roots';

function page(html: string): HTMLElement {
  // eslint-disable-next-line no-restricted-properties -- fixed test markup written here, not data
  document.body.innerHTML = html;
  return document.body;
}

describe('collectBlocks', () => {
  it('joins inline elements into one block and splits at block elements', () => {
    const body = page('<p>The Syrian <em>Observatory</em> for <a href="#">Human Rights</a> said.</p><div>Next <span>block</span></div>');
    expect(collectBlocks(body).map((b) => b.text)).toEqual(['The Syrian Observatory for Human Rights said.', 'Next block']);
  });

  it('skips form fields, editors, code, templates, hidden and aria-hidden content', () => {
    const body = page(`
      <p>visible one</p>
      <textarea>in textarea</textarea><input value="in input"><select><option>in option</option></select>
      <div contenteditable="true">in editor <b>bold</b></div>
      <pre><code>in code</code></pre><p>inline <code>code</code> here</p>
      <script>var inScript = 1;</script><style>.in-style{}</style><noscript>in noscript</noscript>
      <template><p>in template</p></template>
      <div hidden>in hidden</div><div aria-hidden="true">in aria-hidden</div>
      <source-context-popover>in our UI</source-context-popover>
      <div contenteditable="false">not editable</div>`);
    const texts = collectBlocks(body).map((b) => b.text.trim());
    expect(texts).toEqual(['visible one', 'inline', 'here', 'not editable']);
  });

  it('leaves out skipped inline elements inside a paragraph, and keeps those that only look skipped', () => {
    const body = page(`
      <p>one <span contenteditable="true">typed</span> two</p>
      <p>three <em hidden>gone</em> four <b aria-hidden="true">gone</b></p>
      <p>five <span contenteditable="false">six</span> <i aria-hidden="false">seven</i></p>`);
    const blocks = collectBlocks(body);
    expect(blocks.map((b) => b.text.replace(/\s+/g, ' ').trim())).toEqual(['one two', 'three four', 'five six seven']);
    // Offsets still map to the text nodes around the left-out element.
    expect(locate(blocks[0]!, blocks[0]!.text.indexOf('two')).node.data).toBe(' two');
  });

  it('decides skipped elements exactly as SKIP_SELECTOR does, without running the selector', () => {
    const body = page(`
      <p>a</p><span class="x">b</span><textarea></textarea><INPUT><svg><text>t</text></svg><math></math>
      <div hidden></div><div hidden="hidden"></div><div aria-hidden="true"></div><div aria-hidden="false"></div>
      <div aria-hidden=""></div><div contenteditable></div><div contenteditable=""></div>
      <div contenteditable="true"></div><div contenteditable="plaintext-only"></div><div contenteditable="false"></div>
      <section data-x="1" title="t"></section><source-context-popover></source-context-popover><custom-el></custom-el>
      <code></code><pre></pre><kbd></kbd><samp></samp><iframe></iframe><object></object><canvas></canvas>
      <video></video><audio></audio><template></template><noscript></noscript><button></button><select><option></option></select>`);
    const elements = [...body.querySelectorAll('*')];
    expect(elements.length).toBeGreaterThan(30);
    for (const element of elements) expect([element.tagName, skipsItself(element)]).toEqual([element.tagName, element.matches(SKIP_SELECTOR)]);
  });

  it('splits at a block inside an inline element, and carries on after a shadow root', () => {
    const body = page('<p>one <span>two <div>three</div> four</span> five</p><div id="host"></div><p>after <b>host</b></p>');
    const shadow = body.querySelector('#host')!.attachShadow({ mode: 'open' });
    shadow.append(Object.assign(document.createElement('p'), { textContent: 'shadow text' }), 'loose shadow text');
    const blocks = collectBlocks(body);
    expect(blocks.map((b) => b.text.trim())).toEqual(['one two', 'three', 'four five', 'shadow text', 'loose shadow text', 'after host']);
    expect(blocks.map((b) => b.root.tagName)).toEqual(['P', 'DIV', 'P', 'P', 'DIV', 'P']);
  });

  it('descends into open shadow roots', () => {
    const body = page('<div id="host"></div>');
    const shadow = body.querySelector('#host')!.attachShadow({ mode: 'open' });
    shadow.append(Object.assign(document.createElement('p'), { textContent: 'inside the shadow' }));
    expect(collectBlocks(body).map((b) => b.text)).toEqual(['inside the shadow']);
  });

  it('maps block offsets to text nodes, preferring the earlier node for range ends', () => {
    const body = page('<p>ab<em>cd</em>ef</p>');
    const [block] = collectBlocks(body);
    expect(block!.text).toBe('abcdef');
    expect(locate(block!, 2)).toMatchObject({ node: block!.nodes[1], offset: 0 });
    expect(locate(block!, 2, true)).toMatchObject({ node: block!.nodes[0], offset: 2 });
    expect(locate(block!, 5)).toMatchObject({ node: block!.nodes[2], offset: 1 });
  });
});

describe('dirtyRoots', () => {
  it('re-scans the nearest block of changed text and only the outermost of nested roots', async () => {
    const body = page('<article><p id="a">one <em>two</em></p><p id="b">three</p></article>');
    const records: MutationRecord[] = [];
    const observer = new MutationObserver((r) => records.push(...r));
    observer.observe(body, { childList: true, subtree: true, characterData: true });
    body.querySelector('em')!.firstChild!.textContent = 'changed';
    const added = document.createElement('p');
    added.textContent = 'new paragraph';
    body.querySelector('article')!.append(added);
    await new Promise((r) => setTimeout(r, 0));
    observer.disconnect();
    const { roots } = dirtyRoots(records, () => false);
    expect([...roots].map((r) => r.id || r.textContent)).toEqual(expect.arrayContaining(['a', 'new paragraph']));
    expect(roots.size).toBe(2);
  });
});
