/**
 * A site's own names: the organisation publishing the site being read is not highlighted there,
 * but is still listed (marked) in the popup; other organisations, claims and the same organisation
 * elsewhere are unaffected. The wiring in the browser is checked by test/e2e/own-site.test.ts.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../settings/schema';
import type { Annotation } from './annotation';
import { visibleAnnotations } from './highlights';
import { pageItems } from './page-items';
import { waitAtMost } from './wait-at-most';

let offset = 0;
function annotation(kind: Annotation['kind'], id: string, key: Annotation['key']): Annotation {
  const start = (offset += 10);
  // Ranges and roots are not read by these functions; document order is the list's order.
  return { kind, id, label: id, key, root: {} as Element, start, end: start + 3, range: {} as StaticRange, why: () => '' };
}

const bbc = () => annotation('organisation', 'bbc', 'independent-public-media');
const reuters = () => annotation('organisation', 'reuters', 'news-media');
const page = [bbc(), reuters(), bbc(), annotation('claim', 'bbc', 'claim')];
const ids = (list: readonly Annotation[]) => list.map((a) => `${a.kind}:${a.id}`);

describe('visibleAnnotations with the site’s own publisher', () => {
  it('leaves out every mention of the publisher and keeps the others in order', () => {
    expect(ids(visibleAnnotations(page, DEFAULT_SETTINGS, new Set(['bbc'])))).toEqual(['organisation:reuters', 'claim:bbc']);
  });

  it('shows the publisher’s names on any other site', () => {
    expect(ids(visibleAnnotations(page, DEFAULT_SETTINGS, new Set()))).toEqual(['organisation:bbc', 'organisation:reuters', 'organisation:bbc', 'claim:bbc']);
    expect(ids(visibleAnnotations(page, DEFAULT_SETTINGS))).toHaveLength(4);
  });

  it('with first mentions only, does not let a hidden first mention hide the others', () => {
    const first = { ...DEFAULT_SETTINGS, mentions: 'first' as const };
    expect(ids(visibleAnnotations([reuters(), bbc(), reuters()], first, new Set(['bbc'])))).toEqual(['organisation:reuters']);
  });
});

describe('pageItems (the popup’s "on this page" list)', () => {
  it('lists the publisher with its count, marked and not shown; the others as before', () => {
    const items = pageItems(page.slice(0, 3), DEFAULT_SETTINGS, new Set(['bbc']));
    expect(items).toEqual([
      { kind: 'organisation', id: 'bbc', label: 'bbc', key: 'independent-public-media', count: 2, shown: false, ownPublisher: true },
      { kind: 'organisation', id: 'reuters', label: 'reuters', key: 'news-media', count: 1, shown: true },
    ]);
  });

  it('marks nothing on a site the organisation does not publish', () => {
    const items = pageItems(page.slice(0, 3), DEFAULT_SETTINGS, new Set(['reuters-other']));
    expect(items.map((i) => [i.id, i.shown, i.ownPublisher])).toEqual([
      ['bbc', true, undefined],
      ['reuters', true, undefined],
    ]);
  });
});

describe('waitAtMost', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('resolves as soon as the promise settles, fulfilled or rejected', async () => {
    vi.useFakeTimers();
    let settled = false;
    const waiting = waitAtMost(Promise.resolve('x'), 100).then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(settled).toBe(true);
    await waiting;
    await expect(waitAtMost(Promise.reject(new Error('no')), 100)).resolves.toBeUndefined();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('resolves after the time limit when the promise has not settled, and not before', async () => {
    vi.useFakeTimers();
    let settled = false;
    void waitAtMost(new Promise(() => undefined), 100).then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(99);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(settled).toBe(true);
  });
});
