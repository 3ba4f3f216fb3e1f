/**
 * Is an alias safe to match as written, anywhere on a page? Bulk sources (party lists, registries)
 * hold names that are ordinary words or phrases ("Forward", "Together", "The Left", "Elle"); matched
 * bare they would light up ordinary text. This module flags them, so an importer can give them a
 * context rule (`requireNearby`, case-sensitive) or drop them.
 *
 * Two kinds of evidence, both in the project:
 * - word frequencies counted over real pages (the saved news pages of ../shared/corpus): a word or
 *   phrase that pages write in lower case, as ordinary text, on at least `minLowerPages` pages is
 *   common (`buildWordStats` counts, `checkAlias` reads the counts);
 * - a small curated stoplist of common English and French words and phrases (`STOPLIST`), for words
 *   the corpus, mostly English news, does not show often enough ("Renew", "Greens", "Elle", "Ensemble").
 *
 * Pure and browser-free: texts in, verdicts out. Reading and stripping the corpus HTML is the
 * script's job (`htmlToText` is here so that every importer strips pages the same way).
 */
import { tokenize } from '../../matcher/normalize';

// ---------------------------------------------------------------------------------------------
// Curated stoplist

/**
 * Common English and French words and phrases that are also names of parties, outlets or groups.
 * Folded as aliases are (lower case, no diacritics). Kept small: the corpus counts do most of the work.
 */
const STOPLIST_WORDS = (
  // English words that name parties somewhere ("Forward", "Renew", "Greens", "Together", …)
  'forward together union progress alternative renew greens green left right centre center reform ' +
  'change hope future freedom liberty unity justice solidarity action movement democracy democrats ' +
  'republicans independents independent patriots nationals national liberals labour labor people ' +
  'peoples popular socialists conservatives voice yes no now new first home homeland motherland ' +
  'direction rally front alliance coalition bloc list party league federation citizens civic common ' +
  'agreement dawn awakening revival rebirth renaissance restart resistance vision victory power ' +
  'strength courage dignity respect trust truth order law peace light life spring wave forward ' +
  'ahead onward united uniting advance revolution republic homeland fatherland we us our one ' +
  'more better good free fair open enough basta ' +
  // French words and pronouns ("Elle" opening a sentence is the pronoun, not the magazine)
  'elle il ils elles nous vous on les des une un le la et ou ensemble avenir renouveau debout ' +
  'horizons agir union liberte egalite fraternite changement espoir souverainete solidarite ' +
  'republique reconquete resistance territoires mouvement allons marche maintenant'
)
  .split(/\s+/)
  .filter(Boolean);

/** Phrases of common words that read as ordinary text when matched bare. */
const STOPLIST_PHRASES = [
  'The Left', 'The Right', 'The Centre', 'The Alternative', 'The Change', 'The Future', 'The People',
  'Our Party', 'Our Home', 'Our Country', 'New Hope', 'New Force', 'New Power', 'People Power',
  'Power to the People', 'For the People', 'Yes We Can', 'Forward Together', 'Let Us Go',
  'Common Ground', 'Civic Platform', 'En Marche', 'La Gauche', 'La Droite', 'Les Verts',
];

function fold(text: string): string {
  return tokenize(text)
    .map((t) => t.key)
    .join(' ');
}

/** The curated stoplist, folded. */
export const STOPLIST: ReadonlySet<string> = new Set([...STOPLIST_WORDS.map(fold), ...STOPLIST_PHRASES.map(fold)]);

// ---------------------------------------------------------------------------------------------
// Word statistics over pages

/** How many pages write each word, bigram and trigram in lower case (as ordinary text). */
export interface WordStats {
  pages: number;
  /** Folded word, bigram or trigram ("the left") → number of pages that write it all in lower case. */
  lowerPages: Map<string, number>;
  /** Folded word → number of pages that write it in any case ("Forum", "Muslim", "Europa"). */
  anyPages: Map<string, number>;
}

const isLower = (raw: string) => raw === raw.toLowerCase() && raw !== raw.toUpperCase();

/** Count, for every word, bigram and trigram, the pages that write it in lower case. */
export function buildWordStats(texts: Iterable<string>): WordStats {
  const lowerPages = new Map<string, number>();
  const anyPages = new Map<string, number>();
  let pages = 0;
  for (const text of texts) {
    pages++;
    const seen = new Set<string>();
    const words = new Set<string>();
    const tokens = tokenize(text);
    for (let i = 0; i < tokens.length; i++) {
      words.add(tokens[i]!.key);
      let key = '';
      for (let n = 0; n < 3 && i + n < tokens.length; n++) {
        const t = tokens[i + n]!;
        if (!isLower(t.raw)) break;
        key = n === 0 ? t.key : `${key} ${t.key}`;
        seen.add(key);
      }
    }
    for (const key of seen) lowerPages.set(key, (lowerPages.get(key) ?? 0) + 1);
    for (const key of words) anyPages.set(key, (anyPages.get(key) ?? 0) + 1);
  }
  return { pages, lowerPages, anyPages };
}

