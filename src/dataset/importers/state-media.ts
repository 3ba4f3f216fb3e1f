/**
 * Import the State Media Profiles matrix (github.com/ASD-at-GMF/state-media-profiles, MIT; seed data
 * from State Media Monitor) into a data pack of state and public media organisations and publisher
 * domains.
 *
 * Pure: text in, pack out. `scripts/import-state-media.ts` reads the file, validates and writes JSON.
 *
 * Shape of the result:
 * - A media company with one listed outlet becomes one organisation (the outlet's name is an alias).
 * - A company with several distinct outlets becomes one organisation for the company plus one per
 *   outlet (`part-of` the company): readers meet "RT Deutsch" or "Doordarshan", not the holding.
 * - Every organisation carries one affiliation per typology code of its rows, in plain words. Only
 *   the three codes in which the state controls the editorial line (SC, CaPu, CaPr) are
 *   `controlled-by` and in the `state-controlled-media` category; the four independent ones are
 *   `described-as` and in `independent-public-media` (see state-media-typology.ts). A row without a
 *   known code is skipped and reported: no class, no label.
 * - Its summary opens with its class, country and what the class means (state-media-summary.ts).
 * - Aliases that are URLs, ordinary words or generic strings are dropped; short acronyms and names
 *   that two organisations share get `requireNearby` with the country's name and demonyms.
 */
import type { Alias, AliasRule, DataPackInput, OrganisationInput, Source } from '../schema';
import { Domain } from '../schema';
import { aliasKey } from '../integrity';
import { aliasText, clean, IdAllocator, parseTable, slugify, type Reserved } from './common';
import { countryWords, normaliseCountry } from './countries';
import { aliasRisk, isGenericCompany, parseName, type ParsedName } from './state-media-names';
import { shortList, stateMediaSummary, type ClassEntry } from './state-media-summary';
import { TYPOLOGY, categoryOf, parseTypology } from './state-media-typology';

/** Sources every statement of this pack cites (confirmed with the search tools on `checked`). */
export function stateMediaSources(checked: string): { typology: Source; repository: Source } {
  return {
    typology: {
      url: 'https://statemediamonitor.com/typology/',
      publisher: 'State Media Monitor (Media and Journalism Research Center)',
      title: 'Typology',
      date: '2022',
      checked,
    },
    repository: {
      url: 'https://github.com/ASD-at-GMF/state-media-profiles',
      publisher: 'Alliance for Securing Democracy (German Marshall Fund)',
      title: 'State Media Profiles',
      date: '2023',
      checked,
    },
  };
}

// ---------------------------------------------------------------------------------------------
// The import

interface Row {
  line: number;
  country: string;
  company: string;
  asset: string;
  url: string;
  typology: string;
  status: string;
}

interface Draft {
  key: string;
  name: string;
  country: string;
  isCompany: boolean;
  /** Display name of the company an outlet belongs to, if any. */
  companyName?: string;
  /** Generic company label an outlet is listed under ("Government press unit"). */
  listedUnder?: string;
  aliases: string[];
  notes: string[];
  rows: Row[];
  /** The one outlet of a single-outlet company, when it has its own name. */
  singleOutlet?: string;
  outlets: string[];
  parents: string[];
  first: number;
  id?: string;
  finalName?: string;
  finalAliases?: Alias[];
}

export interface StateMediaReport {
  rows: number;
  skippedRows: { row: number; reason: string }[];
  domainConflicts: { domain: string; kept: string; dropped: string[] }[];
  /** `row` counts records from 1 (the header), as a spreadsheet shows them. */
  skippedDomains: { row: number; url: string; reason: string }[];
  renamed: { from: string; to: string }[];
  droppedAliases: { organisation: string; alias: string }[];
}

export interface StateMediaOptions {
  checked: string;
  reserved?: Reserved;
}

/** Hosts that are platforms or third-party monitors, never the outlet's own site. */
const FOREIGN_HOSTS = [
  'youtube.com', 'facebook.com', 'twitter.com', 'x.com', 'instagram.com', 't.me', 'telegram.me', 'vk.com', 'ok.ru',
  'tiktok.com', 'linkedin.com', 'wikipedia.org', 'google.com', 'kcnawatch.org',
];

