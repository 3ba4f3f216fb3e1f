/**
 * Which annotations to register on a page with more of them than the budget: spans of indexes
 * (in document order) around what the reader is looking at. Pure, so it is tested in Node.
 *
 * Windows are taken in document order, not by measured position: finding the annotation under a
 * point costs one hit test and a binary search, with no layout reads for thousands of ranges and
 * nothing to invalidate when the page reflows. Text that is near in the document is near on screen
 * in almost every page; a sidebar far away in the document gets its own probe (see PROBES).
 */

/** Register everything up to this many ranges; window beyond it. About 10–20 ms of marker work a frame in Chromium. */
export const WINDOW_BUDGET = 400;

/** [from, to): indexes from `from` up to but not including `to`. */
export type IndexSpan = [number, number];

/**
 * Spans around the probed indexes: the first probe (the middle of the viewport) gets half the
 * budget either side, each other probe an eighth, so the total stays near the budget. Overlaps
 * merge. With no probe (nothing under the viewport is ours, or no layout), the top of the page.
 */
export function windowAround(count: number, probes: readonly number[], budget = WINDOW_BUDGET): IndexSpan[] {
  if (count <= budget) return count ? [[0, count]] : [];
  if (!probes.length) return [[0, budget]];
  const spans: IndexSpan[] = probes.map((p, i) => {
    const half = i === 0 ? budget / 2 : budget / 8;
    const from = Math.max(0, Math.min(p - half, count - 2 * half));
    return [from, Math.min(count, from + 2 * half)];
  });
  spans.sort((a, b) => a[0] - b[0]);
  const merged: IndexSpan[] = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push([span[0], span[1]]);
  }
  return merged;
}

/**
 * Does the window need to move? Only when a probe has come within a quarter of a span's width
 * of its edge (the page's own ends do not count as edges), so scrolling re-registers once every
 * few screens, not on every frame.
 */
export function needsMove(spans: readonly IndexSpan[], probes: readonly number[], count: number): boolean {
  if (!probes.length) return false;
  return !probes.every((i) =>
    spans.some(([from, to]) => {
      const margin = Math.floor((to - from) / 4);
      return i >= (from === 0 ? 0 : from + margin) && i <= (to === count ? count : to - margin);
    }),
  );
}
