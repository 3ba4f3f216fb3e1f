/**
 * A deliberately small English suffix stripper for claim matching: enough that "attacks",
 * "attacked" and "attacking" meet at "attack", and no more (over-stemming makes near misses match).
 */
const STOPWORDS = new Set(
  `a about above after again against all also am an and any are as at be because been before being
  below between both but by can could did do does doing down during each few for from further had has
  have having he her here hers herself him himself his how i if in into is it its itself just me more
  most my myself no nor not now of off on once only or other our ours ourselves out over own same she
  should so some such than that the their theirs them themselves then there these they this those
  through to too under until up very was we were what when where which while who whom why will with
  would you your yours yourself yourselves said says say told according one two new us it's s`.split(/\s+/),
);

export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}

/** Strip one common English inflection. Input is a folded (lower-case) word. inflections() undoes it. */
export function stem(word: string): string {
  if (word.length <= 3) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (word.endsWith('ing') && word.length > 5) return trimDouble(word.slice(0, -3));
  if (word.endsWith('ed') && word.length > 4) return trimDouble(word.slice(0, -2));
  if (word.endsWith('es') && /(?:sh|ch|x|z|ss)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us') && !word.endsWith('is')) return word.slice(0, -1);
  // "stage" meets "staged" at "stag" (the -ed rule drops the e there).
  if (word.endsWith('e') && word.length > 4 && !word.endsWith('ee')) return word.slice(0, -1);
  return word;
}

/** "stopp" → "stop", "planned" → "plan": undo the doubled consonant before -ed / -ing. */
function trimDouble(base: string): string {
  const n = base.length;
  if (n > 3 && base[n - 1] === base[n - 2] && !'aeiouls'.includes(base[n - 1]!)) return base.slice(0, -1);
  if (base.endsWith('e') && n > 3) return base.slice(0, -1);
  return base;
}

/**
 * Every word that stem() maps to `s`, so a matcher can look words up as written instead of
 * stemming every word of a page. Each rule of stem() is undone (keep the two in step; the claims
 * tests check the round trip): -s, -e, -es and -sses add a suffix; -ed and -ing add theirs to the
 * stem, to the stem with its last letter doubled ("stop" ← "stopped") or with an e ("stag" ←
 * "staged"); -ies replaces a final y. Candidates that stem elsewhere are dropped.
 */
export function inflections(s: string): string[] {
  const last = s.slice(-1);
  const candidates = [s, `${s}s`, `${s}e`, `${s}es`];
  for (const suffix of ['ed', 'ing']) candidates.push(`${s}${suffix}`, `${s}${last}${suffix}`, `${s}e${suffix}`);
  if (s.endsWith('y')) candidates.push(`${s.slice(0, -1)}ies`);
  return [...new Set(candidates)].filter((w) => stem(w) === s);
}

/** The words as written whose content stem is `term` (contentStems drops stopwords and non-words). */
export function termInflections(term: string): string[] {
  return inflections(term).filter((word) => contentStems([word])[0] === term);
}

/** Content-word stems of a piece of text, in order. */
export function contentStems(keys: readonly string[]): string[] {
  return keys.filter((k) => !isStopword(k) && /\p{L}|\d{2,}/u.test(k)).map(stem);
}