/**
 * Government portals the matrix gives as an outlet's URL (a state government's or a ministry's
 * site): publishing them as the outlet's domain would label the government's own site.
 */
const GOVERNMENT_PORTALS = [
  'lagosstate.gov.ng', 'plateaustate.gov.ng', 'tarabastate.gov.ng', 'ministerecommunication.gov.dz', 'moi.gov.mm',
  'media.gov.kw',
];

const LANGUAGE_SEGMENT = /^(?:[a-z]{2}(?:-[a-z]{2})?|eng?|english|home|index|main|news|default\.aspx|index\.html?)$/i;

/**
 * Does the URL point into a section of a larger site ("prasarbharati.gov.in/doordarshan/")?
 * Language folders and home-page paths do not count.
 */
export function isSectionUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(url.trim()) ? url.trim() : `http://${url.trim()}`);
  } catch {
    return false;
  }
  if (parsed.search) return true;
  const first = parsed.pathname.split('/').find((seg) => seg !== '');
  return first !== undefined && !LANGUAGE_SEGMENT.test(first);
}

/** The lower-case host of a URL cell without "www.", or null when it is not a usable host name. */
export function hostOf(url: string): string | null {
  const raw = url.trim();
  if (!raw) return null;
  let parsed: URL;
  try {
    parsed = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `http://${raw}`);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  const host = parsed.hostname.toLowerCase().replace(/\.$/, '').replace(/^www\d?\./, '');
  if (!Domain.safeParse(host).success) return null;
  return host;
}

const SCRIPTS: [RegExp, string][] = [
  [/\p{Script=Arabic}/u, 'arabic'],
  [/\p{Script=Han}/u, 'chinese'],
  [/\p{Script=Hangul}/u, 'korean'],
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/u, 'japanese'],
  [/\p{Script=Hebrew}/u, 'hebrew'],
  [/\p{Script=Greek}/u, 'greek'],
  [/\p{Script=Georgian}/u, 'georgian'],
  [/\p{Script=Armenian}/u, 'armenian'],
  [/\p{Script=Thai}/u, 'thai'],
];

/** Notes the matrix puts in brackets, quoted as its own words. */
function noteSentences(notes: readonly string[], about?: string): string[] {
  const unique = [...new Set(notes.map(clean).filter(Boolean))];
  if (unique.length === 0) return [];
  return [`The matrix adds${about ? ` about ${about}` : ''}: ${unique.map((n) => `"${n}"`).join('; ')}.`];
}

