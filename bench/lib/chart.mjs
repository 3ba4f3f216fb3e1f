/**
 * The chart, as hand-written SVG: scan time vs text size (log–log, every page measured, with the
 * word-loop floor and mark.js for context), then against dictionary size (scaling scenario): the
 * dataset's ready time and scan per MB, and the heap it keeps.
 */
import { SCALING_TARGETS, scalingRows } from './scaling.mjs';
import { median } from './stats.mjs';

const W = 1420;
const H = 470;
const COLORS = { ours: '#c0392b', loop: '#2c7fb8', mark: '#7f7f7f', parse: '#8e44ad', matcher: '#e67e22', compile: '#16a085', heap: '#8e44ad', backing: '#7f8c8d', target: '#000' };

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;');
const med = (s) => s?.median ?? null;

function logScale(min, max, a, b) {
  const lmin = Math.log10(min);
  const lmax = Math.log10(max);
  return (v) => a + ((Math.log10(v) - lmin) / (lmax - lmin)) * (b - a);
}

function ticks(min, max) {
  const out = [];
  for (let e = Math.floor(Math.log10(min)); e <= Math.ceil(Math.log10(max)); e++) {
    const v = 10 ** e;
    if (v >= min * 0.999 && v <= max * 1.001) out.push(v);
  }
  return out;
}

const label = (v) => (v >= 1e6 ? `${v / 1e6}M` : v >= 1e3 ? `${v / 1e3}k` : v >= 1 ? String(v) : String(v));

function panel({ x0, y0, w, h, title, xLabel, yLabel, series, xMin, xMax, yMin, yMax, xTicks, unit = 'ms' }) {
  const sx = logScale(xMin, xMax, x0, x0 + w);
  const sy = logScale(yMin, yMax, y0 + h, y0);
  const out = [];
  out.push(`<text x="${x0 + w / 2}" y="${y0 - 14}" text-anchor="middle" font-size="14" font-weight="600">${esc(title)}</text>`);
  out.push(`<rect x="${x0}" y="${y0}" width="${w}" height="${h}" fill="none" stroke="#999"/>`);
  for (const v of xTicks ?? ticks(xMin, xMax)) {
    const x = sx(v);
    out.push(`<line x1="${x}" y1="${y0}" x2="${x}" y2="${y0 + h}" stroke="#eee"/><text x="${x}" y="${y0 + h + 16}" text-anchor="middle" font-size="11">${label(v)}</text>`);
  }
  for (const v of ticks(yMin, yMax)) {
    const y = sy(v);
    out.push(`<line x1="${x0}" y1="${y}" x2="${x0 + w}" y2="${y}" stroke="#eee"/><text x="${x0 - 6}" y="${y + 4}" text-anchor="end" font-size="11">${label(v)}</text>`);
  }
  out.push(`<text x="${x0 + w / 2}" y="${y0 + h + 34}" text-anchor="middle" font-size="12">${esc(xLabel)}</text>`);
  out.push(`<text transform="translate(${x0 - 42},${y0 + h / 2}) rotate(-90)" text-anchor="middle" font-size="12">${esc(yLabel)}</text>`);
  let ly = y0 + h + 56;
  for (const s of series) {
    const pts = s.points.filter((p) => p[0] > 0 && p[1] > 0);
    if (!pts.length) continue;
    if (s.line) {
      const line = pts.filter((p) => p[2] !== 'dot').sort((a, b) => a[0] - b[0]);
      if (line.length > 1) out.push(`<polyline fill="none" stroke="${s.color}" stroke-width="2" ${s.dash ? 'stroke-dasharray="5 4"' : ''} points="${line.map((p) => `${sx(p[0]).toFixed(1)},${sy(p[1]).toFixed(1)}`).join(' ')}"/>`);
    }
    for (const p of pts) {
      const r = p[2] === 'dot' ? 2.5 : 4;
      out.push(`<circle cx="${sx(p[0]).toFixed(1)}" cy="${sy(p[1]).toFixed(1)}" r="${r}" fill="${s.color}" fill-opacity="${p[2] === 'dot' ? 0.45 : 0.9}"><title>${esc(`${s.name}: ${p[3] ?? ''} ${label(Math.round(p[0]))} → ${p[1].toFixed(2)} ${unit}`)}</title></circle>`);
    }
    out.push(`<line x1="${x0 + 10}" y1="${ly - 4}" x2="${x0 + 28}" y2="${ly - 4}" stroke="${s.color}" stroke-width="2" ${s.dash ? 'stroke-dasharray="5 4"' : ''}/><circle cx="${x0 + 19}" cy="${ly - 4}" r="3" fill="${s.color}"/><text x="${x0 + 34}" y="${ly}" font-size="11">${esc(s.name)}</text>`);
    ly += 15;
  }
  return out.join('\n');
}

