/** A small seeded PRNG (mulberry32) and helpers: every synthetic page and dictionary is reproducible. */

export function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n) => Math.floor(next() * n);
  const pick = (list) => list[int(list.length)];
  const chance = (p) => next() < p;
  /** Zipf-like pick: index i has weight 1 / (i + 1), so early entries are frequent (as words are). */
  const zipfPicker = (list, s = 1) => {
    const cumulative = [];
    let total = 0;
    for (let i = 0; i < list.length; i++) cumulative.push((total += 1 / Math.pow(i + 1, s)));
    return () => {
      const x = next() * total;
      let lo = 0;
      let hi = cumulative.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (cumulative[mid] < x) lo = mid + 1;
        else hi = mid;
      }
      return list[lo];
    };
  };
  return { next, int, pick, chance, zipfPicker };
}
