/**
 * User settings, read without zod (the content script loads this on every page; see
 * settings-spec.ts for the zod specification, which a property test holds this to). A missing or
 * partly corrupt stored value still yields usable settings: bad fields fall back to their
 * defaults, unknown fields are dropped, nothing throws.
 */
import { CATEGORIES, SPLIT_CATEGORIES, type Category } from '../dataset/categories';

export interface Settings {
  /** Schema version, for migrations. */
  version: 1;
  /** Master switch. */
  enabled: boolean;
  /** Which categories are highlighted. */
  categories: Record<Category, boolean>;
  /** Host names the user turned the extension off for (exact host, or a parent domain). */
  disabledSites: string[];
  /** Highlight every mention, or only the first of each organisation on a page. */
  mentions: 'every' | 'first';
  /** Highlight known claims. */
  claims: boolean;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const bool = (value: unknown) => (typeof value === 'boolean' ? value : true);

/** A category key stored by an earlier version that was split into `category`, if any. */
const predecessors = (category: Category) => Object.keys(SPLIT_CATEGORIES).filter((old) => SPLIT_CATEGORIES[old]!.includes(category));

function categories(value: unknown): Record<Category, boolean> {
  const from = isRecord(value) ? value : {};
  // A reader who turned "State media" off before it was split keeps both of its parts off; a
  // toggle stored under the new key wins.
  const toggle = (c: Category) => {
    if (typeof from[c] === 'boolean') return from[c];
    const old = predecessors(c).find((k) => typeof from[k] === 'boolean');
    return bool(old === undefined ? undefined : from[old]);
  };
  return Object.fromEntries(CATEGORIES.map((c) => [c, toggle(c)])) as Record<Category, boolean>;
}

/** Parse whatever storage returned: never throws, always a complete Settings. */
export function parseSettings(value: unknown): Settings {
  const v = value ?? {};
  if (!isRecord(v)) return parseSettings({});
  const sites = v.disabledSites;
  return {
    version: 1,
    enabled: bool(v.enabled),
    categories: categories(v.categories),
    disabledSites: Array.isArray(sites) && sites.every((s) => typeof s === 'string') ? [...(sites as string[])] : [],
    mentions: v.mentions === 'first' ? 'first' : 'every',
    claims: bool(v.claims),
  };
}

export const DEFAULT_SETTINGS: Settings = parseSettings({});

/** Is the extension off for this host (or a parent domain the user turned off)? */
export function isSiteDisabled(settings: Settings, host: string): boolean {
  const h = host.toLowerCase().replace(/^www\./, '');
  return settings.disabledSites.some((site) => h === site || h.endsWith(`.${site}`));
}
