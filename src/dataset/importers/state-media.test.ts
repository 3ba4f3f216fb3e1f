import { describe, it, expect } from 'vitest';
import { hostOf, importStateMedia, importStateMediaWithReport, isSectionUrl } from './state-media';
import { parseTypology } from './state-media-typology';
import { parseCsv, slugify } from './common';
import { aliasRisk, parseName } from './state-media-names';
import { parsePack } from '../validate';
import { checkIntegrity } from '../integrity';

const CHECKED = '2026-11-24';

// Quoted fields with commas, doubled quotes and a line break; a blank line; a platform link in a
// social column; a URL without a scheme; one that is not a URL; a host two companies claim.
const CSV = [
  'Region,Country,Media company,Main assets,URL,Typology,Status,Notes,Twitter Link',
  'Eurasia,Moldova,Moldova Broadcasting Corporation (MBC),Channel 1,https://www.Channel1.example/,SC,,,',
  'Eurasia,Moldova,Moldova Broadcasting Corporation (MBC),"Radio Moldova Plus",http://radio.mbc.example/news/,SC,,Merged from Hamilton,',
  'Eurasia,Moldova,Moldova Broadcasting Corporation (MBC),MBC,https://mbc.example/,SC,,,"https://twitter.com/a,b"',
  'Eurasia,Moldova,"The ""Evening"" Courier, Ltd.",Evening Courier,www.courier.example,CaPr,Currently Not Functional,,',
  'Europe,Estonia,Estonian Public Media (EPM),Channel 1,https://epm.example/,IP,,,',
  'Europe,Estonia,Estonian Public Media (EPM),"Radio Tallinn Nord\n(second line)",https://epm.example/radio/,IP,,,',
  '',
  'Europe,Estonia,Estonian News Agency (ENA),News,not a url,ISFM?,,,',
  'Europe,Estonia,Copycat Media,Copycat,https://channel1.example/,ISF,,,',
  '',
].join('\r\n');

const TYPOLOGY = {
  url: 'https://statemediamonitor.com/typology/',
  publisher: 'State Media Monitor (Media and Journalism Research Center)',
  title: 'Typology',
  date: '2022',
  checked: CHECKED,
};
const REPOSITORY = {
  url: 'https://github.com/ASD-at-GMF/state-media-profiles',
  publisher: 'Alliance for Securing Democracy (German Marshall Fund)',
  title: 'State Media Profiles',
  date: '2023',
  checked: CHECKED,
};
const SC =
  "The State Media Profiles matrix, which uses State Media Monitor's typology, classes it as state-controlled media (SC); in that typology this means the state controls its funding, its governing bodies and ownership, and its editorial line.";
const IP =
  "The State Media Profiles matrix, which uses State Media Monitor's typology, classes it as independent public media (IP); in that typology this means the state controls none of its funding, its governing bodies or its editorial line.";

describe('parseCsv', () => {
  it('handles quoted commas, doubled quotes, line breaks, CRLF and a BOM', () => {
    expect(parseCsv('\uFEFFa,"b, c","say ""hi""","two\r\nlines"\r\nx,,z\n')).toEqual([
      ['a', 'b, c', 'say "hi"', 'two\r\nlines'],
      ['x', '', 'z'],
    ]);
  });
  it('keeps a quote inside an unquoted field and an empty quoted field', () => {
    expect(parseCsv('5" disk,"",end')).toEqual([['5" disk', '', 'end']]);
  });
  it('reads TSV with the same rules', () => {
    expect(parseCsv('a\t"M  le magazine"\tc', '\t')).toEqual([['a', 'M  le magazine', 'c']]);
  });
});

