/**
 * How `npm run baselines:update` keeps reviewed verdicts. A verdict says whether this span of the
 * page is this organisation (or claim); it does not depend on the category that colours it. So
 * when only the highlight changed (a category was split or renamed) the verdict carries over, and
 * the update counts such entries so the reviewer can check the diff shows nothing else.
 */
import type { FoundAnnotation } from './annotate-html';
import { entryKey, type BaselineEntry } from './corpus';

const keyIgnoringCategory = (a: Pick<FoundAnnotation, 'text' | 'id' | 'context'>) => `${a.id}|${a.text}|${a.context}`;

export interface Carried {
  annotations: BaselineEntry[];
  /** Found annotations with no reviewed counterpart: written "unreviewed". */
  added: number;
  /** Verdicts carried over from the same span and record under another highlight. */
  recategorised: number;
  /** Reviewed annotations that are no longer found. */
  removed: number;
}

/** Entries by key, each list used in order so that repeated mentions match one to one. */
function byKey(entries: readonly BaselineEntry[], key: (a: BaselineEntry) => string): Map<string, BaselineEntry[]> {
  const map = new Map<string, BaselineEntry[]>();
  for (const a of entries) {
    const list = map.get(key(a));
    if (list) list.push(a);
    else map.set(key(a), [a]);
  }
  return map;
}

export function carryVerdicts(old: readonly BaselineEntry[], found: readonly FoundAnnotation[]): Carried {
  const exact = byKey(old, entryKey);
  const loose = byKey(old, keyIgnoringCategory);
  const used = new Set<BaselineEntry>();
  // The first unused entry under the key; a further repeat of a reviewed mention shares its verdict.
  const take = (list: BaselineEntry[] | undefined) => list && (list.find((a) => !used.has(a)) ?? list.at(-1));
  let added = 0;
  let recategorised = 0;
  const annotations = found.map((a): BaselineEntry => {
    let prior = take(exact.get(entryKey(a)));
    if (!prior) {
      prior = take(loose.get(keyIgnoringCategory(a)));
      if (prior) recategorised++;
      else added++;
    }
    if (prior) used.add(prior);
    return { ...a, verdict: prior?.verdict ?? 'unreviewed', ...(prior?.note ? { note: prior.note } : {}) };
  });
  const removed = old.filter((a) => !used.has(a)).length;
  return { annotations, added, recategorised, removed };
}
