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

function wrap(page: Page): PageDriver {
  return {
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'load' });
    },
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    waitFor: async (fn, arg, timeoutMs = 15_000) => {
      await page.waitForFunction(fn as never, { timeout: timeoutMs, polling: 50 }, arg);
    },
    run: (source) => page.evaluate(source),
    click: (x, y) => page.mouse.click(x, y),
    press: (key) => page.keyboard.press(key as never),
    screenshot: async (path) => {
      await page.screenshot({ path: path as `${string}.png` });
    },
    close: () => page.close(),
  };
}

export async function launchFirefox(extensionDir: string): Promise<BrowserDriver> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    args: ['--remote-allow-system-access', '--width=1200', '--height=900'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
      'network.dns.forceResolve': '127.0.0.1',
      'browser.shell.checkDefaultBrowser': false,
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
      const page = await browser.newPage();
      // The goto promise never settles for moz-extension:// pages over BiDi: start it, then wait
      // for the popup's content instead.
      void page.goto(`moz-extension://${UUID}/popup.html${query}`).catch(() => undefined);
      // A poll that lands while the popup's document replaces about:blank can fail inside
      // Firefox's remote agent ("Protocol error (script.evaluate)"); that is the navigation, not
      // the popup, so poll again until the same deadline.
      const deadline = Date.now() + 15_000;
      for (;;) {
        try {
          await page.waitForFunction(() => document.querySelector('fieldset input[type=checkbox]') !== null, { timeout: Math.max(1, deadline - Date.now()) });
          return wrap(page);
        } catch (error) {
          const text = `${String(error)} ${String((error as Error).cause ?? '')}`;
          if (Date.now() >= deadline || !text.includes('Protocol error')) throw error;
        }
      }
    },
    close: () => browser.close(),
  };
}
