import { describe, it, expect } from 'vitest';
import { formatShare, importFrenchMedia, importFrenchMediaWithReport, personLabel, shareWords, type FrenchMediaFiles } from './french-media';
import { parsePack } from '../validate';
import { checkIntegrity } from '../integrity';

const CHECKED = '2026-11-24';
const PRESSE = 'Presse (généraliste  politique  économique)';

/** TSV text with CRLF line ends, as in the repository. Cells are written as given (quotes included). */
const tsv = (rows: string[][]) => `${rows.map((r) => r.join('\t')).join('\r\n')}\r\n`;

const FILES: FrenchMediaFiles = {
  medias: tsv([
    ['Nom', 'Type', 'Periodicite', 'Echelle', 'Prix', 'Disparu'],
    ['Le Monde', PRESSE, 'Quotidien', 'National', 'Payant', ''],
    ['Capital', PRESSE, 'Mensuel', 'National', 'Payant', ''],
    ['Radio Exemple', 'Radio', '', 'National', 'Gratuit', ''],
    ['"Journal, du ""Soir"""', PRESSE, 'Quotidien', 'Suisse', '', ''],
    ['Vieux Titre', PRESSE, 'Quotidien', 'Régional', '', 'checked'],
    ['France 24', 'Télévision', '', 'International', 'Gratuit', ''],
  ]),
  organisations: tsv([['nom', 'commentaire'], ['Groupe Le Monde', ''], ['Le Monde libre', ''], ['Prisma Media', ''], ['République française', ''], ['France Médias Monde', '']]),
  personnes: tsv([['Nom', 'rangChallenges2024'], ['Xavier Niel', '10'], ['Famille Exemple', '']]),
  organisationMedia: tsv([
    ['id', 'origine', 'qualificatif', 'valeur', 'cible'],
    ['1', 'Groupe Le Monde', 'égal à', '100.00%', 'Le Monde'],
    ['2', 'Prisma Media', 'égal à', '100.00%', 'Capital'],
    ['3', 'Le Monde libre', 'supérieur à', '50.00%', '"Journal, du ""Soir"""'],
    ['4', 'France Médias Monde', 'égal à', '100.00%', 'France 24'],
    ['5', 'République française', 'contrôle', '', 'Radio Exemple'],
  ]),
  organisationOrganisation: tsv([
    ['id', 'origine', 'qualificatif', 'valeur', 'cible', 'commentaire'],
    ['1', 'Le Monde libre', 'égal à', '72.50%', 'Groupe Le Monde', ''],
    ['2', 'République française', 'contrôle', '', 'France Médias Monde', ''],
  ]),
  personneMedia: tsv([['id', 'origine', 'qualificatif', 'valeur', 'cible'], ['1', 'Famille Exemple', 'participe', '', 'Radio Exemple']]),
  personneOrganisation: tsv([
    ['id', 'origine', 'qualificatif', 'valeur', 'cible', 'commentaire'],
    ['1', 'Xavier Niel', 'contrôle', '', 'Le Monde libre', ''],
    ['1', 'Xavier Niel', 'contrôle', '', 'Le Monde libre', ''],
    ['2', 'Xavier Niel', 'égal à', '0.00%', 'Prisma Media', ''],
  ]),
};

/** What the state media pack would hold: France 24 (as "France24") and France Médias Monde. */
const RESERVED = { aliasKeys: { france24: 'france24-france', 'france medias monde': 'france-medias-monde' } };

const REPO = {
  url: 'https://github.com/mdiplo/Medias_francais',
  publisher: 'Le Monde diplomatique',
  title: 'Médias français : qui possède quoi ?',
  date: '2024-12',
  checked: CHECKED,
};
const file = (name: string) => ({
  url: `https://github.com/mdiplo/Medias_francais/blob/master/${name}`,
  publisher: 'Le Monde diplomatique',
  title: `${name} (Médias français : qui possède quoi ?)`,
  date: '2024-12',
  checked: CHECKED,
});
const MAP = "Le Monde diplomatique's map of French media ownership (December 2024 update)";

describe('share wording', () => {
  it('formats shares and holdings in plain words', () => {
    expect(formatShare('27.00%')).toBe('27%');
    expect(formatShare('12.83%')).toBe('12.83%');
    expect(formatShare('79.10%')).toBe('79.1%');
    expect(formatShare('')).toBeNull();
    expect(shareWords('égal à', '27.00%')).toBe('holding 27% of');
    expect(shareWords('supérieur à', '50.00%')).toBe('holding more than 50% of');
    expect(shareWords('inférieur à', '50.00%')).toBe('holding less than 50% of');
    expect(shareWords('contrôle', '')).toBe('controlling');
    expect(shareWords('participe', '')).toBe('holding a stake of unstated size in');
    expect(shareWords('égal à', '0.00%')).toBe('holding a stake (the map gives the share as 0%) in');
  });
  it('names families and heirs in English', () => {
    expect(personLabel('Famille Dassault')).toBe('the Dassault family');
    expect(personLabel('Ayant droit de Bernard Tapie')).toBe('the heirs of Bernard Tapie ("Ayant droit de Bernard Tapie")');
    expect(personLabel('Xavier Niel')).toBe('Xavier Niel');
  });
});

