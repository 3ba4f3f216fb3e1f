#!/usr/bin/env node
/**
 * A side experiment (not part of `npm run bench`): how long a card's record takes to come back
 * from a background that was stopped (Chrome terminates an idle service worker), with the bundled
 * records and with 50,000 organisations. The target: a cold background answers a card in
 * ≤ 50 ms at 50,000 organisations.
 *
 *   node bench/experiments/cold-card.mjs [runs=7]
 *
 * It builds nothing new: it copies dist/chrome and, for the large case, replaces its record shards
 * with 50,000 organisations (the bundled records cloned under new ids, so the sizes are real ones),
 * written by the build's own shardRecords, and puts the new shard counts into background.js (the
 * layout is the only thing the background knows in advance). In Chromium, from an extension page,
 * it then times `runtime.sendMessage({ type: 'get-organisation' })` for a random organisation:
 * right after the worker's target is closed (cold: worker start + one shard read + parse), and
 * at once for another organisation (warm worker; usually another shard). Medians of `runs`.
 */
/* global chrome -- used inside page.evaluate, in an extension page */
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tsImport } from 'tsx/esm/api';
import { launchWith } from '../lib/extension.mjs';
import { ROOT } from '../lib/inputs.mjs';
import { median } from '../lib/stats.mjs';

const RUNS = Number(process.argv[2] ?? 7);
const DIST = join(ROOT, 'dist', 'chrome');
const { shardRecords } = await tsImport('./src/dataset/record-shards.ts', `file://${ROOT}`);

/** All organisation records of a built extension, read back from its shards. */
async function builtOrganisations(dir) {
  const out = [];
  for (const f of (await readdir(join(dir, 'records'))).filter((n) => n.startsWith('o-'))) out.push(...Object.values(JSON.parse(await readFile(join(dir, 'records', f), 'utf8'))));
  return out;
}

/** A copy of dist/chrome whose records are `total` organisations cloned from the bundled ones. */
async function scaledCopy(total) {
  const dir = await mkdtemp(join(tmpdir(), 'sc-cold-card-'));
  await cp(DIST, dir, { recursive: true });
  if (!total) return { dir, ids: (await builtOrganisations(dir)).map((o) => o.id) };
  const real = await builtOrganisations(dir);
  const orgs = {};
  for (let i = 0; i < total; i++) {
    const base = real[i % real.length];
    const id = i < real.length ? base.id : `${base.id}-copy-${i}`;
    orgs[id] = { ...base, id };
  }
  const claims = {};
  const publishers = {};
  for (const f of await readdir(join(dir, 'records'))) {
    const data = JSON.parse(await readFile(join(dir, 'records', f), 'utf8'));
    if (f.startsWith('c-')) Object.assign(claims, data);
    if (f.startsWith('p-')) Object.assign(publishers, data);
  }
  await rm(join(dir, 'records'), { recursive: true });
  await mkdir(join(dir, 'records'));
  const { layout, files } = shardRecords({ o: orgs, c: claims, p: publishers });
  for (const [path, text] of files) await writeFile(join(dir, path), text);
  const bg = await readFile(join(dir, 'background.js'), 'utf8');
  const patched = bg.replace(/\{v:1,shards:\{o:\d+,c:\d+,p:\d+\}\}/, JSON.stringify(layout).replace(/"/g, ''));
  if (patched === bg) throw new Error('the shard layout was not found in background.js');
  await writeFile(join(dir, 'background.js'), patched);
  return { dir, ids: Object.keys(orgs), layout };
}

async function measure(label, total) {
  const { dir, ids, layout } = await scaledCopy(total);
  const browser = await launchWith(dir);
  try {
    const worker = browser.context.serviceWorkers()[0];
    const extensionId = new URL(worker.url()).host;
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    const cdp = await browser.context.newCDPSession(page);
    const ask = (id) =>
      page.evaluate(async (id) => {
        const t = performance.now();
        const record = await chrome.runtime.sendMessage({ type: 'get-organisation', id });
        return { ms: performance.now() - t, found: record?.id === id };
      }, id);
    const cold = [];
    const warm = [];
    for (let r = 0; r < RUNS; r++) {
      const { targetInfos } = await cdp.send('Target.getTargets');
      const sw = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`));
      if (sw) await cdp.send('Target.closeTarget', { targetId: sw.targetId });
      await new Promise((resolve) => setTimeout(resolve, 300));
      const id = ids[Math.floor(((r + 1) * 7919) % ids.length)];
      const c = await ask(id);
      const w = await ask(ids[Math.floor(((r + 1) * 104729) % ids.length)]);
      if (!c.found || !w.found) throw new Error(`record not found (${id})`);
      cold.push(c.ms);
      warm.push(w.ms);
    }
    const shards = layout ? `${layout.shards.o} organisation shards` : 'the bundled shards';
    console.log(`${label} (${ids.length.toLocaleString('en')} organisations, ${shards}): cold ${median(cold).toFixed(1)} ms (${Math.min(...cold).toFixed(1)}–${Math.max(...cold).toFixed(1)}), warm ${median(warm).toFixed(1)} ms, median of ${RUNS}`);
  } finally {
    await browser.close();
    await rm(dir, { recursive: true, force: true });
  }
}

await measure('bundled records', 0);
await measure('50,000 organisations', 50_000);
