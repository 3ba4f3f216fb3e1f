/** How a record from an imported pack says where it came from (card footer, popup). */
import type { PackOrigin } from '../../messages';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2026-12-05T09:30:00Z" → "5 Dec 2026", in the reader's time zone (they imported it there). */
export function formatImportDate(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return 'on an unknown date';
  return `${date.getDate()} ${MONTHS[date.getMonth()]!} ${date.getFullYear()}`;
}

/** "From your pack ‘acme.json’, imported 5 Dec 2026": the pack's own name, never ours. */
export function packOriginText(origin: PackOrigin): string {
  return `From your pack ‘${origin.name}’, imported ${formatImportDate(origin.importedAt)}`;
}
