/**
 * A fast-changing page in both browsers: paragraphs appended every 100 ms get highlighted, an edit
 * that removes a name removes its highlight, and SPA navigation (history.pushState replacing the
 * content) drops the old highlights and adds the new ones.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, requireBrowser, type BrowserDriver } from './harness/browsers';
import type { PageDriver } from './harness/driver';
import { readHighlights } from './harness/in-page';
import { startServer, type FixtureServer } from './harness/server';

const texts = (page: PageDriver) => page.evaluate(readHighlights).then((list) => list.map((h) => h.text));

for (const spec of BROWSERS) {
  describe(`dynamic page in ${spec.name}`, () => {
    let server: FixtureServer;
    let browser: BrowserDriver;
    let page: PageDriver;

    beforeAll(async () => {
      requireBrowser(spec.path);
      server = await startServer();
      browser = await spec.launch(['live.example']);
      page = await browser.newPage();
      await page.goto(server.url('live.example', '/dynamic'));
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('highlights names in paragraphs appended every 100 ms', async () => {
      await page.waitFor(() => document.body.dataset.done === 'true');
      // All 12 updates: 4 of each name.
      await page.waitFor(() => {
        let n = 0;
        for (const [name, h] of CSS.highlights) if (name.startsWith('source-context-')) n += (h as Highlight).size;
        return n === 12;
      });
      const found = await texts(page);
      expect(found.filter((t) => t === 'Hezbollah')).toHaveLength(4);
      expect(found.filter((t) => t === 'Syrian Observatory for Human Rights')).toHaveLength(4);
      expect(found.filter((t) => t === 'al-Nusra Front')).toHaveLength(4);
    });

    it('drops the highlight when an edit removes the name', async () => {
      await page.evaluate(() => (window as unknown as { editFirstUpdate: (t: string) => void }).editFirstUpdate('a spokesperson'));
      await page.waitFor(() => {
        let n = 0;
        for (const [name, h] of CSS.highlights) if (name.startsWith('source-context-')) n += (h as Highlight).size;
        return n === 11;
      });
      expect((await texts(page)).filter((t) => t === 'Hezbollah')).toHaveLength(3);
    });

    it('follows history.pushState navigation: old names un-highlighted, new ones highlighted', async () => {
      await page.evaluate(() => (window as unknown as { navigate: () => void }).navigate());
      await page.waitFor(() => location.pathname === '/dynamic/page-2');
      await page.waitFor(() => !CSS.highlights.has('source-context-armed-group') && CSS.highlights.has('source-context-intergovernmental'));
      expect(await texts(page)).toEqual(['UN']);
    });
  });
}
