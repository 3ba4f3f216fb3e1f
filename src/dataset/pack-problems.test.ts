/** The sentences a pack author reads for each kind of zod issue, each naming its record. */
import { describe, expect, it } from 'vitest';
import { describeIssues, describeProblem } from './pack-problems';
import { CATEGORIES, DataPack } from './schema';

const source = { url: 'https://example.org/a', publisher: 'Example', title: 'A title', date: '2026-01', checked: '2026-12-01' };
const org = (extra: Record<string, unknown> = {}) => ({
  id: 'acme-lobby',
  name: 'Acme Lobby',
  aliases: [],
  category: 'company-lobby',
  summary: 'A fictional lobby.',
  affiliations: [{ relation: 'funded-by', statement: 'A statement.', sources: [source] }],
  ...extra,
});

function sentences(json: unknown): string[] {
  const result = DataPack.safeParse(json);
  if (result.success) throw new Error('expected the pack to be refused');
  return describeIssues(json, result.error.issues).map((p) => p.text);
}

describe('pack problems in words', () => {
  it('lists the allowed values of an enum and names the organisation', () => {
    expect(sentences({ description: 'x', organisations: [org({ category: 'lobby' })] })).toEqual([
      `Organisation ‘Acme Lobby’ (organisations[0]): category ‘lobby’ is not one of: ${CATEGORIES.join(', ')}`,
    ]);
  });

  it('says a field is missing, or has the wrong type, in words', () => {
    const noSummary: Record<string, unknown> = org();
    delete noSummary.summary;
    expect(sentences({ description: 'x', organisations: [noSummary, org({ name: 'Beta', aliases: 'Beta Group' })] })).toEqual([
      'Organisation ‘Acme Lobby’ (organisations[0]): summary is missing',
      'Organisation ‘Beta’ (organisations[1]): aliases should be a list ([…]), not the text ‘Beta Group’',
    ]);
  });

  it('quotes a bad URL and a bad date with the rule they break, at their path in the record', () => {
    const aff = { relation: 'funded-by', statement: 'A statement.', sources: [{ ...source, url: 'javascript:alert(1)', date: '5 Dec 2026' }] };
    expect(sentences({ description: 'x', organisations: [org({ affiliations: [aff] })] })).toEqual([
      'Organisation ‘Acme Lobby’ (organisations[0]): affiliations[0].sources[0].url ‘javascript:alert(1)’ must be an absolute http(s) URL',
      'Organisation ‘Acme Lobby’ (organisations[0]): affiliations[0].sources[0].date ‘5 Dec 2026’ is not valid: dates are YYYY, YYYY-MM or YYYY-MM-DD',
    ]);
  });

  it('says an empty text is empty and a short list how short it is, with the rule', () => {
    expect(sentences({ description: 'x', organisations: [org({ summary: '', affiliations: [] })] })).toEqual([
      'Organisation ‘Acme Lobby’ (organisations[0]): summary is empty',
      'Organisation ‘Acme Lobby’ (organisations[0]): affiliations has 0 items; at least 1 needed (every organisation has at least one cited affiliation)',
    ]);
  });

  it('names a claim by its wording, and a record with no name by its id', () => {
    const claim = { id: 'rain-claim', claimReviewed: 'It always rains in Exampleton', claimant: 'A person', date: '2026', phrases: ['always rains'], keyTerms: ['rains'], rating: 'False', context: 'x', counterReports: [] };
    expect(sentences({ description: 'x', claims: [claim], organisations: [org({ name: '', id: 'no-name' })] })).toEqual([
      'Organisation with id ‘no-name’ (organisations[0]): name is empty',
      'Claim ‘It always rains in Exampleton’ (claims[0]): keyTerms has 1 item; at least 2 needed',
      'Claim ‘It always rains in Exampleton’ (claims[0]): counterReports has 0 items; at least 2 needed (every claim links at least two counter-reports)',
    ]);
  });

  it('names unknown fields, in a record, in an alias object (inside a union) and in the file', () => {
    expect(sentences({ description: 'x', colour: 'red', organisations: [org({ aliases: [{ text: 'Acme', caseSensitve: true }, 7] })] })).toEqual([
      'Organisation ‘Acme Lobby’ (organisations[0]): aliases[0] has a field the format does not have: ‘caseSensitve’ (check the spelling)',
      'Organisation ‘Acme Lobby’ (organisations[0]): aliases[1] should be a text or an object ({…}), not the number 7',
      'The pack: the file has a field the format does not have: ‘colour’ (check the spelling)',
    ]);
  });

  it('describes a record or list that is not an object or a list at all', () => {
    expect(sentences({ description: 'x', organisations: ['Acme Lobby'], publishers: {} })).toEqual([
      'Organisation (organisations[0]): the record should be an object ({…}), not the text ‘Acme Lobby’',
      'The pack: publishers should be a list ([…]), not an object',
    ]);
  });

  it('shortens a long value so one bad field cannot swamp the list', () => {
    const [text] = sentences({ description: 'x', organisations: [org({ category: 'x'.repeat(500) })] });
    // The sentence lists the categories; the 500-character value itself is cut to 60.
    expect(text!.length).toBeLessThan(160 + CATEGORIES.join(', ').length);
    expect(text).toContain(`‘${'x'.repeat(59)}…’`);
  });

  it('puts a cross-record problem after the name of its record', () => {
    const json = { description: 'x', organisations: [org(), org({ name: 'Acme Again' })] };
    expect(describeProblem(json, 'organisations[1].id', 'duplicate id "acme-lobby" (also in acme.json)')).toEqual({
      path: 'organisations[1].id',
      text: 'Organisation ‘Acme Again’ (organisations[1]): id: duplicate id "acme-lobby" (also in acme.json)',
    });
  });
});
