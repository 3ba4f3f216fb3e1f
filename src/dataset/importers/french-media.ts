/**
 * Import Le Monde diplomatique's map of French media ownership ("Médias français : qui possède
 * quoi ?", github.com/mdiplo/Medias_francais, ODC-By 1.0) into a data pack.
 *
 * Pure: TSV texts in, pack out. `scripts/import-french-media.ts` reads the folder, validates, writes.
 *
 * - Media (medias.tsv) become `news-media` organisations; holders (organisations.tsv) become
 *   `company-lobby` ones (the two states and the Belgian province, `government-military`).
 * - People are not organisations: a person's stake becomes an `owned-by` affiliation of the owned
 *   entity with no target, naming the person in the statement.
 * - Every ownership edge becomes an `owned-by` affiliation of the owned entity, with the share in
 *   the statement and, when the holder is an organisation, its id as `target`.
 * - An entity that another data pack already holds (France Télévisions, Radio France, Arte, …, in
 *   the state media pack) is not repeated: edges from it point to that pack's id, and edges into it
 *   are left to that pack (and reported).
 */
import type { Alias, DataPackInput, OrganisationInput, Source } from '../schema';
import { aliasKey } from '../integrity';
import { IdAllocator, clean, parseTable, slugify, type Reserved } from './common';

export interface FrenchMediaFiles {
  medias: string;
  organisations: string;
  personnes: string;
  organisationMedia: string;
  organisationOrganisation: string;
  personneMedia: string;
  personneOrganisation: string;
}

/** File names in the repository, keyed as in `FrenchMediaFiles`. */
export const FRENCH_MEDIA_FILE_NAMES: Record<keyof FrenchMediaFiles, string> = {
  medias: 'medias.tsv',
  organisations: 'organisations.tsv',
  personnes: 'personnes.tsv',
  organisationMedia: 'organisation-media.tsv',
  organisationOrganisation: 'organisation-organisation.tsv',
  personneMedia: 'personne-media.tsv',
  personneOrganisation: 'personne-organisation.tsv',
};

export interface FrenchMediaOptions {
  checked: string;
  /** What other packs hold: an entity whose name they hold is linked to their id, not repeated. */
  reserved?: Reserved;
}

export interface FrenchMediaReport {
  medias: number;
  holders: number;
  people: number;
  edges: number;
  duplicateEdges: number;
  linked: { name: string; id: string }[];
  /** Edges into an entity another pack holds: that pack speaks for it. */
  edgesLeftToOtherPacks: string[];
  /** Names an edge uses that no list holds; they were added. */
  unknownNames: string[];
}

const REPO = 'https://github.com/mdiplo/Medias_francais';

function sources(checked: string, file?: string): Source[] {
  const repo: Source = {
    url: REPO,
    publisher: 'Le Monde diplomatique',
    title: 'Médias français : qui possède quoi ?',
    date: '2024-12',
    checked,
  };
  if (!file) return [repo];
  return [
    repo,
    { url: `${REPO}/blob/master/${file}`, publisher: 'Le Monde diplomatique', title: `${file} (Médias français : qui possède quoi ?)`, date: '2024-12', checked },
  ];
}

/** Names the map spells differently from other packs (key → other spellings to look up). */
const OTHER_SPELLINGS: Record<string, string[]> = {
  'France Télévision': ['France Télévisions'],
  'Radio France International': ['Radio France Internationale'],
  'France 24': ['France24'],
};

/** Holders that are states or public authorities, not companies. */
const STATES: Record<string, string> = {
  'République française': 'France',
  'République fédérale d’Allemagne': 'Germany',
  'Province de Liège': 'Belgium',
};

/**
 * Titles that are ordinary French phrases ("Le Monde", "La Croix", "Le Bien public"): their name
 * gets a qualifier, and the title itself is matched only as written, capital letters included.
 */
