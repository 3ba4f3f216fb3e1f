/**
 * Settings in `storage.sync`, shaped after fregante/webext-storage: get, set, and onChanged with
 * an AbortSignal so listeners are torn down with their owner.
 */
import browser from 'webextension-polyfill';
import { parseSettings, type Settings } from './schema';

const KEY = 'settings';

export async function getSettings(): Promise<Settings> {
  const stored = await browser.storage.sync.get(KEY);
  return parseSettings(stored[KEY]);
}

export async function setSettings(update: (current: Settings) => Settings): Promise<Settings> {
  const next = parseSettings(update(await getSettings()));
  await browser.storage.sync.set({ [KEY]: next });
  return next;
}

/** Call `callback` with the new settings whenever they change, until `signal` aborts. */
export function onSettingsChanged(callback: (settings: Settings) => void, signal: AbortSignal): void {
  const listener = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
    if (area === 'sync' && changes[KEY]) callback(parseSettings(changes[KEY].newValue));
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}
