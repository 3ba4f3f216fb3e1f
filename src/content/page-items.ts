/** What the popup's "on this page" list says the page names: one item per organisation or claim. */
import type { PageItem } from '../messages';
import type { Settings } from '../settings/schema';
import type { Annotation } from './annotation';
import { isKeyEnabled } from './highlights';

/**
 * One item per id, counting its mentions. The site's own publisher is listed too, marked and not
 * shown: the list is what the page names, and a reader who sees "BBC" in the text and searches
 * the list for it should find it there, with the reason it is not highlighted, rather than
 * conclude the extension missed it (a row with no reason reads as a category switched off). Its
 * record is already in the popup's "published by" panel; the mark points there.
 */
export function pageItems(annotations: Iterable<Annotation>, settings: Settings, ownPublisher: ReadonlySet<string>): PageItem[] {
  const items = new Map<string, PageItem>();
  for (const a of annotations) {
    const item = items.get(a.id);
    if (item) {
      item.count++;
      continue;
    }
    const own = a.kind === 'organisation' && ownPublisher.has(a.id);
    items.set(a.id, {
      kind: a.kind,
      id: a.id,
      label: a.label,
      key: a.key,
      count: 1,
      shown: !own && isKeyEnabled(settings, a.key),
      ...(own ? { ownPublisher: true } : {}),
    });
  }
  return [...items.values()];
}
