/**
 * Chrome DevTools Protocol helpers: JS heap (after a forced GC), tracing of the renderer's main
 * thread between two performance marks, and CPU profiles summarised by function.
 */
import { Buffer } from 'node:buffer';

export async function heapUsed(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

/**
 * After a forced GC: the JS heap in use, and the ArrayBuffer backing stores (typed arrays' bytes
 * live outside the JS heap, so the compiled matcher's buffer counts there, not in `used`).
 */
export async function heapUsage(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize, backingStorageSize } = await cdp.send('Runtime.getHeapUsage');
  return { used: usedSize, backing: backingStorageSize ?? null };
}

export async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

const CATEGORIES = ['devtools.timeline', 'toplevel', 'blink.user_timing'].join(',');

/** `sampled`: also record V8's CPU profiler samples (see scriptSamples), to tell whose code a task ran. */
export async function startTrace(cdp, { sampled = false } = {}) {
  const categories = sampled ? `${CATEGORIES},disabled-by-default-v8.cpu_profiler` : CATEGORIES;
  await cdp.send('Tracing.start', { categories, transferMode: 'ReturnAsStream' });
}

/**
 * Times (trace clock, µs) of the CPU profiler's samples, from a trace started with `sampled`, whose
 * stack has a frame of a script whose URL passes `test`, with the thread they were taken on. The
 * trace names script URLs only here: an extension's timer callbacks and microtasks show up in the
 * timeline as FunctionCall with no URL.
 */
export function scriptSamples(events, test) {
  const profiles = new Map();
  const found = [];
  for (const e of events) {
    const key = `${e.pid}:${e.id}`;
    if (e.name === 'Profile') profiles.set(key, { pid: e.pid, tid: e.tid, t: e.args?.data?.startTime ?? e.ts, nodes: new Map() });
    if (e.name !== 'ProfileChunk') continue;
    const p = profiles.get(key);
    if (!p) continue;
    const { cpuProfile = {}, timeDeltas = [] } = e.args?.data ?? {};
    for (const n of cpuProfile.nodes ?? []) p.nodes.set(n.id, { url: n.callFrame?.url ?? '', parent: n.parent, ours: undefined });
    const ours = (id) => {
      const n = p.nodes.get(id);
      if (!n) return false;
      if (n.ours === undefined) n.ours = test(n.url) || (n.parent != null && ours(n.parent));
      return n.ours;
    };
    (cpuProfile.samples ?? []).forEach((id, i) => {
      p.t += timeDeltas[i] ?? 0;
      if (ours(id)) found.push({ pid: p.pid, tid: p.tid, ts: p.t });
    });
  }
  return found;
}

export async function stopTrace(cdp) {
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  const { stream } = await complete;
  const chunks = [];
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle: stream, size: 1 << 20 });
    chunks.push(chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data);
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  const parsed = JSON.parse(chunks.join(''));
  return Array.isArray(parsed) ? parsed : parsed.traceEvents;
}

/** What a top-level task was: a rendering frame, a timer (our slices), script run from DevTools, … */
export function taskKind(task) {
  const fn = task.args?.src_func ?? '';
  if (FRAME_TASK.test(fn)) return 'frame (style, layout, pre-paint, paint)';
  if (/DOMTimer/.test(fn)) return 'timer (script)';
  if (/Accept/.test(fn)) return 'DevTools call (script)';
  if (/GC|Marking|Sweep|Scaveng/i.test(fn)) return 'garbage collection';
  return fn || 'other';
}

/** Tasks run by the frame pipeline (BeginMainFrame): style and layout there are not forced. */
const FRAME_TASK = /BeginMainFrame/;

/**
 * Main-thread figures between the marks `bench-start` and `bench-end` (the renderer's main thread
 * is the thread that recorded them):
 *  - busyMs: the sum of top-level task time inside the window (tasks clipped to it), and
 *    busyCpuMs the same in thread (CPU) time;
 *  - longestTaskMs: the longest top-level task that overlaps the window (whole task), and
 *    longestTaskCpuMs the longest in CPU time;
 *  - tasks: how many top-level tasks overlap the window;
 *  - forcedLayouts / forcedStyle: Layout / UpdateLayoutTree run synchronously from script, i.e.
 *    outside a frame's BeginMainFrame task, and their time;
 *  - layoutMs / styleMs: all layout and style time in the window.
 */