describe('helpers', () => {
  it('parses matrix names into a name, aliases and notes', () => {
    expect(parseName('Radio Television Afghanistan (RTA)')).toEqual({ name: 'Radio Television Afghanistan', aliases: ['RTA'], notes: [] });
    expect(parseName('Print media: Reference News (Cānkǎo Xiāoxī)')).toEqual({ name: 'Reference News', aliases: ['Cānkǎo Xiāoxī'], notes: [] });
    expect(parseName("People's Daily (French)").name).toBe("People's Daily (French)");
    expect(parseName('Sputnik News (Indian edition)').name).toBe('Sputnik News (Indian edition)');
    expect(parseName('Yicai Media Group (Television: Yicai TV')).toEqual({ name: 'Yicai Media Group', aliases: ['Yicai TV'], notes: [] });
    expect(parseName('CBN Weekly)').name).toBe('CBN Weekly');
    expect(parseName('Gazeta dailies - Krakowska').name).toBe('Gazeta Krakowska');
    expect(parseName('Global Times or Huanqiu Shibao')).toEqual({ name: 'Global Times', aliases: ['Huanqiu Shibao'], notes: [] });
    expect(parseName('Turkuvaz Media Group or Daily Sabah itself')).toEqual({ name: 'Turkuvaz Media Group', aliases: [], notes: [] });
    expect(parseName('Financial News (subsidiary of People’s Bank of China)')).toEqual({
      name: 'Financial News',
      aliases: [],
      notes: ['subsidiary of People’s Bank of China'],
    });
    expect(parseName('Guangdong Xin Wenhua*').name).toBe('Guangdong Xin Wenhua');
  });

  it('rates aliases: URLs, generic and ordinary words dropped, short or shared ones ruled', () => {
    expect(aliasRisk('https://rt.com/')).toBe('drop');
    expect(aliasRisk('Radio')).toBe('drop');
    expect(aliasRisk('News')).toBe('drop');
    expect(aliasRisk('Daily News')).toBe('drop');
    expect(aliasRisk('Gold')).toBe('drop');
    expect(aliasRisk('Azerbaijan')).toBe('drop');
    expect(aliasRisk('TV 1')).toBe('ruled');
    expect(aliasRisk('Channel 5')).toBe('ruled');
    expect(aliasRisk('7 Days')).toBe('ruled');
    expect(aliasRisk('RT')).toBe('ruled');
    expect(aliasRisk('NBC')).toBe('ruled');
    expect(aliasRisk('CCTV')).toBe('ruled');
    expect(aliasRisk('BBC')).toBe('ok');
    expect(aliasRisk('Lenta.ru')).toBe('ok');
    expect(aliasRisk('National Public Radio')).toBe('ok');
    expect(aliasRisk('Doordarshan')).toBe('ok');
  });

  it('reads hosts: lower case, no www, scheme optional, invalid ones refused', () => {
    expect(hostOf('https://www.BBC.com/news')).toBe('bbc.com');
    expect(hostOf('www.bayontv.com.kh')).toBe('bayontv.com.kh');
    expect(hostOf('http://www3.nhk.or.jp/')).toBe('nhk.or.jp');
    expect(hostOf('')).toBeNull();
    expect(hostOf('not a url')).toBeNull();
    expect(hostOf('ftp://example.com/')).toBeNull();
    expect(hostOf('http://localhost/')).toBeNull();
  });

  it('tells a section of a site from its home page', () => {
    expect(isSectionUrl('https://prasarbharati.gov.in/doordarshan/')).toBe(true);
    expect(isSectionUrl('https://www.socar.az/socar/en/home')).toBe(true);
    expect(isSectionUrl('https://metbugat.gov.tm/newspapers?id=11')).toBe(true);
    expect(isSectionUrl('https://bakhtarnews.af/en/')).toBe(false);
    expect(isSectionUrl('http://www.bbs.bt/news/')).toBe(false);
    expect(isSectionUrl('https://onama.td//')).toBe(false);
  });

  it('parses typology codes, tentative ones included', () => {
    expect(parseTypology('SC')).toEqual({ code: 'SC', tentative: false });
    expect(parseTypology('ISFM?')).toEqual({ code: 'ISFM', tentative: true });
    expect(parseTypology('capu')).toEqual({ code: 'CaPu', tentative: false });
    expect(parseTypology('')).toBeNull();
    expect(parseTypology('XYZ')).toBeNull();
  });

  it('slugifies Latin, accented and Cyrillic names', () => {
    expect(slugify('Türkiye Radyo ve Televizyon Kurumu')).toBe('turkiye-radyo-ve-televizyon-kurumu');
    expect(slugify("People's Daily")).toBe('peoples-daily');
    expect(slugify('CGTN Русский')).toBe('cgtn-russkiy');
    expect(slugify('Canal +')).toBe('canal-plus');
  });
});

