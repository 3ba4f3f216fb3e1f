/**
 * What the importers share: RFC 4180 CSV/TSV parsing, white-space cleaning, id slugs and
 * allocation, and the set of names other data packs already hold. Pure and browser-free.
 */
import type { Alias } from '../schema';

// ---------------------------------------------------------------------------------------------
// CSV

/**
 * RFC 4180 CSV (or TSV with `delimiter = '\t'`): quoted fields may hold delimiters, doubled quotes
 * and line breaks; CRLF, LF and CR all end a record; a leading BOM is ignored. A quote inside an
 * unquoted field is kept as a character. Returns every record, blank ones included.
 */
export function parseCsv(text: string, delimiter = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let inQuotes = false;
  let quotedField = false; // the current field began with a quote
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const endField = () => {
    row.push(field);
    field = '';
    quotedField = false;
  };
  for (; i < text.length; i++) {
    const ch = text[i]!;
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else inQuotes = false;
      } else field += ch;
    } else if (ch === '"' && field === '' && !quotedField) {
      inQuotes = true;
      quotedField = true;
    } else if (ch === delimiter) {
      endField();
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endField();
      rows.push(row);
      row = [];
    } else field += ch;
  }
  if (field !== '' || quotedField || row.length > 0) {
    endField();
    rows.push(row);
  }
  return rows;
}

/** Records as objects keyed by the header row; blank records are skipped. */
export function parseTable(text: string, delimiter = ','): Record<string, string>[] {
  const [header, ...records] = parseCsv(text, delimiter);
  if (!header) return [];
  const keys = header.map((h) => h.trim());
  return records
    .filter((r) => r.some((cell) => cell.trim() !== ''))
    .map((r) => Object.fromEntries(keys.map((k, i) => [k, (r[i] ?? '').trim()])));
}

// ---------------------------------------------------------------------------------------------
// Text, ids and aliases

/** Collapse runs of white space. */
export function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l',
  м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch',
  ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya', і: 'i', ї: 'yi', є: 'ye', ґ: 'g',
};

/** A kebab-case id fragment: Latin letters and digits, diacritics folded, Cyrillic transliterated. */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[а-яёіїєґ]/g, (ch) => CYRILLIC[ch] ?? '')
    .replace(/[’'ʻʼ`]/g, '')
    .replace(/&/g, ' and ')
    .replace(/\+/g, ' plus ')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/[æ]/g, 'ae')
    .replace(/[œ]/g, 'oe')
    .replace(/[øö]/g, 'o')
    .replace(/[đð]/g, 'd')
    .replace(/ł/g, 'l')
    .replace(/ı/g, 'i')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Hands out unique ids: `base`, then `base-2`, `base-3`, … */
export class IdAllocator {
  private readonly used: Set<string>;
  constructor(reserved: Iterable<string> = []) {
    this.used = new Set(reserved);
  }
  take(base: string): string {
    const root = base || 'organisation';
    let id = root;
    for (let n = 2; this.used.has(id); n++) id = `${root}-${n}`;
    this.used.add(id);
    return id;
  }
}

/** The text of an alias, whether bare or ruled. */
export function aliasText(alias: Alias): string {
  return typeof alias === 'string' ? alias : alias.text;
}

/** What other data packs already hold, so an import can avoid colliding with them. */
export interface Reserved {
  /** Alias key (see integrity.ts `aliasKey`) → id of the organisation that holds it unruled. */
  aliasKeys?: Record<string, string>;
  /** Publisher domain → organisation id. */
  domains?: Record<string, string>;
  /** Organisation ids in use. */
  ids?: readonly string[];
}
