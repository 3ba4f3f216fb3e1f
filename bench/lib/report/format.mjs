/** Number formats and small helpers shared by the report's modules. */
export const MB = 1 << 20;

export const f = (x, digits) => {
  if (x == null || Number.isNaN(x)) return '–';
  if (digits != null) return x.toFixed(digits);
  const a = Math.abs(x);
  return a >= 1000 ? Math.round(x).toLocaleString('en') : a >= 100 ? x.toFixed(0) : a >= 10 ? x.toFixed(1) : a >= 1 ? x.toFixed(2) : x.toFixed(3);
};
export const ms = (s) => (s ? `${f(s.median)} (${f(s.min)}–${f(s.max)})` : '–');
export const mbytes = (b) => (b == null ? '–' : `${(b / MB).toFixed(2)} MB`);
export const ratio = (x) => (x == null || !Number.isFinite(x) ? '–' : x >= 100 ? `${Math.round(x).toLocaleString('en')}×` : `${x.toFixed(x >= 10 ? 1 : 2)}×`);
export const med = (s) => s?.median ?? null;
/** Main-thread CPU time of a full run (trace: thread time of the tasks in the window). */
export const cpu = (s) => s?.busyCpuMs ?? s?.cpuMs;

/** The most frequent value of a list. */
export function mostCommon(list) {
  const counts = new Map();
  for (const x of list) if (x != null) counts.set(x, (counts.get(x) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

/** Top entries of a profile summary, as "name 12 ms (9%)". */
export function topOf(profile, key, n = 5, filter = () => true) {
  const rows = (profile?.[key] ?? []).filter(filter).slice(0, n);
  const name = (fn) => (fn.startsWith('(anonymous) (') ? fn.replace(/^\(anonymous\) \((?:.*\/)?([^/)]+)\)$/, 'a callback in $1') : fn.replace(/ \(.*\)$/, ''));
  return rows.map((r) => `${key === 'byModule' ? r.module : `\`${name(r.fn)}\``} ${f(r.ms)} ms (${f(r.share * 100, 0)}%)`).join(', ');
}
