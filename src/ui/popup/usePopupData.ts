/**
 * What the popup shows: settings (live), the active tab's page summary and its publisher.
 * Each effect cleans up through an AbortController.
 */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { PageSummary, PublisherInfo } from '../../messages';
import { askBackground, askTab } from '../../messaging';
import { DEFAULT_SETTINGS, type Settings } from '../../settings/schema';
import { getSettings, onSettingsChanged } from '../../settings/storage';

export interface PopupData {
  settings: Settings;
  tabId: number | null;
  page: PageSummary | null;
  publisher: PublisherInfo | null;
  /** Why there is no page summary (a browser page, or the extension cannot run there). */
  pageError: string | null;
}

/**
 * The tab the popup is about: the active tab, or `popup.html?tab=ID` when the popup is opened as a
 * page of its own (the e2e suites do this; only the extension's own pages can open it).
 */
async function targetTabId(): Promise<number | null> {
  const param = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(param) && param > 0) return param;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

export function usePopupData(): PopupData {
  const [settings, setSettingsState] = useState<Settings>(DEFAULT_SETTINGS);
  const [tabId, setTabId] = useState<number | null>(null);
  const [page, setPage] = useState<PageSummary | null>(null);
  const [publisher, setPublisher] = useState<PublisherInfo | null>(null);
  const [pageError, setPageError] = useState<string | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    void getSettings().then((s) => !controller.signal.aborted && setSettingsState(s));
    onSettingsChanged(setSettingsState, controller.signal);
    return () => controller.abort();
  }, []);

  useEffect(() => {
    let live = true;
    void (async () => {
      const id = await targetTabId();
      if (!live || id === null) return;
      setTabId(id);
      try {
        const summary = await askTab(id, { type: 'get-page-summary' });
        if (!live) return;
        setPage(summary);
        setPublisher(await askBackground({ type: 'get-publisher', host: summary.host }));
      } catch {
        if (live) setPageError('Source Context does not run on this page (browser pages and the web store are off limits).');
      }
    })();
    return () => {
      live = false;
    };
    // Re-read the page when settings change: counts of shown items depend on them.
  }, [settings]);

  return { settings, tabId, page, publisher, pageError };
}
