/**
 * Debian's Firefox ESR with the built extension as a temporary add-on, through puppeteer-core over
 * WebDriver BiDi (see ../shared/BROWSER-TESTING.md for why each pref and flag is here).
 */
import puppeteer, { type Page } from 'puppeteer-core';
import type { BrowserDriver, PageDriver } from './driver';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const GECKO_ID = 'source-context@source-context.org';
/** Pinned so the popup's moz-extension:// URL is known in advance. */
const UUID = '6f2b7c1e-5d1a-4c8e-9b3f-0a1d2e3f4a5b';

/**
 * page.waitForFunction until `timeoutMs`. A poll can fail inside Firefox's remote agent ("Protocol
 * error (script.evaluate)", seen while a popup's document replaces about:blank and, once, on a
 * popup already open); that is the agent, not the condition, so poll again until the same deadline.
 */
async function pollUntil(page: Page, fn: unknown, arg: unknown, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await page.waitForFunction(fn as never, { timeout: Math.max(1, deadline - Date.now()), polling: 50 }, arg);
      return;
    } catch (error) {
      const text = `${String(error)} ${String((error as Error).cause ?? '')}`;
      if (Date.now() >= deadline || !text.includes('Protocol error')) throw error;
    }
  }
}

/**
 * prefers-color-scheme for every page of the browser. puppeteer's emulateMediaFeatures needs CDP
 * ("CDP support is required for this feature" over WebDriver BiDi) and BiDi has no colour-scheme
 * override, so the pref `layout.css.prefers-color-scheme.content-override` (0: dark) is set
 * from the browser's chrome context, which `--remote-allow-system-access` lets BiDi script. It
 * applies at once, to web pages and the extension's own pages alike.
 */
async function setColorScheme(page: Page, scheme: 'light' | 'dark'): Promise<void> {
  const connection = (page.browser() as unknown as { connection: { send(method: string, params: object): Promise<{ result: unknown }> } }).connection;
  const tree = (await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' })).result as { contexts: Array<{ context: string }> };
  const result = (
    await connection.send('script.evaluate', {
      // 'light' restores the default (the headless browser's theme, light), leaving the profile as launched.
      expression:
        scheme === 'dark'
          ? "Services.prefs.setIntPref('layout.css.prefers-color-scheme.content-override', 0)"
          : "Services.prefs.clearUserPref('layout.css.prefers-color-scheme.content-override')",
      target: { context: tree.contexts[0]!.context },
      awaitPromise: false,
    })
  ).result as { type: string };
  if (result.type !== 'success') throw new Error(`could not set Firefox's colour scheme: ${JSON.stringify(result)}`);
  // The pref reaches the page's content process asynchronously: wait until the page sees it.
  await pollUntil(page, (dark: boolean) => matchMedia('(prefers-color-scheme: dark)').matches === dark, scheme === 'dark', 5000);
}

function wrap(page: Page): PageDriver {
  return {
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'load' });
    },
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    waitFor: (fn, arg, timeoutMs = 15_000) => pollUntil(page, fn, arg, timeoutMs),
    run: (source) => page.evaluate(source),
    click: (x, y) => page.mouse.click(x, y),
    press: (key) => page.keyboard.press(key as never),
    screenshot: async (path) => {
      await page.screenshot({ path: path as `${string}.png` });
    },
    setColorScheme: (scheme) => setColorScheme(page, scheme),
    close: () => page.close(),
  };
}

/**
 * `backgroundIdleMs`: how long the event page may sit idle before Firefox suspends it (its
 * `extensions.background.idle.timeout`, 30 s by default); a suite that tests a cold background
 * sets it low and `stopBackground` waits that long.
 */
export async function launchFirefox(extensionDir: string, backgroundIdleMs?: number): Promise<BrowserDriver> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    args: ['--remote-allow-system-access', '--width=1200', '--height=900'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
      'network.dns.forceResolve': '127.0.0.1',
      'browser.shell.checkDefaultBrowser': false,
      ...(backgroundIdleMs !== undefined && { 'extensions.background.idle.timeout': backgroundIdleMs }),
    },
  });
  await browser.installExtension(extensionDir);
  const version = await browser.version();
  return {
    name: 'firefox',
    version,
    newPage: async () => {
      const page = await browser.newPage();
      await page.setViewport({ width: 1200, height: 900 });
      return wrap(page);
    },
    openPopup: async (query = '') => {
      // Firefox's remote agent sometimes cannot script an extension page opened right after
      // another one closed ("Protocol error (script.evaluate)" for as long as that tab lives, seen
      // under load in npm test): a fresh tab works. So a popup that does not show up in 8 s is
      // closed and opened again, up to three times; the popup itself is not what fails.
      for (let attempt = 1; ; attempt++) {
        const page = await browser.newPage();
        // The goto promise never settles for moz-extension:// pages over BiDi: start it, then wait
        // for the popup's content instead.
        void page.goto(`moz-extension://${UUID}/popup.html${query}`).catch(() => undefined);
        const popup = wrap(page);
        try {
          await popup.waitFor(() => document.querySelector('fieldset input[type=checkbox]') !== null, undefined, 8_000);
          return popup;
        } catch (error) {
          await page.close().catch(() => undefined);
          if (attempt >= 3) throw error;
        }
      }
    },
    stopBackground: async () => {
      if (backgroundIdleMs === undefined) throw new Error('launch Firefox with backgroundIdleMs to stop its event page');
      // Nothing asks the background meanwhile, so Firefox suspends it once the idle time has passed.
      await new Promise((resolve) => setTimeout(resolve, backgroundIdleMs + 1500));
    },
    openExtensionPage: async (path, readySelector) => {
      const page = await browser.newPage();
      // As for the popup: the goto promise never settles for moz-extension:// pages.
      void page.goto(`moz-extension://${UUID}/${path}`).catch(() => undefined);
      const extensionPage = wrap(page);
      await extensionPage.waitFor((selector) => document.querySelector(selector) !== null, readySelector);
      return extensionPage;
    },
    close: () => browser.close(),
  };
}
