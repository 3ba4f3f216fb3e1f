/**
 * The summary of a State Media Matrix record: the card's first line. It opens with the record's
 * class in the typology, its country and what the class means, so that a reader of the BBC's card
 * and of RT's card sees at once how they differ; then what the matrix lists it with. Every clause
 * restates the matrix row (class, country, company, outlets, notes), nothing else.
 */
import { TYPOLOGY, categoryOf, type TypologyCode } from './state-media-typology';

export interface ClassEntry {
  code: TypologyCode;
  tentative: boolean;
  /** The matrix names (outlets or the record itself) classed so. */
  outlets: string[];
}

export interface SummaryInput {
  country: string;
  /** One entry per code (and tentativeness) among the rows the record speaks for. */
  classes: ClassEntry[];
  /** The record is a company whose listed outlets are records of their own. */
  hasOutletRecords: boolean;
  /** Companies it is listed under that are records of their own. */
  parents: string[];
  /** A generic company label it is listed under ("Government press unit"). */
  listedUnder?: string;
  outlets: string[];
  notes: string[];
  statuses: string[];
}

export function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** "RT International, Russian RT and 3 others" – at most five names. */
export function shortList(items: readonly string[]): string {
  return `${listWords(items.slice(0, 5))}${items.length > 5 ? ' and others' : ''}`;
}

function outletsSentence(outlets: readonly string[]): string {
  if (outlets.length === 0) return '';
  const shown = outlets.slice(0, 4);
  const more = outlets.length > shown.length ? ` and ${outlets.length - shown.length} more` : '';
  if (outlets.length === 1) return `Its listed outlet is ${shown[0]}.`;
  return more ? `Its listed outlets include ${shown.join(', ')}${more}.` : `Its listed outlets are ${listWords(shown)}.`;
}

function statusNote(statuses: readonly string[]): string {
  const notes: string[] = [];
  if (statuses.some((s) => /not functional|closed|defunct|offline/i.test(s))) notes.push('The matrix marks its website as not currently functional.');
  if (statuses.some((s) => /certificate/i.test(s))) notes.push("The matrix notes that its website's security certificate had expired.");
  const other = statuses.filter((s) => !/not functional|closed|defunct|offline|certificate/i.test(s));
  for (const s of other) notes.push(`The matrix notes: "${s}".`);
  return notes.join(' ');
}

/** Country names that read with "the" inside a sentence. */
const WITH_THE = new Set([
  'Central African Republic', 'DR Congo', 'Dominican Republic', 'Netherlands', 'Palestinian territories', 'Philippines',
  'The Gambia', 'United Arab Emirates', 'United Kingdom', 'United States',
]);

/** "from the United Kingdom", "from Russia"; the matrix's "International" rows have no country. */
export function placePhrase(country: string): string {
  if (country === 'International') return 'listed as international';
  if (WITH_THE.has(country)) return `from the ${country.replace(/^The /, '')}`;
  return `from ${country}`;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function classSentence({ country, classes, hasOutletRecords }: SummaryInput): string {
  const place = placePhrase(country);
  if (classes.length === 1) {
    const { code, tentative } = classes[0]!;
    const t = TYPOLOGY[code];
    const subject = hasOutletRecords ? 'it and its listed outlets' : 'it';
    const classes_ = tentative ? `tentatively classes ${subject} (with a question mark)` : `classes ${subject}`;
    return `${capitalise(t.model)} ${place}, as the State Media Profiles matrix ${classes_} in State Media Monitor's typology: ${t.brief}.`;
  }
  // Several classes: say the side of the line first, then which listing is in which class.
  const category = categoryOf(classes.map((c) => c.code));
  const sides = new Set(classes.map((c) => TYPOLOGY[c.code].category));
  const group =
    sides.size > 1
      ? 'Partly state-controlled, partly independent media'
      : category === 'state-controlled-media'
        ? 'State-controlled or captured media'
        : 'Editorially independent state or public media';
  const each = classes.map((c) => `${shortList(c.outlets)} ${c.tentative ? 'tentatively (with a question mark) ' : ''}as ${TYPOLOGY[c.code].model}`);
  return `${group} ${place}, as the State Media Profiles matrix classes its listings in State Media Monitor's typology: ${each.join('; ')}.`;
}

export function stateMediaSummary(input: SummaryInput): string {
  const parts = [classSentence(input)];
  if (input.parents.length) parts.push(`It is listed as an outlet of ${listWords(input.parents)}.`);
  else if (input.listedUnder) parts.push(`It is listed under "${input.listedUnder}".`);
  else parts.push(outletsSentence(input.outlets));
  parts.push(...input.notes, statusNote(input.statuses));
  return parts.filter(Boolean).join(' ');
}
