/**
 * Who publishes the site this page is on, as the background's 'get-publisher' answers for the
 * page's host (the bundled publisher domains and those of imported packs, suffix-matched). Its
 * names are not highlighted on its own site: see visibleAnnotations.
 */
import { askBackground } from '../messaging';

/**
 * How long the first scan waits for the answer. A warm background answers in a few ms, so the
 * publisher's names are never registered; a cold one (a stopped service worker or event page
 * reading a shard) must not hold every page's highlights back for longer than this. A later
 * answer drops the publisher's annotations when it comes (Annotator.setOwnPublisher).
 */
export const OWN_PUBLISHER_WAIT_MS = 100;

/** The ids of the organisation publishing `host`: empty when none does or the background cannot answer. */
export async function askOwnPublisher(host: string): Promise<ReadonlySet<string>> {
  // file: pages and about:blank frames have no host, and no publisher.
  if (!host) return new Set();
  try {
    const found = await askBackground({ type: 'get-publisher', host });
    return new Set(found ? [found.organisation.id] : []);
  } catch {
    // A reloaded extension or a failing look-up: highlight as on any other site.
    return new Set();
  }
}
