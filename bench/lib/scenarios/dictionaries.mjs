/**
 * Dictionary scaling: the same page scanned with each synthetic dictionary and the bundled
 * dataset, interleaved per round; each run loads its dictionary as the Chromium build does (ready
 * times by the page's clock and by CPU, and in ours the heap it keeps), then the phases (scan CPU)
 * or the floors.
 */
import { dictionaryLine, scalingRows } from '../scaling.mjs';
import { summarise } from '../stats.mjs';

export async function dictionaryScenario(s, pageId) {
  const { config, results, dicts } = s;
  const ids = Object.keys(dicts);
  const runs = Object.fromEntries(ids.map((id) => [id, { ours: [], floors: [] }]));
  for (let r = 0; r < config.rounds; r++) {
    for (const id of ids) {
      runs[id].ours.push(await s.safely(`${pageId} ${id} phases #${r + 1}`, () => s.phaseRun(pageId, 'ours', id, { heap: true, cpu: true })));
      runs[id].floors.push(await s.safely(`${pageId} ${id} floors #${r + 1}`, () => s.phaseRun(pageId, 'floors', id, { cpu: true })));
    }
  }
  results.scaling = {
    page: pageId,
    dictionaries: Object.fromEntries(ids.map((id) => [id, Object.fromEntries(Object.entries(runs[id]).map(([k, v]) => [k, { runs: v, summary: summarise(v.filter((x) => !x.error)) }]))])),
  };
  // Exactly one line per dictionary, unprefixed, in the form scripts read (issue 15).
  for (const row of scalingRows(results)) console.log(dictionaryLine(row));
  s.save();
}
