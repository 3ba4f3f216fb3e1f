import { describe, expect, it } from 'vitest';
import { needsMove, windowAround } from './highlight-window';

describe('windowAround', () => {
  it('takes everything up to the budget, and nothing from nothing', () => {
    expect(windowAround(0, [], 400)).toEqual([]);
    expect(windowAround(400, [17], 400)).toEqual([[0, 400]]);
  });

  it('centres the budget on the middle probe, clamped to the page ends', () => {
    expect(windowAround(10_000, [5000], 400)).toEqual([[4800, 5200]]);
    expect(windowAround(10_000, [30], 400)).toEqual([[0, 400]]);
    expect(windowAround(10_000, [9990], 400)).toEqual([[9600, 10_000]]);
  });

  it('falls back to the top of the page when no probe found anything', () => {
    expect(windowAround(10_000, [], 400)).toEqual([[0, 400]]);
  });

  it('adds a smaller span for a probe far away (a sidebar) and merges overlaps', () => {
    expect(windowAround(10_000, [5000, 9000], 400)).toEqual([[4800, 5200], [8950, 9050]]);
    expect(windowAround(10_000, [5000, 5100, 4950], 400)).toEqual([[4800, 5200]]);
  });

  it('never registers much more than the budget', () => {
    const spans = windowAround(100_000, [50_000, 10, 99_999, 70_000, 30_000], 400);
    const total = spans.reduce((n, [from, to]) => n + to - from, 0);
    expect(total).toBeLessThanOrEqual(400 + 4 * 100);
  });
});

describe('needsMove', () => {
  const spans: Array<[number, number]> = [[4800, 5200]];
  it('stays while the reader is well inside the window', () => {
    expect(needsMove(spans, [5000, 4950, 5090], 10_000)).toBe(false);
  });
  it('moves when a probe comes near an edge or leaves the window', () => {
    expect(needsMove(spans, [4820], 10_000)).toBe(true);
    expect(needsMove(spans, [5190], 10_000)).toBe(true);
    expect(needsMove(spans, [7000], 10_000)).toBe(true);
  });
  it('does not treat the page ends as edges, nor move when nothing was probed', () => {
    expect(needsMove([[0, 400]], [0], 10_000)).toBe(false);
    expect(needsMove([[9600, 10_000]], [9999], 10_000)).toBe(false);
    expect(needsMove(spans, [], 10_000)).toBe(false);
  });
});