const CASE_SENSITIVE_TITLES = [
  'L’Alsace', 'L’Echo Républicain', 'L’Eclair', 'L’Est républicain', 'L’Express', 'L’histoire', 'L’Indépendant',
  'L’indicateur', 'L’Obs', 'L’Opinion', 'La Chaîne parlementaire', 'La Croix', 'La Dépêche du midi',
  'La Lettre de l’Expansion', 'La Liberté', 'La Montagne', 'La Première', 'La Provence', 'La République du Centre',
  'La Savoie', 'La Tribune', 'La Tribune dimanche', 'La Tribune républicaine', 'La Vie', 'La Voix du Nord',
  'Le Bien public', 'Le Journal du centre', 'Le Journal du dimanche', 'Le Journal des entreprises', 'Le Messager',
  'Le Monde', 'Le Monde des religions', 'Le Nouveau Magazine littéraire', 'Le Nouvelliste', 'Le Parisien',
  'Le Parisien économie', 'Le Parisien Week-End', 'Le Particulier', 'Le Petit Bleu', 'Le Point',
  'Le Populaire du centre', 'Le Progrès', 'Le Républicain lorrain', 'Le Résistant', 'Le Télégramme', 'Les Échos',
  'Les Échos Week-End', 'Les Nouvelles calédoniennes', 'Femme Actuelle', 'Valeurs actuelles', 'Courrier international',
  'Sud Ouest', 'Centre Presse', 'Radio Classique', 'Fun Radio', 'Midi libre', 'Nord Littoral', 'Paris-Normandie',
  'Mieux vivre votre argent', 'Le Monde libre', 'Les Journaux du midi',
];

/**
 * Titles that are ordinary words, numbers or a foreign brand's French edition ("Capital", "Elle",
 * "France 2", "HuffPost"): matched only as written and near a word about the outlet.
 */
const CONTEXT_TITLES = [
  'Capital', 'Challenges', 'Elle', 'Gala', 'Geo', 'Historia', 'Investir', 'Management', 'Marianne', 'Néon', 'Nostalgie',
  'Pèlerin', 'Prier', 'Voici', 'Libération', 'DNA', 'TMC', 'RTL', 'M6', 'C8', 'W9', '20 Minutes', 'France 2', 'France 3',
  'France 4', 'France 5', 'Europe 1', 'Europe 2', 'Point de vue', 'Manière de voir', 'Notre temps', 'Haute Gironde',
  'Haute Saintonge', 'Pays Roannais', 'Franc-Tireur', 'Canal +', 'National Geographic', 'Harvard Business Review',
  'HuffPost', 'Bayard', 'Artémis', 'Humanoïd', 'Fiducial',
];
/** Of those, the French editions of brands published elsewhere too. */
const FRENCH_EDITIONS = ['Elle', 'National Geographic', 'Harvard Business Review', 'HuffPost'];

const CASE_SENSITIVE_KEYS = new Set(CASE_SENSITIVE_TITLES.map((t) => aliasKey(t)));
const CONTEXT_KEYS = new Set(CONTEXT_TITLES.map((t) => aliasKey(t)));
const EDITION_KEYS = new Set(FRENCH_EDITIONS.map((t) => aliasKey(t)));

type Kind = 'publication' | 'TV channel' | 'radio station' | 'website' | 'media outlet';

function kindOf(type: string): Kind {
  if (/^presse/i.test(type)) return 'publication';
  if (/^t[ée]l[ée]vision/i.test(type)) return 'TV channel';
  if (/^radio/i.test(type)) return 'radio station';
  if (/^site/i.test(type)) return 'website';
  return 'media outlet';
}

const KIND_WORDS: Record<Kind, string[]> = {
  publication: ['magazine', 'journal', 'newspaper', 'quotidien', 'hebdomadaire', 'mensuel', 'rédaction', 'kiosque', 'lecteurs'],
  'TV channel': ['chaîne', 'channel', 'télévision', 'TV', 'antenne', 'émission', 'téléspectateurs', 'broadcaster'],
  'radio station': ['radio', 'station', 'antenne', 'auditeurs', 'émission', 'broadcaster'],
  website: ['site', 'website', 'média', 'rédaction', 'online'],
  'media outlet': ['média', 'media', 'rédaction'],
};

