/**
 * Outlet names in the State Media matrix: which texts are safe as bare aliases, which need the
 * country nearby, which are dropped, and how a raw "Main assets" entry splits into names.
 */
import { aliasKey } from '../integrity';
import { clean } from './common';
import { COUNTRY_KEYS } from './countries';

// ---------------------------------------------------------------------------------------------
// Names and aliases

/** Folded words that say nothing on their own: a name made only of these is generic. */
const GENERIC_WORDS = new Set(
  (
    'a al an and the of de del des di do da du e el et l la le les los las y ' +
    'radio radios tv television televisao televizija channel channels canal kanal chaine ' +
    'news noticias noticia daily diario times post press presse prensa public publica publico national ' +
    'nacional nationale first one fm am online info information today world international ' +
    'media group agency service services broadcasting corporation network station hd sport sports ' +
    'new era star sun mirror herald chronicle tribune nation matin soir paper mercury voice observer ' +
    'gazette journal magazine weekly review live plus digital government state unit office publishing ' +
    'press printing edition english'
  ).split(/\s+/),
);

/**
 * Single ordinary words (or phrases) that appear as outlet names in the matrix. As bare aliases they
 * would light up ordinary text, so they are dropped; an organisation named so gets a qualified name.
 */
const ORDINARY = new Set(
  [
    'Gold', 'Today', 'Star', 'Hayat', 'Gunes', 'Posta', 'Aksam', 'Turkiye', 'Watan', 'Quds', 'Javan',
    'Mir', 'Zvezda', 'Ukraina', 'Respublika', 'Liter', 'Lokal', 'Prvi', 'Bors', 'Ripost', 'Sieci',
    'Horizons', 'Domingo', 'Noticias', 'Desafio', 'Exame', 'Kundana', 'Geled', 'Trigta', 'Ubumwe',
    'Iran', 'Khorasan', 'Vatan Emrooz', 'Demokrata', 'Index', 'Figyelo', 'Hirado', 'Kurir', 'Informer',
    'Politika', 'Sabah', 'Chelyabinsk', 'Lakhanda FM', 'Dinamina', 'Akikat', 'Urker', 'Jumhuriyat',
    'Essahafa', 'La Presse', 'Le Matin', 'Le Soleil', 'La Nation', 'Le Sahel', 'Le Renouveau',
    'The Paper', 'The National', 'The Star', 'The Mercury', 'The Herald', 'The Chronicle', 'The Mirror',
    'Daily News', 'New Era', 'Business Times', 'Shanghai Television', 'Tehran Radio', 'Military News',
    'Financial News', 'Legal Daily', 'Economic Daily', 'Hangzhou News', 'Press TV', 'Eurasia', 'Qazaqstan',
    'Oʻzbekiston', 'Orbe', 'Karavan', 'Azerbaijan', 'Turkmenistan', 'Watan',
    // Arabic titles that are common words or names in news from the region ("al-Thawra", the
    // revolution; "al-Baath", the party; "al-Furat", the Euphrates; "Al-Sabah", Kuwait's dynasty).
    'Al Thawra', 'Al-Thawra', 'Al Watan', 'Al Sharq', 'Al Furat', 'Al Fida', 'Al Jamahir', 'Al Ouruba', 'Al Wehda',
    "Al Ba'ath", 'Tishreen', 'Al-Sabah', 'Al-Shaab', 'Al Masa', 'Al Akhbar', 'Al Gomhuria', 'Al Hilal', 'Al Bayan',
    'Al Roeya', 'Al Raya', 'Felestin', 'Al-Qarn', 'Al-Mamlaka', 'Al Aoula', 'Al Watanya', 'Al Rasmiyah', 'Ech Chaab',
    'Assabah', 'Al Haditha', 'Jomhouri Eslami', 'Svoboda',
  ].map((w) => aliasKey(w)),
);

/**
 * Distinctive but ambiguous names and acronyms: kept, but only near the country's name or demonym.
 * (Short acronyms of three letters or fewer are ruled anyway unless listed in ACRONYMS_OK.)
 */
