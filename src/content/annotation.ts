/** What the content script found: one highlighted stretch of page text and what it refers to. */
import type { Category } from '../dataset/schema';
import type { BlockPlace } from './text-index';

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
  /** Where the block's text lives in the DOM (its text itself is not kept: it would double the page's text in memory). */
  block: BlockPlace;
  /** Offsets in the block's text. */
  start: number;
  end: number;
  /** Static, so the page's own DOM edits do not pay for keeping live ranges up to date. */
  range: StaticRange;
  /** Why this was highlighted, shown in the popover; worded only when a popover asks. */
  why: () => string;
}
