/** The dynamic page (bench/lib/dynamic.mjs) with the annotator running vs not, interleaved: mutation → highlight latency and the page's own edits. */
import { startTrace, stopTrace, metrics, taskTimeline } from '../cdp.mjs';
import { fmt, loadDictionary } from '../session.mjs';
import { median, percentile, summarise } from '../stats.mjs';

export async function dynamicScenario(s) {
  const { results, config } = s;
  await s.safely('dynamic stats', () => s.pageStats('dynamic'));
  const runs = { with: [], without: [] };
  for (let r = 0; r < config.dynamic.rounds; r++) {
    for (const mode of ['with', 'without']) {
      runs[mode].push(
        await s.safely(`dynamic ${mode} #${r + 1}`, () =>
          s.withPage('dynamic', async (page, cdp) => {
            await loadDictionary(page, 'real');
            let initial = null;
            if (mode === 'with') initial = await page.evaluate(() => window.__bench.ours());
            const rendersBefore = mode === 'with' ? (await page.evaluate(() => window.__bench.renders())).length : 0;
            await startTrace(cdp);
            const m0 = await metrics(cdp);
            await page.evaluate(() => performance.mark('bench-start'));
            const ops = await page.evaluate(([t, hz]) => window.__dynamic(t, hz), [config.dynamic.ticks, 10]);
            await page.evaluate(() => performance.mark('bench-end'));
            const m1 = await metrics(cdp);
            const tasks = taskTimeline(await stopTrace(cdp));
            const renders = mode === 'with' ? (await page.evaluate(() => window.__bench.renders())).slice(rendersBefore) : [];
            for (const op of ops) {
              const r2 = renders.find((t) => t >= op.t1 && t <= op.t2);
              op.latencyMs = r2 == null ? null : r2 - op.t0;
              op.editMs = op.t1 - op.t0;
              op.taskMs = op.t2 - op.t0;
              // The page's task that made the change (and ran our observer after it), from the trace: CPU time.
              const task = tasks?.at(op.t0);
              op.taskCpuMs = task?.tdur != null ? task.tdur / 1000 : null;
            }
            return { ops, initialMatches: initial?.matches ?? null, taskMs: (m1.ThreadTime - m0.ThreadTime) * 1000, layoutCount: m1.LayoutCount - m0.LayoutCount };
          }),
        ),
      );
    }
  }
  const ok = (list) => list.filter((x) => !x.error);
  const opsOf = (mode, kind) => ok(runs[mode]).flatMap((x) => x.ops.filter((o) => o.kind === kind));
  const dist = (values) => ({ p50: percentile(values, 50), p95: percentile(values, 95), max: values.length ? Math.max(...values) : null, n: values.length });
  const out = { ticks: config.dynamic.ticks, rounds: config.dynamic.rounds, hz: 10 };
  for (const kind of ['append', 'edit']) {
    const withOps = opsOf('with', kind);
    const withoutOps = opsOf('without', kind);
    const lat = withOps.map((o) => o.latencyMs).filter((x) => x != null);
    out[kind] = {
      chars: median(withOps.map((o) => o.chars)),
      latencyMs: dist(lat),
      latencyPer2KBMs: dist(withOps.filter((o) => o.latencyMs != null).map((o) => (o.latencyMs * 2048) / Math.max(1, kind === 'append' ? o.chars : 2048))),
      withoutRender: withOps.length - lat.length,
      editMs: { with: dist(withOps.map((o) => o.editMs)), without: dist(withoutOps.map((o) => o.editMs)) },
      taskMs: { with: dist(withOps.map((o) => o.taskMs)), without: dist(withoutOps.map((o) => o.taskMs)) },
      taskCpuMs: { with: dist(withOps.map((o) => o.taskCpuMs).filter((x) => x != null)), without: dist(withoutOps.map((o) => o.taskCpuMs).filter((x) => x != null)) },
    };
    out[kind].addedCpuMs = dist(withOps.map((o) => o.taskCpuMs).filter((x) => x != null).map((x) => x - out[kind].taskCpuMs.without.p50));
    out[kind].editSlowdown = out[kind].editMs.with.p50 / out[kind].editMs.without.p50;
    out[kind].taskSlowdown = out[kind].taskMs.with.p50 / out[kind].taskMs.without.p50;
  }
  out.sessionTaskMs = { with: summarise(ok(runs.with).map((x) => ({ v: x.taskMs }))).v, without: summarise(ok(runs.without).map((x) => ({ v: x.taskMs }))).v };
  out.runs = Object.fromEntries(Object.entries(runs).map(([k, v]) => [k, v.map((x) => (x.error ? x : { taskMs: x.taskMs, layoutCount: x.layoutCount, initialMatches: x.initialMatches, ops: x.ops.length }))]));
  results.dynamic = out;
  s.log(`  dynamic: append latency p50 ${fmt(out.append.latencyMs.p50)} / p95 ${fmt(out.append.latencyMs.p95)} ms; edit p95 ${fmt(out.edit.latencyMs.p95)} ms; page edits ×${out.append.editSlowdown?.toFixed(2)} (append), ×${out.edit.editSlowdown?.toFixed(2)} (edit)`);
  s.save();
}
