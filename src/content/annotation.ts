/** What the content script found: one highlighted stretch of page text and what it refers to. */
import type { Category } from '../dataset/schema';

/** Highlight names: one per category, plus claims. Tests look them up in CSS.highlights. */
export type HighlightKey = Category | 'claim';
export const highlightName = (key: HighlightKey) => `source-context-${key}`;

export interface Annotation {
  kind: 'organisation' | 'claim';
  /** Organisation or claim id in the dataset. */
  id: string;
  /** Display name: organisation name or the claim as reviewed. */
  label: string;
  key: HighlightKey;
  /**
   * The block element whose text holds it (for re-scans, visibility and hit tests). Not the
   * block's text or its text nodes: the text would double the page's text in memory, and every
   * node kept from a content script's isolated world keeps a wrapper in that world's table, whose
   * growth (it doubles, rehashing every entry) stalled the page for 70-120 ms on a 10 MB page.
   */
  root: Element;
  /** Offsets in the block's text. */
  start: number;
  end: number;
  /** Static, so the page's own DOM edits do not pay for keeping live ranges up to date. */
  range: StaticRange;
  /** Why this was highlighted, shown in the popover; worded only when a popover asks. */
  why: () => string;
}
