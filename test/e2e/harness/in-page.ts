/**
 * Functions that run inside the page (serialised by the drivers): they must be self-contained.
 */

export interface HighlightedText {
  name: string;
  text: string;
  /** Inside the page's reader-comment aside (form fields, editor, code). */
  inAside: boolean;
  /** Closest element that would make annotation wrong. */
  forbiddenAncestor: string | null;
}

export function readHighlights(): HighlightedText[] {
  const out: HighlightedText[] = [];
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('source-context-')) continue;
    for (const r of highlight as Iterable<AbstractRange>) {
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      const el = r.startContainer.parentElement;
      const bad = el?.closest('textarea, input, [contenteditable], code, pre, script, style');
      out.push({ name, text: range.toString(), inAside: Boolean(el?.closest('aside')), forbiddenAncestor: bad ? bad.tagName.toLowerCase() : null });
    }
  }
  return out;
}

/** Centre of the first highlight whose text is `text`, scrolled into view. */
export function pointOfHighlight(text: string): { x: number; y: number } | null {
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('source-context-')) continue;
    for (const r of highlight as Iterable<AbstractRange>) {
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      if (range.toString() !== text) continue;
      r.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const rect = range.getClientRects()[0];
      if (!rect) return null;
      return { x: rect.left + Math.min(rect.width / 2, 20), y: rect.top + rect.height / 2 };
    }
  }
  return null;
}

export interface PopoverContent {
  title: string;
  text: string;
  affiliationLinks: string[];
  counterLinks: string[];
}

export function readPopover(): PopoverContent | null {
  const host = document.querySelector('source-context-popover');
  const root = host?.shadowRoot;
  if (!root) return null;
  // No named inner functions here: tsx (used by npm start) would wrap them in a `__name` helper
  // that does not exist in the page these functions are serialised into.
  return {
    title: root.querySelector('h2')?.textContent ?? '',
    text: root.textContent ?? '',
    affiliationLinks: [...root.querySelectorAll<HTMLAnchorElement>('.affiliations a[href]')].map((a) => a.href),
    counterLinks: [...root.querySelectorAll<HTMLAnchorElement>('.counter a[href]')].map((a) => a.href),
  };
}

/** Elements in the live page vs in a fresh parse of the same HTML: equal when we added none. */
export async function countAddedElements(): Promise<number> {
  const html = await (await fetch(location.href)).text();
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  return document.getElementsByTagName('*').length - parsed.getElementsByTagName('*').length;
}
