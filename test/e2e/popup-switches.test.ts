/**
 * Every switch of the popup, in real Chromium and Firefox with the built extension: each is turned
 * off and on again (or on and off), one at a time, and the page's highlights must change as that
 * switch says and then come back (issue 17: three switches ticked but saved nothing). The page,
 * test/fixtures/popup-switches.html, names one organisation of every category, two of them more
 * than once, and one known claim.
 */
import { isDeepStrictEqual } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATEGORIES, CATEGORY_LABELS } from '../../src/dataset/categories';
import { BROWSERS, requireBrowser, type BrowserDriver } from './harness/browsers';
import type { PageDriver } from './harness/driver';
import { readHighlights } from './harness/in-page';
import { openPopupFor } from './harness/popup';
import { startServer, type FixtureServer } from './harness/server';

/** Highlight name → the text of each of its ranges, sorted. Highlights with no range are absent. */
type Texts = Record<string, string[]>;

const CLAIM = "In London, Hizb ut-Tahrir held a rally outside the embassy, while Hezbollah's television channel repeated its line that the Douma chemical attack was staged";

/** What the page shows with the default settings: every mention of every category, and the claim. */
const EVERY: Texts = {
  'source-context-state-controlled-media': ['Xinhua'],
  'source-context-independent-public-media': ['Deutsche Welle'],
  'source-context-government-military': ['Syrian Arab Army'],
  'source-context-armed-group': ['Hezbollah', 'Hezbollah'],
  'source-context-intergovernmental': ['UN', 'UN', 'UN'],
  'source-context-ngo-monitor': ['Human Rights Watch'],
  'source-context-think-tank': ['Atlantic Council'],
  'source-context-party-movement': ['Hizb ut-Tahrir'],
  'source-context-news-media': ['Reuters', 'Reuters'],
  'source-context-company-lobby': ['Altice'],
  'source-context-claim': [CLAIM],
};

const without = (name: string): Texts => Object.fromEntries(Object.entries(EVERY).filter(([n]) => n !== name));
/** One range per organisation (and claim): each organisation's first mention. */
const FIRST: Texts = Object.fromEntries(Object.entries(EVERY).map(([name, texts]) => [name, [...new Set(texts)]]));

interface Switch {
  label: string;
  /** The popup's checkbox. */
  selector: string;
  /** Its state under the default settings; the test flips it, then flips it back. */
  normally: boolean;
  /** What the page must show while it is flipped. */
  flipped: Texts;
}

const SWITCHES: Switch[] = [
  { label: 'On (the master switch)', selector: 'input[name="enabled"]', normally: true, flipped: {} },
  { label: 'Turn off on this site', selector: '[data-testid="site-toggle"]', normally: false, flipped: {} },
  ...CATEGORIES.map((c) => ({ label: CATEGORY_LABELS[c], selector: `input[name="${c}"]`, normally: true, flipped: without(`source-context-${c}`) })),
  { label: 'Known claims', selector: 'input[name="claims"]', normally: true, flipped: without('source-context-claim') },
  { label: 'First mention only', selector: 'input[name="first-only"]', normally: false, flipped: FIRST },
];

async function pageTexts(page: PageDriver): Promise<Texts> {
  const out: Texts = {};
  for (const h of await page.evaluate(readHighlights)) (out[h.name] ??= []).push(h.text);
  for (const texts of Object.values(out)) texts.sort();
  return out;
}

/** Poll the page until its highlights are `want` (the settings reach it through storage), then compare. */
async function expectHighlights(page: PageDriver, want: Texts, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let actual = await pageTexts(page);
  while (!isDeepStrictEqual(actual, want) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    actual = await pageTexts(page);
  }
  expect(actual).toEqual(want);
}

/**
 * Click the checkbox as a user would, so that it becomes `checked`. It must show the other state
 * first: the popup renders the stored settings, so a box already in the wanted state means the
 * previous change was not saved (or not shown).
 */
async function setBox(popup: PageDriver, selector: string, checked: boolean): Promise<void> {
  await popup.evaluate(
    ({ selector, checked }) => {
      const box = document.querySelector<HTMLInputElement>(selector);
      if (!box) throw new Error(`no ${selector} in the popup`);
      if (box.checked === checked) throw new Error(`${selector} is already ${checked ? 'checked' : 'unchecked'}`);
      box.click();
    },
    { selector, checked },
  );
}

for (const spec of BROWSERS) {
  describe(`popup switches in ${spec.name}`, () => {
    let server: FixtureServer;
    let browser: BrowserDriver;
    let page: PageDriver;
    let popup: PageDriver;

    beforeAll(async () => {
      requireBrowser(spec.path);
      server = await startServer();
      browser = await spec.launch();
      page = await browser.newPage();
      await page.goto(server.url('wrp.org.uk', '/popup-switches'));
      await page.waitFor(() => CSS.highlights.has('source-context-claim'));
      popup = await openPopupFor(browser, 'wrp.org.uk');
      // The site switch appears once the popup has the page's summary.
      await popup.waitFor(() => document.querySelector('[data-testid="site-toggle"]') !== null);
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('the page has a name of every category and the claim, every mention highlighted', async () => {
      expect(Object.keys(EVERY).sort()).toEqual([...CATEGORIES.map((c) => `source-context-${c}`), 'source-context-claim'].sort());
      await expectHighlights(page, EVERY);
    });

    for (const sw of SWITCHES) {
      it(`${sw.label}: flipped, the page shows what it says; flipped back, every highlight returns`, async () => {
        await setBox(popup, sw.selector, !sw.normally);
        await expectHighlights(page, sw.flipped);
        await setBox(popup, sw.selector, sw.normally);
        await expectHighlights(page, EVERY);
      });
    }
  });
}
