#!/usr/bin/env node
/**
 * A side experiment (not part of `npm run bench`): the text walk (iterateBlocks, the real module)
 * over the synthetic page, run in the page's own world and in an isolated world, the kind a
 * content script runs in. Prints the longest gaps between two consecutive blocks.
 *
 *   node bench/experiments/isolated-world-walk.mjs [MB of text=10] [runs=2]
 *
 * Why: a node reached from an isolated world gets a JavaScript wrapper for that world, which
 * Chromium keeps in a per-world table rather than on the node as for the page's own world; this
 * compares the same walk in both worlds. (The long single-step stalls the real extension once had
 * on the 10 MB page came from that table's growth while annotations kept text nodes alive:
 * wrapper-table.mjs.)
 * Debian's headless Chromium, same synthetic page as the bench (bench/lib/synth.mjs, same seed).
 */
import * as esbuild from 'esbuild';
import { chromium } from 'playwright-core';
import { compileRealDataset, ROOT } from '../lib/inputs.mjs';
import { startServer } from '../lib/server.mjs';
import { aliasTexts, syntheticOrganisations, syntheticPage } from '../lib/synth.mjs';

const mb = Number(process.argv[2] ?? 10);
const runs = Number(process.argv[3] ?? 2);
const walker = (
  await esbuild.build({
    stdin: { contents: "import { iterateBlocks } from './src/content/text-index'; globalThis.__iterateBlocks = iterateBlocks;", resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    format: 'iife',
    write: false,
  })
).outputFiles[0].text;
const real = await compileRealDataset();
const nameSets = [aliasTexts(real.organisations), aliasTexts(syntheticOrganisations(30000))];
const html = syntheticPage({ targetChars: Math.round(mb * (1 << 20)), seed: 1000 + Math.round(mb * 100), nameSets });
const server = await startServer({ pages: { '/p/syn': () => html }, scripts: {} });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
// Each block's wait for the walk, longest first (run in the page, in the chosen world).
const measure = `(() => {
  const gaps = [];
  let t = performance.now();
  for (const block of globalThis.__iterateBlocks(document.body)) {
    const now = performance.now();
    gaps.push(now - t);
    t = performance.now();
  }
  const total = gaps.reduce((a, b) => a + b, 0);
  gaps.sort((a, b) => b - a);
  return { blocks: gaps.length, totalMs: total, longest: gaps.slice(0, 5) };
})()`;
console.log(`Chromium ${browser.version()}, synthetic ${mb} MB page: the walk over every block, longest gaps between two blocks (ms)`);
for (const world of ['page', 'isolated']) {
  for (let r = 0; r < runs; r++) {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    await page.goto(`${server.origin}/p/syn?bare`, { timeout: 300_000 });
    const cdp = await page.context().newCDPSession(page);
    let contextId;
    if (world === 'isolated') {
      const { frameTree } = await cdp.send('Page.getFrameTree');
      ({ executionContextId: contextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'walk' }));
    }
    await cdp.send('Runtime.evaluate', { expression: walker, contextId });
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression: measure, contextId, returnByValue: true });
    if (exceptionDetails) throw new Error(JSON.stringify(exceptionDetails));
    const v = result.value;
    console.log(`  ${world.padEnd(8)} run ${r + 1}: ${v.blocks} blocks in ${v.totalMs.toFixed(0)} ms; longest gaps ${v.longest.map((x) => x.toFixed(1)).join(', ')}`);
    await page.close();
  }
}
await browser.close();
await server.close?.();