function countryOf(echelle: string): string {
  if (/suisse/i.test(echelle)) return 'Switzerland';
  if (/monaco/i.test(echelle)) return 'Monaco';
  if (/europe/i.test(echelle)) return 'International';
  return 'France';
}

const SCALES: Record<string, string> = { national: 'national', régional: 'regional', international: 'international' };

const NATIONALITY: Record<string, string> = { France: 'French', Switzerland: 'Swiss', Monaco: 'Monegasque', International: 'European' };

/** "27.00%" → "27%", "12.83%" → "12.83%", "79.10%" → "79.1%"; null when not a percentage. */
export function formatShare(value: string): string | null {
  const m = /^\s*(\d+(?:[.,]\d+)?)\s*%?\s*$/.exec(value);
  if (!m) return null;
  const n = Number(m[1]!.replace(',', '.'));
  return `${Number.isInteger(n) ? n : Number(n.toFixed(2))}%`;
}

/** The holding, as the words between the holder and the held ("holding 27% of", "controlling"). */
export function shareWords(qualifier: string, value: string): string {
  const share = formatShare(value);
  const q = clean(qualifier).toLowerCase();
  if (q === 'contrôle' || q === 'controle') return 'controlling';
  if (q === 'participe') return 'holding a stake of unstated size in';
  if (share && q === 'supérieur à') return `holding more than ${share} of`;
  if (share && q === 'inférieur à') return `holding less than ${share} of`;
  if (share === '0%') return 'holding a stake (the map gives the share as 0%) in';
  if (share) return `holding ${share} of`;
  return 'holding a stake in';
}

/** How a person or family reads in English: "Famille Dassault" → "the Dassault family". */
export function personLabel(name: string): string {
  const family = /^Famille\s+(.+)$/i.exec(name);
  if (family) return `the ${family[1]} family`;
  const heirs = /^Ayants?\s+droits?\s+de\s+(.+)$/i.exec(name);
  if (heirs) return `the heirs of ${heirs[1]} ("${name}")`;
  return name;
}

interface Entity {
  key: string;
  name: string;
  kind: 'media' | 'holder';
  mediaKind?: Kind;
  country?: string;
  scale?: string;
  defunct?: boolean;
  linkedId?: string;
  id?: string;
  affiliations: OrganisationInput['affiliations'];
  holdings: string[];
  ownerNames: string[];
}