/** Visible text of an HTML page, roughly: scripts, styles and tags removed, common entities decoded. */
export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style|noscript|template|svg)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(?:br|p|div|li|h[1-6]|tr|td|th|section|article|header|footer|nav|ul|ol|table|blockquote)\b[^>]*>/gi, '\n')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;|&#160;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;|&apos;|&rsquo;|&lsquo;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)));
}

// ---------------------------------------------------------------------------------------------
// The check

export type AliasVerdict =
  /** Distinctive: may be matched as written. */
  | 'safe'
  /** A short acronym (three letters or fewer): only with context, case-sensitive. */
  | 'short'
  /** A common word or phrase: only with context, case-sensitive, or dropped. */
  | 'common'
  /** Nothing to match (no letters, one character). */
  | 'unusable';

export interface AliasCheck {
  verdict: AliasVerdict;
  /** Why, in words, for reports. */
  reason: string;
}

export interface AliasSafetyOptions {
  /**
   * An alias of this many letters or fewer is a short acronym ('short'). Default 3; 4 also catches
   * acronyms that are words in capitals ("SNAP", "DEMO", "ALAS").
   */
  maxShortLetters?: number;
  /** A word or phrase written in lower case on at least this many pages is common. Default 2. */
  minLowerPages?: number;
  /**
   * A phrase of up to three words is common when every word but the function words is written in
   * lower case on at least this many pages ("New Space", "All of Us", "Enough is Enough").
   * Default: 1.5% of the pages, at least 2 (3 of the 181 corpus pages: "rule" and "law" are common,
   * "democratic", written in lower case on one page, is not).
   */
  commonWordPages?: number;
  /**
   * One word that this many pages use, in any case, is common even when pages write it capitalised:
   * a place, a surname or a word of headlines ("Forum", "Europa", "Muslim"). Default 3.
   */
  singleWordPages?: number;
  /** Extra folded words or phrases to treat as common. */
  extraStoplist?: ReadonlySet<string>;
}

/** Words that carry no name on their own ("the", "of", "de"). */
const FUNCTION_WORDS = new Set(
  'a an and the of for to in on at by with from de du des la le les l et pour en d del los las el y da do di e per par au aux'.split(' '),
);

/**
 * Decide whether `text` is safe as a bare alias. `stats` are the page counts (`buildWordStats`);
 * without them only the stoplist and the length checks apply.
 */
export function checkAlias(text: string, stats?: WordStats, opts: AliasSafetyOptions = {}): AliasCheck {
  const tokens = tokenize(text);
  const letters = text.replace(/[^\p{L}]/gu, '').length;
  const alnum = text.replace(/[^\p{L}\p{N}]/gu, '').length;
  if (tokens.length === 0 || letters === 0 || alnum < 2) return { verdict: 'unusable', reason: 'no word to match' };
  if (letters <= (opts.maxShortLetters ?? 3)) return { verdict: 'short', reason: `${letters} letter(s)` };
  const key = tokens.map((t) => t.key).join(' ');
  const minLower = opts.minLowerPages ?? 2;
  if (tokens.every((t) => FUNCTION_WORDS.has(t.key))) return { verdict: 'common', reason: 'only function words' };
  // "The Greens" is a name; "The Left" is ordinary text: a phrase is judged as a whole, by the
  // curated stoplist and by how pages write it.
  if (stats && tokens.length <= 3) {
    const lower = stats.lowerPages.get(key) ?? 0;
    if (lower >= minLower) return { verdict: 'common', reason: `written in lower case on ${lower} of ${stats.pages} pages` };
  }
  if (STOPLIST.has(key) || opts.extraStoplist?.has(key)) return { verdict: 'common', reason: 'in the stoplist' };
  if (stats && tokens.length === 1 && !/^\p{Lu}+$/u.test(tokens[0]!.raw)) {
    const any = stats.anyPages.get(key) ?? 0;
    if (any >= (opts.singleWordPages ?? 3)) return { verdict: 'common', reason: `a word ${any} of ${stats.pages} pages use` };
  }
  if (stats && tokens.length >= 2 && tokens.length <= 3) {
    const min = opts.commonWordPages ?? Math.max(2, Math.ceil(stats.pages * 0.015));
    const content = tokens.filter((t) => !FUNCTION_WORDS.has(t.key));
    if (content.every((t) => (stats.lowerPages.get(t.key) ?? 0) >= min)) {
      return { verdict: 'common', reason: `made of common words (each in lower case on ${min}+ pages)` };
    }
  }
  return { verdict: 'safe', reason: 'distinctive' };
}
