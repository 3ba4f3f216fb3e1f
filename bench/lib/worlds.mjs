/**
 * For the side experiments that compare the page's own JavaScript world with an isolated world
 * (the kind a content script runs in): the bench's synthetic page, served to a headless Chromium,
 * and script evaluated in either world on a fresh tab of it.
 */
import { chromium } from 'playwright-core';
import { compileRealDataset } from './inputs.mjs';
import { startServer } from './server.mjs';
import { aliasTexts, benchSyntheticPage, syntheticOrganisations } from './synth.mjs';

/** The bench's synthetic page of `mb` MB (same names, same seed), served, and a browser to open it in. */
export async function syntheticPageInChromium(mb) {
  const real = await compileRealDataset();
  const html = benchSyntheticPage(mb, [aliasTexts(real.organisations), aliasTexts(syntheticOrganisations(30000))]);
  const server = await startServer({ pages: { '/p/syn': () => html }, scripts: {} });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
  return {
    browser,
    url: `${server.origin}/p/syn?bare`,
    close: async () => (await browser.close(), await server.close?.()),
  };
}

/**
 * Open `url` in a fresh tab and evaluate `expressions` in turn in the page's world (`'page'`) or
 * in a new isolated world (`'isolated'`); returns the last one's value.
 */
export async function evaluateInWorld(browser, url, world, ...expressions) {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  try {
    await page.goto(url, { timeout: 300_000 });
    const cdp = await page.context().newCDPSession(page);
    let contextId;
    if (world === 'isolated') {
      const { frameTree } = await cdp.send('Page.getFrameTree');
      ({ executionContextId: contextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'experiment' }));
    }
    let value;
    for (const expression of expressions) {
      const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, contextId, returnByValue: true });
      if (exceptionDetails) throw new Error(JSON.stringify(exceptionDetails));
      value = result.value;
    }
    return value;
  } finally {
    await page.close();
  }
}
