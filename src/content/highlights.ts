/**
 * One CSS Custom Highlight per category (`source-context-<category>`), so turning a category off
 * is a registry change, not a rescan, and the page's DOM is never touched.
 * https://developer.mozilla.org/en-US/docs/Web/API/CSS_Custom_Highlight_API
 */
import { CATEGORIES } from '../dataset/schema';
import type { Settings } from '../settings/schema';
import { highlightName, type Annotation, type HighlightKey } from './annotation';

export const HIGHLIGHT_KEYS: readonly HighlightKey[] = [...CATEGORIES, 'claim'];

export function isKeyEnabled(settings: Settings, key: HighlightKey): boolean {
  return key === 'claim' ? settings.claims : settings.categories[key];
}

/** Which annotations are shown under the settings: categories on, and first mentions if asked. */
export function visibleAnnotations(annotations: Iterable<Annotation>, settings: Settings): Annotation[] {
  const seen = new Set<string>();
  const out: Annotation[] = [];
  for (const a of annotations) {
    if (!isKeyEnabled(settings, a.key)) continue;
    if (settings.mentions === 'first') {
      if (seen.has(a.id)) continue;
      seen.add(a.id);
    }
    out.push(a);
  }
  return out;
}

export class HighlightRegistry {
  private readonly highlights = new Map<HighlightKey, Highlight>();

  /** Replace what is highlighted with `shown`; registers only the keys that have ranges. */
  render(shown: readonly Annotation[]): void {
    const byKey = new Map<HighlightKey, Annotation[]>();
    for (const a of shown) {
      const list = byKey.get(a.key);
      if (list) list.push(a);
      else byKey.set(a.key, [a]);
    }
    for (const key of HIGHLIGHT_KEYS) {
      const list = byKey.get(key);
      const name = highlightName(key);
      if (!list) {
        this.highlights.get(key)?.clear();
        CSS.highlights.delete(name);
        continue;
      }
      let highlight = this.highlights.get(key);
      if (!highlight) {
        highlight = new Highlight();
        this.highlights.set(key, highlight);
      }
      highlight.clear();
      for (const a of list) highlight.add(a.range);
      if (CSS.highlights.get(name) !== highlight) CSS.highlights.set(name, highlight);
    }
  }

  destroy(): void {
    for (const key of HIGHLIGHT_KEYS) {
      const name = highlightName(key);
      if (CSS.highlights.get(name) === this.highlights.get(key)) CSS.highlights.delete(name);
    }
    this.highlights.clear();
  }
}
