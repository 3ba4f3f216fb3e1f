#!/usr/bin/env node
/**
 * `npm start`: build, serve the bundled demo article (the seed article, as on wrp.org.uk) on
 * 127.0.0.1, and open Chromium with the extension on it. With a display, the browser window stays
 * open until you close it. Without one (a server, CI), it runs headless, opens the card for the
 * first organisation, writes artifacts/start-screenshot.png and prints what it found.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { tsImport } from 'tsx/esm/api';

execFileSync(process.execPath, ['build.mjs'], { stdio: 'inherit' });
const { startServer } = await tsImport('../test/e2e/harness/server.ts', import.meta.url);
const { launchChromium } = await tsImport('../test/e2e/harness/chromium.ts', import.meta.url);
const { readHighlights, readPopover, pointOfHighlight } = await tsImport('../test/e2e/harness/in-page.ts', import.meta.url);

const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const server = await startServer();
const url = server.url('wrp.org.uk', '/news/12072');
const browser = await launchChromium(new URL('../dist/chrome', import.meta.url).pathname, ['wrp.org.uk'], headless);
const page = await browser.newPage();
await page.goto(url);
console.log(`\nSource Context in Chromium ${browser.version} on the demo article: ${url}`);

if (!headless) {
  console.log('The browser is open: click a highlighted name. Close the window (or press Ctrl+C) to stop.');
  process.on('SIGINT', async () => {
    await browser.close();
    await server.close();
    process.exit(0);
  });
} else {
  await page.waitFor(() => [...CSS.highlights.keys()].some((k) => k.startsWith('source-context-')));
  const found = await page.evaluate(readHighlights);
  const byName = new Map();
  for (const h of found) byName.set(`${h.text}  [${h.name.replace('source-context-', '')}]`, (byName.get(`${h.text}  [${h.name.replace('source-context-', '')}]`) ?? 0) + 1);
  console.log(`\nHighlighted ${found.length} mentions:`);
  for (const [label, n] of byName) console.log(`  ${label}${n > 1 ? ` ×${n}` : ''}`);
  const first = found.find((h) => !h.name.endsWith('-claim'));
  if (first) {
    const point = await page.evaluate(pointOfHighlight, first.text);
    await page.click(point.x, point.y);
    await page.waitFor(() => document.querySelector('source-context-popover')?.shadowRoot?.querySelector('.affiliations, .counter'));
    const card = await page.evaluate(readPopover);
    console.log(`\nClicked “${first.text}”: the card shows “${card.title}” with ${card.affiliationLinks.length} cited affiliation link(s) and ${card.counterLinks.length} counter-reporting link(s).`);
  }
  mkdirSync('artifacts', { recursive: true });
  await page.screenshot('artifacts/start-screenshot.png');
  console.log('\nScreenshot: artifacts/start-screenshot.png');
  await browser.close();
  await server.close();
}
