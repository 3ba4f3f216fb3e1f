/**
 * Claim matching scored on the written test set (test/fixtures/claims-test-set/*.json, one file per
 * claims file): paraphrases
 * that must find their claim, and near misses (same topic, different assertion) that must not.
 * Prints precision and recall at the shipped threshold and the curve it was tuned on.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../scripts/dataset-files';
import { CLAIM_THRESHOLD, compileClaims } from '../../src/matcher/claims-compile';
import { matchSentence } from '../../src/matcher/claims';
import { tokenize } from '../../src/matcher/normalize';

interface Case {
  claim: string;
  sentence: string;
}
interface TestSet {
  paraphrases: Case[];
  nearMisses: Case[];
}
const TEST_SET_DIR = new URL('../fixtures/claims-test-set/', import.meta.url);
const testSet: TestSet = { paraphrases: [], nearMisses: [] };
for (const name of readdirSync(TEST_SET_DIR).filter((n) => n.endsWith('.json')).sort()) {
  const part = JSON.parse(readFileSync(new URL(name, TEST_SET_DIR), 'utf8')) as TestSet;
  testSet.paraphrases.push(...part.paraphrases);
  testSet.nearMisses.push(...part.nearMisses);
}
const claims = loadDataset().packs.flatMap((p) => p.pack.claims);

function score(threshold: number) {
  const compiled = compileClaims(claims, threshold);
  const predict = (sentence: string) => {
    const found = matchSentence(compiled, tokenize(sentence).map((t) => t.key));
    return found ? compiled.claims[found.claim]!.id : null;
  };
  let tp = 0;
  let fp = 0;
  const misses: string[] = [];
  const falseHits: string[] = [];
  for (const c of testSet.paraphrases) {
    const got = predict(c.sentence);
    if (got === c.claim) tp++;
    else {
      if (got) fp++;
      misses.push(`${c.claim}: ${c.sentence}${got ? ` (matched ${got})` : ''}`);
    }
  }
  for (const c of testSet.nearMisses) {
    const got = predict(c.sentence);
    if (got) {
      fp++;
      falseHits.push(`${got}: ${c.sentence}`);
    }
  }
  const predicted = tp + fp;
  return { precision: predicted ? tp / predicted : 1, recall: tp / testSet.paraphrases.length, misses, falseHits };
}

describe('claims test set', () => {
  it('has at least 40 paraphrases and 40 near misses, all naming claims in the dataset', () => {
    expect(testSet.paraphrases.length).toBeGreaterThanOrEqual(40);
    expect(testSet.nearMisses.length).toBeGreaterThanOrEqual(40);
    const ids = new Set(claims.map((c) => c.id));
    for (const c of [...testSet.paraphrases, ...testSet.nearMisses]) expect(ids.has(c.claim), c.claim).toBe(true);
  });

  it(`reaches precision ≥ 0.95 and recall ≥ 0.8 at the shipped threshold (${CLAIM_THRESHOLD})`, () => {
    const curve = [0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7].map((t) => ({ t, ...score(t) }));
    console.log('Claims threshold curve (precision / recall):');
    for (const p of curve) console.log(`  ${p.t.toFixed(2)}: ${p.precision.toFixed(3)} / ${p.recall.toFixed(3)}`);
    const shipped = score(CLAIM_THRESHOLD);
    console.log(`At ${CLAIM_THRESHOLD}: precision ${shipped.precision.toFixed(3)}, recall ${shipped.recall.toFixed(3)} on ${testSet.paraphrases.length} paraphrases and ${testSet.nearMisses.length} near misses`);
    if (shipped.misses.length) console.log(`Missed paraphrases:\n  ${shipped.misses.join('\n  ')}`);
    if (shipped.falseHits.length) console.log(`Near misses that matched:\n  ${shipped.falseHits.join('\n  ')}`);
    expect(shipped.precision).toBeGreaterThanOrEqual(0.95);
    expect(shipped.recall).toBeGreaterThanOrEqual(0.8);
  });
});
