/**
 * Import political parties from Party Facts (core parties and their Wikidata links; MIT) joined
 * with ParlGov (party family, splits, mergers and successors; CC0) into a data pack.
 *
 * Pure: CSV texts in, pack and report out. `scripts/import-parties.ts` reads the files and the
 * corpus word counts, validates and writes src/dataset/staged/parties.json and the review
 * file parties-review.md.
 *
 * - One record per Party Facts core party that is not a technical entry ("other", "independent")
 *   and whose year_last is `minYearLast` (default 2000) or later, or empty.
 * - Party Facts rows of one country that Party Facts links to the same Wikidata item or the same
 *   Wikipedia article are one party: the row with the largest vote share is kept, its names joined
 *   by the others', and every such join is listed in the review file.
 * - A party another pack already holds (same country and a shared name) is not repeated: it is
 *   listed in the review file with the record it was merged into.
 * - ParlGov rows are joined to Party Facts rows through the Wikipedia article both give.
 * - Names and aliases go through the alias safety check (alias-safety.ts): common words and short
 *   acronyms get a case-sensitive rule that needs the country nearby, or are dropped; a name that
 *   several parties share is matched only near its country; a record whose English name is not
 *   safe gets a qualified name ("Forward (Country)") that ordinary text never spells.
 */
import type { Alias, DataPackInput, OrganisationInput, Source } from '../schema';
import { aliasKey } from '../integrity';
import { IdAllocator, clean, parseTable, type Reserved } from './common';
import { COUNTRY_KEYS, countryWords } from './countries';
import { checkAlias, type AliasVerdict, type WordStats } from './alias-safety';
import { isAllCaps, tokenize } from '../../matcher/normalize';

export interface PartiesFiles {
  core: string;
  wikidata: string;
  parlgovParties: string;
  parlgovChanges: string;
}

export const PARTIES_FILE_NAMES: Record<keyof PartiesFiles, string> = {
  core: 'partyfacts-core-parties.csv',
  wikidata: 'partyfacts-wikidata.csv',
  parlgovParties: 'parlgov-parties.csv',
  parlgovChanges: 'parlgov-party-changes.csv',
};

/** An organisation another pack holds, for merging. */
export interface ExistingOrg {
  id: string;
  country?: string;
  category: string;
  /** Its name and every alias text. */
  names: string[];
}

export interface PartiesOptions {
  checked: string;
  /** Page word counts for the alias safety check. */
  stats?: WordStats;
  /** What other packs hold (ids, unruled alias keys). */
  reserved?: Reserved;
  /** Organisations of other packs, to merge with instead of repeating. */
  existing?: readonly ExistingOrg[];
  /** Parties whose last year is before this are left out. Default 2000. */
  minYearLast?: number;
}

export interface AliasTally {
  /** Alias texts checked (names, native names, short names, Wikidata labels). */
  checked: number;
  safe: number;
  /** Flagged by the safety check, by verdict. */
  flagged: Record<Exclude<AliasVerdict, 'safe'>, number>;
  /** Given a rule (case-sensitive, country nearby). */
  ruled: number;
  /** Left out: unusable, single common words, country names, acronyms several parties of a country share. */
  dropped: number;
  /** Safe but shared by several parties or held by another pack: ruled by country. */
  ambiguousRuled: number;
  /** Safe but one or two words: ruled by country. */
  oneWordRuled: number;
}

export interface PartiesReport {
  rows: number;
  technical: number;
  beforeYear: number;
  duplicates: { kept: string; dropped: string; why: string }[];
  merged: { partyfacts: string; name: string; into: string; basis: string; sure: boolean }[];
  written: number;
  parlgovJoined: number;
  familyStatements: number;
  changeStatements: number;
  aliases: AliasTally;
  /** Flagged aliases, for the review file: text, verdict, reason, what was done. */
  flaggedList: { id: string; text: string; verdict: string; reason: string; action: 'ruled' | 'dropped' }[];
}

// ---------------------------------------------------------------------------------------------
// Codes

