/**
 * The domains a host could be published under, longest first: `news.bbc.co.uk` → news.bbc.co.uk,
 * bbc.co.uk, co.uk, uk. Lower case, without a trailing dot. Both look-ups below (the bundled
 * records, read shard by shard, and imported packs, in memory) walk these.
 */
export function domainSuffixes(host: string): string[] {
  const out: string[] = [];
  let h = host.toLowerCase().replace(/\.$/, '');
  while (h) {
    out.push(h);
    const dot = h.indexOf('.');
    if (dot < 0) break;
    h = h.slice(dot + 1);
  }
  return out;
}

/** Who publishes a site: a suffix match over host names, so `news.bbc.co.uk` finds `bbc.co.uk`. */
export function findPublisher(publishers: Readonly<Record<string, string>>, host: string): { domain: string; organisation: string } | null {
  for (const domain of domainSuffixes(host)) if (Object.hasOwn(publishers, domain)) return { domain, organisation: publishers[domain]! };
  return null;
}
