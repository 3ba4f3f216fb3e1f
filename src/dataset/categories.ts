/**
 * The categories, without zod: the content script needs them (one highlight per category) but
 * must not load zod, whose initialisation alone costs tens of milliseconds on every page.
 */
/** Categories the popup can toggle. Kept small and fixed: each one is a CSS highlight. */
export const CATEGORIES = [
  // State and public media, split by State Media Monitor's typology: whether the state controls
  // the editorial line (SC, CaPu, CaPr) or not (IP, ISF, ISM, ISFM). One "state media" category
  // chipped the BBC like RT, which is the mislabelling readers hold against labelling schemes.
  'state-controlled-media',
  'independent-public-media',
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

/**
 * Category keys that earlier versions stored and that were later split, with the keys that
 * replaced them: a stored toggle for the old key applies to each of its successors.
 */
export const SPLIT_CATEGORIES: Readonly<Record<string, readonly Category[]>> = {
  'state-media': ['state-controlled-media', 'independent-public-media'],
};

/** Human labels for categories, shown in the popup and the popover. */
export const CATEGORY_LABELS: Record<Category, string> = {
  'state-controlled-media': 'State-controlled media',
  'independent-public-media': 'Independent state & public media',
  'government-military': 'Government & military',
  'armed-group': 'Armed group',
  intergovernmental: 'Intergovernmental',
  'ngo-monitor': 'NGO & monitor',
  'think-tank': 'Think tank',
  'party-movement': 'Party & movement',
  'news-media': 'News agency & media',
  'company-lobby': 'Company & lobby',
};