const AMBIGUOUS = new Set(
  [
    'CCTV', 'MENA', 'PETRA', 'SANA', 'SABA', 'KUNA', 'ISNA', 'NAMPA', 'LINA', 'LENA', 'ATOP', 'Erina',
    'Granma', 'Anadolu', 'Hurriyet', 'Milliyet', 'Origo',
    'Kan 11', 'Makan 33', 'Galatz', 'Magyar Nemzet', 'Nemzeti Sport', 'Retro Radio',
    'Al Watan', 'Al Sharq', 'Al Raya', 'Al Thawra', 'Al-Thawra', 'Al Bayan', 'Al Roeya', 'Al Fida',
    'Al Furat', 'Al Jamahir', 'Al Ouruba', 'Al Wehda', 'Al Ba\'ath', 'Al-Sabah', 'Al-Shaab',
    'Al Haditha', 'Haddas Eritrea', 'Eritrea Haddas', 'Al Masa', 'Al Akhbar', 'Al Ahram', 'Al Gomhuria',
    'Al Hilal', 'Dar Al Maaref', 'Al Youm Al Sabea', 'Al-Jumhuryah', 'Tishreen', 'Al Saudiya',
    'Al Ekhbariya', 'AlRiyadiya', 'Assabah', 'Ech Chaab', 'El Moudjahid', 'Al-Mamlaka', 'Al Aoula',
    'Al Watanya', 'Al Mouritaniya', 'Al Rasmiyah', 'Felestin', 'Al-Qarn', 'Al-Hayat Al-Jadida',
    'Juventud Rebelde', 'Monitor',
    'Sputnik', 'Rossiya', 'Vesti', 'Ukraina', 'Baltnews', 'Kayhan Al Arabi', 'Javan', 'Jomhouri Eslami',
    'Star TV', 'Kanal D', 'Kanal 7', 'Show TV', 'TV Net', 'TV Pink', 'Channel 4', 'Channel 5', 'TV2',
    'NTV', 'ATV', 'STV', 'TVN', 'TV3', 'IB3', 'ETB', 'MBC', 'CBC', 'PBS', 'ABC', 'SBS', 'NBC', 'CBS',
    'ITN', 'ORF', 'EBS', 'CNA', 'Anis', 'Prva', 'Hiwad', 'Eslah', 'Sky News Radio', 'Antara',
    // Ordinary words and phrases that are also outlet names ("Eurostar", "Russia Today", "about Hungary").
    'Eurostar', 'Barricada', 'Chollima', 'Dalka', 'Suria', 'Andina', 'OneWorld', 'Independent Media', 'Russia Today',
    'Egypt Today', 'China Today', 'Taiwan Today', 'DPRK Today', 'China Net', 'Iran Daily', 'Oman Daily', 'Life News',
    'Fresh News', 'Real TV', 'Nice TV', 'West TV', 'Urban Television', 'Soap Box', 'Russian Spring', 'Reference News',
    'SA News', 'Arab News', 'Romanian Television', 'Radio Universidad', 'Radio Legislativa', 'Televisión Legislativa',
    'Radio Educación', 'Radio Retro', 'Alfa Radio', 'About Hungary', 'News Front', 'UN Radio', 'UN Televisión',
    'Government Courier', 'Voice of Ukraine', 'Voice of China', 'Economy of Belarus', 'Central News Agency',
    'Federal News Agency', 'National News Agency', 'National Media Authority', 'National Media Group',
    'National Press Authority', 'Department of Broadcasting', 'Department of Information', 'Government Press Department',
    'Bureau of Communications Services', 'Industrial Development Corporation', 'Public Broadcasting Service',
    'Public Sector Manager', 'International Media Investments', 'Independent Television Network', 'Money FM',
  ].map((w) => aliasKey(w)),
);

/** Short acronyms that name one broadcaster the world over and may stand bare. */
const ACRONYMS_OK = new Set(
  ['BBC', 'NHK', 'KBS', 'RAI', 'NPR', 'ZDF', 'ARD', 'TRT', 'YLE', 'NRK', 'SVT', 'RTE', 'EFE', 'VRT', 'DW', 'RTVE', 'KCNA', 'IRNA', 'CGTN', 'TASS'].map((w) =>
    aliasKey(w),
  ),
);

export type Risk = 'ok' | 'ruled' | 'drop';

const ARTICLES = new Set('a al an the de del des du e el et l la le les los las y da do di'.split(' '));