/** Party Facts country codes (ISO 3166-1 alpha-3, plus a few of its own) → the English name we use. */
export const PARTYFACTS_COUNTRIES: Record<string, string> = {
  ABW: 'Aruba', AFG: 'Afghanistan', AGO: 'Angola', AIA: 'Anguilla', ALB: 'Albania', AND: 'Andorra',
  ARE: 'United Arab Emirates', ARG: 'Argentina', ARM: 'Armenia', ATG: 'Antigua and Barbuda', AUS: 'Australia',
  AUT: 'Austria', AZE: 'Azerbaijan', BDI: 'Burundi', BEL: 'Belgium', BEN: 'Benin', BFA: 'Burkina Faso',
  BGD: 'Bangladesh', BGR: 'Bulgaria', BHR: 'Bahrain', BHS: 'Bahamas', BIH: 'Bosnia and Herzegovina', BLR: 'Belarus',
  BLZ: 'Belize', BMU: 'Bermuda', BOL: 'Bolivia', BRA: 'Brazil', BRB: 'Barbados', BTN: 'Bhutan', BWA: 'Botswana',
  CAF: 'Central African Republic', CAN: 'Canada', CHE: 'Switzerland', CHL: 'Chile', CHN: 'China', CIV: "Côte d'Ivoire",
  CMR: 'Cameroon', COD: 'DR Congo', COG: 'Congo', COL: 'Colombia', COM: 'Comoros', CPV: 'Cape Verde', CRI: 'Costa Rica',
  CUB: 'Cuba', CUW: 'Curaçao', CYM: 'Cayman Islands', CYP: 'Cyprus', CZE: 'Czechia', DEU: 'Germany', DJI: 'Djibouti',
  DMA: 'Dominica', DNK: 'Denmark', DOM: 'Dominican Republic', DZA: 'Algeria', ECU: 'Ecuador', EGY: 'Egypt',
  ERI: 'Eritrea', ESH: 'Western Sahara', ESP: 'Spain', EST: 'Estonia', ETH: 'Ethiopia', FIN: 'Finland', FJI: 'Fiji',
  FRA: 'France', FRO: 'Faroe Islands', GAB: 'Gabon', GBR: 'United Kingdom', GEO: 'Georgia', GHA: 'Ghana',
  GIB: 'Gibraltar', GIN: 'Guinea', GMB: 'The Gambia', GNB: 'Guinea-Bissau', GNQ: 'Equatorial Guinea', GRC: 'Greece',
  GRD: 'Grenada', GRL: 'Greenland', GTM: 'Guatemala', GUF: 'French Guiana', GUY: 'Guyana', HKG: 'Hong Kong',
  HND: 'Honduras', HRV: 'Croatia', HTI: 'Haiti', HUN: 'Hungary', IDN: 'Indonesia', IND: 'India', IRL: 'Ireland',
  IRN: 'Iran', IRQ: 'Iraq', ISL: 'Iceland', ISR: 'Israel', ITA: 'Italy', JAM: 'Jamaica', JEY: 'Jersey', JOR: 'Jordan',
  JPN: 'Japan', KAZ: 'Kazakhstan', KEN: 'Kenya', KGZ: 'Kyrgyzstan', KHM: 'Cambodia', KIR: 'Kiribati',
  KNA: 'Saint Kitts and Nevis', KOR: 'South Korea', KWT: 'Kuwait', LAO: 'Laos', LBN: 'Lebanon', LBR: 'Liberia',
  LBY: 'Libya', LCA: 'Saint Lucia', LIE: 'Liechtenstein', LKA: 'Sri Lanka', LSO: 'Lesotho', LTU: 'Lithuania',
  LUX: 'Luxembourg', LVA: 'Latvia', MAR: 'Morocco', MCO: 'Monaco', MDA: 'Moldova', MDG: 'Madagascar', MDV: 'Maldives',
  MEX: 'Mexico', MHL: 'Marshall Islands', MKD: 'North Macedonia', MLI: 'Mali', MLT: 'Malta', MMR: 'Myanmar',
  MNE: 'Montenegro', MNG: 'Mongolia', MOZ: 'Mozambique', MRT: 'Mauritania', MSR: 'Montserrat', MUS: 'Mauritius',
  MWI: 'Malawi', MYS: 'Malaysia', NAM: 'Namibia', NER: 'Niger', NGA: 'Nigeria', NIC: 'Nicaragua', NLD: 'Netherlands',
  NOR: 'Norway', NPL: 'Nepal', NZL: 'New Zealand', OMN: 'Oman', PAK: 'Pakistan', PAN: 'Panama', PER: 'Peru',
  PHL: 'Philippines', PNG: 'Papua New Guinea', POL: 'Poland', PRI: 'Puerto Rico', PRK: 'North Korea', PRT: 'Portugal',
  PRY: 'Paraguay', PSE: 'Palestinian territories', ROU: 'Romania', RUS: 'Russia', RWA: 'Rwanda', SAU: 'Saudi Arabia',
  SDN: 'Sudan', SEN: 'Senegal', SGP: 'Singapore', SLB: 'Solomon Islands', SLE: 'Sierra Leone', SLV: 'El Salvador',
  SMR: 'San Marino', SOM: 'Somalia', SRB: 'Serbia', SSD: 'South Sudan', STP: 'Sao Tome and Principe', SUR: 'Suriname',
  SVK: 'Slovakia', SVN: 'Slovenia', SWE: 'Sweden', SWZ: 'Eswatini', SYC: 'Seychelles', SYR: 'Syria',
  TCA: 'Turks and Caicos Islands', TCD: 'Chad', TGO: 'Togo', THA: 'Thailand', TJK: 'Tajikistan', TKM: 'Turkmenistan',
  TLS: 'Timor-Leste', TON: 'Tonga', TTO: 'Trinidad and Tobago', TUN: 'Tunisia', TUR: 'Turkey', TWN: 'Taiwan',
  TZA: 'Tanzania', UGA: 'Uganda', UKR: 'Ukraine', URY: 'Uruguay', USA: 'United States', UZB: 'Uzbekistan',
  VCT: 'Saint Vincent and the Grenadines', VEN: 'Venezuela', VGB: 'British Virgin Islands', VNM: 'Vietnam',
  VUT: 'Vanuatu', WSM: 'Samoa', YEM: 'Yemen', ZAF: 'South Africa', ZMB: 'Zambia', ZWE: 'Zimbabwe',
  // Party Facts' own codes
  EUN: 'International', // parties and groups of the European Union
  NIR: 'United Kingdom', // Northern Ireland
  XKX: 'Kosovo',
  SML: 'Somaliland',
  PMR: 'Transnistria',
  ZZB: 'Zanzibar',
  DDR: 'East Germany',
  YMD: 'South Yemen',
  VNR: 'South Vietnam',
  AUH: 'Austria-Hungary',
  NFL: 'Newfoundland',
};

/** Extra "country nearby" words for Party Facts' own codes. */
const EXTRA_COUNTRY_WORDS: Record<string, string[]> = {
  NIR: ['Northern Ireland', 'Belfast', 'Stormont'],
  XKX: ['Kosovar', 'Pristina'],
  SML: ['Somaliland', 'Hargeisa'],
  PMR: ['Transnistrian', 'Tiraspol'],
  ZZB: ['Zanzibari', 'Tanzania'],
  EUN: ['European Parliament', 'MEP', 'MEPs'],
};

/**
 * ParlGov codes, from the `code` table of the ParlGov database (hdigital/parlgov-web,
 * scripts/migrate_parlgov-db/import-data-legacy/01__datacore__Code.csv): party families (the
 * `family` column of the party table) and party change types, with ParlGov's own labels.
 */