describe('importStateMedia', () => {
  const { pack, report } = importStateMediaWithReport(CSV, { checked: CHECKED });
  const org = (id: string) => pack.organisations!.find((o) => o.id === id);

  it('produces a valid pack with the stated licence and no integrity problems', () => {
    const parsed = parsePack(pack, 'state-media.json');
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(checkIntegrity([{ file: 'state-media.json', pack: parsed.pack }])).toEqual([]);
    expect(pack.license).toBe('MIT; seed data by State Media Monitor');
    expect(pack.description).toMatch(/State Media Monitor/);
    expect(importStateMedia(CSV, { checked: CHECKED })).toEqual(pack);
  });

  it('creates a company and one organisation per distinct outlet, in id order', () => {
    expect(pack.organisations!.map((o) => o.id)).toEqual([
      'channel-1-estonia',
      'channel-1-moldova',
      'copycat-media-estonia',
      'estonian-news-agency-estonia',
      'estonian-public-media-estonia',
      'moldova-broadcasting-corporation',
      'radio-moldova-plus',
      'radio-tallinn-nord-estonia',
      'the-evening-courier-ltd-moldova',
    ]);
    expect(report.rows).toBe(8);
  });

  it('maps a multi-outlet company: SC is controlled-by, outlets are part-of it', () => {
    expect(org('moldova-broadcasting-corporation')).toEqual({
      id: 'moldova-broadcasting-corporation',
      name: 'Moldova Broadcasting Corporation',
      aliases: [{ text: 'MBC', caseSensitive: true, requireNearby: ['Moldova', 'Moldovan'] }],
      category: 'state-controlled-media',
      country: 'Moldova',
      summary:
        "State-controlled media from Moldova, as the State Media Profiles matrix classes it and its listed outlets in State Media Monitor's typology: the state controls its funding, ownership and editorial line. Its listed outlets are Channel 1 and Radio Moldova Plus.",
      affiliations: [
        {
          relation: 'controlled-by',
          statement:
            "The State Media Profiles matrix, which uses State Media Monitor's typology, classes it and its listed outlets as state-controlled media (SC); in that typology this means the state controls its funding, its governing bodies and ownership, and its editorial line.",
          sources: [TYPOLOGY, REPOSITORY],
        },
      ],
      counterReporting: [],
    });
    expect(org('radio-moldova-plus')).toEqual({
      id: 'radio-moldova-plus',
      name: 'Radio Moldova Plus',
      aliases: [],
      category: 'state-controlled-media',
      country: 'Moldova',
      summary:
        "State-controlled media from Moldova, as the State Media Profiles matrix classes it in State Media Monitor's typology: the state controls its funding, ownership and editorial line. It is listed as an outlet of Moldova Broadcasting Corporation.",
      affiliations: [
        { relation: 'controlled-by', statement: SC, sources: [TYPOLOGY, REPOSITORY] },
        {
          relation: 'part-of',
          target: 'moldova-broadcasting-corporation',
          statement: 'The State Media Profiles matrix lists it among the outlets of Moldova Broadcasting Corporation.',
          sources: [REPOSITORY],
        },
      ],
      counterReporting: [],
    });
  });

  it('qualifies a name two countries share and keeps it as an alias near the country', () => {
    expect(org('channel-1-moldova')!.name).toBe('Channel 1 (Moldova)');
    expect(org('channel-1-moldova')!.aliases).toEqual([{ text: 'Channel 1', caseSensitive: true, requireNearby: ['Moldova', 'Moldovan'] }]);
    expect(org('channel-1-estonia')!.name).toBe('Channel 1 (Estonia)');
    expect(org('channel-1-estonia')!.aliases).toEqual([{ text: 'Channel 1', caseSensitive: true, requireNearby: ['Estonia', 'Estonian'] }]);
    expect(org('channel-1-estonia')!.affiliations[0]).toEqual({ relation: 'described-as', statement: IP, sources: [TYPOLOGY, REPOSITORY] });
  });

  it('keeps a quoted company name with commas and quotes, its outlet as alias, its status in the summary', () => {
    expect(org('the-evening-courier-ltd-moldova')).toMatchObject({
      name: 'The "Evening" Courier, Ltd.',
      aliases: ['Evening Courier'],
      category: 'state-controlled-media',
      summary:
        "Captured private media from Moldova, as the State Media Profiles matrix classes it in State Media Monitor's typology: the state neither owns nor runs it, but controls its editorial line. Its listed outlet is Evening Courier. The matrix marks its website as not currently functional.",
      affiliations: [
        {
          relation: 'controlled-by',
          statement:
            "The State Media Profiles matrix, which uses State Media Monitor's typology, classes it as captured private media (CaPr); in that typology this means the state neither owns it nor runs its governing bodies, but it controls its editorial line, whether or not it also funds it.",
        },
      ],
    });
  });

  it('reads a multi-line outlet cell and keeps its bracketed note', () => {
    expect(org('radio-tallinn-nord-estonia')).toMatchObject({
      name: 'Radio Tallinn Nord',
      category: 'independent-public-media',
      summary:
        'Independent public media from Estonia, as the State Media Profiles matrix classes it in State Media Monitor\'s typology: the state controls none of its funding, governing bodies or editorial line. It is listed as an outlet of Estonian Public Media. The matrix adds: "second line".',
    });
  });

  it('drops a generic outlet name and says when a code is tentative; independent codes are described-as', () => {
    expect(org('estonian-news-agency-estonia')).toMatchObject({
      name: 'Estonian News Agency',
      aliases: [{ text: 'ENA', caseSensitive: true, requireNearby: ['Estonia', 'Estonian'] }],
      category: 'independent-public-media',
      summary:
        "Independent state-funded and state-managed media from Estonia, as the State Media Profiles matrix tentatively classes it (with a question mark) in State Media Monitor's typology: the state funds and manages it, but it keeps its editorial independence.",
      affiliations: [
        {
          relation: 'described-as',
          statement:
            "The State Media Profiles matrix, which uses State Media Monitor's typology, tentatively classes it (with a question mark) as independent state-funded and state-managed media (ISFM); in that typology this means the state funds it and controls its governing bodies or ownership, but it keeps its editorial independence.",
        },
      ],
    });
    expect(report.droppedAliases).toEqual([{ organisation: 'Estonian News Agency', alias: 'News' }]);
    expect(org('copycat-media-estonia')!.affiliations.map((a) => a.relation)).toEqual(['described-as']);
  });

  it('publishes domains once: family hosts go to the company, a contested host to the first', () => {
    expect(pack.publishers).toEqual([
      { domain: 'channel1.example', organisation: 'channel-1-moldova' },
      { domain: 'courier.example', organisation: 'the-evening-courier-ltd-moldova' },
      { domain: 'epm.example', organisation: 'estonian-public-media-estonia' },
      { domain: 'mbc.example', organisation: 'moldova-broadcasting-corporation' },
      { domain: 'radio.mbc.example', organisation: 'radio-moldova-plus' },
    ]);
    expect(report.domainConflicts).toEqual([{ domain: 'channel1.example', kept: 'channel-1-moldova', dropped: ['copycat-media-estonia'] }]);
    expect(report.skippedDomains).toEqual([{ row: 8, url: 'not a url', reason: 'not a valid host name' }]);
  });

  it('avoids aliases, domains and ids other packs hold', () => {
    const other = importStateMediaWithReport(CSV, {
      checked: CHECKED,
      reserved: { aliasKeys: { 'radio moldova plus': 'someone-else' }, domains: { 'courier.example': 'someone-else' }, ids: ['copycat-media-estonia'] },
    });
    const names = other.pack.organisations!.map((o) => o.name);
    expect(names).toContain('Radio Moldova Plus (Moldova)');
    expect(other.pack.organisations!.find((o) => o.name === 'Radio Moldova Plus (Moldova)')!.aliases).toEqual([
      { text: 'Radio Moldova Plus', caseSensitive: true, requireNearby: ['Moldova', 'Moldovan'] },
    ]);
    expect(other.pack.publishers!.map((p) => p.domain)).not.toContain('courier.example');
    expect(other.pack.organisations!.map((o) => o.id)).toContain('copycat-media-estonia-2');
  });
});