export function renderChart(results) {
  // Left: text size.
  const ours = [];
  const loop = [];
  const mark = [];
  const matcher = [];
  for (const [id, p] of Object.entries(results.phases)) {
    const o = p.real?.ours?.summary;
    if (!o) continue;
    const chars = med(o.chars);
    const kind = id.startsWith('syn-') ? 'line' : 'dot';
    ours.push([chars, med(o.scanCpuMs), kind, id]);
    const fl = p.real.floors?.summary;
    if (fl?.tokenizeCpuMs) matcher.push([chars, med(fl.tokenizeCpuMs) + med(fl.matchOrganisationsCpuMs), kind, id]);
    if (p.real.floors?.summary) loop.push([chars, med(p.real.floors.summary.wordLoopCpuMs), kind, id]);
  }
  for (const [id, m] of Object.entries(results.full)) {
    const b = m.markRegExp?.summary;
    const chars = med(results.phases[id]?.real?.ours?.summary?.chars) ?? results.pages[id]?.stats?.chars;
    if (b && chars) mark.push([chars, med(b.busyCpuMs ?? b.cpuMs), id.startsWith('syn-') ? 'line' : 'dot', id]);
  }
  const all = [...ours, ...loop, ...mark, ...matcher].filter((p) => p[0] > 0 && p[1] > 0);
  const xs = all.map((p) => p[0]);
  const ys = all.map((p) => p[1]);
  const left = panel({
    x0: 70,
    y0: 40,
    w: 380,
    h: 300,
    title: 'Scan time vs text size (bundled dataset)',
    xLabel: 'characters of page text (log)',
    yLabel: 'main-thread CPU ms (log)',
    xMin: 10 ** Math.floor(Math.log10(Math.min(...xs, 1e3))),
    xMax: 10 ** Math.ceil(Math.log10(Math.max(...xs, 1e6))),
    yMin: 10 ** Math.floor(Math.log10(Math.max(1e-3, Math.min(...ys, 1)))),
    yMax: 10 ** Math.ceil(Math.log10(Math.max(...ys, 10))),
    series: [
      { name: 'ours: scan (scanBlock, all blocks)', color: COLORS.ours, points: ours, line: true },
      { name: 'floor: word loop, same blocks', color: COLORS.loop, points: loop, line: true, dash: true },
      { name: 'mark.js markRegExp: whole annotation', color: COLORS.mark, points: mark, line: true },
      { name: 'ours: tokenize + matchTokens (organisations)', color: COLORS.matcher, points: matcher, line: true, dash: true },
    ],
  });
  // Middle and right: dictionary size (the scaling scenario; small dot = the bundled dataset).
  const rows = scalingRows(results);
  const kindOf = (r) => (r.id === 'real' ? 'dot' : 'line');
  const aliasRange = { xMin: 10 ** Math.floor(Math.log10(Math.min(...rows.map((r) => r.aliases), 1000))), xMax: 10 ** Math.ceil(Math.log10(Math.max(...rows.map((r) => r.aliases), 10000))) };
  const yRange = (pts) => {
    const ys = pts.map((p) => p[1]).filter((v) => v > 0);
    return { yMin: 10 ** Math.floor(Math.log10(Math.max(1e-3, Math.min(...ys, 1)))), yMax: 10 ** Math.ceil(Math.log10(Math.max(...ys, 10))) };
  };
  const ready = rows.map((r) => [r.aliases, r.readyMs, kindOf(r), r.label]);
  const compile = rows.map((r) => [r.aliases, r.compileCpuMs, kindOf(r), r.label]);
  const scan = rows.map((r) => [r.aliases, r.scanPerMBMs, kindOf(r), r.label]);
  const heap = rows.map((r) => [r.aliases, r.heapBytes / 2 ** 20, kindOf(r), r.label]);
  const backing = rows.filter((r) => r.backingBytes != null).map((r) => [r.aliases, r.backingBytes / 2 ** 20, kindOf(r), r.label]);
  // Issue 15's limits, as points at the dictionary sizes they apply to.
  const aliasesOf = Object.fromEntries(rows.map((r) => [r.id, r.aliases]));
  const limits = (key) => Object.entries(SCALING_TARGETS).filter(([id]) => aliasesOf[id]).map(([id, t]) => [aliasesOf[id], t[key], 'line', 'target']);
  const middle = rows.length
    ? panel({
        x0: 540,
        y0: 40,
        w: 360,
        h: 300,
        title: `Load and scan vs dictionary size (${results.scaling.page})`,
        xLabel: 'aliases (log; small dot = bundled dataset)',
        yLabel: 'main-thread CPU ms (log)',
        ...aliasRange,
        ...yRange([...ready, ...compile, ...scan, ...limits('readyMs')]),
        series: [
          { name: 'dataset ready (script start → usable)', color: COLORS.parse, points: ready, line: true },
          { name: 'of which: V8 compiling the script', color: COLORS.compile, points: compile, line: true, dash: true },
          { name: 'scan (scanBlock) ms per MB of text', color: COLORS.ours, points: scan, line: true },
          { name: 'target for ready (issue 15)', color: COLORS.target, points: limits('readyMs') },
        ],
      })
    : '';
  const right = rows.length
    ? panel({
        x0: 1010,
        y0: 40,
        w: 360,
        h: 300,
        title: 'Heap vs dictionary size (after GC, loaded − before)',
        xLabel: 'aliases (log; small dot = bundled dataset)',
        yLabel: 'MB (log)',
        unit: 'MB',
        ...aliasRange,
        ...yRange([...heap, ...backing, ...limits('heapMB')]),
        series: [
          { name: 'JS heap', color: COLORS.heap, points: heap, line: true },
          { name: 'outside it: ArrayBuffers + external strings (matcher, script source)', color: COLORS.backing, points: backing, line: true, dash: true },
          { name: 'target for the JS heap (issue 15)', color: COLORS.target, points: limits('heapMB') },
        ],
      })
    : '';
  const note = `Medians of ${results.meta.config.rounds} runs; ${results.meta.chromium.split(' (')[0]}; ${results.meta.machine.cpu}, ${results.meta.machine.cores} cores. Small dots: corpus pages and the seed article; lines: synthetic pages.`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif">
<rect width="${W}" height="${H}" fill="#fff"/>
${left}
${middle}
${right}
<text x="${W / 2}" y="${H - 8}" text-anchor="middle" font-size="11" fill="#555">${esc(note)}</text>
</svg>
`;
}

export { median };
