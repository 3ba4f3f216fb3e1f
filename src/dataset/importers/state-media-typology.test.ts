/**
 * Each State Media Monitor typology code lands in the category that says whether the state
 * controls the editorial line, and each record's summary opens with its own class and country.
 */
import { describe, expect, it } from 'vitest';
import { importStateMediaWithReport } from './state-media';
import { placePhrase } from './state-media-summary';
import { categoryOf } from './state-media-typology';

// One row per code, each its own company in its own country; a tentative code; a row with no code
// and one with a code the typology does not have; a group whose outlets fall on both sides.
const CSV = [
  'Region,Country,Media company,Main assets,URL,Typology,Status,Notes',
  'Eurasia,Russia,Northwind Broadcasting,Northwind Broadcasting,,SC,,',
  'Europe,Hungary,Danube Media Service,Danube Media Service,,CaPu,,',
  'Europe,Serbia,Rosebud Media Holding,Rosebud Media Holding,,CaPr,,',
  'Europe,France,Gaul Radio Group,Gaul Radio Group,,ISFM,,',
  'Europe,Germany,Wave Abroad,Wave Abroad,,ISF,,',
  'Europe,Portugal,Tagus Wire Service,Tagus Wire Service,,ISM,,',
  'Europe,United Kingdom,Albion Broadcasting Corporation,Albion Broadcasting Corporation,,IP,,',
  'Europe,Estonia,Baltic Wire Service,Baltic Wire Service,,ISFM?,,',
  'Europe,Latvia,Riga Unclassified Radio,Riga Unclassified Radio,,,,',
  'Europe,Lithuania,Vilnius Mystery Radio,Vilnius Mystery Radio,,XYZ,,',
  'Europe,Slovenia,Ljubljana Broadcasting,Ljubljana Channel One,,CaPr,,',
  'Europe,Slovenia,Ljubljana Broadcasting,Ljubljana Radio Two,,ISFM,,',
].join('\n');

const { pack, report } = importStateMediaWithReport(CSV, { checked: '2026-11-24' });
const byName = (name: string) => {
  const org = pack.organisations!.find((o) => o.name === name);
  if (!org) throw new Error(`no record named ${name}`);
  return org;
};

describe('State Media Matrix typology → category', () => {
  it.each([
    ['Northwind Broadcasting', 'SC', 'state-controlled-media', 'controlled-by'],
    ['Danube Media Service', 'CaPu', 'state-controlled-media', 'controlled-by'],
    ['Rosebud Media Holding', 'CaPr', 'state-controlled-media', 'controlled-by'],
    ['Gaul Radio Group', 'ISFM', 'independent-public-media', 'described-as'],
    ['Wave Abroad', 'ISF', 'independent-public-media', 'described-as'],
    ['Tagus Wire Service', 'ISM', 'independent-public-media', 'described-as'],
    ['Albion Broadcasting Corporation', 'IP', 'independent-public-media', 'described-as'],
    ['Baltic Wire Service', 'ISFM?', 'independent-public-media', 'described-as'],
  ])('%s (%s) is %s, %s', (name, code, category, relation) => {
    const org = byName(name);
    expect(org.category).toBe(category);
    expect(org.affiliations.map((a) => a.relation)).toEqual([relation]);
    expect(org.affiliations[0]!.statement).toContain(`(${code.replace('?', '')})`);
  });

  it('skips and reports rows with no code or an unknown code: no class, no label', () => {
    expect(pack.organisations!.map((o) => o.name)).not.toContain('Riga Unclassified Radio');
    expect(pack.organisations!.map((o) => o.name)).not.toContain('Vilnius Mystery Radio');
    expect(report.skippedRows).toEqual([
      { row: 10, reason: 'no typology code' },
      { row: 11, reason: 'unknown typology code "XYZ"' },
    ]);
  });

  it('puts a group whose outlets fall on both sides in state-controlled media, and its summary says which is which', () => {
    expect(byName('Ljubljana Broadcasting').category).toBe('state-controlled-media');
    expect(byName('Ljubljana Broadcasting').summary).toBe(
      "Partly state-controlled, partly independent media from Slovenia, as the State Media Profiles matrix classes its listings in State Media Monitor's typology: Ljubljana Channel One as captured private media; Ljubljana Radio Two as independent state-funded and state-managed media. Its listed outlets are Ljubljana Channel One and Ljubljana Radio Two.",
    );
    expect(byName('Ljubljana Channel One').category).toBe('state-controlled-media');
    expect(byName('Ljubljana Radio Two').category).toBe('independent-public-media');
    expect(() => categoryOf([])).toThrow();
  });
});

describe('State Media Matrix summaries', () => {
  it('open with the class, the country and what the class means, not one boilerplate line', () => {
    expect(byName('Albion Broadcasting Corporation').summary).toBe(
      "Independent public media from the United Kingdom, as the State Media Profiles matrix classes it in State Media Monitor's typology: the state controls none of its funding, governing bodies or editorial line.",
    );
    expect(byName('Northwind Broadcasting').summary).toBe(
      "State-controlled media from Russia, as the State Media Profiles matrix classes it in State Media Monitor's typology: the state controls its funding, ownership and editorial line.",
    );
    expect(byName('Baltic Wire Service').summary).toMatch(/^Independent state-funded and state-managed media from Estonia, as the State Media Profiles matrix tentatively classes it \(with a question mark\)/);
    const openings = pack.organisations!.map((o) => o.summary.split(':')[0]);
    expect(new Set(openings).size).toBe(openings.length);
  });

  it('names countries as a sentence reads them', () => {
    expect(placePhrase('United States')).toBe('from the United States');
    expect(placePhrase('The Gambia')).toBe('from the Gambia');
    expect(placePhrase('Russia')).toBe('from Russia');
    expect(placePhrase('International')).toBe('listed as international');
  });
});