export const PARLGOV_FAMILIES: Record<string, string | null> = {
  '2': 'Agrarian',
  '3': 'Christian democracy',
  '6': 'Liberal',
  '11': 'Social democracy',
  '12': null, // "no family"
  '14': 'Communist/Socialist',
  '16': 'Special issue',
  '19': 'Green/Ecologist',
  '26': 'Conservative',
  '28': null, // "to be coded"
  '40': 'Right-wing',
};

const CHANGE_TYPES: Record<string, 'splinter' | 'division' | 'merger' | 'joined' | 'successor'> = {
  '31': 'splinter',
  '32': 'division',
  '33': 'merger',
  '34': 'joined',
  '35': 'successor',
};

/** ParlGov country ids (its `country` table) → ISO 3166-1 alpha-3, as Party Facts codes them. */
export const PARLGOV_COUNTRIES: Record<string, string> = {
  '1': 'SVK', '5': 'JPN', '7': 'LUX', '8': 'NLD', '9': 'NOR', '10': 'BGR', '11': 'NZL', '15': 'LTU', '20': 'TUR',
  '21': 'DNK', '23': 'ROU', '26': 'ITA', '27': 'ESP', '29': 'CAN', '33': 'AUS', '34': 'ISR', '35': 'SWE', '37': 'IRL',
  '39': 'HUN', '40': 'CHE', '41': 'GRC', '43': 'FRA', '44': 'GBR', '51': 'CYP', '54': 'DEU', '55': 'LVA', '56': 'ISL',
  '59': 'AUT', '60': 'SVN', '62': 'HRV', '63': 'PRT', '64': 'BEL', '67': 'FIN', '68': 'CZE', '72': 'MLT', '74': 'POL',
  '75': 'EST',
};

// ---------------------------------------------------------------------------------------------
// Sources

/**
 * The sources statements cite. Party Facts' codebook (partyfacts.herokuapp.com/documentation/
 * codebook/) describes the data but its stored copy states no date, and a source's date is never
 * guessed here, so statements cite the repository that holds the rows (dated by the imported
 * commit) and the pack's description names the codebook.
 */
export function partiesSources(checked: string): { repository: Source; parlgovNews: Source; parlgovRepository: Source } {
  return {
    repository: {
      url: 'https://github.com/hdigital/partyfactsdata',
      publisher: 'Party Facts',
      title: 'hdigital/partyfactsdata: Party Facts data import (core parties and their Wikidata links, commit of 2026-03-11)',
      date: '2026-03-11',
      checked,
    },
    parlgovNews: {
      url: 'https://parlgov.fly.dev/docs/news',
      publisher: 'ParlGov',
      title: 'ParlGov 2024 released',
      date: '2024-08-12',
      checked,
    },
    parlgovRepository: {
      url: 'https://github.com/hdigital/parlgov-web',
      publisher: 'ParlGov',
      title: 'hdigital/parlgov-web: A ParlGov reimplementation (party and party change tables of the 2024 release)',
      date: '2024',
      checked,
    },
  };
}

/**
 * Names Party Facts does not yet give, each confirmed in a stored report and cited: the record
 * Party Facts links to the Wikidata item gets the name, an alias, and a statement.
 */
export const RENAMES: Record<string, { name: string; statement: string; since: string; source: Omit<Source, 'checked'> }> = {
  Q20916: {
    name: 'People Power Party',
    statement:
      "An AFP report carried by 24 News HD in September 2020 said that South Korea's main conservative opposition party, called Saenuri under Park Geun-hye, Liberty Korea from 2017 and the United Future Party from February 2020, had renamed itself the People Power Party.",
    since: '2020-09',
    source: {
      url: 'https://www.24newshd.tv/02-Sep-2020/south-korea-s-main-opposition-party-changes-name-again',
      publisher: '24 News HD',
      title: "South Korea's main opposition party changes name... again",
      date: '2020-09-02',
    },
  },
};

// ---------------------------------------------------------------------------------------------
// Helpers

