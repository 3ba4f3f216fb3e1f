#!/usr/bin/env node
/**
 * A side experiment (not part of `npm run bench`): how should the content script get the compiled
 * matcher (src/matcher/binary.ts, one buffer) so that it is ready soonest on every page, in
 * Chromium and Firefox? It is the measurement behind the choice in ARCHITECTURE.md.
 *
 *   node bench/experiments/matcher-delivery.mjs [runs=5]
 *
 * For each dictionary (the real dataset, synthetic 100,000 and 300,000 aliases) and each way of
 * delivery, it builds a throw-away extension whose content scripts are `t0.js` (records
 * performance.now() in the isolated world) then `content.js` (gets the matcher and wraps it in
 * the real `loadMatcher`), loads a small page from 127.0.0.1 in a fresh tab, and reads the time
 * from t0 to "matcher usable", which content.js writes to an attribute. Since content.js is
 * compiled after t0.js runs, the time includes compiling it (what an embedded literal costs).
 * Ways of delivery:
 *   - fetch:        fetch(runtime.getURL('matcher.bin')), the file not web-accessible
 *   - fetch-war:    the same file listed in web_accessible_resources (Chrome: use_dynamic_url)
 *   - base64:       the bytes embedded in content.js as a base64 literal, Uint8Array.fromBase64
 *   - json:         the format-2 baseline: the same tables as one JSON.parse of a string literal
 *                   (arrays of numbers and strings), without even building the runtime around them
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { tsImport } from 'tsx/esm/api';
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { syntheticOrganisations } from '../lib/synth.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;
const RUNS = Number(process.argv[2] ?? 5);
const { compileMatcher, compileTables } = await tsImport('./src/matcher/compile.ts', `file://${ROOT}`);
const { loadDataset } = await tsImport('./scripts/dataset-files.ts', `file://${ROOT}`);

const real = loadDataset().packs.flatMap((p) => p.pack.organisations);
const only = (env, all) => (process.env[env] ? all.filter((x) => process.env[env].split(',').includes(Array.isArray(x) ? x[0] : x)) : all);
// DICTS=real,100k and WAYS=base64,json narrow the run.
const dictionaries = only('DICTS', [
  ['real', real],
  ['100k', syntheticOrganisations(100_000)],
  ['300k', syntheticOrganisations(300_000)],
]);
const WAYS = only('WAYS', ['fetch', 'fetch-war', 'base64', 'comment', 'json']);

const T0 = 'globalThis.__scT0 = performance.now();';
function contentSource(way) {
  const get = {
    fetch: `fetch(chrome.runtime.getURL('matcher.bin')).then((r) => r.arrayBuffer()).then((b) => new Uint8Array(b))`,
    'fetch-war': `fetch(chrome.runtime.getURL('matcher.bin')).then((r) => r.arrayBuffer()).then((b) => new Uint8Array(b))`,
    base64: `Promise.resolve(Uint8Array.fromBase64(__B64__))`,
    // The base64 text in a comment inside a function appended to the script: the scanner skips a
    // comment without making a string, and Function.prototype.toString returns the source text.
    comment: `Promise.resolve((() => { const src = __scMatcherData.toString(); return Uint8Array.fromBase64(src.slice(src.indexOf('/*') + 2, src.lastIndexOf('*/'))); })())`,
    json: `Promise.resolve(JSON.parse(__JSON__))`,
  }[way];
  return `
import { loadMatcher } from ${JSON.stringify(join(ROOT, 'src/matcher/compiled.ts'))};
const done = (value) => document.documentElement.setAttribute('data-sc-delivery', JSON.stringify(value));
${get}.then((data) => {
  const m = ${way === 'json' ? 'data' : 'loadMatcher(data)'};
  globalThis.__scKeep = m; // kept, as the content script keeps its matcher, so the heap counts it
  done({ ms: performance.now() - globalThis.__scT0, ok: ${way === 'json' ? 'm.words.length > 0' : 'm.entryCount > 0'} });
}, (e) => done({ error: String(e) }));
`;
}

