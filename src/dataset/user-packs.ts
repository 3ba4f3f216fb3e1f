/**
 * Data packs the user imported in the options page, kept in `storage.local`. Each is validated
 * again on every read, so a corrupt stored value is skipped, never trusted.
 */
import browser from 'webextension-polyfill';
import { DataPack, type DataPack as DataPackType } from './schema';
import { USER_PACKS_KEY as KEY } from './user-packs-key';

export interface StoredPack {
  name: string;
  importedAt: string;
  pack: DataPackType;
}

export async function getUserPacks(): Promise<StoredPack[]> {
  const stored = (await browser.storage.local.get(KEY))[KEY];
  if (!Array.isArray(stored)) return [];
  return stored.flatMap((item: unknown) => {
    if (!item || typeof item !== 'object') return [];
    const { name, importedAt, pack } = item as Record<string, unknown>;
    const parsed = DataPack.safeParse(pack);
    return parsed.success && typeof name === 'string' && typeof importedAt === 'string' ? [{ name, importedAt, pack: parsed.data }] : [];
  });
}

export async function setUserPacks(packs: readonly StoredPack[]): Promise<void> {
  await browser.storage.local.set({ [KEY]: packs });
}

export function onUserPacksChanged(callback: () => void, signal: AbortSignal): void {
  const listener = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
    if (area === 'local' && changes[KEY]) callback();
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}
