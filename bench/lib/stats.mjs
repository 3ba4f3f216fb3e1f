/** Medians with min/max over runs, percentiles, and a least-squares fit. */

export function median(values) {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  const mid = v.length >> 1;
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

export function percentile(values, p) {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  const rank = (p / 100) * (v.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  return v[lo] + (v[hi] - v[lo]) * (rank - lo);
}

/** { median, min, max, n } of a numeric field over runs. */
export function summary(values) {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x));
  if (!v.length) return null;
  return { median: median(v), min: Math.min(...v), max: Math.max(...v), n: v.length };
}

/** Summaries of every numeric field present in a list of run records (nested one level). */
export function summarise(runs) {
  const out = {};
  const keys = new Set(runs.flatMap((r) => Object.keys(r)));
  for (const key of keys) {
    const values = runs.map((r) => r[key]);
    if (values.some((v) => typeof v === 'number')) out[key] = summary(values);
    else if (values.some((v) => v && typeof v === 'object' && !Array.isArray(v))) {
      const inner = summarise(values.filter((v) => v && typeof v === 'object'));
      if (Object.keys(inner).length) out[key] = inner;
    } else if (values.some((v) => typeof v === 'boolean')) out[key] = { true: values.filter((v) => v === true).length, of: values.length };
  }
  return out;
}

/** y = a + b·x by least squares, with R². */
export function linearFit(points) {
  const n = points.length;
  if (n < 2) return null;
  const mx = points.reduce((s, p) => s + p[0], 0) / n;
  const my = points.reduce((s, p) => s + p[1], 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (const [x, y] of points) {
    sxy += (x - mx) * (y - my);
    sxx += (x - mx) ** 2;
    syy += (y - my) ** 2;
  }
  const b = sxy / sxx;
  const a = my - b * mx;
  return { a, b, r2: syy === 0 ? 1 : (sxy * sxy) / (sxx * syy) };
}
