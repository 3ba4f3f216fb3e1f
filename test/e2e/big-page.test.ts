/**
 * A page with far more mentions than the highlight budget, in both browsers: only the mentions
 * around the viewport are registered (registering thousands makes every later frame slow), and
 * the registered part follows the reader when they scroll, so what is on screen is highlighted.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, requireBrowser, type BrowserDriver } from './harness/browsers';
import type { PageDriver } from './harness/driver';
import { startServer, type FixtureServer } from './harness/server';

const PARAGRAPHS = 1500;

function bigPage(): string {
  let body = '';
  for (let i = 0; i < PARAGRAPHS; i++) body += `<p id="p${i}">Update ${i}: a statement attributed to <em>Hezbollah</em> was read out again today.</p>\n`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Many mentions</title></head><body>${body}</body></html>`;
}

/** Paragraph numbers whose mention is registered as a highlight, and how many ranges in all. */
function registered(): { count: number; paragraphs: number[] } {
  const paragraphs: number[] = [];
  let count = 0;
  for (const [name, h] of CSS.highlights) {
    if (!name.startsWith('source-context-')) continue;
    for (const range of h as unknown as Iterable<AbstractRange>) {
      count++;
      const p = range.startContainer.parentElement?.closest('p');
      if (p) paragraphs.push(Number(p.id.slice(1)));
    }
  }
  return { count, paragraphs: paragraphs.sort((a, b) => a - b) };
}

for (const spec of BROWSERS) {
  describe(`page with ${PARAGRAPHS} mentions in ${spec.name}`, () => {
    let server: FixtureServer;
    let browser: BrowserDriver;
    let page: PageDriver;

    beforeAll(async () => {
      requireBrowser(spec.path);
      server = await startServer({ '/big': bigPage });
      browser = await spec.launch(['big.example']);
      page = await browser.newPage();
      await page.goto(server.url('big.example', '/big'));
      await page.waitFor(() => CSS.highlights.has('source-context-armed-group'), undefined, 30_000);
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('registers the mentions at the top, not all of them', async () => {
      const { count, paragraphs } = await page.evaluate(registered);
      expect(count).toBeGreaterThan(100);
      expect(count).toBeLessThanOrEqual(500);
      expect(paragraphs[0]).toBe(0);
      expect(paragraphs).not.toContain(PARAGRAPHS - 1);
    });

    it('moves the highlights with the reader when they scroll to the end', async () => {
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await page.waitFor((last) => {
        const p = document.getElementById(`p${last}`);
        for (const [name, h] of CSS.highlights) {
          if (!name.startsWith('source-context-')) continue;
          for (const range of h as unknown as Iterable<AbstractRange>) if (p?.contains(range.startContainer)) return true;
        }
        return false;
      }, PARAGRAPHS - 1);
      const { count, paragraphs } = await page.evaluate(registered);
      expect(count).toBeLessThanOrEqual(500);
      expect(paragraphs).not.toContain(0);
    });
  });
}
