/** Opening the extension's popup about a given page. */
import type { BrowserDriver, PageDriver } from './driver';

/**
 * The popup about the tab showing `host`. Opened as a page, the popup is its own active tab, so it
 * is told which tab with `?tab=ID`; the id is found by asking each tab's content script for its
 * page summary (only a page running our content script answers).
 */
export async function openPopupFor(browser: BrowserDriver, host: string): Promise<PageDriver> {
  const finder = await browser.openPopup();
  const tabId = await finder.evaluate(async (wanted) => {
    const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
    for (const tab of await api.tabs.query({})) {
      try {
        const summary = (await api.tabs.sendMessage(tab.id!, { type: 'get-page-summary' })) as { host?: string } | undefined;
        if (summary?.host === wanted) return tab.id!;
      } catch {
        // not a page with our content script
      }
    }
    return null;
  }, host);
  if (tabId === null) {
    await finder.close();
    throw new Error(`no tab on ${host} answers as a page with our content script`);
  }
  // Open the popup before closing the finder: Firefox may not let a script run in an extension
  // page opened right after another one closed (the wait then fails with a protocol error).
  const popup = await browser.openPopup(`?tab=${tabId}`);
  await finder.close();
  return popup;
}