describe('importFrenchMedia', () => {
  const { pack, report } = importFrenchMediaWithReport(FILES, { checked: CHECKED, reserved: RESERVED });
  const org = (id: string) => pack.organisations!.find((o) => o.id === id);

  it('produces a valid pack with the stated licence', () => {
    const parsed = parsePack(pack, 'french-media.json');
    expect(parsed.ok).toBe(true);
    expect(pack.license).toBe('ODC-By-1.0, Le Monde diplomatique');
    expect(pack.description).toMatch(/Le Monde diplomatique/);
    expect(pack.publishers).toEqual([]);
    expect(importFrenchMedia(FILES as unknown as Record<string, string>, { checked: CHECKED, reserved: RESERVED })).toEqual(pack);
  });

  it('passes the integrity check next to the pack it links to', () => {
    const statePack = {
      description: 'state media stand-in',
      organisations: [
        { id: 'france24-france', name: 'France24', aliases: [], category: 'independent-public-media' as const, summary: 's', affiliations: [{ relation: 'described-as' as const, statement: 's', sources: [REPO] }], counterReporting: [] },
        { id: 'france-medias-monde', name: 'France Médias Monde', aliases: [], category: 'independent-public-media' as const, summary: 's', affiliations: [{ relation: 'described-as' as const, statement: 's', sources: [REPO] }], counterReporting: [] },
      ],
      publishers: [],
      claims: [],
    };
    const a = parsePack(statePack, 'state-media.json');
    const b = parsePack(pack, 'french-media.json');
    expect(a.ok && b.ok).toBe(true);
    if (a.ok && b.ok) expect(checkIntegrity([{ file: 'state-media.json', pack: a.pack }, { file: 'french-media.json', pack: b.pack }])).toEqual([]);
  });

  it('creates media and holders, but no people, and links what another pack holds', () => {
    expect(pack.organisations!.map((o) => o.id)).toEqual([
      'capital',
      'groupe-le-monde',
      'journal-du-soir',
      'le-monde',
      'le-monde-libre',
      'prisma-media',
      'radio-exemple',
      'republique-francaise',
      'vieux-titre',
    ]);
    expect(report.linked).toEqual([
      { name: 'France 24', id: 'france24-france' },
      { name: 'France Médias Monde', id: 'france-medias-monde' },
    ]);
    expect(report.edgesLeftToOtherPacks).toEqual(['France Médias Monde → France 24', 'République française → France Médias Monde']);
    expect(report.duplicateEdges).toBe(1);
    expect(report).toMatchObject({ medias: 6, holders: 5, people: 2, edges: 10, unknownNames: [] });
  });

  it('turns an ownership edge into owned-by with the holder as target and the share in words', () => {
    expect(org('le-monde')).toEqual({
      id: 'le-monde',
      name: 'Le Monde (French publication)',
      aliases: [{ text: 'Le Monde', caseSensitive: true }],
      category: 'news-media',
      country: 'France',
      summary: `A French national publication listed in ${MAP}.`,
      affiliations: [
        {
          relation: 'owned-by',
          target: 'groupe-le-monde',
          statement: `${MAP} records Groupe Le Monde as holding 100% of Le Monde.`,
          sources: [REPO, file('organisation-media.tsv')],
        },
      ],
      counterReporting: [],
    });
    expect(org('groupe-le-monde')).toEqual({
      id: 'groupe-le-monde',
      name: 'Groupe Le Monde',
      aliases: [],
      category: 'company-lobby',
      summary: `A company or holder listed in ${MAP} with stakes in Le Monde.`,
      affiliations: [
        {
          relation: 'owned-by',
          target: 'le-monde-libre',
          statement: `${MAP} records Le Monde libre as holding 72.5% of Groupe Le Monde.`,
          sources: [REPO, file('organisation-organisation.tsv')],
        },
      ],
      counterReporting: [],
    });
  });

  it('states a person’s stake on the owned entity, without a target', () => {
    expect(org('le-monde-libre')).toEqual({
      id: 'le-monde-libre',
      name: 'Le Monde libre (company)',
      aliases: [{ text: 'Le Monde libre', caseSensitive: true }],
      category: 'company-lobby',
      summary: `A company or holder listed in ${MAP} with stakes in Journal, du "Soir" and Groupe Le Monde.`,
      affiliations: [
        {
          relation: 'owned-by',
          statement: `${MAP} records Xavier Niel as controlling Le Monde libre.`,
          sources: [REPO, file('personne-organisation.tsv')],
        },
      ],
      counterReporting: [],
    });
    expect(org('prisma-media')!.affiliations).toEqual([
      {
        relation: 'owned-by',
        statement: `${MAP} records Xavier Niel as holding a stake (the map gives the share as 0%) in Prisma Media.`,
        sources: [REPO, file('personne-organisation.tsv')],
      },
    ]);
    expect(org('radio-exemple')!.affiliations).toEqual([
      {
        relation: 'owned-by',
        target: 'republique-francaise',
        statement: `${MAP} records République française as controlling Radio Exemple.`,
        sources: [REPO, file('organisation-media.tsv')],
      },
      {
        relation: 'owned-by',
        statement: `${MAP} records the Exemple family as holding a stake of unstated size in Radio Exemple.`,
        sources: [REPO, file('personne-media.tsv')],
      },
    ]);
  });

  it('reads a quoted TSV name and the scale column', () => {
    expect(org('journal-du-soir')).toMatchObject({
      name: 'Journal, du "Soir"',
      country: 'Switzerland',
      summary: `A Swiss publication listed in ${MAP}.`,
      affiliations: [{ relation: 'owned-by', target: 'le-monde-libre', statement: `${MAP} records Le Monde libre as holding more than 50% of Journal, du "Soir".` }],
    });
  });

  it('guards ordinary-word titles with case and nearby words', () => {
    expect(org('capital')).toMatchObject({
      name: 'Capital (French publication)',
      aliases: [
        {
          text: 'Capital',
          caseSensitive: true,
          requireNearby: ['magazine', 'journal', 'newspaper', 'quotidien', 'hebdomadaire', 'mensuel', 'rédaction', 'kiosque', 'lecteurs', 'Prisma Media'],
        },
      ],
    });
  });

  it('ties a French edition of a foreign brand to French context and its owners by name', () => {
    const edition = importFrenchMedia(
      {
        ...FILES,
        medias: tsv([['Nom', 'Type', 'Periodicite', 'Echelle', 'Prix', 'Disparu'], ['HuffPost', 'Site', '', '', 'Gratuit', '']]),
        organisationMedia: tsv([['id', 'origine', 'qualificatif', 'valeur', 'cible']]),
        personneMedia: tsv([['id', 'origine', 'qualificatif', 'valeur', 'cible'], ['1', 'Xavier Niel', 'égal à', '15.00%', 'HuffPost']]),
      } as unknown as Record<string, string>,
      { checked: CHECKED },
    );
    expect(edition.organisations!.find((o) => o.id === 'huffpost')).toMatchObject({
      name: 'HuffPost (French website)',
      aliases: [{ text: 'HuffPost', caseSensitive: true, requireNearby: ['France', 'French', 'française', 'français', 'Xavier Niel', 'Niel'] }],
      summary: `A French website listed in ${MAP}.`,
      affiliations: [{ relation: 'owned-by', statement: `${MAP} records Xavier Niel as holding 15% of HuffPost.` }],
    });
  });

  it('gives entities without an owner a described-as statement; a state holder is government', () => {
    expect(org('republique-francaise')).toEqual({
      id: 'republique-francaise',
      name: 'République française',
      aliases: [],
      category: 'government-military',
      country: 'France',
      summary: `A public authority listed in ${MAP} with stakes in Radio Exemple and France Médias Monde.`,
      affiliations: [{ relation: 'described-as', statement: "Listed in Le Monde diplomatique's map as a holder of French media stakes.", sources: [REPO] }],
      counterReporting: [],
    });
    expect(org('vieux-titre')).toMatchObject({
      summary: `A French regional publication listed in ${MAP}. The map marks it as no longer published.`,
      affiliations: [{ relation: 'described-as', statement: "Listed in Le Monde diplomatique's map of French media ownership, which records no holder for it." }],
    });
  });

  it('without other packs, keeps every entity', () => {
    const alone = importFrenchMedia(FILES as unknown as Record<string, string>, { checked: CHECKED });
    expect(alone.organisations!.map((o) => o.id)).toContain('france-24');
    expect(alone.organisations!.find((o) => o.id === 'france-24')!.affiliations[0]).toMatchObject({
      relation: 'owned-by',
      target: 'france-medias-monde',
      statement: `${MAP} records France Médias Monde as holding 100% of France 24.`,
    });
  });
});
