/**
 * The settings' specification as a zod schema with defaults: a missing or partly corrupt stored
 * value still yields usable settings (bad fields fall back to their defaults; nothing throws).
 *
 * The extension reads settings with the hand-written parseSettings in schema.ts instead, because
 * the content script must not load zod (its initialisation costs tens of milliseconds on every
 * page). A property test checks that the two agree on any input.
 */
import * as z from 'zod';
import { CATEGORIES, SPLIT_CATEGORIES, type Category } from '../dataset/categories';

const CategoryToggles = z.object(
  Object.fromEntries(CATEGORIES.map((c) => [c, z.boolean().catch(true).default(true)])) as Record<
    Category,
    z.ZodDefault<z.ZodCatch<z.ZodBoolean>>
  >,
);

/**
 * Toggles stored under a category key that was later split apply to its successors, unless the
 * stored value already has a boolean for the successor.
 */
function migrateSplitCategories(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const from = value as Record<string, unknown>;
  const out: Record<string, unknown> = { ...from };
  for (const [old, successors] of Object.entries(SPLIT_CATEGORIES)) {
    if (typeof from[old] !== 'boolean') continue;
    for (const c of successors) if (typeof out[c] !== 'boolean') out[c] = from[old];
  }
  return out;
}

export const SettingsSpec = z.object({
  /** Schema version, for migrations. */
  version: z.literal(1).catch(1).default(1),
  /** Master switch. */
  enabled: z.boolean().catch(true).default(true),
  /** Which categories are highlighted. */
  categories: z
    .preprocess(migrateSplitCategories, CategoryToggles)
    .catch(() => CategoryToggles.parse({}))
    .default(() => CategoryToggles.parse({})),
  /** Host names the user turned the extension off for (exact host, or a parent domain). */
  disabledSites: z.array(z.string()).catch([]).default([]),
  /** Highlight every mention, or only the first of each organisation on a page. */
  mentions: z.enum(['every', 'first']).catch('every').default('every'),
  /** Highlight known claims. */
  claims: z.boolean().catch(true).default(true),
});

/** The spec's reading of a stored value: never throws, always complete settings. */
export function parseSettingsWithSpec(value: unknown): z.infer<typeof SettingsSpec> {
  const result = SettingsSpec.safeParse(value ?? {});
  return result.success ? result.data : SettingsSpec.parse({});
}