/** How safe a text is as a bare alias. */
export function aliasRisk(text: string): Risk {
  const t = clean(text);
  if (/https?:|www\.|\.[a-z]{2,}\//i.test(t)) return 'drop';
  const key = aliasKey(t);
  if (!key) return 'drop';
  const words = key.split(' ');
  const letters = t.replace(/[^\p{L}]/gu, '').length;
  const alnum = t.replace(/[^\p{L}\p{N}]/gu, '').length;
  if (letters < 1 || alnum < 2) return 'drop';
  if (COUNTRY_KEYS.has(key)) return 'drop';
  if (ORDINARY.has(key)) return 'drop';
  if (ACRONYMS_OK.has(key)) return 'ok';
  if (AMBIGUOUS.has(key)) return 'ruled';
  // A site name such as "Lenta.ru" or "888.hu" is distinctive: it only matches with its dot.
  if (/^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.[a-z]{2,}$/iu.test(t) && alnum >= 5) return 'ok';
  // Made only of generic words ("Daily News", "Channel 5", "Public Radio"): dropped, or ruled when
  // a number makes it a name. Three or more such words ("National Public Radio") name someone.
  const significant = words.filter((w) => !ARTICLES.has(w));
  const generic = words.every((w) => GENERIC_WORDS.has(w) || /^\d+$/.test(w) || /^(tv|fm)\d+$/.test(w) || /^\d+(tv|fm)$/.test(w));
  if (generic && significant.length <= 2) return words.some((w) => /\d/.test(w)) ? 'ruled' : 'drop';
  // A number and one word ("7 Days", "Kan 11") reads like ordinary text.
  if (words.length === 2 && words.some((w) => /^\d+$/.test(w))) return 'ruled';
  if (letters <= 3) return 'ruled';
  return 'ok';
}

/** Prefixes the matrix puts before an outlet: "Print: ", "Television: ", "News agency: ", … */
const KIND_PREFIX = /^(?:print media|print|television|tv|radio|online|news agency|news agencies|news portals?|print and online)\s*:\s*/i;

/** A parenthesis that describes rather than names: editions, languages, notes. */
const LANGUAGES =
  'english|french|spanish|arabic|russian|chinese|german|japanese|korean|portuguese|italian|turkish|persian|farsi|urdu|greek|polish|serbian|georgian';
const EDITION = new RegExp(`^(?:(?:${LANGUAGES})|[\\p{L} ]+ edition)$`, 'iu');
const DESCRIPTIVE = new RegExp(
  `\\b(?:edition|control|controlled|project|subsidiary|by|itself|events|channels|in (?:${LANGUAGES}))\\b`,
  'i',
);

export interface ParsedName {
  /** The name as shown: the base, plus an edition qualifier if any ("People's Daily (French)"). */
  name: string;
  /** Other names given in brackets or after " or ". */
  aliases: string[];
  /** Descriptive notes the matrix puts in brackets ("subsidiary of …"). */
  notes: string[];
}

/** Split a matrix company or outlet cell into a name, aliases and notes. */
export function parseName(raw: string): ParsedName {
  let s = clean(raw).replace(/\*+$/, '').trim();
  const aliases: string[] = [];
  const notes: string[] = [];
  // "Medi1 Radio; Television: Medi1 TV": the first part names it, the rest is another outlet name.
  if (s.includes(';')) {
    const [first, ...rest] = s.split(';');
    s = first!.trim();
    for (const r of rest) aliases.push(...parseName(r).aliases, parseName(r).name);
  }
  s = s.replace(KIND_PREFIX, '').trim();
  // Polish regional dailies: "Gazeta dailies - Krakowska" → "Gazeta Krakowska".
  s = s.replace(/^(\S+) dailies\s*-\s*/i, '$1 ');
  // An unbalanced closing bracket ("CBN Weekly)") is dropped.
  if (s.includes(')') && !s.includes('(')) s = s.replace(/\)/g, '').trim();
  let inner: string | undefined;
  const balanced = /^(.*?)\s*\(([^()]*)\)\s*$/.exec(s);
  const open = /^(.*?)\s*\(([^()]*)$/.exec(s);
  if (balanced) {
    s = balanced[1]!.trim();
    inner = balanced[2]!.trim();
  } else if (open) {
    s = open[1]!.trim();
    inner = open[2]!.trim();
  }
  // "Global Times or Huanqiu Shibao"; "Turkuvaz Media Group or Daily Sabah itself".
  const ors = s.split(/\s+or\s+/);
  if (ors.length > 1) {
    s = ors[0]!.trim();
    for (const alt of ors.slice(1)) if (!/\bitself\b/i.test(alt)) aliases.push(alt.trim());
  }
  let name = s;
  if (inner) {
    inner = inner.replace(KIND_PREFIX, '').trim();
    if (EDITION.test(inner)) name = `${s} (${inner})`;
    else if (DESCRIPTIVE.test(inner) || /^[\p{Ll}]/u.test(inner)) notes.push(inner);
    else if (inner) aliases.push(inner);
  }
  return { name: clean(name), aliases: aliases.map(clean).filter(Boolean), notes };
}

/** A company name that names no one in particular ("Government press unit", "AM Radio"). */
export function isGenericCompany(name: string, aliases: readonly string[] = []): boolean {
  if (aliases.length > 0) return false;
  const key = aliasKey(name);
  return key.split(' ').every((w) => GENERIC_WORDS.has(w));
}
