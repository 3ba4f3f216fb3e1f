/**
 * What the options page stores or refuses: a pack reusing a bundled id or another stored pack's
 * id is refused naming the record, nothing else is affected, and a re-import of the same file
 * replaces it rather than colliding with itself.
 */
import { describe, expect, it } from 'vitest';
import { checkPackFile, type PackContext } from './check-pack-file';
import { DataPack } from './schema';
import type { StoredPack } from './user-packs';

const source = { url: 'https://example.org/a', publisher: 'Example', title: 'A title', date: '2026-01', checked: '2026-12-01' };
const org = (id: string, name: string) => ({
  id,
  name,
  aliases: [],
  category: 'company-lobby',
  summary: 'A fictional record.',
  affiliations: [{ relation: 'funded-by', statement: 'A statement.', sources: [source] }],
});
const claim = (id: string) => ({
  id,
  claimReviewed: 'Exampleton has no rain',
  claimant: 'A person',
  date: '2026',
  phrases: ['no rain'],
  keyTerms: ['rain', 'exampleton'],
  rating: 'False',
  context: 'x',
  counterReports: [
    { ...source, relation: 'contradicts', summary: 'It rains.' },
    { ...source, url: 'https://example.org/b', relation: 'adds-context', summary: 'Often.' },
  ],
});
const file = (pack: object) => JSON.stringify({ description: 'test', ...pack });
const stored = (name: string, pack: object): StoredPack => ({ name, importedAt: '2026-12-01T10:00:00.000Z', pack: DataPack.parse({ description: 'stored', ...pack }) });

/** A background whose bundled dataset has these ids. */
function context(bundled: { organisations?: string[]; claims?: string[] }, packs: StoredPack[] = []): PackContext & { asked: unknown[] } {
  const asked: unknown[] = [];
  return {
    asked,
    stored: packs,
    now: new Date('2026-12-05T09:30:00Z'),
    bundledIds: (ids) => {
      asked.push(ids);
      return Promise.resolve({
        organisations: ids.organisations.filter((id) => bundled.organisations?.includes(id)),
        claims: ids.claims.filter((id) => bundled.claims?.includes(id)),
      });
    },
  };
}

describe('checking a pack file before it is stored', () => {
  it('refuses an organisation whose id is bundled, naming it by name and id', async () => {
    const ctx = context({ organisations: ['hezbollah'] });
    const result = await checkPackFile('acme.json', file({ organisations: [org('acme-lobby', 'Acme Lobby'), org('hezbollah', 'Hezbollah')] }), ctx);
    expect(ctx.asked).toEqual([{ organisations: ['acme-lobby', 'hezbollah'], claims: [] }]);
    expect(result).toEqual({
      ok: false,
      headline: 'acme.json reuses ids that are already taken, so its records would never be shown.',
      problems: [
        {
          path: 'organisations[1].id',
          text: 'Organisation ‘Hezbollah’ (id hezbollah) is already in the bundled dataset: rename its id (and the references to it in this pack), or remove the record from this pack (organisations[1]).',
        },
      ],
    });
  });

  it('refuses a claim whose id is bundled', async () => {
    const result = await checkPackFile('acme.json', file({ claims: [claim('rain')] }), context({ claims: ['rain'] }));
    expect(result.ok ? [] : result.problems.map((p) => p.text)).toEqual([
      'Claim ‘Exampleton has no rain’ (id rain) is already in the bundled dataset: rename its id, or remove the claim from this pack (claims[0]).',
    ]);
  });

  it("refuses an id another stored pack has, naming that pack; ids of the other kind do not collide", async () => {
    const other = stored('other.json', { organisations: [org('acme-lobby', 'Acme Lobby (older)')], claims: [claim('rain')] });
    const result = await checkPackFile('acme.json', file({ organisations: [org('acme-lobby', 'Acme Lobby'), org('rain', 'Rain Institute')] }), context({}, [other]));
    expect(result.ok ? [] : result.problems.map((p) => p.text)).toEqual([
      'Organisation ‘Acme Lobby’ (id acme-lobby) is already in your pack ‘other.json’: rename its id (and the references to it in this pack), or remove the record from this pack (organisations[0]).',
    ]);
  });

  it('lets a file replace its own earlier import, and stores it with the import time', async () => {
    const earlier = stored('acme.json', { organisations: [org('acme-lobby', 'Acme Lobby')] });
    const result = await checkPackFile('acme.json', file({ organisations: [org('acme-lobby', 'Acme Lobby')] }), context({ organisations: ['hezbollah'] }, [earlier]));
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.stored.name).toBe('acme.json');
      expect(result.stored.importedAt).toBe('2026-12-05T09:30:00.000Z');
      expect(result.stored.pack.organisations.map((o) => o.id)).toEqual(['acme-lobby']);
    }
  });

  it('explains format errors in words before asking the background anything', async () => {
    const ctx = context({});
    const result = await checkPackFile('acme.json', file({ organisations: [{ ...org('acme-lobby', 'Acme Lobby'), category: 'lobby' }] }), ctx);
    expect(ctx.asked).toEqual([]);
    expect(result.ok ? null : result.headline).toBe('acme.json does not follow the data pack format.');
    expect(result.ok ? [] : result.problems.map((p) => p.text)).toEqual([expect.stringMatching(/^Organisation ‘Acme Lobby’ \(organisations\[0\]\): category ‘lobby’ is not one of: /)]);
  });

  it('names both records of a duplicate id inside the pack, and reports bad JSON', async () => {
    const dup = await checkPackFile('acme.json', file({ organisations: [org('acme', 'Acme One'), org('acme', 'Acme Two')] }), context({}));
    expect(dup.ok ? [] : dup.problems.map((p) => p.text)).toEqual(['Organisation ‘Acme Two’ (organisations[1]): id: duplicate id "acme" (also in acme.json)']);
    const bad = await checkPackFile('acme.json', '{ "description": ', context({}));
    expect(bad.ok ? null : bad.headline).toMatch(/^acme\.json is not valid JSON: /);
  });
});
