/**
 * Background (service worker in Chrome, event page in Firefox): answers record look-ups from the
 * bundled dataset, keeps the toolbar badge count, and forwards the keyboard command. It makes no
 * network request; the dataset is part of the extension, read shard by shard (record-store.ts).
 */
import browser from 'webextension-polyfill';
import { layout } from 'virtual:records';
import { findPublisher } from '../dataset/publishers';
import { isBackgroundRequest, type BackgroundRequest, type WithOrigin } from '../messages';
import { getUserPacks, onUserPacksChanged } from '../dataset/user-packs';
import type { Claim, Organisation } from '../dataset/schema';
import { readPackageJson } from './package-file';
import { RecordStore } from './record-store';

const records = new RecordStore(layout, readPackageJson);
/** When this instance started: a Chrome service worker or Firefox event page is stopped when idle and started again on demand. */
const startedAt = Date.now();

/**
 * Records from the user's imported packs, read once and refreshed when they change. Each carries
 * its pack's name and import date (`fromPack`), so its card says where it came from.
 */
let extra: Promise<{ organisations: Map<string, WithOrigin<Organisation>>; claims: Map<string, WithOrigin<Claim>>; publishers: Record<string, string> }>;
function loadExtra(): void {
  extra = getUserPacks().then((packs) => ({
    organisations: new Map(packs.flatMap((p) => p.pack.organisations.map((o) => [o.id, { ...o, fromPack: { name: p.name, importedAt: p.importedAt } }] as const))),
    claims: new Map(packs.flatMap((p) => p.pack.claims.map((c) => [c.id, { ...c, fromPack: { name: p.name, importedAt: p.importedAt } }] as const))),
    publishers: Object.fromEntries(packs.flatMap((p) => p.pack.publishers.map((x) => [x.domain, x.organisation]))),
  }));
}
loadExtra();
// The background lives as long as the extension; this listener never needs tearing down.
onUserPacksChanged(loadExtra, new AbortController().signal);

async function answer(request: BackgroundRequest, sender: browser.Runtime.MessageSender): Promise<unknown> {
  const user = await extra;
  const organisation = async (id: string) => (await records.organisation(id)) ?? user.organisations.get(id);
  switch (request.type) {
    case 'get-organisation':
      return (await organisation(request.id)) ?? null;
    case 'get-claim': {
      const claim = (await records.claim(request.id)) ?? user.claims.get(request.id);
      if (!claim) return null;
      const organisations = (await Promise.all((claim.about ?? []).map(organisation))).flatMap((org) =>
        org ? [{ id: org.id, name: org.name, category: org.category }] : [],
      );
      return { ...claim, organisations };
    }
    case 'get-publisher': {
      const found = (await records.publisher(request.host)) ?? findPublisher(user.publishers, request.host);
      const org = found ? await organisation(found.organisation) : undefined;
      return found && org ? { domain: found.domain, organisation: org } : null;
    }
    case 'background-status':
      return { startedAt, shardsRead: records.shardsRead };
    case 'get-user-packs':
      return { organisations: [...user.organisations.values()], claims: [...user.claims.values()] };
    case 'bundled-ids': {
      // Only the bundled records: the options page checks the stored packs itself. Each id reads
      // (at most) its shard, so a pack costs the shards its ids fall in.
      const bundled = async (ids: string[], get: (id: string) => Promise<unknown>) =>
        (await Promise.all(ids.map(async (id) => ((await get(id)) === undefined ? [] : [id])))).flat();
      return {
        organisations: await bundled(request.organisations, (id) => records.organisation(id)),
        claims: await bundled(request.claims, (id) => records.claim(id)),
      };
    }
    case 'found-count': {
      const tabId = sender.tab?.id;
      if (tabId !== undefined) {
        void browser.action.setBadgeText({ tabId, text: request.count ? String(Math.min(request.count, 999)) : '' });
      }
      return null;
    }
  }
}

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
  if (!isBackgroundRequest(message)) return undefined;
  // Only our own pages and content scripts may ask.
  if (sender.id !== browser.runtime.id) return undefined;
  return answer(message, sender);
});

void browser.action.setBadgeBackgroundColor({ color: '#1f5fbf' });

browser.commands.onCommand.addListener((command) => {
  if (command !== 'open-next') return;
  void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => {
    if (tab?.id !== undefined) return browser.tabs.sendMessage(tab.id, { type: 'open-next' }, { frameId: 0 });
    return undefined;
  }).catch(() => undefined);
});
