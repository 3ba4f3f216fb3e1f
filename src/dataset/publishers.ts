/** Who publishes a site: a suffix match over host names, so `news.bbc.co.uk` finds `bbc.co.uk`. */
export function findPublisher(publishers: Readonly<Record<string, string>>, host: string): { domain: string; organisation: string } | null {
  let h = host.toLowerCase().replace(/\.$/, '');
  while (h) {
    if (Object.hasOwn(publishers, h)) return { domain: h, organisation: publishers[h]! };
    const dot = h.indexOf('.');
    if (dot < 0) return null;
    h = h.slice(dot + 1);
  }
  return null;
}
