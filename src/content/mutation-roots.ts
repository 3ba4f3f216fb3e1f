/**
 * From a batch of MutationRecords, the smallest set of elements whose text must be re-scanned,
 * and whether anything was removed (so stale annotations must be dropped).
 */
import { isInline, isSkipped } from './text-index';

export interface DirtySet {
  roots: Set<Element>;
  removed: boolean;
}

/** The nearest ancestor that starts a block: the unit we re-scan when text inside it changes. */
export function blockRootOf(element: Element): Element {
  let el = element;
  while (isInline(el) && el.parentElement) el = el.parentElement;
  return el;
}

export function dirtyRoots(records: readonly MutationRecord[], ignore: (node: Node) => boolean): DirtySet {
  const roots = new Set<Element>();
  let removed = false;
  const addRoot = (element: Element | null) => {
    if (!element || ignore(element) || !element.isConnected || isSkipped(element)) return;
    roots.add(blockRootOf(element));
  };
  for (const record of records) {
    if (ignore(record.target)) continue;
    if (record.type === 'characterData') {
      addRoot(record.target.parentElement);
      continue;
    }
    if (record.removedNodes.length) {
      removed = true;
      // Removing an inline piece changes its block's text.
      if (record.target.nodeType === 1) addRoot(record.target as Element);
    }
    for (const node of record.addedNodes) {
      if (node.nodeType === 1 && !isInline(node as Element)) addRoot(node as Element);
      else if (record.target.nodeType === 1) addRoot(record.target as Element);
      else if (record.target instanceof ShadowRoot) addRoot(record.target.host);
    }
  }
  // Keep only outermost roots: an inner root is re-scanned with its ancestor.
  const list = [...roots];
  for (const r of list) {
    for (const other of list) {
      if (other !== r && other.contains(r)) {
        roots.delete(r);
        break;
      }
    }
  }
  return { roots, removed };
}