/** A Wikipedia URL reduced to compare: https, decoded, lower case. */
export function wikiKey(url: string): string {
  if (!url) return '';
  let u = url.trim();
  try {
    u = decodeURIComponent(u);
  } catch {
    // keep it encoded
  }
  // The fragment stays: "Georgian_Dream#Georgian_Dream_coalition" is a section about another group.
  return u.replace(/^http:\/\//, 'https://').replace(/ /g, '_').replace(/\/+$/, '').toLowerCase();
}

/** Is this a Wikipedia page about one party (not an election, a list or a coalition page)? */
function isPartyArticle(key: string): boolean {
  return /wikipedia\.org\/wiki\//.test(key) && !/election|list_of|coalition|alliance|politics_of/.test(key);
}

/** Language labels Party Facts puts before a name ("Hangul: …", "North Frisian: …"). */
const LANGUAGES =
  'Albanian|Amharic|Arabic|Armenian|Azerbaijani|Basque|Belarusian|Bengali|Bosnian|Bulgarian|Burmese|Catalan|Chinese|Croatian|' +
  'Czech|Danish|Dari|Dutch|English|Estonian|Filipino|Finnish|French|Frisian|Galician|Georgian|German|Greek|Gujarati|Hangul|Hanja|' +
  'Hebrew|Hindi|Hungarian|Icelandic|Indonesian|Irish|Italian|Japanese|Kannada|Kazakh|Khmer|Korean|Kurdish|Kyrgyz|Lao|Latvian|' +
  'Lithuanian|Luxembourgish|Macedonian|Malay|Malayalam|Maltese|Marathi|Mongolian|Nepali|Norwegian|Pashto|Persian|Polish|' +
  'Portuguese|Punjabi|Romanian|Romansh|Russian|Serbian|Sindhi|Sinhala|Slovak|Slovene|Slovenian|Somali|Sorani|Spanish|Swahili|' +
  'Swedish|Tagalog|Tajik|Tamil|Telugu|Thai|Tibetan|Turkish|Ukrainian|Urdu|Uzbek|Vietnamese|Welsh|Berber|Montenegrin|Cyrillic|Latin|Serbian Cyrillic|Serbo-Croatian';
const LANG = `(?:(?:North|South|East|West|Northern|Southern) )?(?:${LANGUAGES})`;
/** Language names, lower case: never a name of their own ("Basque", "Kurdish"). */
const LANGUAGE_NAMES = new Set(LANGUAGES.toLowerCase().split('|'));

/** A label at the start of a name: a language, a script or a code such as "ko:". */
const LANGUAGE_LABEL = new RegExp(`^\\(?(?:${LANG}|[A-Za-z][A-Za-z -]{1,20}):\\s+`, 'i');
const SEPARATORS = new RegExp(`\\s+(?://?|--|—)\\s+|\\s*/\\s+|\\s+/\\s*|\\s*;\\s*|,?(?<!\\b(?:North|South|East|West|Northern|Southern))\\s+(?=${LANG}:\\s)`);

/**
 * "Ennahdha Party / Renaissance Party" → both; brackets and a trailing "(1963)" removed; language
 * labels ("Pashto: …", "…; Russian: …"), HTML spaces and wiki markup that some rows carry dropped.
 */
export function splitNames(raw: string): string[] {
  const text = raw
    .replace(/&nbsp;/g, ' ')
    .replace(/\(\s+/g, '(')
    .replace(/\s+\)/g, ')')
    .replace(/''\([^)]*\)''/g, ' ')
    .replace(/\s*\([^()|]*\|[^()]*\)/g, ' ') // "(Akan language|Akan)": a wiki link left in the row
    .replace(/[\u200e\u200f]/g, '');
  return clean(text)
    .split(SEPARATORS)
    .map((n) =>
      clean(
        n
          .replace(LANGUAGE_LABEL, '') // "Pashto: …", "North Frisian: …"
          .replace(/[[\]]/g, '')
          .replace(/\s*\(\s*\d{4}(?:\s*[–-]\s*\d{4})?\s*\)\s*$/, '') // "(1963)"; "(Queensland Branch)" stays
          .replace(/^\(+(?=[^)]*$)|(?<=^[^(]*)\)+$/g, ''), // an unbalanced bracket at either end
      ),
    )
    .filter((n) => n.length > 0 && !n.endsWith(':') && !LANGUAGE_NAMES.has(n.toLowerCase()));
}

function years(first: string, last: string): string {
  const f = /^\d{4}$/.test(first) ? first : '';
  const l = /^\d{4}$/.test(last) ? last : '';
  if (f && l) return f === l ? `in ${f}` : `from ${f} to ${l}`;
  if (f) return `from ${f}`;
  if (l) return `until ${l}`;
  return '';
}

/** A party word that makes a name of an ordinary word: "Renaissance Party", "Green Party", "Justice Party". */
const HEAD = /^(?:the )?(.+?) (?:party|movement|front|alliance|union|coalition|bloc|list|league)$/;
/** A name that ends in a word saying it is a party or a grouping of parties. */
const PARTY_WORD = /\b(?:party|parti|partei|partido|partito|movement|front|alliance|union|coalition|bloc|list|league|congress|federation|rally|forum)$/i;

/**
 * Is this name an ordinary word, a country or another pack's name plus a party word? Text about
 * France's Renaissance writes "the Renaissance party"; Tunisia's Ennahda, also "Renaissance Party"
 * in English, must then be matched only near Tunisia.
 */
export function genericHead(key: string, reservedKeys: Record<string, string>, stats?: WordStats): boolean {
  const m = HEAD.exec(key);
  if (!m) return false;
  const rest = m[1]!;
  return Object.hasOwn(reservedKeys, rest) || COUNTRY_KEYS.has(rest) || checkAlias(rest, stats).verdict !== 'safe';
}

/** Country names that take "the" in a sentence. */
const WITH_THE = /^(?:United |Netherlands$|Philippines$|Central African Republic$|Dominican Republic$|Czech Republic$|Bahamas$|Maldives$|Comoros$|Seychelles$|Palestinian territories$|DR Congo$|\w+ Islands$|British Virgin Islands$)/;

/** "in the United Kingdom", "in Tunisia", "in the European Union". */
export function countryPhrase(country: string): string {
  if (country === 'International') return 'the European Union';
  return WITH_THE.test(country) ? `the ${country}` : country;
}

/**
 * Party Facts' year_first and year_last, said as the fields they are (not as founding or
 * dissolution dates, which they need not be): "with 1981 as its first year and 2014 as its last".
 */
function yearFields(first: string, last: string): string {
  const f = /^\d{4}$/.test(first) ? first : '';
  const l = /^\d{4}$/.test(last) ? last : '';
  if (f && l) return `with ${f} as its first year and ${l} as its last`;
  if (f) return `with ${f} as its first year and no last year`;
  if (l) return `with ${l} as its last year`;
  return '';
}

interface Row {
  pf: string;
  iso: string;
  country: string;
  nameShort: string;
  name: string;
  nameEnglish: string;
  nameOther: string;
  yearFirst: string;
  yearLast: string;
  share: number;
  wikipedia: string;
  wikidata?: string;
  wdName?: string;
  wdNative?: string;
}

/**
 * Wikidata's "Democratic Party (South Korea)" → "Democratic Party": a trailing qualifier is removed
 * when it is only the country, a year or "(political) party"; "(Queensland Branch)" stays.
 */
function stripQualifier(label: string, row: Pick<Row, 'country' | 'iso'>): string {
  const m = /^(.*\S)\s*\(([^)]*)\)\s*$/.exec(label);
  if (!m) return label;
  const inside = aliasKey(m[2]!);
  const words = [...countryWords(row.country), ...(EXTRA_COUNTRY_WORDS[row.iso] ?? [])].map((w) => aliasKey(w));
  // Only a qualifier that is all country, year or "party": "(South Australian Branch)" names a branch.
  const rest = words.reduce((t, w) => ` ${t} `.replace(` ${w} `, ' ').trim(), inside);
  const plain = /^\d{4}(?: \d{4})?$/.test(inside) || /^(?:(?:political )?party)?$/.test(rest);
  return plain ? m[1]! : label;
}

