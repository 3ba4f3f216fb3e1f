import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PARTIES_FILE_NAMES, countryPhrase, genericHead, importPartiesWithReport, splitNames, wikiKey, type PartiesFiles } from './parties';
import { buildWordStats } from './alias-safety';
import { parsePack } from '../validate';
import { checkIntegrity } from '../integrity';
import { compileMatcher } from '../../matcher/compile';
import { loadMatcher } from '../../matcher/compiled';
import { matchText } from '../../matcher/match';

const CHECKED = '2026-12-05';
const FIXTURES = new URL('../../../test/fixtures/parties/', import.meta.url);
const FILES = Object.fromEntries(
  Object.entries(PARTIES_FILE_NAMES).map(([key, name]) => [key, readFileSync(new URL(name, FIXTURES), 'utf8')]),
) as unknown as PartiesFiles;

/** Pages as the corpus counts them: "the left", "labour", "party" are ordinary lower-case words here. */
const STATS = buildWordStats([
  'the left and the right of the party, labour and power',
  'on the left, the party said; labour costs and power',
  'the labour party of the left, power and people',
]);

const CURATED = [{ id: 'labour-party-uk', country: 'United Kingdom', category: 'party-movement', names: ['Labour Party (UK)', 'Labour Party', 'Labour'] }];

function run() {
  return importPartiesWithReport(FILES, {
    checked: CHECKED,
    stats: STATS,
    existing: CURATED,
    reserved: { ids: ['labour-party-uk'], aliasKeys: { 'labour party': 'labour-party-uk', labour: 'labour-party-uk' } },
  });
}

