/** Full annotation of one page, every method interleaved per round (ours, then each baseline), then phases and floors. */
import { fmt } from '../session.mjs';
import { summarise } from '../stats.mjs';

export const FULL_METHODS = ['ours', 'markRegExp', 'markArray', 'wordLoop', 'indexOf'];

export async function fullScenario(s, pageId, { full = true, phases = true, methods = FULL_METHODS } = {}) {
  const { config, results } = s;
  await s.safely(`${pageId} stats`, () => s.pageStats(pageId));
  const runs = Object.fromEntries(methods.map((m) => [m, []]));
  const phaseRuns = { ours: [], floors: [] };
  for (let r = 0; r < config.rounds; r++) {
    if (full) {
      for (const method of methods) {
        const out = await s.safely(`${pageId} ${method} #${r + 1}`, () => s.fullRun(pageId, method));
        runs[method].push(out);
      }
    }
    if (phases) {
      for (const kind of ['ours', 'floors']) phaseRuns[kind].push(await s.safely(`${pageId} phases ${kind} #${r + 1}`, () => s.phaseRun(pageId, kind)));
    }
  }
  if (full) results.full[pageId] = Object.fromEntries(methods.map((m) => [m, { runs: runs[m], summary: summarise(runs[m].filter((x) => !x.error)) }]));
  if (phases) {
    results.phases[pageId] ??= {};
    results.phases[pageId].real = Object.fromEntries(Object.entries(phaseRuns).map(([k, v]) => [k, { runs: v, summary: summarise(v.filter((x) => !x.error)) }]));
  }
  const o = results.full[pageId]?.ours?.summary;
  const b = results.full[pageId]?.markRegExp?.summary;
  const ph = results.phases[pageId]?.real?.ours?.summary;
  const fl = results.phases[pageId]?.real?.floors?.summary;
  s.log(
    `  ${pageId}: ${results.pages[pageId]?.stats?.chars ?? '?'} chars; CPU ms:` +
      (o ? ` ours ${fmt(o.busyCpuMs?.median)} (longest task ${fmt(o.longestTaskMs?.median)} wall), mark.js regexp ${fmt(b?.busyCpuMs?.median)};` : '') +
      (ph ? ` collect ${fmt(ph.collectCpuMs?.median)} / scan ${fmt(ph.scanCpuMs?.median)} / highlight ${fmt(ph.highlightCpuMs?.median)}, word loop ${fmt(fl?.wordLoopCpuMs?.median)}` : ''),
  );
  s.save();
}