interface Candidate {
  text: string;
  kind: 'name' | 'native' | 'short' | 'wikidata' | 'rename';
}

// ---------------------------------------------------------------------------------------------
// Import

export function importPartiesWithReport(files: PartiesFiles, opts: PartiesOptions): { pack: DataPackInput; report: PartiesReport; review: string } {
  const src = partiesSources(opts.checked);
  const minYear = opts.minYearLast ?? 2000;
  const report: PartiesReport = {
    rows: 0,
    technical: 0,
    beforeYear: 0,
    duplicates: [],
    merged: [],
    written: 0,
    parlgovJoined: 0,
    familyStatements: 0,
    changeStatements: 0,
    aliases: { checked: 0, safe: 0, flagged: { short: 0, common: 0, unusable: 0 }, ruled: 0, dropped: 0, ambiguousRuled: 0, oneWordRuled: 0 },
    flaggedList: [],
  };

  // 1. Party Facts rows, with their Wikidata links.
  const wd = new Map<string, { id: string; name: string; native: string }>();
  for (const r of parseTable(files.wikidata)) {
    if (r['partyfacts_id'] && /^Q\d+$/.test(r['wikidata_id'] ?? '')) {
      wd.set(r['partyfacts_id'], { id: r['wikidata_id']!, name: clean(r['name'] ?? ''), native: clean(r['name_native'] ?? '') });
    }
  }
  const rows: Row[] = [];
  for (const r of parseTable(files.core)) {
    report.rows++;
    if (clean(r['technical'] ?? '')) {
      report.technical++;
      continue;
    }
    const last = clean(r['year_last'] ?? '');
    if (/^\d{4}$/.test(last) && Number(last) < minYear) {
      report.beforeYear++;
      continue;
    }
    const iso = clean(r['country'] ?? '');
    const country = PARTYFACTS_COUNTRIES[iso];
    const pf = clean(r['partyfacts_id'] ?? '');
    if (!country || !/^\d+$/.test(pf)) continue;
    const link = wd.get(pf);
    const share = Number(r['share']);
    rows.push({
      pf,
      iso,
      country,
      nameShort: clean(r['name_short'] ?? ''),
      name: clean(r['name'] ?? ''),
      nameEnglish: clean(r['name_english'] ?? ''),
      nameOther: clean(r['name_other'] ?? ''),
      yearFirst: clean(r['year_first'] ?? ''),
      yearLast: last,
      share: Number.isFinite(share) ? share : -1,
      wikipedia: clean(r['wikipedia'] ?? ''),
      ...(link ? { wikidata: link.id, wdName: link.name, wdNative: link.native } : {}),
    });
  }

  // 2. Duplicates: the same Wikidata item, or the same party article in one country.
  const byKey = new Map<string, Row>();
  const kept: Row[] = [];
  const better = (a: Row, b: Row) => (a.share !== b.share ? a.share > b.share : Number(a.pf) < Number(b.pf));
  const sorted = [...rows].sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : 0));
  for (const row of sorted) {
    const keys: [string, string][] = [];
    // Within one country: Volt Luxembourg and Volt Netherlands share a Wikidata item but are two parties.
    if (row.wikidata) keys.push([`wd:${row.iso}:${row.wikidata}`, `same Wikidata item ${row.wikidata}`]);
    const wk = wikiKey(row.wikipedia);
    if (wk && isPartyArticle(wk)) keys.push([`wp:${row.iso}:${wk}`, `same Wikipedia article ${row.wikipedia}`]);
    const hit = keys.find(([k]) => byKey.has(k));
    if (hit) {
      const first = byKey.get(hit[0])!;
      report.duplicates.push({ kept: `pf-${first.pf} ${first.nameEnglish || first.name}`, dropped: `pf-${row.pf} ${row.nameEnglish || row.name}`, why: hit[1] });
      // The kept record learns the other row's names and Wikidata link.
      first.nameOther = [first.nameOther, row.nameEnglish, row.name].filter(Boolean).join(' / ');
      if (!first.wikidata && row.wikidata) Object.assign(first, { wikidata: row.wikidata, wdName: row.wdName, wdNative: row.wdNative });
      for (const [k] of keys) if (!byKey.has(k)) byKey.set(k, first);
      continue;
    }
    for (const [k] of keys) byKey.set(k, row);
    kept.push(row);
  }
  kept.sort((a, b) => Number(a.pf) - Number(b.pf));

  // 3. Merges with other packs: same country and a shared name.
  const existingByKey = new Map<string, ExistingOrg[]>();
  for (const org of opts.existing ?? []) {
    for (const n of org.names) {
      const k = aliasKey(n);
      if (!k) continue;
      const list = existingByKey.get(k) ?? [];
      if (!list.includes(org)) list.push(org);
      existingByKey.set(k, list);
    }
  }
  // Only parties and armed movements are the same kind of thing: a newspaper named after a party
  // ("Al-Baath") is not the party.
  const MERGE_CATEGORIES = new Set(['party-movement', 'armed-group']);
  const sameCountry = (org: ExistingOrg, row: Row) => MERGE_CATEGORIES.has(org.category) && org.country === row.country;
  const candidates = (row: Row): Candidate[] => {
    const out: Candidate[] = [];
    const rename = row.wikidata ? RENAMES[row.wikidata] : undefined;
    if (rename) out.push({ text: rename.name, kind: 'rename' });
    for (const n of splitNames(row.nameEnglish)) out.push({ text: n, kind: 'name' });
    if (row.wdName) out.push({ text: stripQualifier(row.wdName, row), kind: 'wikidata' });
    for (const n of splitNames(row.name)) out.push({ text: n, kind: 'native' });
    for (const n of splitNames(row.nameOther)) if (!/[\u0600-\u06ff]/.test(n) || n.length < 60) out.push({ text: n, kind: 'native' });
    if (row.wdNative) for (const n of splitNames(row.wdNative)) out.push({ text: n, kind: 'native' });
    if (row.nameShort && /\p{Lu}/u.test(row.nameShort)) {
      for (const n of row.nameShort.split(/[/|]/).map(clean)) {
        out.push({ text: n, kind: 'short' });
        // "ZANU-PF" is also written "Zanu-PF": the first part as a word.
        const m = /^(\p{Lu}{4,})(-\p{Lu}+)$/u.exec(n);
        if (m) out.push({ text: `${m[1]![0]}${m[1]!.slice(1).toLowerCase()}${m[2]}`, kind: 'short' });
      }
    }
    // Aliases are matched case-sensitively: "ZANU-PF" and "Zanu-PF" are two, "ZANU–PF" (a dash) is "ZANU-PF".
    const seen = new Set<string>();
    return out.filter((c) => {
      const k = tokenize(c.text)
        .map((t) => t.raw)
        .join(' ');
      if (!k || seen.has(k)) return false;
      seen.add(k);
      return true;
    });
  };
  const toWrite: { row: Row; cands: Candidate[] }[] = [];
  for (const row of kept) {
    const cands = candidates(row);
    let into: { org: ExistingOrg; text: string; kind: Candidate['kind'] } | undefined;
    for (const c of cands) {
      const orgs = (existingByKey.get(aliasKey(c.text)) ?? []).filter((o) => sameCountry(o, row));
      if (orgs.length) {
        into = { org: orgs[0]!, text: c.text, kind: c.kind };
        if (c.kind !== 'short') break;
      }
    }
    if (into) {
      const sure = into.kind !== 'short' && into.org.category === 'party-movement';
      report.merged.push({ partyfacts: `pf-${row.pf}`, name: row.nameEnglish || row.name, into: into.org.id, basis: `${into.kind} "${into.text}" in ${row.country}`, sure });
      continue;
    }
    toWrite.push({ row, cands });
  }

  // Several rows merged into one record (a party and its predecessor of the same name): unsure.
  const intoCount = new Map<string, number>();
  for (const m of report.merged) intoCount.set(m.into, (intoCount.get(m.into) ?? 0) + 1);
  for (const m of report.merged) if ((intoCount.get(m.into) ?? 0) > 1) m.sure = false;

  // 4. ParlGov: join through the Wikipedia article, one ParlGov party to one Party Facts party.
  // ParlGov sometimes gives a party and its predecessor or alliance the same article; then the
  // ParlGov party whose name is one of the Party Facts row's names is taken, or none.
  const wikiCount = new Map<string, number>();
  for (const { row } of toWrite) {
    const k = wikiKey(row.wikipedia);
    if (k) wikiCount.set(`${row.iso}|${k}`, (wikiCount.get(`${row.iso}|${k}`) ?? 0) + 1);
  }
  const pfByWiki = new Map<string, Row>();
  for (const { row } of toWrite) {
    const k = wikiKey(row.wikipedia);
    if (k && isPartyArticle(k) && wikiCount.get(`${row.iso}|${k}`) === 1) pfByWiki.set(`${row.iso}|${k}`, row);
  }
  const parlgov = new Map<string, { name: string; names: string[]; family: string | null; row?: Row }>();
  const pgCandidates = new Map<Row, string[]>();
  for (const r of parseTable(files.parlgovParties)) {
    const id = r['id'] ?? '';
    const iso = PARLGOV_COUNTRIES[r['country'] ?? ''];
    const k = wikiKey(r['wikipedia'] ?? '');
    const row = iso && k ? pfByWiki.get(`${iso}|${k}`) : undefined;
    const names = [r['name_english'], r['name'], r['name_ascii'], r['name_short']].map((n) => clean(n ?? '')).filter(Boolean);
    // ParlGov lists a party's successive names as "Alignment | Labor": said as "Alignment / Labor".
    const pgName = clean(r['name_english'] || r['name'] || '').replace(/\s*\|\s*/g, ' / ');
    parlgov.set(id, { name: pgName, names: names.flatMap((n) => n.split(/\s*\|\s*/)), family: PARLGOV_FAMILIES[r['family'] ?? ''] ?? null });
    if (row) pgCandidates.set(row, [...(pgCandidates.get(row) ?? []), id]);
  }
  const pgOf = new Map<Row, { id: string; family: string | null }>();
  for (const [row, list] of pgCandidates) {
    let chosen = list.length === 1 ? list[0] : undefined;
    if (!chosen) {
      const rowKeys = new Set([row.nameEnglish, row.name, row.nameShort, row.nameOther].flatMap((n) => splitNames(n)).map((n) => aliasKey(n)));
      const named = list.filter((id) => parlgov.get(id)!.names.some((n) => rowKeys.has(aliasKey(n))));
      if (named.length === 1) chosen = named[0];
    }
    if (!chosen) continue;
    parlgov.get(chosen)!.row = row;
    pgOf.set(row, { id: chosen, family: parlgov.get(chosen)!.family });
  }
  report.parlgovJoined = pgOf.size;

  // 5. Ids.
  const ids = new IdAllocator(opts.reserved?.ids ?? []);
  const idOf = new Map<Row, string>();
  for (const { row } of toWrite) idOf.set(row, ids.take(`pf-${row.pf}`));

  // 6. Alias keys: which are shared by several parties, which other packs hold.
  const reservedKeys = opts.reserved?.aliasKeys ?? {};
  const holders = new Map<string, Set<Row>>();
  for (const { row, cands } of toWrite) {
    for (const c of cands) {
      const k = aliasKey(c.text);
      const set = holders.get(k) ?? new Set<Row>();
      set.add(row);
      holders.set(k, set);
    }
  }

  // 7. Records.
  const names = new Set<string>(Object.keys(reservedKeys));
  const organisations: OrganisationInput[] = [];
  const flagged = (id: string, text: string, verdict: string, reason: string, action: 'ruled' | 'dropped') => {
    report.flaggedList.push({ id, text, verdict, reason, action });
    if (action === 'ruled') report.aliases.ruled++;
    else report.aliases.dropped++;
  };
  for (const { row, cands } of toWrite) {
    const id = idOf.get(row)!;
    const near = [...countryWords(row.country), ...(EXTRA_COUNTRY_WORDS[row.iso] ?? [])];
    const aliases: Alias[] = [];
    let bareName: string | null = null;
    for (const c of cands) {
      report.aliases.checked++;
      const k = aliasKey(c.text);
      const check = checkAlias(c.text, opts.stats, { maxShortLetters: 4 });
      if (check.verdict !== 'safe') report.aliases.flagged[check.verdict]++;
      else report.aliases.safe++;
      if (COUNTRY_KEYS.has(k) || aliasKey(row.country) === k || LANGUAGE_NAMES.has(k)) {
        flagged(id, c.text, 'country', 'a country name', 'dropped');
        continue;
      }
      const sameCountryHolders = [...(holders.get(k) ?? [])].filter((r) => r.iso === row.iso);
      if (check.verdict === 'unusable') {
        flagged(id, c.text, check.verdict, check.reason, 'dropped');
        continue;
      }
      if (sameCountryHolders.length > 1) {
        // Two parties of one country share it: no rule can tell them apart.
        flagged(id, c.text, check.verdict === 'safe' ? 'ambiguous' : check.verdict, `shared by ${sameCountryHolders.length} parties in ${row.country}`, 'dropped');
        continue;
      }
      const tokens = tokenize(c.text);
      if (check.verdict === 'common' && tokens.length === 1) {
        flagged(id, c.text, check.verdict, check.reason, 'dropped');
        continue;
      }
      // A short acronym (four letters or fewer) is kept only in capitals, of three letters or more,
      // rare on pages, and near the country: "AP", "PM", "All" and "PP" stand for other things even
      // near the country, and "SNAP" or "DEMO" are words in capitals.
      if (check.verdict === 'short') {
        const letters = c.text.replace(/[^\p{L}]/gu, '').length;
        const pages = opts.stats?.anyPages.get(k) ?? 0;
        const why = !isAllCaps(c.text.replace(/[\s-]+/g, '')) ? 'short and not in capitals' : letters < 3 ? 'one or two letters' : pages >= 5 ? `a short acronym ${pages} pages use` : '';
        if (why) {
          flagged(id, c.text, check.verdict, why, 'dropped');
          continue;
        }
      }
      // One or two words ("Fritz", "Europa", "New Horizons", "I Believe") name a person, a place, a
      // probe or a phrase elsewhere: only near the country.
      const oneWord = tokens.length <= 2 && !isAllCaps(c.text.replace(/[\s-]+/g, ''));
      const shared = oneWord || (holders.get(k)?.size ?? 0) > 1 || Object.hasOwn(reservedKeys, k) || genericHead(k, reservedKeys, opts.stats);
      if (check.verdict !== 'safe' || shared) {
        if (near.length === 0) {
          flagged(id, c.text, check.verdict === 'safe' ? 'ambiguous' : check.verdict, 'no country words to require', 'dropped');
          continue;
        }
        aliases.push({ text: c.text, caseSensitive: true, requireNearby: near });
        if (check.verdict === 'safe' && oneWord) report.aliases.oneWordRuled++;
        else if (check.verdict === 'safe') report.aliases.ambiguousRuled++;
        else flagged(id, c.text, check.verdict, check.reason, 'ruled');
        continue;
      }
      // The name is matched as written, in any case ("Rule of Law" would match "the rule of law"):
      // it stands bare only when it has three words or more and names its own country
      // ("Zimbabwe African National Union – Patriotic Front"); otherwise it is qualified.
      const ownCountry = near.some((w) => ` ${k} `.includes(` ${aliasKey(w)} `));
      if (bareName === null && (c.kind === 'rename' || c.kind === 'name' || c.kind === 'wikidata') && !names.has(k) && tokens.length >= 3 && ownCountry) bareName = c.text;
      else aliases.push({ text: c.text, caseSensitive: true });
    }
    const english = splitNames(row.nameEnglish)[0] ?? splitNames(row.name)[0] ?? `Party ${row.pf}`;
    const rename = row.wikidata ? RENAMES[row.wikidata] : undefined;
    // A qualified name is matched too, as its words: "Muslim (Sri Lanka)" would find "Muslim Sri
    // Lanka voters". A name that does not end in a party word says "party in".
    const base = rename?.name ?? english;
    const label = row.country === 'International' ? 'European Union' : PARTY_WORD.test(base) ? row.country : `party in ${row.country}`;
    const taken = (n: string) => {
      const key = aliasKey(n);
      return names.has(key) || [...(holders.get(key) ?? [])].some((r) => r !== row);
    };
    let name = (rename && bareName !== rename.name ? null : bareName) ?? `${base} (${label})`;
    if (bareName && name !== bareName) aliases.unshift({ text: bareName, caseSensitive: true });
    if (taken(name)) name = `${base} (${label}, ${years(row.yearFirst, row.yearLast) || row.pf})`;
    if (taken(name)) name = `${base} (${label}, Party Facts ${row.pf})`;
    names.add(aliasKey(name));
    const when = yearFields(row.yearFirst, row.yearLast);
    const where = countryPhrase(row.country);

    const affiliations: OrganisationInput['affiliations'] = [
      {
        relation: 'described-as',
        statement:
          row.country === 'International'
            ? `Party Facts lists it among the parties of the European Union (its country code EUN)${when ? `, ${when}` : ''}.`
            : `Party Facts lists it as a political party in ${where}${when ? `, ${when}` : ''}.`,
        sources: [src.repository],
      },
    ];
    if (rename) {
      affiliations.push({ relation: 'described-as', statement: rename.statement, since: rename.since, sources: [{ ...rename.source, checked: opts.checked }] });
    }
    const pg = pgOf.get(row);
    if (pg?.family) {
      report.familyStatements++;
      affiliations.push({
        relation: 'described-as',
        statement: `ParlGov (2024 release) classes it in the "${pg.family}" party family.`,
        sources: [src.parlgovRepository, src.parlgovNews],
      });
    }
    organisations.push({
      id,
      name,
      aliases,
      category: 'party-movement',
      country: row.country,
      ...(row.wikidata ? { wikidata: row.wikidata } : {}),
      summary: `A political party in ${where}, as listed by Party Facts${/^\d{4}$/.test(row.yearFirst) ? ` (first year ${row.yearFirst})` : ''}.`,
      affiliations,
      counterReporting: [],
    });
  }

  // 8. ParlGov changes: splits, mergers, successors, between parties in the pack.
  const orgByRow = new Map<Row, OrganisationInput>();
  toWrite.forEach(({ row }, i) => orgByRow.set(row, organisations[i]!));
  for (const r of parseTable(files.parlgovChanges)) {
    const type = CHANGE_TYPES[r['type'] ?? ''];
    if (!type) continue;
    const oldP = parlgov.get(r['party'] ?? '');
    const newP = parlgov.get(r['party_new'] ?? '');
    if (!oldP || !newP) continue;
    const year = /^\d{4}/.exec(r['date'] ?? '')?.[0];
    const dated = year ? ` (a change ParlGov dates to ${year})` : '';
    const newOrg = newP.row ? orgByRow.get(newP.row) : undefined;
    const oldOrg = oldP.row ? orgByRow.get(oldP.row) : undefined;
    const sources = [src.parlgovRepository, src.parlgovNews];
    if (type === 'joined') {
      if (!oldOrg) continue;
      oldOrg.affiliations.push({
        relation: 'part-of',
        ...(newOrg ? { target: newOrg.id } : {}),
        statement: `ParlGov records that it joined ${newP.name} without forming a new party${dated}.`,
        ...(year ? { since: year } : {}),
        sources,
      });
    } else {
      if (!newOrg) continue;
      // ParlGov's change types, with its dates: a change's date need not be the day a party was founded.
      const what = {
        splinter: `ParlGov records a splinter group of ${oldP.name} going to this party${dated}.`,
        division: `ParlGov records ${oldP.name} dividing, with this party among the parties it divided into${dated}.`,
        merger: `ParlGov records ${oldP.name} among the parties merged into this party${dated}.`,
        successor: `ParlGov records this party as the successor of ${oldP.name}, formed by former activists of that party${dated}.`,
      }[type];
      newOrg.affiliations.push({ relation: 'described-as', ...(oldOrg ? { target: oldOrg.id } : {}), statement: what, ...(year ? { since: year } : {}), sources });
    }
    report.changeStatements++;
  }
  report.written = organisations.length;

  return {
    pack: {
      description:
        'Political parties worldwide from Party Facts (core parties and Wikidata links, github.com/hdigital/partyfactsdata, ' +
        'described in its codebook at partyfacts.herokuapp.com/documentation/codebook/, ' +
        'March 2026, MIT licence) with party families, splits, mergers and successors from ParlGov (2024 release, ' +
        'Döring & Manow, doi:10.7910/DVN/2VZ5ZC, CC0). Parties whose Party Facts last year is ' +
        `${minYear} or later, or not given. Generated by scripts/import-parties.ts; do not edit by hand.`,
      license: 'MIT (Party Facts); CC0-1.0 (ParlGov)',
      organisations,
      publishers: [],
      claims: [],
    },
    report,
    review: reviewMarkdown(report),
  };
}

