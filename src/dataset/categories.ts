/**
 * The categories, without zod: the content script needs them (one highlight per category) but
 * must not load zod, whose initialisation alone costs tens of milliseconds on every page.
 */
/** Categories the popup can toggle. Kept small and fixed: each one is a CSS highlight. */
export const CATEGORIES = [
  'state-media',
  'government-military',
  'armed-group',
  'intergovernmental',
  'ngo-monitor',
  'think-tank',
  'party-movement',
  'news-media',
  'company-lobby',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** Human labels for categories, shown in the popup and the popover. */
export const CATEGORY_LABELS: Record<Category, string> = {
  'state-media': 'State media',
  'government-military': 'Government & military',
  'armed-group': 'Armed group',
  intergovernmental: 'Intergovernmental',
  'ngo-monitor': 'NGO & monitor',
  'think-tank': 'Think tank',
  'party-movement': 'Party & movement',
  'news-media': 'News agency & media',
  'company-lobby': 'Company & lobby',
};
