/**
 * A card opened while the background is stopped, in both browsers: Chrome terminates an idle
 * extension service worker, Firefox suspends an idle event page, and either is started again by
 * the card's request. The new instance must answer from the record shards (it holds no record in
 * memory until asked); `background-status` tells when it started and how many shards it has read.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, requireBrowser, type BrowserDriver } from './harness/browsers';
import type { PageDriver } from './harness/driver';
import { pointOfHighlight, readPopover } from './harness/in-page';
import { startServer, type FixtureServer } from './harness/server';

interface Status {
  startedAt: number;
  shardsRead: number;
}

/**
 * Ask the background from an extension page kept open for the whole suite (in Firefox, an
 * extension page opened right after another one closed may not be scriptable for a while). An
 * open page does not keep a background alive: only its messages do.
 */
function backgroundStatus(extensionPage: PageDriver): Promise<Status> {
  return extensionPage.evaluate(async () => {
    const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
    return (await api.runtime.sendMessage({ type: 'background-status' })) as Status;
  });
}

for (const spec of BROWSERS) {
  describe(`cold background in ${spec.name}`, () => {
    let server: FixtureServer;
    let browser: BrowserDriver;
    let page: PageDriver;
    let options: PageDriver;

    beforeAll(async () => {
      requireBrowser(spec.path);
      server = await startServer();
      // Long enough for the instance a card starts to answer the status question that follows it.
      browser = await spec.launch(undefined, 3000);
      page = await browser.newPage();
      await page.goto(server.url('wrp.org.uk', '/news/12072'));
      await page.waitFor(() => CSS.highlights.has('source-context-ngo-monitor'));
      options = await browser.openExtensionPage('options.html', 'input[type=file]');
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('opens a card with its cited affiliations from a background started by the card itself', async () => {
      const before = await backgroundStatus(options);
      await browser.stopBackground();
      const stoppedAt = Date.now();

      const point = await page.evaluate(pointOfHighlight, 'Syrian Observatory for Human Rights');
      expect(point).not.toBeNull();
      await page.click(point!.x, point!.y);
      await page.waitFor(() => document.querySelector('source-context-popover')?.shadowRoot?.querySelector('.affiliations a[href]'));
      const shownAt = Date.now();
      const popover = await page.evaluate(readPopover);
      expect(popover?.title).toBe('Syrian Observatory for Human Rights');
      expect(popover!.affiliationLinks.length).toBeGreaterThanOrEqual(1);

      const after = await backgroundStatus(options);
      // A new instance, started after the stop and before the card was shown: the card's request started it.
      expect(after.startedAt).toBeGreaterThan(before.startedAt);
      expect(after.startedAt).toBeGreaterThanOrEqual(stoppedAt - 5);
      expect(after.startedAt).toBeLessThanOrEqual(shownAt);
      // It read the organisation's shard (and, for the popup, maybe a publisher's), not every record.
      expect(after.shardsRead).toBeGreaterThanOrEqual(1);
      expect(after.shardsRead).toBeLessThanOrEqual(8);
    });
  });
}
