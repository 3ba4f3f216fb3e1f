#!/usr/bin/env node
/**
 * A side experiment (not part of `npm run bench`): how long is the frame that follows a change on
 * a very large page, with and without CSS Custom Highlights? It separates what the engine does for
 * the page's size from what it does per registered range.
 *
 *   node bench/experiments/highlight-frame.mjs [paragraphs=70000]
 *
 * In Debian's headless Chromium it builds a page of N short paragraphs (each with a link and
 * emphasis), then times, from the change to the next frame's end (rAF + a task): the page's own
 * one-word text append with no highlight registered, registering one range, adding 399 more,
 * adding one more, the same text append with the highlights registered, registering a highlight
 * filled beforehand, one whose name has no ::highlight() rule, and no change at all. Medians of 3
 * pages. A trace of such a frame shows paint of the whole page: Chromium repaints the document
 * after any change to the highlight registry, whatever its size.
 */
/* global requestAnimationFrame, StaticRange, Highlight -- used inside page.evaluate, in the page */
import { chromium } from 'playwright-core';

const N = Number(process.argv[2] ?? 70000);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
let html = '<style>::highlight(x){background:yellow}</style>';
for (let i = 0; i < N; i++) html += `<p>Paragraph ${i} with <em>some</em> words about the <a href="#">United Nations</a> and more text here, several words long to make it a line.</p>`;
const runs = [];
for (let r = 0; r < 3; r++) {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  await page.setContent(html);
  runs.push(
    await page.evaluate(async () => {
      const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      const timed = async (change) => {
        const t = performance.now();
        change();
        await frame();
        return performance.now() - t;
      };
      await frame();
      await frame();
      const ps = [...document.querySelectorAll('p')];
      const range = (p) => new StaticRange({ startContainer: p.lastChild, startOffset: 5, endContainer: p.lastChild, endOffset: 15 });
      const h = new Highlight();
      return {
        'page appends a word (no highlights)': await timed(() => ps[3].append(' x')),
        'register 1 range': await timed(() => {
          h.add(range(ps[0]));
          CSS.highlights.set('x', h);
        }),
        'add 399 ranges': await timed(() => ps.slice(1, 400).forEach((p) => h.add(range(p)))),
        'add 1 more range': await timed(() => h.add(range(ps[500]))),
        'page appends a word (400 ranges registered)': await timed(() => ps[7].append(' x')),
        // Ways of registering that might have spared the whole-page repaint: none does.
        'set a new highlight already holding 400 ranges': await timed(() => {
          const g = new Highlight();
          ps.slice(600, 1000).forEach((p) => g.add(range(p)));
          CSS.highlights.set('y', g);
        }),
        'set 400 ranges under a name with no CSS rule': await timed(() => {
          const g = new Highlight();
          ps.slice(1000, 1400).forEach((p) => g.add(range(p)));
          CSS.highlights.set('z', g);
        }),
        'no change (a frame by itself)': await timed(() => {}),
      };
    }),
  );
  await page.close();
}
await browser.close();
console.log(`Chromium ${browser.version()}, ${N.toLocaleString('en')} paragraphs: frame after the change, median of 3 pages (ms)`);
for (const key of Object.keys(runs[0])) {
  const values = runs.map((x) => x[key]).sort((a, b) => a - b);
  console.log(`  ${key.padEnd(46)} ${values[1].toFixed(0).padStart(6)}   (${values.map((v) => v.toFixed(0)).join(', ')})`);
}
