/**
 * The dataset schema: the one source of truth for the dataset's types, for build-time validation,
 * for user-imported data packs and for the JSON Schema editors use (`npm run data:schema`).
 *
 * Pure and browser-free: it runs in Node (tests, build, data scripts) and in the extension.
 */
import * as z from 'zod';
import { CATEGORIES, CATEGORY_LABELS } from './categories';

export { CATEGORIES, CATEGORY_LABELS };
export const Category = z.enum(CATEGORIES);
export type Category = z.infer<typeof Category>;

export const RELATIONS = [
  'funded-by',
  'owned-by',
  'controlled-by',
  'part-of',
  'founded-by',
  'led-by',
  'member-of',
  'allied-with',
  'designated-by',
  'self-described-as',
  'described-as',
] as const;
export const Relation = z.enum(RELATIONS);
export type Relation = z.infer<typeof Relation>;

/** A stable, URL-safe identifier: lower-case words joined by hyphens. */
export const Id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are lower-case letters and digits joined by hyphens');

/** YYYY, YYYY-MM or YYYY-MM-DD: sources often give only a year or a month. */
export const PartialDate = z
  .string()
  .regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, 'dates are YYYY, YYYY-MM or YYYY-MM-DD');

/** Only http(s) links are ever shown: no javascript:, data: or file: URLs can reach a user. */
export const HttpUrl = z
  .string()
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.length > 0;
    } catch {
      return false;
    }
  }, 'must be an absolute http(s) URL');

export const Source = z.strictObject({
  url: HttpUrl,
  /** The outlet or body that published the source, e.g. "Reuters", "US Department of State". */
  publisher: z.string().min(1),
  title: z.string().min(1),
  /** Publication date of the source, as precise as the source states it. */
  date: PartialDate,
  /** When we last confirmed the source says what we cite it for. */
  checked: PartialDate,
});
export type Source = z.infer<typeof Source>;

export const COUNTER_RELATIONS = ['contradicts', 'corrects', 'adds-context'] as const;
export const CounterRelation = z.enum(COUNTER_RELATIONS);
export type CounterRelation = z.infer<typeof CounterRelation>;

/** Another outlet's report that contradicts, corrects or adds context; `summary` is in our words. */
export const CounterReport = Source.extend({
  relation: CounterRelation,
  summary: z.string().min(1),
});
export type CounterReport = z.infer<typeof CounterReport>;

const Words = z.array(z.string().min(1)).min(1);

/** An alias with matching rules; a bare string uses the defaults (see matcher/compile.ts). */
export const AliasRule = z.strictObject({
  text: z.string().min(1),
  /** Default: true for short or all-capital aliases ("IS", "UN", "WHO"), false otherwise. */
  caseSensitive: z.boolean().optional(),
  /** Default false: "Medecins" finds "Médecins". */
  diacriticsSensitive: z.boolean().optional(),
  /** At least one of these words must appear near the match (e.g. "IS" needs militant context). */
  requireNearby: Words.optional(),
  /** None of these words may appear near the match (e.g. "Apple" with "pie"). */
  forbidNearby: Words.optional(),
});
export const Alias = z.union([z.string().min(1), AliasRule]);
export type Alias = z.infer<typeof Alias>;
export type AliasRule = z.infer<typeof AliasRule>;

export const Affiliation = z.strictObject({
  relation: Relation,
  /** The organisation this one is tied to, when it is in the dataset. */
  target: Id.optional(),
  /** In our own words, attributed to whoever made the statement. */
  statement: z.string().min(1),
  since: PartialDate.optional(),
  until: PartialDate.optional(),
  sources: z.array(Source).min(1, 'every statement cites at least one source'),
});
export type Affiliation = z.infer<typeof Affiliation>;

export const Organisation = z.strictObject({
  id: Id,
  name: z.string().min(1),
  aliases: z.array(Alias),
  category: Category,
  /** Country or territory name in English, or "International". */
  country: z.string().min(1).optional(),
  wikidata: z.string().regex(/^Q\d+$/, 'a Wikidata id such as Q42').optional(),
  /** One neutral line in our own words. */
  summary: z.string().min(1),
  affiliations: z.array(Affiliation).min(1, 'every organisation has at least one cited affiliation'),
  counterReporting: z.array(CounterReport).default([]),
});
export type Organisation = z.infer<typeof Organisation>;
export type OrganisationInput = z.input<typeof Organisation>;

/** A site's domain; a suffix match, so `news.bbc.co.uk` finds `bbc.co.uk`. */
export const Domain = z
  .string()
  .regex(/^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z][a-z0-9-]*[a-z0-9]$/, 'a lower-case host name such as bbc.co.uk');

export const Publisher = z.strictObject({
  domain: Domain,
  organisation: Id,
});
export type Publisher = z.infer<typeof Publisher>;

/**
 * A claim that circulated in the news. Field names follow schema.org ClaimReview where one exists
 * (`claimReviewed`, `author` of the claim as `claimant`, `reviewRating.alternateName` as `rating`).
 */
export const Claim = z.strictObject({
  id: Id,
  claimReviewed: z.string().min(1),
  claimant: z.string().min(1),
  /** When the claim was made. */
  date: PartialDate,
  /** Where it was made, if it has a stable public URL. */
  appearance: HttpUrl.optional(),
  /** Word-for-word phrases of the claim as it circulates; an exact (normalised) hit is a match. */
  phrases: z.array(z.string().min(1)).min(1),
  /** Terms a paraphrase must share with the claim; the similarity score weighs these. */
  keyTerms: z.array(z.string().min(1)).min(2),
  /** A short textual rating, e.g. "Disputed", "Misleading", "Partly accurate". */
  rating: z.string().min(1),
  /** In our own words: what the record shows. */
  context: z.string().min(1),
  /** Organisations the claim concerns, if any. */
  about: z.array(Id).optional(),
  counterReports: z.array(CounterReport).min(2, 'every claim links at least two counter-reports'),
});
export type Claim = z.infer<typeof Claim>;
export type ClaimInput = z.input<typeof Claim>;

/** One dataset file, and the format of user-imported data packs. */
export const DataPack = z.strictObject({
  $schema: z.string().optional(),
  /** What the pack is and where it came from. */
  description: z.string().min(1),
  /** Licence of the pack's derived data, e.g. "MIT", "ODC-By-1.0". */
  license: z.string().min(1).optional(),
  organisations: z.array(Organisation).default([]),
  publishers: z.array(Publisher).default([]),
  claims: z.array(Claim).default([]),
});
export type DataPack = z.infer<typeof DataPack>;
export type DataPackInput = z.input<typeof DataPack>;
