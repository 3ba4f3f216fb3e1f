/** Valid and invalid data packs, and the exact paths the errors must point to. */
import { describe, expect, it } from 'vitest';
import { checkIntegrity } from './integrity';
import type { DataPackInput } from './schema';
import { parsePack } from './validate';

const source = { url: 'https://www.reuters.com/article/x', publisher: 'Reuters', title: 'A title', date: '2012-03-14', checked: '2026-11-24' };
const org = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  name: `Org ${id}`,
  aliases: [],
  category: 'ngo-monitor',
  summary: 'A neutral line.',
  affiliations: [{ relation: 'founded-by', statement: 'Founded by someone, Reuters reported.', sources: [source] }],
  ...extra,
});
const claim = {
  id: 'c1',
  claimReviewed: 'A claim',
  claimant: 'Someone',
  date: '2016-05',
  phrases: ['a claim phrase'],
  keyTerms: ['claim', 'phrase'],
  rating: 'False',
  context: 'What the record shows.',
  counterReports: [
    { ...source, relation: 'contradicts', summary: 'It says otherwise.' },
    { ...source, url: 'https://apnews.com/x', publisher: 'AP', relation: 'adds-context', summary: 'More context.' },
  ],
};
const pack = (p: Partial<DataPackInput>): unknown => ({ description: 'test', ...p });

function problems(json: unknown) {
  const result = parsePack(json, 'test.json');
  return result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.message}`);
}

describe('data pack schema', () => {
  it('accepts a complete pack and fills defaults', () => {
    const result = parsePack(pack({ organisations: [org('a') as never], publishers: [{ domain: 'news.example.org', organisation: 'a' }], claims: [claim as never] }), 't');
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.pack.organisations[0]!.counterReporting).toEqual([]);
  });

  it('points to the unsourced statement', () => {
    const bad = org('a', { affiliations: [{ relation: 'funded-by', statement: 'x', sources: [] }] });
    expect(problems(pack({ organisations: [bad as never] }))).toEqual(['organisations[0].affiliations[0].sources: every statement cites at least one source']);
  });

  it('refuses non-http(s) links, bad dates, unknown relations and categories', () => {
    const bad = org('a', {
      category: 'spies',
      affiliations: [{ relation: 'likes', statement: 'x', sources: [{ ...source, url: 'javascript:alert(1)', date: '12 May 2016' }] }],
    });
    expect(problems(pack({ organisations: [bad as never] }))).toEqual([
      'organisations[0].category: Invalid option: expected one of "state-controlled-media"|"independent-public-media"|"government-military"|"armed-group"|"intergovernmental"|"ngo-monitor"|"think-tank"|"party-movement"|"news-media"|"company-lobby"',
      'organisations[0].affiliations[0].relation: Invalid option: expected one of "funded-by"|"owned-by"|"controlled-by"|"part-of"|"founded-by"|"led-by"|"member-of"|"allied-with"|"designated-by"|"self-described-as"|"described-as"',
      'organisations[0].affiliations[0].sources[0].url: must be an absolute http(s) URL',
      'organisations[0].affiliations[0].sources[0].date: dates are YYYY, YYYY-MM or YYYY-MM-DD',
    ]);
  });

  it('requires two counter-reports per claim and refuses unknown fields', () => {
    expect(problems(pack({ claims: [{ ...claim, counterReports: claim.counterReports.slice(0, 1) } as never] }))).toEqual([
      'claims[0].counterReports: every claim links at least two counter-reports',
    ]);
    expect(problems(pack({ organisations: [org('a', { website: 'x' }) as never] }))).toEqual(['organisations[0]: Unrecognized key: "website"']);
  });

  it('refuses ids and domains that are not in their canonical form', () => {
    expect(problems(pack({ organisations: [org('Not An Id') as never], publishers: [{ domain: 'https://bbc.co.uk/', organisation: 'a' }] }))).toEqual([
      'organisations[0].id: ids are lower-case letters and digits joined by hyphens',
      'publishers[0].domain: a lower-case host name such as bbc.co.uk',
    ]);
  });
});

describe('integrity', () => {
  const load = (p: unknown, file = 'a.json') => {
    const r = parsePack(p, file);
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    return { file, pack: r.pack };
  };

  it('reports duplicate ids across files, dangling references and shared aliases', () => {
    const a = load(pack({ organisations: [org('x', { aliases: ['Shared Name'] }) as never] }));
    const b = load(
      pack({
        organisations: [
          org('x') as never,
          org('y', { aliases: ['shared  name'], affiliations: [{ relation: 'part-of', target: 'nowhere', statement: 's', sources: [source] }] }) as never,
        ],
        publishers: [{ domain: 'y.org', organisation: 'ghost' }],
        claims: [{ ...claim, about: ['ghost'] } as never],
      }),
      'b.json',
    );
    expect(checkIntegrity([a, b]).map((p) => `${p.file} ${p.path}: ${p.message}`)).toEqual([
      'b.json organisations[0].id: duplicate id "x" (also in a.json)',
      'b.json organisations[1].affiliations[0].target: unknown organisation "nowhere"',
      'b.json organisations[1].aliases[0]: alias "shared  name" of "y" collides with "x" (a.json organisations[0].aliases[0]); add requireNearby/forbidNearby to one of them',
      'b.json publishers[0].organisation: unknown organisation "ghost"',
      'b.json claims[0].about[0]: unknown organisation "ghost"',
    ]);
  });

  it('allows a shared alias when one side has a nearby rule', () => {
    const a = load(pack({ organisations: [org('x', { aliases: ['IS'] }) as never, org('y', { aliases: [{ text: 'IS', requireNearby: ['Raqqa'] }] }) as never] }));
    expect(checkIntegrity([a])).toEqual([]);
  });
});
