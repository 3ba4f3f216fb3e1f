#!/usr/bin/env node
/**
 * A side experiment (not part of `npm run bench`): why a content script's DOM step can stall for
 * tens of milliseconds on a huge page. Walks every node of the synthetic page (firstChild /
 * nextSibling) in the page's own world and in an isolated world (the kind a content script runs
 * in), once letting each node go and once keeping every node reached in an array, as the
 * annotator used to keep each matched block's text nodes. Prints every single step that took
 * over 10 ms, with how many nodes were kept at that moment.
 *
 *   node bench/experiments/wrapper-table.mjs [MB of text=10]
 *
 * What it showed on Chromium 156 (2026-11-27): only the isolated world that keeps its nodes
 * stalls, and at 65,532 / 131,068 / 262,140 / 524,284 nodes kept (2^16..2^19 less 4): 14-15,
 * 28-36, 72-80 and 450-540 ms (three runs). A node reached from an isolated world gets a
 * wrapper for that world, held in a per-world table (the page's world keeps it on the node
 * itself); the table doubles when full and rehashes every live entry, and a kept node's entry
 * stays live. Nodes let go are collected and leave the table, so it never grows that far. Hence
 * annotations keep only their block element and a StaticRange (src/content/annotation.ts), not
 * the block's text nodes.
 * Debian's headless Chromium, same synthetic page as the bench (bench/lib/synth.mjs, same seed).
 */
import { evaluateInWorld, syntheticPageInChromium } from '../lib/worlds.mjs';

const mb = Number(process.argv[2] ?? 10);
const { browser, url, close } = await syntheticPageInChromium(mb);
// Every node in document order, timing each step; `keep` holds on to each node reached.
const walk = (keep) => `(() => {
  const kept = [];
  const stalls = [];
  const root = document.body;
  let node = root;
  let steps = 0;
  const t0 = performance.now();
  let t = t0;
  for (;;) {
    let next = node.firstChild;
    while (!next && node !== root) {
      next = node.nextSibling;
      if (!next) node = node.parentNode;
      if (node === root) break;
    }
    if (!next) break;
    node = next;
    steps++;
    if (${keep}) kept.push(node);
    const now = performance.now();
    if (now - t > 10) stalls.push({ ms: now - t, kept: kept.length });
    t = now;
  }
  return { steps, totalMs: performance.now() - t0, stalls };
})()`;
console.log(`Chromium ${browser.version()}, synthetic ${mb} MB page: a walk over every node; steps over 10 ms (with nodes kept so far)`);
for (const world of ['page', 'isolated']) {
  for (const keep of [false, true]) {
    const v = await evaluateInWorld(browser, url, world, walk(keep));
    const stalls = v.stalls.map((s) => (keep ? `${s.ms.toFixed(0)} ms at ${s.kept.toLocaleString('en')} kept` : `${s.ms.toFixed(0)} ms`));
    console.log(`  ${world.padEnd(8)} ${keep ? 'keeping nodes' : 'letting go   '}: ${v.steps.toLocaleString('en')} steps in ${v.totalMs.toFixed(0)} ms; over 10 ms: ${stalls.join(', ') || 'none'}`);
  }
}
await close();