describe('importParties (fixture rows → records)', () => {
  const { pack, report, review } = run();
  const orgs = pack.organisations ?? [];
  const byId = new Map(orgs.map((o) => [o.id, o]));

  it('keeps active, non-technical parties; joins duplicates; merges what another pack holds', () => {
    expect(report.rows).toBe(11);
    expect(report.technical).toBe(1);
    expect(report.beforeYear).toBe(1); // the Democratic Justice Party, 1980–1990
    expect(report.duplicates).toEqual([{ kept: 'pf-5832 Ennahdha Party / Renaissance Party', dropped: 'pf-4531 Ennahda Movement', why: 'same Wikipedia article https://en.wikipedia.org/wiki/Ennahda_Movement' }]);
    expect(report.merged).toEqual([{ partyfacts: 'pf-1516', name: 'Labour', into: 'labour-party-uk', basis: 'name "Labour" in United Kingdom', sure: true }]);
    expect(orgs.map((o) => o.id).sort()).toEqual(['pf-1600', 'pf-1700', 'pf-2307', 'pf-3305', 'pf-5832', 'pf-900', 'pf-901']);
    expect(review).toContain('pf-1516 Labour → `labour-party-uk`');
    expect(review).toContain('pf-5832 Ennahdha Party / Renaissance Party ← pf-4531 Ennahda Movement');
  });

  it('writes ZANU-PF with its full name, its acronym and the acronym as news spells it', () => {
    const zanu = byId.get('pf-3305')!;
    expect(zanu).toMatchObject({
      name: 'Zimbabwe African National Union – Patriotic Front',
      category: 'party-movement',
      country: 'Zimbabwe',
      wikidata: 'Q1910161',
      summary: 'A political party in Zimbabwe, as listed by Party Facts (first year 1980).',
    });
    expect(zanu.aliases).toContainEqual({ text: 'ZANU–PF', caseSensitive: true }); // Wikidata's label, with a dash: the same words as ZANU-PF
    // two words, not in capitals: only near Zimbabwe
    expect(zanu.aliases).toContainEqual({ text: 'Zanu-PF', caseSensitive: true, requireNearby: ['Zimbabwe', 'Zimbabwean'] });
    expect(zanu.affiliations).toHaveLength(1);
    expect(zanu.affiliations[0]).toMatchObject({
      relation: 'described-as',
      statement: 'Party Facts lists it as a political party in Zimbabwe, with 1980 as its first year and no last year.',
    });
    // The repository that holds the row; the codebook states no date, so it is not cited.
    expect(zanu.affiliations[0]!.sources.map((s) => s.url)).toEqual(['https://github.com/hdigital/partyfactsdata']);
  });

  it('matches Ennahda as one word only near Tunisia', () => {
    const ennahda = byId.get('pf-5832')!;
    expect(ennahda.name).toBe('Ennahdha Party (Tunisia)'); // a two-word name is qualified, matched only as an alias
    expect(ennahda.aliases).toContainEqual({ text: 'Ennahda', caseSensitive: true, requireNearby: ['Tunisia', 'Tunisian'] });
    expect(ennahda.aliases).toContainEqual({ text: 'Ennahda Movement', caseSensitive: true, requireNearby: ['Tunisia', 'Tunisian'] });
    expect(ennahda.aliases).toContainEqual({ text: 'Hizbu Ḥarakatu n-Nahḍah', caseSensitive: true });
    // "Renaissance Party" is an ordinary word plus "Party": only near Tunisia
    expect(ennahda.aliases).toContainEqual({ text: 'Renaissance Party', caseSensitive: true, requireNearby: ['Tunisia', 'Tunisian'] });
    expect(ennahda.aliases).toContainEqual({ text: 'Nahdah', caseSensitive: true, requireNearby: ['Tunisia', 'Tunisian'] });
  });

  it('names South Korea’s People Power Party, with the cited report of the rename', () => {
    const ppp = byId.get('pf-2307')!;
    expect(ppp.name).toBe('People Power Party (South Korea)');
    expect(ppp.aliases).toContainEqual({ text: 'People Power Party', caseSensitive: true, requireNearby: ['South Korea', 'South Korean', 'Korean', 'Seoul'] });
    expect(ppp.aliases).toContainEqual({ text: 'Liberty Korea Party', caseSensitive: true });
    expect(ppp.aliases).toContainEqual({ text: 'The Grand National Party', caseSensitive: true });
    const rename = ppp.affiliations.find((a) => a.statement.includes('People Power Party'))!;
    expect(rename.sources[0]!.url).toBe('https://www.24newshd.tv/02-Sep-2020/south-korea-s-main-opposition-party-changes-name-again');
  });

  it('matches a name several countries share only near the country', () => {
    const nz = byId.get('pf-1600')!;
    expect(nz.name).toBe('Labour Party (New Zealand)');
    // "Lab" is short and not in capitals: dropped
    expect(nz.aliases).toEqual([{ text: 'Labour Party', caseSensitive: true, requireNearby: ['New Zealand', 'New Zealander'] }]);
    expect(report.flaggedList).toContainEqual({ id: 'pf-1600', text: 'Lab', verdict: 'short', reason: 'short and not in capitals', action: 'dropped' });
    const malta = byId.get('pf-1700')!;
    expect(malta.name).toBe('Labour Party (Malta)');
    expect(malta.aliases).toContainEqual({ text: 'Partit Laburista', caseSensitive: true, requireNearby: ['Malta', 'Maltese'] });
    expect(report.flaggedList).toContainEqual({ id: 'pf-1700', text: 'PL', verdict: 'short', reason: 'one or two letters', action: 'dropped' });
    expect(malta.aliases).toContainEqual({ text: 'Labour Party', caseSensitive: true, requireNearby: ['Malta', 'Maltese'] });
  });

  it('gives a common phrase a qualified name and a rule', () => {
    const left = byId.get('pf-901')!;
    expect(left.name).toBe('The Left (party in Germany)');
    expect(left.aliases).toContainEqual({ text: 'The Left', caseSensitive: true, requireNearby: ['Germany', 'German'] });
    expect(left.aliases).toContainEqual({ text: 'Die Linke', caseSensitive: true, requireNearby: ['Germany', 'German'] });
    const pds = byId.get('pf-900')!;
    expect(pds.affiliations[0]!.statement).toBe('Party Facts lists it as a political party in Germany, with 1989 as its first year and 2007 as its last.');
    expect(pds.name).toBe('Party of Democratic Socialism (party in Germany)'); // the name does not name its country
    expect(pds.aliases).toContainEqual({ text: 'Party of Democratic Socialism', caseSensitive: true });
    expect(pds.aliases).toContainEqual({ text: 'PDS', caseSensitive: true, requireNearby: ['Germany', 'German'] });
    expect(report.flaggedList.find((f) => f.text === 'The Left')).toMatchObject({ verdict: 'common', action: 'ruled' });
  });

  it('adds ParlGov’s party family and its party changes, joined through the Wikipedia article', () => {
    expect(report.parlgovJoined).toBe(3);
    const left = byId.get('pf-901')!;
    const family = left.affiliations.find((a) => a.statement.includes('party family'))!;
    expect(family.statement).toBe('ParlGov (2024 release) classes it in the "Communist/Socialist" party family.');
    expect(family.sources.map((s) => s.url)).toEqual(['https://github.com/hdigital/parlgov-web', 'https://parlgov.fly.dev/docs/news']);
    const merger = left.affiliations.find((a) => a.statement.includes('merged'))!;
    expect(merger).toMatchObject({
      relation: 'described-as',
      target: 'pf-900',
      since: '2007',
      statement: 'ParlGov records Party of Democratic Socialism among the parties merged into this party (a change ParlGov dates to 2007).',
    });
    // "no family" and a change of a kind we do not state (a single politician) give no statement
    const nz = byId.get('pf-1600')!;
    expect(nz.affiliations.some((a) => a.statement.includes('ParlGov (2024 release) classes'))).toBe(true);
    expect(report.changeStatements).toBe(1);
  });

  it('is a valid pack that passes the integrity checks', () => {
    const parsed = parsePack(pack, 'parties.json');
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(checkIntegrity([{ file: 'parties.json', pack: parsed.pack }])).toEqual([]);
  });

  it('finds the issue’s names in text, and not the ordinary phrases', () => {
    const parsed = parsePack(pack, 'parties.json');
    if (!parsed.ok) throw new Error('invalid');
    const m = loadMatcher(compileMatcher(parsed.pack.organisations));
    const ids = (text: string) => matchText(m, text).map((x) => m.org(x.org).id);
    expect(ids('Zimbabwe’s ruling Zanu-PF won again.')).toEqual(['pf-3305']);
    expect(ids('In Tunisia, Ennahda lost ground.')).toEqual(['pf-5832']);
    expect(ids('Ennahda is a word here without its country.')).toEqual([]);
    expect(ids('South Korea’s People Power Party chose a leader.')).toEqual(['pf-2307']);
    expect(ids('The Left and the left wing of the Labour Party met.')).toEqual([]);
  });
});

