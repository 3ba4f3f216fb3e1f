/**
 * User settings: zod schema with defaults, so a missing or partly corrupt stored value still
 * yields usable settings (bad fields fall back to their defaults; nothing throws).
 */
import * as z from 'zod';
import { CATEGORIES, type Category } from '../dataset/schema';

const CategoryToggles = z.object(
  Object.fromEntries(CATEGORIES.map((c) => [c, z.boolean().catch(true).default(true)])) as Record<
    Category,
    z.ZodDefault<z.ZodCatch<z.ZodBoolean>>
  >,
);

export const Settings = z.object({
  /** Schema version, for migrations. */
  version: z.literal(1).catch(1).default(1),
  /** Master switch. */
  enabled: z.boolean().catch(true).default(true),
  /** Which categories are highlighted. */
  categories: CategoryToggles.catch(() => CategoryToggles.parse({})).default(() => CategoryToggles.parse({})),
  /** Host names the user turned the extension off for (exact host, or a parent domain). */
  disabledSites: z.array(z.string()).catch([]).default([]),
  /** Highlight every mention, or only the first of each organisation on a page. */
  mentions: z.enum(['every', 'first']).catch('every').default('every'),
  /** Highlight known claims. */
  claims: z.boolean().catch(true).default(true),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = Settings.parse({});

/** Parse whatever storage returned: never throws, always a complete Settings. */
export function parseSettings(value: unknown): Settings {
  const result = Settings.safeParse(value ?? {});
  return result.success ? result.data : DEFAULT_SETTINGS;
}

/** Is the extension off for this host (or a parent domain the user turned off)? */
export function isSiteDisabled(settings: Settings, host: string): boolean {
  const h = host.toLowerCase().replace(/^www\./, '');
  return settings.disabledSites.some((site) => h === site || h.endsWith(`.${site}`));
}