function flaggedSummary(report: PartiesReport): string[] {
  const groups = new Map<string, string[]>();
  for (const f of report.flaggedList) {
    const kind = f.reason.replace(/\d+/g, 'N').replace(/"[^"]*"/g, '"…"');
    const key = `${f.action} — ${f.verdict}: ${kind}`;
    groups.set(key, [...(groups.get(key) ?? []), f.text]);
  }
  return [...groups]
    .sort((a, b) => b[1].length - a[1].length)
    .map(([key, texts]) => `- ${key}: ${texts.length} (e.g. ${texts.slice(0, 5).map((t) => `"${t}"`).join(', ')})`);
}

function reviewMarkdown(report: PartiesReport): string {
  const lines = [
    '# Parties import: merges and duplicates to review',
    '',
    'Written by `npm run data:import-parties`; do not edit by hand. Each line is a decision the importer',
    'made on its own; check the unsure ones and, if one is wrong, fix the rule in',
    '`src/dataset/importers/parties.ts` (or the curated record) and import again.',
    '',
    `## Merged into records of other packs (${report.merged.length}; ${report.merged.filter((m) => !m.sure).length} unsure)`,
    '',
    'Not written, because another pack already holds the party (same country, a shared name).',
    '',
    ...report.merged.map((m) => `- ${m.sure ? '' : '**unsure** '}${m.partyfacts} ${m.name} → \`${m.into}\` (${m.basis})`),
    '',
    '## Aliases the safety check flagged',
    '',
    'Counts by what was done and why (a reason with a number, such as "written in lower case on 4 of',
    '181 pages", is counted under its kind); up to five examples each.',
    '',
    ...flaggedSummary(report),
    '',
    `## Party Facts rows taken as one party (${report.duplicates.length})`,
    '',
    'The row with the largest vote share is kept; the other row\'s names become aliases.',
    '',
    ...report.duplicates.map((d) => `- ${d.kept} ← ${d.dropped} (${d.why})`),
    '',
  ];
  return `${lines.join('\n')}\n`;
}

/** The pack alone. */
export function importParties(files: PartiesFiles, opts: PartiesOptions): DataPackInput {
  return importPartiesWithReport(files, opts).pack;
}
