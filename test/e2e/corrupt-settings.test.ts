/**
 * Settings in storage that are corrupt or from an older version never stop the extension: the
 * content script reads what is valid, uses defaults for the rest and still annotates the page;
 * the popup opens and shows the defaults. Both browsers. (The parser itself is held to the zod
 * specification by a property test in src/settings/schema.test.ts.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, requireBrowser, type BrowserDriver } from './harness/browsers';
import type { PageDriver } from './harness/driver';
import { readHighlights } from './harness/in-page';
import { startServer, type FixtureServer } from './harness/server';

/**
 * What may be found under `settings` in storage.sync (as JSON, parsed in the page, so that keys
 * such as "__proto__" stay ordinary keys): nonsense, wrong types, an old version's keys.
 */
const STORED: string[] = [
  '"not an object"',
  'null',
  '[1, 2, 3]',
  '{ "enabled": "yes", "categories": "all", "mentions": 42, "disabledSites": { "wrp.org.uk": true }, "claims": null }',
  // An older version: the one state-media category, and a key this version does not know.
  '{ "enabled": true, "categories": { "state-media": false, "armed-group": true }, "theme": "dark", "version": 1 }',
  '{ "__proto__": { "enabled": false }, "constructor": "x", "categories": { "__proto__": { "armed-group": false } } }',
];

for (const spec of BROWSERS) {
  describe(`corrupt or outdated settings in ${spec.name}`, () => {
    let server: FixtureServer;
    let browser: BrowserDriver;
    let options: PageDriver;

    beforeAll(async () => {
      requireBrowser(spec.path);
      server = await startServer();
      browser = await spec.launch();
      options = await browser.openExtensionPage('options.html', 'input[type=file]');
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it.each(STORED.map((json, i) => [i, json] as const))('stored value %i: the page is still annotated and the popup opens', async (_, json) => {
      await options.evaluate(async (stored) => {
        const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
        await api.storage.sync.set({ settings: JSON.parse(stored) as unknown });
      }, json);
      const page = await browser.newPage();
      try {
        await page.goto(server.url('wrp.org.uk', '/news/12072'));
        await page.waitFor(() => CSS.highlights.has('source-context-armed-group') && CSS.highlights.get('source-context-armed-group')!.size > 0);
        const names = (await page.evaluate(readHighlights)).map((h) => h.text);
        expect(names).toContain('Hezbollah');
      } finally {
        await page.close();
      }
      const popup = await browser.openPopup();
      try {
        // The master switch renders, on: what was stored could not turn it off.
        expect(await popup.evaluate(() => (document.querySelector('input[name="enabled"]') as HTMLInputElement | null)?.checked)).toBe(true);
      } finally {
        await popup.close();
      }
    });
  });
}
