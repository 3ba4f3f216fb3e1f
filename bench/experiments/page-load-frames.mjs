#!/usr/bin/env node
/**
 * A side experiment (not part of `npm run bench`): the longest tasks a page runs by itself, with no
 * extension, from DOMContentLoaded (about when a content script at document_idle starts) to 1.5 s
 * later. The bench's "longest task" for the real extension counts every main-thread task from the
 * content script's start; on the synthetic pages some of those are the page's own rendering.
 *
 *   node bench/experiments/page-load-frames.mjs [MB of text=1] [runs=3]
 *
 * Same synthetic page as the bench (bench/lib/synth.mjs, same seed), Debian's headless Chromium,
 * a trace of the renderer's main thread; prints each run's tasks over 10 ms after DOMContentLoaded.
 */
import { chromium } from 'playwright-core';
import { startTrace, stopTrace, taskKind } from '../lib/cdp.mjs';
import { compileRealDataset } from '../lib/inputs.mjs';
import { startServer } from '../lib/server.mjs';
import { aliasTexts, syntheticOrganisations, syntheticPage } from '../lib/synth.mjs';

const mb = Number(process.argv[2] ?? 1);
const runs = Number(process.argv[3] ?? 3);
const real = await compileRealDataset();
const nameSets = [aliasTexts(real.organisations), aliasTexts(syntheticOrganisations(30000))];
const html = syntheticPage({ targetChars: Math.round(mb * (1 << 20)), seed: 1000 + Math.round(mb * 100), nameSets });
const server = await startServer({ pages: { '/p/syn': () => html }, scripts: { '/bench.js': () => '', '/mark.min.js': () => '', '/content.css': () => '' } });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
await context.addInitScript(() => document.addEventListener('DOMContentLoaded', () => performance.mark('page-dcl')));
console.log(`Chromium ${browser.version()}, synthetic ${mb} MB page, no extension: tasks over 10 ms from DOMContentLoaded to 1.5 s later`);
for (let r = 0; r < runs; r++) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await startTrace(cdp);
  await page.goto(`${server.origin}/p/syn`, { waitUntil: 'load' });
  await page.waitForTimeout(1500);
  const events = await stopTrace(cdp);
  const dcl = events.find((e) => e.name === 'page-dcl' && e.cat.includes('user_timing'));
  if (!dcl) throw new Error('no DOMContentLoaded mark in the trace');
  const thread = (e) => e.pid === dcl.pid && e.tid === dcl.tid;
  const tasks = events.filter((e) => thread(e) && e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask' && e.ts >= dcl.ts && e.ts <= dcl.ts + 1.5e6 && e.dur > 10_000);
  const rows = tasks.map((t) => `+${((t.ts - dcl.ts) / 1000).toFixed(0)} ms: ${(t.dur / 1000).toFixed(1)} ms ${taskKind(t)}`);
  const longest = tasks.reduce((m, t) => Math.max(m, t.dur / 1000), 0);
  console.log(`run ${r + 1}: longest ${longest.toFixed(1)} ms; ${rows.join('; ') || 'none over 10 ms'}`);
  await page.close();
}
await browser.close();
await server.close?.();