export function importStateMediaWithReport(csvText: string, opts: StateMediaOptions): { pack: DataPackInput; report: StateMediaReport } {
  const report: StateMediaReport = { rows: 0, skippedRows: [], domainConflicts: [], skippedDomains: [], renamed: [], droppedAliases: [] };
  const src = stateMediaSources(opts.checked);

  // 1. Rows.
  const table = parseTable(csvText);
  const rows: Row[] = [];
  table.forEach((r, i) => {
    const line = i + 2;
    const country = normaliseCountry(r['Country'] ?? '');
    const company = clean(r['Media company'] ?? '');
    const asset = clean(r['Main assets'] ?? '');
    if (!country || (!company && !asset)) {
      report.skippedRows.push({ row: line, reason: 'no country or name' });
      return;
    }
    const typology = clean(r['Typology'] ?? '');
    if (!parseTypology(typology)) {
      report.skippedRows.push({ row: line, reason: typology ? `unknown typology code "${typology}"` : 'no typology code' });
      return;
    }
    const status = [r['Status'] ?? '', r['Notes'] ?? ''].map(clean).filter((s) => s && !/^merged from/i.test(s)).join('; ');
    rows.push({ line, country, company: company || asset, asset, url: clean(r['URL'] ?? ''), typology, status });
  });
  report.rows = rows.length;

  // 2. Group by country + cleaned company name.
  interface Group {
    country: string;
    company: ParsedName;
    rows: Row[];
    first: number;
  }
  const groups = new Map<string, Group>();
  for (const row of rows) {
    const company = parseName(row.company);
    const key = `${row.country}\u0000${aliasKey(company.name)}`;
    let g = groups.get(key);
    if (!g) {
      g = { country: row.country, company, rows: [], first: row.line };
      groups.set(key, g);
    } else {
      for (const a of company.aliases) if (!g.company.aliases.includes(a)) g.company.aliases.push(a);
      for (const n of company.notes) if (!g.company.notes.includes(n)) g.company.notes.push(n);
    }
    g.rows.push(row);
  }

  // 3. Drafts: one per organisation, merged by country + name.
  const drafts = new Map<string, Draft>();
  const draftKey = (country: string, name: string) => `${country}\u0000${aliasKey(name)}`;
  const upsert = (country: string, name: string, isCompany: boolean, first: number): Draft => {
    const key = draftKey(country, name);
    let d = drafts.get(key);
    if (!d) {
      d = { key, name, country, isCompany, aliases: [], notes: [], rows: [], outlets: [], parents: [], first };
      drafts.set(key, d);
    } else {
      d.isCompany ||= isCompany;
      d.first = Math.min(d.first, first);
    }
    return d;
  };
  const addAll = (list: string[], items: readonly string[]) => {
    for (const item of items) if (item && !list.includes(item)) list.push(item);
  };

  for (const g of groups.values()) {
    const companyKeys = new Set([g.company.name, ...g.company.aliases].map((n) => aliasKey(n)));
    const selfRows: Row[] = [];
    const selfAliases: string[] = [];
    const selfNotes: string[] = [];
    const outlets = new Map<string, { parsed: ParsedName; rows: Row[] }>();
    for (const row of g.rows) {
      const parsed = parseName(row.asset || row.company);
      const key = aliasKey(parsed.name);
      if (!key || companyKeys.has(key)) {
        selfRows.push(row);
        addAll(selfAliases, parsed.aliases);
        addAll(selfNotes, parsed.notes);
        continue;
      }
      const o = outlets.get(key);
      if (o) {
        o.rows.push(row);
        addAll(o.parsed.aliases, parsed.aliases);
        addAll(o.parsed.notes, parsed.notes);
      } else outlets.set(key, { parsed, rows: [row] });
    }
    const generic = isGenericCompany(g.company.name, g.company.aliases);
    const multi = outlets.size + (selfRows.length > 0 ? 1 : 0) >= 2;
    const allRows = g.rows;

    if (!multi) {
      // One organisation: the company, its single outlet's names as aliases.
      const only = [...outlets.values()][0];
      const name = generic && only ? only.parsed.name : g.company.name;
      const d = upsert(g.country, name, true, g.first);
      d.rows.push(...allRows);
      addAll(d.aliases, g.company.aliases);
      addAll(d.aliases, selfAliases);
      if (only) {
        if (!generic) {
          addAll(d.aliases, [only.parsed.name]);
          if (aliasRisk(only.parsed.name) !== 'drop') d.singleOutlet ??= only.parsed.name;
        }
        addAll(d.aliases, only.parsed.aliases);
        addAll(d.notes, noteSentences(only.parsed.notes, only.parsed.name));
      }
      if (generic && only) d.listedUnder = g.company.name;
      addAll(d.notes, noteSentences([...g.company.notes, ...selfNotes]));
      continue;
    }

    let parent: Draft | undefined;
    if (!generic) {
      parent = upsert(g.country, g.company.name, true, g.first);
      parent.rows.push(...selfRows);
      addAll(parent.aliases, g.company.aliases);
      addAll(parent.aliases, selfAliases);
      addAll(parent.notes, noteSentences([...g.company.notes, ...selfNotes]));
    }
    for (const { parsed, rows: outletRows } of outlets.values()) {
      const d = upsert(g.country, parsed.name, false, outletRows[0]!.line);
      d.rows.push(...outletRows);
      addAll(d.aliases, parsed.aliases);
      addAll(d.notes, noteSentences(parsed.notes));
      if (parent && parent !== d) {
        addAll(d.parents, [parent.key]);
        d.companyName ??= parent.name;
        addAll(parent.outlets, [d.name]);
      } else if (!parent) d.listedUnder ??= g.company.name;
    }
  }

  const ordered = [...drafts.values()].sort((a, b) => a.first - b.first);

  // 4. Names and aliases: qualify unsafe names, drop or rule unsafe aliases.
  const qualifier = (d: Draft) => (aliasKey(d.name) === aliasKey(d.country) || d.country === 'International' ? (d.companyName ?? d.listedUnder ?? 'state media') : d.country);
  // A ruled alias is a proper name: matched as written (capitals included) and near its country.
  const ruled = (text: string, country: string): AliasRule | null => {
    const near = countryWords(country);
    return near.length ? { text, caseSensitive: true, requireNearby: near } : null;
  };
  for (const d of ordered) {
    let name = d.name;
    const aliases: Alias[] = [];
    const nameRisk = aliasRisk(d.name);
    if (nameRisk !== 'ok') {
      name = `${d.name} (${qualifier(d)})`;
      report.renamed.push({ from: d.name, to: name });
      if (nameRisk === 'ruled') {
        const r = ruled(d.name, d.country);
        if (r) aliases.push(r);
      }
    }
    const seen = new Set([aliasKey(name), ...aliases.map((a) => aliasKey(aliasText(a)))]);
    for (const text of d.aliases) {
      const key = aliasKey(text);
      if (!key || seen.has(key)) continue;
      const risk = aliasRisk(text);
      if (risk === 'drop') {
        report.droppedAliases.push({ organisation: name, alias: text });
        continue;
      }
      if (risk === 'ruled') {
        const r = ruled(text, d.country);
        if (!r) {
          report.droppedAliases.push({ organisation: name, alias: text });
          continue;
        }
        aliases.push(r);
      } else aliases.push(text);
      seen.add(key);
    }
    d.finalName = name;
    d.finalAliases = aliases;
  }

  // 5. Collisions: a text two organisations share (or that another pack holds) is ruled everywhere
  //    here; a shared name is qualified with the country and kept as a ruled alias.
  const reservedKeys = opts.reserved?.aliasKeys ?? {};
  for (let pass = 0; pass < 5; pass++) {
    const holders = new Map<string, { names: Set<Draft>; aliases: Set<Draft> }>();
    const holder = (key: string) => {
      let h = holders.get(key);
      if (!h) holders.set(key, (h = { names: new Set(), aliases: new Set() }));
      return h;
    };
    for (const d of ordered) {
      holder(aliasKey(d.finalName!)).names.add(d);
      for (const a of d.finalAliases!) if (typeof a === 'string') holder(aliasKey(a)).aliases.add(d);
    }
    let changed = false;
    for (const [key, { names, aliases }] of holders) {
      const external = Object.hasOwn(reservedKeys, key);
      const everyone = new Set([...names, ...aliases]);
      if (everyone.size < 2 && !external) continue;
      // One organisation bears the text as its name and no other pack holds it: it keeps it, and
      // others in the same country drop it (they are that organisation's outlets or aliases of it).
      const keeper = !external && names.size === 1 ? [...names][0]! : undefined;
      for (const d of names) {
        if (d === keeper) continue;
        const original = d.finalName!;
        let next = `${original} (${qualifier(d)})`;
        if (aliasKey(next) === key || holders.has(aliasKey(next))) next = `${original} (${d.companyName ?? d.listedUnder ?? d.country}, ${d.country})`;
        d.finalName = next;
        report.renamed.push({ from: original, to: next });
        const r = ruled(original, d.country);
        if (r) d.finalAliases!.push(r);
        changed = true;
      }
      for (const d of aliases) {
        if (d === keeper) continue;
        d.finalAliases = d.finalAliases!.flatMap((a): Alias[] => {
          if (typeof a !== 'string' || aliasKey(a) !== key) return [a];
          changed = true;
          const r = keeper && keeper.country === d.country ? null : ruled(a, d.country);
          if (!r) report.droppedAliases.push({ organisation: d.finalName!, alias: a });
          return r ? [r] : [];
        });
      }
      // The keeper itself may also list the text as an alias: harmless, it is its own.
    }
    if (!changed) break;
  }

  // 6. Ids.
  const ids = new IdAllocator(opts.reserved?.ids ?? []);
  for (const d of ordered) {
    const countrySlug = slugify(d.country);
    let nameSlug = slugify(d.name) || slugify(d.finalName!);
    if (nameSlug === countrySlug) nameSlug = slugify(d.finalName!);
    // Letters slugify cannot spell (Arabic, Chinese, …) are named by their script instead.
    for (const [script, label] of SCRIPTS) if (script.test(d.name)) nameSlug = `${nameSlug}-${label}`;
    const base = `-${nameSlug}-`.includes(`-${countrySlug}-`) ? nameSlug : `${nameSlug}-${countrySlug}`;
    d.id = ids.take(base);
  }
  const byKey = new Map(ordered.map((d) => [d.key, d]));
  const children = new Map<Draft, Draft[]>();
  for (const d of ordered) {
    for (const k of d.parents) {
      const p = byKey.get(k);
      if (!p || p === d) continue;
      let list = children.get(p);
      if (!list) children.set(p, (list = []));
      list.push(d);
    }
  }

  // 7. Organisations.
  const organisations: OrganisationInput[] = ordered.map((d) => {
    const parents = d.parents.map((k) => byKey.get(k)!).filter((p) => p && p !== d);

    // One class per typology code among the rows this organisation speaks for (its outlets' too).
    const kids = children.get(d) ?? [];
    const rowsForTypology = [...d.rows, ...kids.flatMap((k) => k.rows)];
    const byCode = new Map<string, ClassEntry>();
    for (const r of rowsForTypology) {
      // Step 1 kept only rows with a known code.
      const t = parseTypology(r.typology)!;
      const k = `${t.code}${t.tentative ? '?' : ''}`;
      let entry = byCode.get(k);
      if (!entry) byCode.set(k, (entry = { ...t, outlets: [] }));
      const outletName = parseName(r.asset || r.company).name;
      if (!entry.outlets.includes(outletName)) entry.outlets.push(outletName);
    }
    const classes = [...byCode.values()];

    const summary = stateMediaSummary({
      country: d.country,
      classes,
      hasOutletRecords: kids.length > 0,
      parents: parents.map((p) => p.name),
      listedUnder: d.listedUnder,
      outlets: d.outlets.length ? d.outlets : d.singleOutlet ? [d.singleOutlet] : [],
      notes: d.notes,
      statuses: d.rows.map((r) => r.status).filter(Boolean),
    });

    const affiliations: OrganisationInput['affiliations'] = [];
    const mixed = classes.length > 1;
    for (const { code, tentative, outlets } of classes) {
      const t = TYPOLOGY[code];
      const subject = mixed ? shortList(outlets) : kids.length ? 'it and its listed outlets' : 'it';
      const classed = `${tentative ? 'tentatively classes' : 'classes'} ${subject}${tentative ? ' (with a question mark)' : ''} as ${t.model} (${code})`;
      affiliations.push({
        relation: t.relation,
        statement: `The State Media Profiles matrix, which uses State Media Monitor's typology, ${classed}; in that typology this means ${t.meaning}.`,
        sources: [src.typology, src.repository],
      });
    }
    for (const p of parents) {
      affiliations.push({
        relation: 'part-of',
        target: p.id!,
        statement: `The State Media Profiles matrix lists it among the outlets of ${p.name}.`,
        sources: [src.repository],
      });
    }
    return {
      id: d.id!,
      name: d.finalName!,
      aliases: d.finalAliases!,
      category: categoryOf(classes.map((c) => c.code)),
      country: d.country,
      summary,
      affiliations,
      counterReporting: [],
    };
  });

  // 8. Publisher domains: the organisation of the row; a host shared by one family goes to the
  //    company; a host shared across families stays with the first and the rest are reported.
  const rowOrg = new Map<number, Draft>();
  for (const d of ordered) for (const r of d.rows) rowOrg.set(r.line, d);
  const hostRows = new Map<string, { line: number; draft: Draft; section: boolean }[]>();
  for (const row of rows) {
    const d = rowOrg.get(row.line);
    if (!d || !row.url) continue;
    const host = hostOf(row.url);
    if (!host) {
      report.skippedDomains.push({ row: row.line, url: row.url, reason: 'not a valid host name' });
      continue;
    }
    if (FOREIGN_HOSTS.some((f) => host === f || host.endsWith(`.${f}`))) {
      report.skippedDomains.push({ row: row.line, url: row.url, reason: 'a platform or third-party site, not the outlet' });
      continue;
    }
    if (GOVERNMENT_PORTALS.includes(host)) {
      report.skippedDomains.push({ row: row.line, url: row.url, reason: "a government or ministry portal, not the outlet's own site" });
      continue;
    }
    let list = hostRows.get(host);
    if (!list) hostRows.set(host, (list = []));
    list.push({ line: row.line, draft: d, section: isSectionUrl(row.url) });
  }
  const rootOf = (d: Draft): Draft => {
    const p = d.parents.map((k) => byKey.get(k)).find((x): x is Draft => Boolean(x) && x !== d);
    return p ?? d;
  };
  const reservedDomains = opts.reserved?.domains ?? {};
  const publishers: { domain: string; organisation: string }[] = [];
  for (const [host, list] of hostRows) {
    // Several organisations of one family share a host: it is the company's. A host shared across
    // families stays with the first organisation that gives it as its home page; the rest are
    // reported. A lone outlet that only points into a section of a host ("…/radio/") without a
    // company above it tells us nothing about who runs the whole site.
    const distinct = [...new Set(list.map((x) => x.draft))];
    const whole = [...new Set(list.filter((x) => !x.section).map((x) => x.draft))];
    let owner: Draft;
    if (distinct.length === 1) {
      const only = distinct[0]!;
      if (whole.length === 0) {
        const root = rootOf(only);
        if (root === only) {
          report.skippedDomains.push({ row: list[0]!.line, url: host, reason: 'points into a section of a larger site whose owner the matrix does not name' });
          continue;
        }
        owner = root;
      } else owner = only;
    } else {
      const roots = [...new Set(distinct.map(rootOf))];
      if (roots.length === 1) owner = roots[0]!;
      else {
        owner = (whole[0] ?? distinct[0])!;
        const keptRoot = rootOf(owner);
        report.domainConflicts.push({
          domain: host,
          kept: owner.id!,
          dropped: [...new Set(distinct.filter((d) => rootOf(d) !== keptRoot).map((d) => d.id!))],
        });
      }
    }
    const taken = reservedDomains[host];
    if (taken && taken !== owner.id) {
      report.domainConflicts.push({ domain: host, kept: `${taken} (another data pack)`, dropped: [owner.id!] });
      continue;
    }
    publishers.push({ domain: host, organisation: owner.id! });
  }

  organisations.sort((a, b) => a.id.localeCompare(b.id));
  publishers.sort((a, b) => a.domain.localeCompare(b.domain));
  return {
    pack: {
      description:
        'State and public media worldwide, derived from the State Media Profiles matrix (github.com/ASD-at-GMF/state-media-profiles, ' +
        'Alliance for Securing Democracy), whose seed data (country, company, main assets, typology) come from State Media Monitor, ' +
        'a project of the Media and Journalism Research Center. Generated by scripts/import-state-media.ts; do not edit by hand.',
      license: 'MIT; seed data by State Media Monitor',
      organisations,
      publishers,
      claims: [],
    },
    report,
  };
}

/** The pack alone (see `importStateMediaWithReport` for what was skipped and why). */
export function importStateMedia(csvText: string, opts: StateMediaOptions): DataPackInput {
  return importStateMediaWithReport(csvText, opts).pack;
}

