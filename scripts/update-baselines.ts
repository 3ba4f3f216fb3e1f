/**
 * `npm run baselines:update`: regenerate the corpus baselines. Verdicts of annotations that are
 * still there are kept; new ones are written as "unreviewed", which fails the tests until a
 * person reviews them (sets "correct" or "false-positive", with a note for the latter).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { annotateHtml } from '../test/baselines/annotate-html';
import { BASELINE_DIR, BASELINE_PAGES, corpusAvailable, entryKey, readBaseline, readCorpusPage, type Baseline } from '../test/baselines/corpus';

if (!corpusAvailable) {
  console.error('../shared/corpus is missing: nothing to update.');
  process.exit(1);
}
mkdirSync(BASELINE_DIR, { recursive: true });
let added = 0;
let removed = 0;
for (const file of BASELINE_PAGES) {
  const { html, url } = readCorpusPage(file);
  const old = readBaseline(file);
  const verdicts = new Map((old?.annotations ?? []).map((a) => [entryKey(a), a] as const));
  const found = await annotateHtml(html, url);
  const annotations = found.map((a) => {
    const prior = verdicts.get(entryKey(a));
    if (!prior) added++;
    return { ...a, verdict: prior?.verdict ?? 'unreviewed', ...(prior?.note ? { note: prior.note } : {}) };
  });
  removed += Math.max(0, (old?.annotations.length ?? 0) - (annotations.length - annotations.filter((a) => !verdicts.has(entryKey(a))).length));
  const baseline: Baseline = { file, url, annotations };
  writeFileSync(`${BASELINE_DIR}${file}.json`, `${JSON.stringify(baseline, null, 2)}\n`);
}
console.log(`Updated ${BASELINE_PAGES.length} baselines: ${added} new (unreviewed) annotations, ${removed} gone.`);
