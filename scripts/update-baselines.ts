/**
 * `npm run baselines:update`: regenerate the corpus baselines. Verdicts of annotations that are
 * still there are kept, also when only their category changed (see carry-verdicts.ts); new ones
 * are written as "unreviewed", which fails the tests until a person reviews them (sets "correct"
 * or "false-positive", with a note for the latter).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { annotateHtml } from '../test/baselines/annotate-html';
import { carryVerdicts } from '../test/baselines/carry-verdicts';
import { BASELINE_DIR, BASELINE_PAGES, corpusAvailable, readBaseline, readCorpusPage, type Baseline } from '../test/baselines/corpus';

if (!corpusAvailable) {
  console.error('../shared/corpus is missing: nothing to update.');
  process.exit(1);
}
mkdirSync(BASELINE_DIR, { recursive: true });
let added = 0;
let recategorised = 0;
let removed = 0;
for (const file of BASELINE_PAGES) {
  const { html, url } = readCorpusPage(file);
  const old = readBaseline(file);
  const carried = carryVerdicts(old?.annotations ?? [], await annotateHtml(html, url));
  added += carried.added;
  recategorised += carried.recategorised;
  removed += carried.removed;
  const baseline: Baseline = { file, url, annotations: carried.annotations };
  writeFileSync(`${BASELINE_DIR}${file}.json`, `${JSON.stringify(baseline, null, 2)}\n`);
}
console.log(
  `Updated ${BASELINE_PAGES.length} baselines: ${added} new (unreviewed) annotations, ${removed} gone, ` +
    `${recategorised} kept their verdict under a new category (same span and record: check the diff shows only the highlight).`,
);
