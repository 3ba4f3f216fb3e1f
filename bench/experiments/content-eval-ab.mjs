#!/usr/bin/env node
/**
 * A side experiment (not part of `npm run bench`): the real content script's evaluation, this
 * build against another build of the extension (e.g. the commit before the compiled-format
 * change), in Chromium and Firefox, interleaved in the same process so that the machine's load
 * falls on both alike. It answers "did this change make every page slower to load?" as a ratio.
 *
 *   node bench/experiments/content-eval-ab.mjs <other-build-root> [runs=7]
 *
 * <other-build-root> is a folder holding that build's chrome/ and firefox/ (its dist/). Each build
 * is copied and instrumented as the bench's cross-check does (lib/extension-evaluation.mjs:
 * performance.now() in a script listed just before content.js, and again after content.js's top
 * level has run), then the seed article is opened in fresh tabs, A then B, round after round.
 */
import { join } from 'node:path';
import { rm } from 'node:fs/promises';
import puppeteer from 'puppeteer-core';
import { instrumentedCopy, measure } from '../lib/extension-evaluation.mjs';
import { launchWith } from '../lib/extension.mjs';
import { ROOT, readSeedArticle } from '../lib/inputs.mjs';
import { startServer } from '../lib/server.mjs';
import { median } from '../lib/stats.mjs';

const other = process.argv[2];
const RUNS = Number(process.argv[3] ?? 7);
if (!other) {
  console.error('usage: node bench/experiments/content-eval-ab.mjs <other-build-root> [runs]');
  process.exit(2);
}
const seed = readSeedArticle();
const server = await startServer({ pages: { '/p/seed': () => seed, '/p/blank': () => '<!doctype html><title>blank</title>' }, scripts: {} });
const url = `${server.origin}/p/seed?bare`;
const builds = { this: join(ROOT, 'dist'), other };

async function chromiumSession(root) {
  const dir = await instrumentedCopy('chrome', join(root, 'chrome'));
  const browser = await launchWith(dir);
  return { newPage: () => browser.context.newPage(), close: async () => (await browser.close(), await rm(dir, { recursive: true, force: true })) };
}

async function firefoxSession(root) {
  const dir = await instrumentedCopy('firefox', join(root, 'firefox'));
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', headless: true });
  await browser.installExtension(dir);
  return { newPage: () => browser.newPage(), close: async () => (await browser.close(), await rm(dir, { recursive: true, force: true })) };
}

for (const [name, open] of [
  ['chromium', chromiumSession],
  ['firefox', firefoxSession],
]) {
  const sessions = { this: await open(builds.this), other: await open(builds.other) };
  const times = { this: [], other: [] };
  try {
    // One warm-up page each, then interleaved rounds.
    for (const k of ['this', 'other']) await measure(sessions[k].newPage, url, 1);
    for (let r = 0; r < RUNS; r++) for (const k of ['this', 'other']) times[k].push(...(await measure(sessions[k].newPage, url, 1)).runs);
  } finally {
    for (const s of Object.values(sessions)) await s.close();
  }
  const m = { this: median(times.this), other: median(times.other) };
  console.log(
    `${name}: content.js evaluation on the seed article, median of ${RUNS}: this build ${m.this.toFixed(1)} ms ` +
      `(${Math.min(...times.this).toFixed(1)}–${Math.max(...times.this).toFixed(1)}), other ${m.other.toFixed(1)} ms ` +
      `(${Math.min(...times.other).toFixed(1)}–${Math.max(...times.other).toFixed(1)}): ratio ${(m.this / m.other).toFixed(2)}`,
  );
}
await server.close();
