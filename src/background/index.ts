/**
 * Background (service worker in Chrome, event page in Firefox): answers record look-ups from the
 * bundled dataset, keeps the toolbar badge count, and forwards the keyboard command. It makes no
 * network request; the dataset is part of the extension.
 */
import browser from 'webextension-polyfill';
import { records } from 'virtual:records';
import { findPublisher } from '../dataset/publishers';
import { isBackgroundRequest, type BackgroundRequest, type WithOrigin } from '../messages';
import { getUserPacks, onUserPacksChanged } from '../dataset/user-packs';
import type { Claim, Organisation } from '../dataset/schema';

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
  const organisation = (id: string) =>
    (Object.hasOwn(records.organisations, id) ? records.organisations[id] : undefined) ?? user.organisations.get(id);
  switch (request.type) {
    case 'get-organisation':
      return organisation(request.id) ?? null;
    case 'get-claim': {
      const claim = (Object.hasOwn(records.claims, request.id) ? records.claims[request.id] : undefined) ?? user.claims.get(request.id);
      if (!claim) return null;
      const organisations = (claim.about ?? []).flatMap((id) => {
        const org = organisation(id);
        return org ? [{ id: org.id, name: org.name, category: org.category }] : [];
      });
      return { ...claim, organisations };
    }
    case 'get-publisher': {
      const found = findPublisher(records.publishers, request.host) ?? findPublisher(user.publishers, request.host);
      const org = found ? organisation(found.organisation) : undefined;
      return found && org ? { domain: found.domain, organisation: org } : null;
    }
    case 'get-user-packs':
      return { organisations: [...user.organisations.values()], claims: [...user.claims.values()] };
    case 'bundled-ids':
      // Only the bundled records: the options page checks the stored packs itself.
      return {
        organisations: request.organisations.filter((id) => Object.hasOwn(records.organisations, id)),
        claims: request.claims.filter((id) => Object.hasOwn(records.claims, id)),
      };
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
