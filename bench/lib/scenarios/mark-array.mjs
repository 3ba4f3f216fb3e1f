/** mark(array) with the 300-alias dictionary, where it can finish (it overflows the stack on long lists), against ours with the same dictionary. */
import { fmt, loadDictionary } from '../session.mjs';
import { median, summarise } from '../stats.mjs';

export async function markArraySmallDictionary(s, pageId) {
  const { config, results } = s;
  const runs = [];
  for (let r = 0; r < config.rounds; r++) {
    runs.push(
      await s.safely(`${pageId} markArray syn-300 #${r + 1}`, () =>
        s.withPage(pageId, async (page) => {
          await loadDictionary(page, 'syn-300');
          return page.evaluate((cap) => window.__bench.markArray(cap), config.markRegExpCapMs);
        }),
      ),
    );
    runs.push(
      await s.safely(`${pageId} ours syn-300 #${r + 1}`, () =>
        s.withPage(pageId, async (page) => {
          await loadDictionary(page, 'syn-300');
          return { method: 'ours', ...(await page.evaluate(() => window.__bench.ours())) };
        }),
      ),
    );
  }
  const mark = runs.filter((x) => !x.method && !x.error);
  const ours = runs.filter((x) => x.method === 'ours');
  results.markArray300 = { page: pageId, markArray: { runs: mark, summary: summarise(mark) }, ours: { runs: ours, summary: summarise(ours) } };
  s.log(`  mark(array) with 300 aliases on ${pageId}: ${fmt(median(mark.map((x) => x.wallMs)))} ms (ours ${fmt(median(ours.map((x) => x.wallMs)))} ms wall)`);
  s.save();
}