async function buildExtension(dir, way, bytes, tables) {
  await mkdir(dir, { recursive: true });
  const result = await esbuild.build({ stdin: { contents: contentSource(way), resolveDir: ROOT, loader: 'js' }, bundle: true, format: 'iife', write: false, minify: true, target: ['chrome120', 'firefox140'] });
  let js = result.outputFiles[0].text;
  if (way === 'base64') js = js.replace('__B64__', JSON.stringify(Buffer.from(bytes).toString('base64')));
  if (way === 'json') js = js.replace('__JSON__', JSON.stringify(JSON.stringify(tables)));
  if (way === 'comment') js += `\nfunction __scMatcherData(){/*${Buffer.from(bytes).toString('base64')}*/}\n`;
  await writeFile(join(dir, 't0.js'), T0);
  await writeFile(join(dir, 'content.js'), js);
  if (way.startsWith('fetch')) await writeFile(join(dir, 'matcher.bin'), bytes);
  const manifest = {
    manifest_version: 3,
    name: `delivery ${way}`,
    version: '1.0',
    content_scripts: [{ matches: ['http://*/*'], js: ['t0.js', 'content.js'], run_at: 'document_idle' }],
    background: { service_worker: 'bg.js', scripts: ['bg.js'] },
    browser_specific_settings: { gecko: { id: `delivery-${way}@source-context.org` } },
  };
  if (way === 'fetch-war') manifest.web_accessible_resources = [{ resources: ['matcher.bin'], matches: ['http://*/*'], use_dynamic_url: true }];
  await writeFile(join(dir, 'bg.js'), '');
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest));
}

const server = createServer((req, res) => {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.end('<!doctype html><title>t</title><p>The United Nations said on Monday that the Syrian Observatory for Human Rights reported shelling.</p>');
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const url = `http://127.0.0.1:${server.address().port}/`;

async function readResult(evaluate) {
  for (let i = 0; i < 200; i++) {
    const v = await evaluate();
    if (v) return JSON.parse(v);
    await new Promise((r) => setTimeout(r, 50));
  }
  return { error: 'timeout' };
}

async function inChromium(dir) {
  const user = await mkdtemp(join(tmpdir(), 'sc-delivery-'));
  const ctx = await chromium.launchPersistentContext(user, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`, '--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
  const out = [];
  try {
    for (let r = 0; r < RUNS + 1; r++) {
      const page = await ctx.newPage();
      await page.goto(url);
      const v = await readResult(() => page.evaluate(() => document.documentElement.getAttribute('data-sc-delivery')));
      // The content script's isolated world shares the page's V8 heap: its size after a full GC.
      const cdp = await ctx.newCDPSession(page);
      await cdp.send('HeapProfiler.collectGarbage');
      v.heapMB = (await cdp.send('Runtime.getHeapUsage')).usedSize / 1048576;
      if (r > 0) out.push(v); // the first load warms the disk cache and the extension's process
      await page.close();
    }
  } finally {
    await ctx.close();
    await rm(user, { recursive: true, force: true });
  }
  return out;
}

async function inFirefox(dir) {
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', headless: true });
  const out = [];
  try {
    await browser.installExtension(dir);
    for (let r = 0; r < RUNS + 1; r++) {
      const page = await browser.newPage();
      await page.goto(url);
      const v = await readResult(() => page.evaluate(() => document.documentElement.getAttribute('data-sc-delivery')));
      if (r > 0) out.push(v);
      await page.close();
    }
  } finally {
    await browser.close();
  }
  return out;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[(s.length - 1) >> 1] + s[s.length >> 1]) / 2 : NaN;
};
const base = await mkdtemp(join(tmpdir(), 'sc-delivery-ext-'));
console.log(`dictionary  way        bytes      chromium ms (median, min-max)   firefox ms (median, min-max)`);
for (const [name, orgs] of dictionaries) {
  const tables = compileTables(orgs);
  const bytes = compileMatcher(orgs);
  for (const way of WAYS) {
    const dir = join(base, `${name}-${way}`);
    await buildExtension(dir, way, bytes, tables);
    const cells = [];
    for (const run of only('BROWSERS', [inChromium, inFirefox].map((f) => [f.name === 'inChromium' ? 'chromium' : 'firefox', f])).map((x) => x[1])) {
      const results = await run(dir);
      const bad = results.find((x) => x.error || !x.ok);
      const ms = results.filter((x) => !x.error).map((x) => x.ms);
      const heap = results.some((x) => x.heapMB !== undefined) ? `, heap ${median(results.map((x) => x.heapMB)).toFixed(1)} MB` : '';
      cells.push(bad ? `failed: ${bad.error ?? 'not ok'}` : `${median(ms).toFixed(1)} (${Math.min(...ms).toFixed(1)}-${Math.max(...ms).toFixed(1)})${heap}`);
    }
    console.log(`${name.padEnd(11)} ${way.padEnd(10)} ${String(bytes.length).padStart(9)}  ${cells[0].padEnd(30)}  ${cells[1]}`);
  }
}
server.close();
await rm(base, { recursive: true, force: true });
