/**
 * Imported data packs reach the page, in both browsers: a pack stored as the options page stores
 * it is validated by the background (the content script does not load zod) and its organisations
 * are highlighted; a corrupt stored entry next to it is skipped, and the valid one still works.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, requireBrowser, type BrowserDriver } from './harness/browsers';
import type { PageDriver } from './harness/driver';
import { readHighlights } from './harness/in-page';
import { startServer, type FixtureServer } from './harness/server';

const source = { url: 'https://example.org/zyntrax', publisher: 'Example', title: 'A test source', date: '2026-01-01', checked: '2026-11-27' };
const pack = {
  description: 'A test pack',
  organisations: [
    {
      id: 'zyntrax-observatory',
      name: 'Zyntrax Observatory',
      aliases: [],
      category: 'ngo-monitor',
      summary: 'A fictional monitor used by this test.',
      affiliations: [{ relation: 'funded-by', statement: 'A test statement.', sources: [source] }],
    },
  ],
};
const stored = [
  { name: 'corrupt.json', importedAt: '2026-11-27T00:00:00Z', pack: { description: 'no organisations array', organisations: 'x' } },
  { name: 'test.json', importedAt: '2026-11-27T00:00:00Z', pack },
];

const article = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pack test</title></head><body><p>The Zyntrax Observatory said on Monday that the figures were revised.</p></body></html>';

for (const spec of BROWSERS) {
  describe(`imported data packs in ${spec.name}`, () => {
    let server: FixtureServer;
    let browser: BrowserDriver;
    let page: PageDriver;

    beforeAll(async () => {
      requireBrowser(spec.path);
      server = await startServer({ '/pack-article': () => article });
      browser = await spec.launch(['packs.example']);
      const extensionPage = await browser.openPopup();
      await extensionPage.evaluate(async (value) => {
        const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
        await api.storage.local.set({ userPacks: value });
      }, stored);
      await extensionPage.close();
      page = await browser.newPage();
      await page.goto(server.url('packs.example', '/pack-article'));
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('highlights an organisation from a valid pack and skips the corrupt one', async () => {
      await page.waitFor(() => CSS.highlights.has('source-context-ngo-monitor'));
      const found = await page.evaluate(readHighlights);
      expect(found.map((h) => h.text)).toContain('Zyntrax Observatory');
    });
  });
}
