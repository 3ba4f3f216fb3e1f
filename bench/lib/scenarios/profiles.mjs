/** CPU profiles of ours (the real Annotator path), summarised by function and by source module of the bench bundle. */
import { summariseProfile } from '../cdp.mjs';
import { bundleModules, labelRows } from '../inputs.mjs';
import { loadDictionary } from '../session.mjs';

/** CPU profile of ours (the real Annotator path) on one page, summarised by function and by module. */
export async function profileScenario(s, pageId) {
  const { results, bundle } = s;
  const out = await s.withPage(pageId, async (page, cdp) => {
    await loadDictionary(page, 'real');
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    const res = await page.evaluate(() => window.__bench.ours());
    const { profile } = await cdp.send('Profiler.stop');
    return { res, profile };
  });
  const summary = summariseProfile(out.profile, 25);
  summary.rows = labelRows(summary.rows, bundleModules(bundle));
  summary.run = { matches: out.res.matches };
  summary.byModule = profileByModule(out.profile, bundle);
  results.profiles[`ours@${pageId}`] = { wallMs: out.res.wallMs, ...summary };
  s.save();
}

/** CPU profile of the dynamic page while the annotator follows it (after the first full scan). */
export async function profileDynamic(s) {
  const { results, bundle, config } = s;
  const out = await s.withPage('dynamic', async (page, cdp) => {
    await loadDictionary(page, 'real');
    await page.evaluate(() => window.__bench.ours());
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    await page.evaluate(([t, hz]) => window.__dynamic(t, hz), [Math.min(50, config.dynamic.ticks), 10]);
    const { profile } = await cdp.send('Profiler.stop');
    return profile;
  });
  const summary = summariseProfile(out, 25);
  summary.rows = labelRows(summary.rows, bundleModules(bundle));
  summary.byModule = profileByModule(out, bundle);
  results.profiles['ours@dynamic'] = summary;
  s.save();
}

/** Attribute profile samples to the source modules of the bundle (and natives by name). */
function profileByModule(profile, bundle) {
  const moduleAt = bundleModules(bundle);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const totals = new Map();
  let total = 0;
  profile.samples.forEach((id, k) => {
    const frame = byId.get(id).callFrame;
    const us = profile.timeDeltas[k] ?? 0;
    if (frame.functionName === '(idle)') return;
    const key = frame.url.endsWith('/bench.js') ? moduleAt[frame.lineNumber] ?? '(bench bundle)' : frame.url ? frame.url.split('/').pop() : `native: ${frame.functionName || '(anonymous)'}`;
    totals.set(key, (totals.get(key) ?? 0) + us);
    total += us;
  });
  return [...totals].sort((a, b) => b[1] - a[1]).slice(0, 15).map(([module, us]) => ({ module, ms: us / 1000, share: us / total }));
}