describe('helpers', () => {
  it('splits Party Facts name lists', () => {
    expect(splitNames('Ennahdha Party / Renaissance Party')).toEqual(['Ennahdha Party', 'Renaissance Party']);
    expect(splitNames('New World Party -- The Grand National Party')).toEqual(['New World Party', 'The Grand National Party']);
    expect(splitNames('[United] Democratic Party')).toEqual(['United Democratic Party']);
    expect(splitNames('Civil Rights Party (1981)')).toEqual(['Civil Rights Party']);
    expect(splitNames('Australian Labor Party (Queensland Branch)')).toEqual(['Australian Labor Party (Queensland Branch)']);
    expect(splitNames('Pashto: افغان ملت ګوند')).toEqual(['افغان ملت ګوند']);
    expect(splitNames('Партія регіонів; Russian: Партия регионов')).toEqual(['Партія регіонів', 'Партия регионов']);
    expect(splitNames('North Frisian: Söödschlaswiksche Wäälerferbånd; Danish: Sydslesvigsk Vælgerforening')).toEqual([
      'Söödschlaswiksche Wäälerferbånd',
      'Sydslesvigsk Vælgerforening',
    ]);
    expect(splitNames("Parti Ouvrier Socialiste Luxembourgeois, German: Luxemburger Sozialistische Arbeiterpartei)")).toEqual([
      'Parti Ouvrier Socialiste Luxembourgeois',
      'Luxemburger Sozialistische Arbeiterpartei',
    ]);
    expect(splitNames("Christlichdemokratische Volkspartei ''(German language|German)''")).toEqual(['Christlichdemokratische Volkspartei']);
    expect(splitNames('Strana&nbsp;zelených')).toEqual(['Strana zelených']);
    expect(splitNames('Apam Nkorɔfo Kuw (Akan language|Akan)')).toEqual(['Apam Nkorɔfo Kuw']);
    expect(splitNames('Eusko Alderdi Jeltzalea / Basque:')).toEqual(['Eusko Alderdi Jeltzalea']);
    expect(splitNames('Ukrains`ka Partiya Ukrainian: Українська партія')).toEqual(['Ukrains`ka Partiya', 'Українська партія']);
  });

  it('puts "the" before the countries that take it', () => {
    expect(countryPhrase('United Kingdom')).toBe('the United Kingdom');
    expect(countryPhrase('Solomon Islands')).toBe('the Solomon Islands');
    expect(countryPhrase('Tunisia')).toBe('Tunisia');
    expect(countryPhrase('International')).toBe('the European Union');
  });

  it('compares Wikipedia links', () => {
    expect(wikiKey('http://en.wikipedia.org/wiki/People%27s_New_Party')).toBe(wikiKey("https://en.wikipedia.org/wiki/People's_New_Party"));
  });

  it('sees an ordinary word plus a party word', () => {
    expect(genericHead('renaissance party', { renaissance: 'renaissance-france' })).toBe(true);
    expect(genericHead('green party', {})).toBe(true);
    expect(genericHead('zanu party', {})).toBe(false);
  });
});
