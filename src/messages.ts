/**
 * The typed messages between contexts. Content script and popup ask the background for records
 * (the background holds the full dataset; the content script only the compact matchers), and the
 * popup asks the content script what it found on the page.
 */
import type { Category, Claim, Organisation } from './dataset/schema';
import type { HighlightKey } from './content/annotation';

/** Where a record from an imported pack came from, shown in its card instead of the dataset's line. */
export interface PackOrigin {
  /** The pack's file name, e.g. `acme.json`. */
  name: string;
  /** When it was imported (ISO 8601). */
  importedAt: string;
}

/** A record as the background answers it: `fromPack` is set for records of imported packs only. */
export type WithOrigin<T> = T & { fromPack?: PackOrigin };

/** A publisher look-up result: who publishes a site. */
export interface PublisherInfo {
  domain: string;
  organisation: WithOrigin<Organisation>;
}

export interface PageItem {
  kind: 'organisation' | 'claim';
  id: string;
  label: string;
  key: HighlightKey;
  count: number;
  /** False when its category is switched off or it publishes this site (found, but not highlighted). */
  shown: boolean;
  /** It publishes the site being read: listed, marked as such, never highlighted. */
  ownPublisher?: boolean;
}

export interface PageSummary {
  host: string;
  /** The extension is turned off for this site. */
  disabled: boolean;
  items: PageItem[];
}

/** Requests to the background. */
export type BackgroundRequest =
  | { type: 'get-organisation'; id: string }
  | { type: 'get-claim'; id: string }
  | { type: 'get-publisher'; host: string }
  | { type: 'found-count'; count: number }
  | { type: 'get-user-packs' }
  | { type: 'background-status' }
  | { type: 'bundled-ids'; organisations: string[]; claims: string[] };

export interface BackgroundResponses {
  'get-organisation': WithOrigin<Organisation> | null;
  'get-claim': (WithOrigin<Claim> & { organisations: Array<{ id: string; name: string; category: Category }> }) | null;
  'get-publisher': PublisherInfo | null;
  'found-count': null;
  /** The organisations and claims of the user's imported packs, validated by the background. */
  'get-user-packs': { organisations: Organisation[]; claims: Claim[] };
  /** When this background instance started and how many record shards it has read (cold-start checks). */
  'background-status': { startedAt: number; shardsRead: number };
  /** Which of the given ids the bundled dataset has (asked by the options page before importing a pack). */
  'bundled-ids': { organisations: string[]; claims: string[] };
}

/** Requests to a tab's content script. */
export type ContentRequest = { type: 'get-page-summary' } | { type: 'reveal'; id: string } | { type: 'open-next' };

export interface ContentResponses {
  'get-page-summary': PageSummary;
  reveal: boolean;
  'open-next': boolean;
}

/** Narrow unknown input to a request shape; messages from elsewhere are ignored, not trusted. */
export function isBackgroundRequest(value: unknown): value is BackgroundRequest {
  if (!value || typeof value !== 'object') return false;
  const v = value as { type?: unknown; id?: unknown; host?: unknown; count?: unknown; organisations?: unknown; claims?: unknown };
  switch (v.type) {
    case 'get-organisation':
    case 'get-claim':
      return typeof v.id === 'string';
    case 'get-publisher':
      return typeof v.host === 'string';
    case 'found-count':
      return typeof v.count === 'number';
    case 'get-user-packs':
    case 'background-status':
      return true;
    case 'bundled-ids':
      return isStringArray(v.organisations) && isStringArray(v.claims);
    default:
      return false;
  }
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((x) => typeof x === 'string');
}

export function isContentRequest(value: unknown): value is ContentRequest {
  if (!value || typeof value !== 'object') return false;
  const v = value as { type?: unknown; id?: unknown };
  return v.type === 'get-page-summary' || v.type === 'open-next' || (v.type === 'reveal' && typeof v.id === 'string');
}