export function analyseTrace(events, startMark = 'bench-start', endMark = 'bench-end') {
  const start = events.find((e) => e.name === startMark && e.cat.includes('user_timing'));
  const end = events.find((e) => e.name === endMark && e.cat.includes('user_timing'));
  if (!start || !end) return null;
  const { pid, tid } = start;
  const lo = start.ts;
  const hi = end.ts;
  const tasks = events
    .filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask' && e.ts < hi && e.ts + e.dur > lo)
    .sort((a, b) => a.ts - b.ts);
  let busy = 0;
  let busyCpu = 0;
  let longest = 0;
  let longestCpu = 0;
  let longestKind = null;
  for (const t of tasks) {
    const inside = Math.min(hi, t.ts + t.dur) - Math.max(lo, t.ts);
    busy += inside;
    // Thread (CPU) time of the task, pro rata for the part inside the window.
    if (t.tdur != null) busyCpu += t.dur > 0 ? (t.tdur * inside) / t.dur : 0;
    if (t.dur > longest) longestKind = taskKind(t);
    longest = Math.max(longest, t.dur);
    longestCpu = Math.max(longestCpu, t.tdur ?? 0);
  }
  const taskAt = (ts) => tasks.find((t) => t.ts <= ts && ts <= t.ts + t.dur);
  let forcedLayouts = 0;
  let forcedStyle = 0;
  let forcedMs = 0;
  let layoutMs = 0;
  let styleMs = 0;
  for (const e of events) {
    if (e.pid !== pid || e.tid !== tid || e.ph !== 'X' || e.ts < lo || e.ts > hi) continue;
    if (e.name !== 'Layout' && e.name !== 'UpdateLayoutTree') continue;
    if (e.name === 'Layout') layoutMs += e.dur / 1000;
    else styleMs += e.dur / 1000;
    const task = taskAt(e.ts);
    const inFrame = task && FRAME_TASK.test(task.args?.src_func ?? '');
    if (!inFrame) {
      if (e.name === 'Layout') forcedLayouts++;
      else forcedStyle++;
      forcedMs += e.dur / 1000;
    }
  }
  return {
    windowMs: (hi - lo) / 1000,
    busyMs: busy / 1000,
    busyCpuMs: busyCpu / 1000,
    longestTaskMs: longest / 1000,
    longestTaskCpuMs: longestCpu / 1000,
    longestTaskKind: longestKind,
    tasks: tasks.length,
    forcedLayouts,
    forcedStyle,
    forcedMs,
    layoutMs,
    styleMs,
  };
}

/**
 * The renderer main thread's top-level tasks, addressable by the page's own clock: `at(ms)` is
 * the task running at performance.now() = ms (the `bench-start` mark gives the clock offset).
 */
export function taskTimeline(events) {
  const start = events.find((e) => e.name === 'bench-start' && e.cat.includes('user_timing'));
  const startTime = start?.args?.data?.startTime;
  if (!start || startTime == null) return null;
  const offset = start.ts - startTime * 1000;
  const tasks = events.filter((e) => e.pid === start.pid && e.tid === start.tid && e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask').sort((a, b) => a.ts - b.ts);
  return {
    tasks,
    at(ms) {
      const ts = ms * 1000 + offset;
      let lo = 0;
      let hi = tasks.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (tasks[mid].ts <= ts) lo = mid;
        else hi = mid - 1;
      }
      const t = tasks[lo];
      return t && t.ts <= ts && ts <= t.ts + t.dur ? t : null;
    },
  };
}

/**
 * The content script's evaluation in a page with the real extension: EvaluateScript (and its
 * compile) events whose URL is the extension's content.js.
 */
export function contentScriptEvaluation(events) {
  const evals = events.filter((e) => e.ph === 'X' && (e.name === 'EvaluateScript' || e.name === 'v8.compile' || e.name === 'v8.produceCache' || e.name === 'v8.compileModule') && /chrome-extension:\/\/[^/]+\/content\.js/.test(e.args?.data?.url ?? e.args?.fileName ?? ''));
  const evaluate = evals.filter((e) => e.name === 'EvaluateScript');
  if (!evaluate.length) return null;
  return { evaluateMs: Math.max(...evaluate.map((e) => e.dur)) / 1000, events: evals.length };
}

/** Summarise a CPU profile: self time by function (top n), and by source file of the bundle. */
export function summariseProfile(profile, top = 20) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map();
  profile.samples.forEach((id, k) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[k] ?? 0)));
  const byFunction = new Map();
  let total = 0;
  for (const [id, us] of selfUs) {
    const frame = byId.get(id).callFrame;
    const file = frame.url ? frame.url.split('/').pop() : '';
    const key = `${frame.functionName || '(anonymous)'}${file ? ` (${file}:${frame.lineNumber + 1})` : ''}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + us);
    total += us;
  }
  const idle = byFunction.get('(idle)') ?? 0;
  const rows = [...byFunction]
    .filter(([k]) => k !== '(idle)')
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([fn, us]) => ({ fn, ms: us / 1000, share: us / Math.max(1, total - idle) }));
  return { totalMs: (total - idle) / 1000, rows };
}