export function importFrenchMediaWithReport(files: FrenchMediaFiles, opts: FrenchMediaOptions): { pack: DataPackInput; report: FrenchMediaReport } {
  const report: FrenchMediaReport = { medias: 0, holders: 0, people: 0, edges: 0, duplicateEdges: 0, linked: [], edgesLeftToOtherPacks: [], unknownNames: [] };
  const tsv = (text: string) => parseTable(text, '\t');
  const reservedKeys = opts.reserved?.aliasKeys ?? {};

  // 1. Entities.
  const entities = new Map<string, Entity>();
  const people = new Map<string, string>();
  for (const r of tsv(files.medias)) {
    const name = clean(r['Nom'] ?? '');
    if (!name) continue;
    const key = aliasKey(name);
    if (entities.has(key)) continue;
    entities.set(key, {
      key,
      name,
      kind: 'media',
      mediaKind: kindOf(r['Type'] ?? ''),
      country: countryOf(r['Echelle'] ?? ''),
      scale: clean(r['Echelle'] ?? ''),
      defunct: /\S/.test(r['Disparu'] ?? ''),
      affiliations: [],
      holdings: [],
      ownerNames: [],
    });
    report.medias++;
  }
  for (const r of tsv(files.organisations)) {
    const name = clean(r['nom'] ?? r['Nom'] ?? '');
    if (!name) continue;
    const key = aliasKey(name);
    if (entities.has(key)) continue;
    entities.set(key, { key, name, kind: 'holder', country: STATES[name], affiliations: [], holdings: [], ownerNames: [] });
    report.holders++;
  }
  for (const r of tsv(files.personnes)) {
    const name = clean(r['Nom'] ?? r['nom'] ?? '');
    if (name && !entities.has(aliasKey(name))) people.set(aliasKey(name), name);
  }
  report.people = people.size;

  // 2. Entities another pack already holds are linked, not repeated.
  for (const e of entities.values()) {
    for (const spelling of [e.name, ...(OTHER_SPELLINGS[e.name] ?? [])]) {
      const id = reservedKeys[aliasKey(spelling)];
      if (id) {
        e.linkedId = id;
        report.linked.push({ name: e.name, id });
        break;
      }
    }
  }

  // 3. Ids.
  const ids = new IdAllocator(opts.reserved?.ids ?? []);
  const ordered = [...entities.values()];
  for (const e of ordered) if (!e.linkedId) e.id = ids.take(slugify(e.name));
  const idOf = (e: Entity) => e.linkedId ?? e.id!;

  // 4. Edges.
  const seen = new Set<string>();
  const edgeFiles: [keyof FrenchMediaFiles, boolean][] = [
    ['organisationMedia', false],
    ['organisationOrganisation', false],
    ['personneMedia', true],
    ['personneOrganisation', true],
  ];
  for (const [fileKey, fromPerson] of edgeFiles) {
    const file = FRENCH_MEDIA_FILE_NAMES[fileKey];
    for (const r of tsv(files[fileKey])) {
      const origin = clean(r['origine'] ?? '');
      const target = clean(r['cible'] ?? '');
      const qualifier = clean(r['qualificatif'] ?? '');
      const value = clean(r['valeur'] ?? '');
      const comment = clean(r['commentaire'] ?? '');
      if (!origin || !target) continue;
      const dedupe = [aliasKey(origin), qualifier, value, aliasKey(target)].join('\u0000');
      if (seen.has(dedupe)) {
        report.duplicateEdges++;
        continue;
      }
      seen.add(dedupe);
      // A name an edge uses but no list holds is added: as a medium when it is held through a
      // *-media file, as a holder otherwise.
      const ensure = (name: string, kind: Entity['kind']): Entity => {
        const k = aliasKey(name);
        let e = entities.get(k);
        if (!e) {
          e = { key: k, name, kind, ...(kind === 'media' ? { mediaKind: 'media outlet' as Kind, country: 'France' } : {}), affiliations: [], holdings: [], ownerNames: [] };
          entities.set(k, e);
          ordered.push(e);
          e.id = ids.take(slugify(name));
          report.unknownNames.push(name);
        }
        return e;
      };
      const held = ensure(target, /media$/i.test(fileKey) ? 'media' : 'holder');
      const holder = fromPerson ? undefined : ensure(origin, 'holder');
      const person = fromPerson ? people.get(aliasKey(origin)) ?? origin : undefined;
      report.edges++;
      const holderLabel = holder ? holder.name : personLabel(person!);
      if (holder) holder.holdings.push(held.name);
      held.ownerNames.push(holder ? holder.name : person!);
      if (held.linkedId) {
        report.edgesLeftToOtherPacks.push(`${holderLabel} → ${held.name}`);
        continue;
      }
      const note = comment ? ` The map adds: "${comment}".` : '';
      held.affiliations.push({
        relation: 'owned-by',
        ...(holder ? { target: idOf(holder) } : {}),
        statement: `Le Monde diplomatique's map of French media ownership (December 2024 update) records ${holderLabel} as ${shareWords(qualifier, value)} ${held.name}.${note}`,
        sources: sources(opts.checked, file),
      });
    }
  }

  // 5. Organisations.
  const organisations: OrganisationInput[] = [];
  for (const e of ordered) {
    if (e.linkedId) continue;
    const key = e.key;
    const mediaKind = e.mediaKind ?? 'media outlet';
    const nationality = NATIONALITY[e.country ?? ''] ?? '';
    const label = e.kind === 'media' ? `${nationality ? `${nationality} ` : ''}${mediaKind}` : 'company';
    let name = e.name;
    const aliases: Alias[] = [];
    if (CONTEXT_KEYS.has(key)) {
      name = `${e.name} (${label})`;
      // Near words: what the outlet is ("magazine", "chaîne"), except for French editions of
      // brands published elsewhere, which need a French context; and always its owners and
      // holdings by name (a person also by surname).
      const owners = e.ownerNames.flatMap((n) => {
        const family = /^Famille\s+(.+)$/i.exec(n);
        if (family) return [family[1]!];
        if (/^Ayants?\s/i.test(n)) return [];
        const words = n.split(' ');
        return people.has(aliasKey(n)) && words.length > 1 ? [n, words.at(-1)!] : [n];
      });
      const near = [
        ...(EDITION_KEYS.has(key) ? ['France', 'French', 'française', 'français'] : e.kind === 'media' ? KIND_WORDS[mediaKind] : []),
        ...owners,
        ...e.holdings,
      ];
      aliases.push({ text: e.name, caseSensitive: true, requireNearby: [...new Set(near)] });
    } else if (CASE_SENSITIVE_KEYS.has(key)) {
      name = `${e.name} (${label})`;
      aliases.push({ text: e.name, caseSensitive: true });
    }

    let summary: string;
    if (e.kind === 'media') {
      const scaleWord = SCALES[(e.scale ?? '').toLowerCase()];
      const scale = scaleWord ? `${scaleWord} ` : '';
      const phrase = `${nationality ? `${nationality} ` : ''}${scale}${mediaKind}`;
      const article = /^[aeiou]/i.test(phrase) && !/^eu/i.test(phrase) ? 'An' : 'A';
      summary = `${article} ${phrase} listed in Le Monde diplomatique's map of French media ownership (December 2024 update).`;
      if (e.defunct) summary += ' The map marks it as no longer published.';
    } else {
      const held = [...new Set(e.holdings)];
      const shown = held.slice(0, 3);
      const list = shown.length <= 1 ? shown.join('') : `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`;
      const what = STATES[e.name] ? 'A public authority' : 'A company or holder';
      summary = held.length
        ? `${what} listed in Le Monde diplomatique's map of French media ownership (December 2024 update) with stakes in ${held.length <= shown.length ? list : `${held.length} media or companies, including ${list}`}.`
        : `${what} listed in Le Monde diplomatique's map of French media ownership (December 2024 update).`;
    }

    const affiliations = [...e.affiliations];
    if (affiliations.length === 0) {
      affiliations.push({
        relation: 'described-as',
        statement:
          e.kind === 'media'
            ? "Listed in Le Monde diplomatique's map of French media ownership, which records no holder for it."
            : "Listed in Le Monde diplomatique's map as a holder of French media stakes.",
        sources: sources(opts.checked),
      });
    }
    organisations.push({
      id: e.id!,
      name,
      aliases,
      category: e.kind === 'media' ? 'news-media' : STATES[e.name] ? 'government-military' : 'company-lobby',
      ...(e.country ? { country: e.country } : {}),
      summary,
      affiliations,
      counterReporting: [],
    });
  }
  organisations.sort((a, b) => a.id.localeCompare(b.id));

  return {
    pack: {
      description:
        'Who owns French media, derived from Le Monde diplomatique\'s map "Médias français : qui possède quoi ?" ' +
        '(github.com/mdiplo/Medias_francais, December 2024 update, Open Data Commons Attribution licence). ' +
        'Generated by scripts/import-french-media.ts; do not edit by hand.',
      license: 'ODC-By-1.0, Le Monde diplomatique',
      organisations,
      publishers: [],
      claims: [],
    },
    report,
  };
}

/** The pack alone (see `importFrenchMediaWithReport` for what was linked or skipped). */
export function importFrenchMedia(files: FrenchMediaFiles | Record<string, string>, opts: FrenchMediaOptions): DataPackInput {
  const f = files as Record<string, string>;
  const complete = Object.fromEntries(Object.keys(FRENCH_MEDIA_FILE_NAMES).map((k) => [k, f[k] ?? ''])) as unknown as FrenchMediaFiles;
  return importFrenchMediaWithReport(complete, opts).pack;
}
