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
import { ROOT } from '../lib/inputs.mjs';
import { evaluateInWorld, syntheticPageInChromium } from '../lib/worlds.mjs';

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
const { browser, url, close } = await syntheticPageInChromium(mb);
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
    const v = await evaluateInWorld(browser, url, world, walker, measure);
    console.log(`  ${world.padEnd(8)} run ${r + 1}: ${v.blocks} blocks in ${v.totalMs.toFixed(0)} ms; longest gaps ${v.longest.map((x) => x.toFixed(1)).join(', ')}`);
  }
}
await close();
