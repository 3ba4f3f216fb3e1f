/**
 * Saved-page baselines in the style of Hypothesis's html-baselines: every annotation the extension
 * makes on each page is listed in a committed, reviewed file. Any change fails until the baseline
 * is regenerated (`npm run baselines:update`) and the diff reviewed; false positives are marked
 * in the file and precision over all reviewed annotations is reported and held ≥ 0.98.
 */
import { describe, expect, it } from 'vitest';
import { annotateHtml } from './annotate-html';
import { BASELINE_PAGES, corpusAvailable, corpusRequired, entryKey, readBaseline, readCorpusPage } from './corpus';

if (!corpusAvailable) {
  console.warn('[corpus baselines] NOT RUN: ../shared/corpus is missing in this clone.');
  if (corpusRequired) throw new Error('SOURCE_CONTEXT_REQUIRE_CORPUS=1 but ../shared/corpus is missing');
}

describe.skipIf(!corpusAvailable)('reviewed baselines of saved real pages', () => {
  it('covers at least 40 pages, including rt.com, sputniknews.com, aljazeera.com, reuters.com, polygraph.info and snopes.com', () => {
    expect(BASELINE_PAGES.length).toBeGreaterThanOrEqual(40);
    const urls = BASELINE_PAGES.map((f) => readCorpusPage(f).url);
    for (const host of ['rt.com', 'sputniknews.com', 'aljazeera.com', 'reuters.com', 'polygraph.info', 'snopes.com']) {
      expect(urls.some((u) => new URL(u).hostname.endsWith(host)), host).toBe(true);
    }
  });

  const totals = { correct: 0, falsePositive: 0 };
  for (const file of BASELINE_PAGES) {
    it(`annotates ${file.slice(0, 12)} exactly as reviewed`, async () => {
      const { html, url } = readCorpusPage(file);
      const baseline = readBaseline(file);
      expect(baseline, `no baseline for ${url}: run npm run baselines:update and review it`).not.toBeNull();
      const actual = (await annotateHtml(html, url)).map(entryKey).sort();
      const expected = baseline!.annotations.map(entryKey).sort();
      expect(actual, `annotations changed on ${url}`).toEqual(expected);
      const unreviewed = baseline!.annotations.filter((a) => a.verdict === 'unreviewed');
      expect(unreviewed.map(entryKey), `unreviewed annotations on ${url}`).toEqual([]);
      totals.correct += baseline!.annotations.filter((a) => a.verdict === 'correct').length;
      totals.falsePositive += baseline!.annotations.filter((a) => a.verdict === 'false-positive').length;
      // happy-dom's getComputedStyle (behind checkVisibility) is slow on big pages: seconds, not ms.
    }, 120_000);
  }

  it('has precision ≥ 0.98 over all reviewed annotations', () => {
    const total = totals.correct + totals.falsePositive;
    const precision = total ? totals.correct / total : 1;
    console.log(`[corpus baselines] ${BASELINE_PAGES.length} pages, ${total} annotations, ${totals.falsePositive} false positives, precision ${precision.toFixed(4)}`);
    expect(total).toBeGreaterThan(0);
    expect(precision).toBeGreaterThanOrEqual(0.98);
  });
});
