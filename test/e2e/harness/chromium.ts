/**
 * Debian's Chromium with the built extension, through playwright-core (see
 * ../shared/BROWSER-TESTING.md): a persistent context is required to load extensions.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import type { BrowserDriver, PageDriver } from './driver';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function wrap(page: Page): PageDriver {
  return {
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'load' });
    },
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    waitFor: async (fn, arg, timeoutMs = 15_000) => {
      await page.waitForFunction(fn as never, arg, { timeout: timeoutMs, polling: 50 });
    },
    run: (source) => page.evaluate(source),
    click: (x, y) => page.mouse.click(x, y),
    press: (key) => page.keyboard.press(key),
    screenshot: async (path) => {
      await page.screenshot({ path });
    },
    setColorScheme: (colorScheme) => page.emulateMedia({ colorScheme }),
    close: () => page.close(),
  };
}

export async function launchChromium(extensionDir: string, hostRules: string[] = ['wrp.org.uk'], headless = true): Promise<BrowserDriver> {
  const userDir = await mkdtemp(join(tmpdir(), 'sc-chromium-'));
  const args = [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--host-resolver-rules=${hostRules.map((h) => `MAP ${h} 127.0.0.1`).join(', ')}`,
  ];
  const context = await chromium.launchPersistentContext(userDir, {
    executablePath: CHROMIUM_PATH,
    headless,
    args,
    viewport: { width: 1200, height: 900 },
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const version = context.browser()?.version() ?? (await (await context.newCDPSession(context.pages()[0] ?? (await context.newPage()))).send('Browser.getVersion')).product;
  return {
    name: 'chromium',
    version,
    newPage: async () => wrap(await context.newPage()),
    openPopup: async (query = '') => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/popup.html${query}`);
      return wrap(page);
    },
    stopBackground: async () => {
      // The way Chrome's extension docs test worker termination: close the worker's target.
      const page = context.pages()[0] ?? (await context.newPage());
      const cdp = await context.newCDPSession(page);
      const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: Array<{ targetId: string; type: string; url: string }> };
      const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`));
      if (!worker) throw new Error('the extension has no running service worker to stop');
      await cdp.send('Target.closeTarget', { targetId: worker.targetId });
      await cdp.detach();
    },
    openExtensionPage: async (path, readySelector) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      await page.waitForSelector(readySelector);
      return wrap(page);
    },
    close: async () => {
      await context.close();
      await rm(userDir, { recursive: true, force: true });
    },
  };
}
