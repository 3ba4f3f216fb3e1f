/**
 * The seed article, end to end, in real Chromium and Firefox with the built extension:
 * expected highlights, nothing in form fields / editor / code, no DOM node added until a popover
 * opens, the popover after a real click, Escape, and what the popup lists. The card and the popup
 * pass axe in the light and the dark scheme, and the card's text is measured for WCAG AA contrast
 * in both (axe cannot measure text in its shadow root). Every popup switch is
 * tested on its own page in popup-switches.test.ts.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, requireBrowser, type BrowserDriver } from './harness/browsers';
import type { PageDriver } from './harness/driver';
import { axeViolationsLightAndDark } from './harness/axe';
import { countAddedElements, pointOfHighlight, readHighlights, readPopover } from './harness/in-page';
import { openPopupFor } from './harness/popup';
import { lowContrastLightAndDark } from './harness/text-contrast';
import { startServer, type FixtureServer } from './harness/server';

interface Expected {
  highlights: Array<{ text: string; highlight: string; id: string }>;
}
const baseline = JSON.parse(readFileSync(new URL('../baselines/seed-article.json', import.meta.url), 'utf8')) as Expected;
/**
 * The baseline is what the scanner finds; served on wrp.org.uk, the article is on its publisher's
 * own site, where News Line's names are found but not highlighted (own-site.test.ts).
 */
const OWN_PUBLISHER = 'news-line';
const sortKey = (h: { text: string; highlight: string }) => `${h.highlight} ${h.text}`;

for (const spec of BROWSERS) {
  describe(`seed article in ${spec.name}`, () => {
    let server: FixtureServer;
    let browser: BrowserDriver;
    let page: PageDriver;

    beforeAll(async () => {
      requireBrowser(spec.path);
      server = await startServer();
      browser = await spec.launch();
      console.log(`[e2e] ${spec.name} ${browser.version}`);
      page = await browser.newPage();
      await page.goto(server.url('wrp.org.uk', '/news/12072'));
      await page.waitFor(() => CSS.highlights.has('source-context-ngo-monitor'));
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('highlights exactly the expected names, none in form fields, the editor or code', async () => {
      const found = await page.evaluate(readHighlights);
      const actual = found.map((h) => ({ text: h.text, highlight: h.name })).sort((a, b) => sortKey(a).localeCompare(sortKey(b)));
      const expected = baseline.highlights
        .filter((h) => h.id !== OWN_PUBLISHER)
        .map(({ text, highlight }) => ({ text, highlight }))
        .sort((a, b) => sortKey(a).localeCompare(sortKey(b)));
      expect(baseline.highlights.some((h) => h.id === OWN_PUBLISHER)).toBe(true);
      expect(actual).toEqual(expected);
      expect(found.filter((h) => h.inAside || h.forbiddenAncestor)).toEqual([]);
      for (const name of ['Syrian Observatory for Human Rights', 'Hezbollah', 'al-Nusra Front', 'IS']) {
        expect(actual.map((h) => h.text)).toContain(name);
      }
      // The issue speaks of "both" UN mentions; the article has three (envoy, "the UN and US", negotiators).
      expect(actual.filter((h) => h.text === 'UN')).toHaveLength(3);
    });

    it('paints names over the claim sentences they sit in (claims have the lower highlight priority)', async () => {
      const priorities = await page.evaluate(() => ({
        claim: CSS.highlights.get('source-context-claim')?.priority,
        names: ['source-context-ngo-monitor', 'source-context-armed-group', 'source-context-intergovernmental'].map((n) => CSS.highlights.get(n)?.priority),
      }));
      expect(priorities.claim).toBeTypeOf('number');
      for (const p of priorities.names) expect(p).toBeGreaterThan(priorities.claim!);
    });

    it('adds no node to the page until a popover opens', async () => {
      expect(await page.evaluate(countAddedElements)).toBe(0);
      expect(await page.evaluate(() => document.querySelector('source-context-popover'))).toBeNull();
    });

    it('opens a popover with cited affiliations and counter-reporting on click; Escape closes it', async () => {
      const point = await page.evaluate(pointOfHighlight, 'Syrian Observatory for Human Rights');
      expect(point).not.toBeNull();
      await page.click(point!.x, point!.y);
      await page.waitFor(() => {
        const root = document.querySelector('source-context-popover')?.shadowRoot;
        return root?.querySelector('.affiliations a[href]') && root.querySelector('.counter a[href]');
      });
      const popover = await page.evaluate(readPopover);
      expect(popover?.title).toBe('Syrian Observatory for Human Rights');
      expect(popover?.text).toContain('Stated affiliations');
      expect(popover!.affiliationLinks.length).toBeGreaterThanOrEqual(1);
      expect(popover!.counterLinks.length).toBeGreaterThanOrEqual(1);
      for (const href of [...popover!.affiliationLinks, ...popover!.counterLinks]) expect(href).toMatch(/^https?:\/\//);
      if (spec.name === 'chromium') await page.screenshot('artifacts/seed-article-popover.png');
      expect(await axeViolationsLightAndDark(page, 'source-context-popover')).toEqual({ light: [], dark: [] });
      // axe cannot measure text in the card's shadow root (harness/text-contrast.ts): measured here.
      expect(await lowContrastLightAndDark(page, 'source-context-popover')).toEqual({ light: [], dark: [] });
      await page.press('Escape');
      await page.waitFor(() => document.querySelector('source-context-popover') === null);
    });

    it('popup lists what the page has and who publishes it; choosing an item opens its card with focus', async () => {
      const popup = await openPopupFor(browser, 'wrp.org.uk');
      await popup.waitFor(() => document.querySelectorAll('.found li').length > 0 && document.querySelector('.publisher .name') && document.querySelector('.shortcut'));
      const panel = await popup.evaluate(() => ({
        publisher: document.querySelector('.publisher .name')?.textContent,
        items: [...document.querySelectorAll('.found .label')].map((e) => e.textContent),
        shortcut: document.querySelector('.shortcut kbd')?.textContent,
      }));
      expect(panel.publisher).toBe('News Line');
      // The manifest's suggested shortcut, as the browser reports it (issue 17: it was mentioned nowhere).
      expect(panel.shortcut).toBe('Alt+Shift+K');
      expect(await axeViolationsLightAndDark(popup)).toEqual({ light: [], dark: [] });
      if (spec.name === 'chromium') await popup.screenshot('artifacts/popup.png');
      expect(panel.items).toEqual(expect.arrayContaining(['Syrian Observatory for Human Rights', 'Hezbollah', 'United Nations', 'Islamic State', 'News Line']));
      await popup.evaluate(() => {
        const item = [...document.querySelectorAll<HTMLButtonElement>('.found .item')].find((b) => b.textContent?.includes('Hezbollah'));
        item!.click();
      });
      await page.waitFor(() => document.querySelector('source-context-popover')?.shadowRoot?.querySelector('h2')?.textContent === 'Hezbollah');
      // Keyboard users land in the card: focus is on its close button.
      expect(await page.evaluate(() => document.activeElement?.tagName.toLowerCase())).toBe('source-context-popover');
      await page.press('Escape');
      await page.waitFor(() => document.querySelector('source-context-popover') === null);
      await popup.close().catch(() => undefined);
    });
  });
}
