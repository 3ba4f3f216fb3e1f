/**
 * The real content script's evaluation with the bundled dataset, in Chromium and Firefox, measured
 * the same way in both: Firefox records no CDP trace here, so the built extension is copied and
 * instrumented once (the copy only, dist/ is untouched). `bench-t0.js`, listed just before
 * content.js in the same content_scripts entry, records performance.now(); a statement appended
 * to content.js records it again after the bundle's top level has run (the matcher decoded and
 * loaded, the claims parsed), and writes the difference to an attribute
 * of <html> for the driver to read. content.js is compiled after bench-t0.js runs, so the time
 * includes its compilation (for Chromium, scanning the base64 comment; for Firefox, the literal).
 */
/* global navigator -- used inside page.evaluate, in the page */
import { appendFile, cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { launchWith } from './extension.mjs';
import { ROOT } from './inputs.mjs';
import { median } from './stats.mjs';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const ATTRIBUTE = 'data-sc-bench-evaluation';
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** A copy of dist/<browser> (or of another build's folder, `from`) with the two clock readings around content.js. */
export async function instrumentedCopy(browser, from = join(ROOT, 'dist', browser)) {
  const dir = await mkdtemp(join(tmpdir(), `sc-bench-eval-${browser}-`));
  await cp(from, dir, { recursive: true });
  const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'));
  for (const cs of manifest.content_scripts) if (cs.js.includes('content.js')) cs.js = ['bench-t0.js', ...cs.js];
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest));
  await writeFile(join(dir, 'bench-t0.js'), 'globalThis.__scBenchT0 = performance.now();\n');
  // After the appended data function too (Chromium): the whole script has been compiled and run.
  await appendFile(join(dir, 'content.js'), `\n;document.documentElement.setAttribute(${JSON.stringify(ATTRIBUTE)}, String(performance.now() - globalThis.__scBenchT0));\n`);
  return dir;
}

/** Open `url` in a fresh tab `runs` times and read the evaluation time each time (and the browser's version). */
export async function measure(newPage, url, runs) {
  const out = [];
  let version = null;
  for (let r = 0; r < runs; r++) {
    const page = await newPage();
    try {
      // From a same-origin blank page first, as the traced cross-check does: the page then loads in
      // a renderer (content process) already running, so a process start is not counted.
      await page.goto(url.replace(/\/p\/[^?]+/, '/p/blank'));
      await page.goto(url);
      let value = null;
      for (let i = 0; i < 200 && value == null; i++) {
        value = await page.evaluate((name) => document.documentElement.getAttribute(name), ATTRIBUTE);
        if (value == null) await sleep(50);
      }
      if (value == null) throw new Error('the instrumented content script did not report (10 s)');
      out.push(Number(value));
      version ??= await page.evaluate(() => /(?:Chrome|Firefox)\/[\d.]+/.exec(navigator.userAgent)?.[0] ?? navigator.userAgent);
    } finally {
      await page.close().catch(() => undefined);
    }
  }
  return { version, runs: out };
}

const summary = ({ version, runs }) => ({ method: 'performance.now() around content.js (instrumented copy)', version, runs, medianMs: median(runs), minMs: Math.min(...runs), maxMs: Math.max(...runs), firstMs: runs[0] });

async function inChromium(url, runs) {
  const dir = await instrumentedCopy('chrome');
  const browser = await launchWith(dir);
  try {
    return summary(await measure(() => browser.context.newPage(), url, runs));
  } finally {
    await browser.close();
    await rm(dir, { recursive: true, force: true });
  }
}

async function inFirefox(url, runs) {
  const dir = await instrumentedCopy('firefox');
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true, extraPrefsFirefox: { 'browser.shell.checkDefaultBrowser': false } });
  try {
    await browser.installExtension(dir);
    return summary(await measure(() => browser.newPage(), url, runs));
  } finally {
    await browser.close();
    await rm(dir, { recursive: true, force: true });
  }
}

export async function evaluationTimes({ server, pageId = 'seed', runs, log }) {
  const url = `${server.origin}/p/${pageId}?bare`;
  const out = {};
  for (const [name, run] of [
    ['chromium', inChromium],
    ['firefox', inFirefox],
  ]) {
    try {
      out[name] = await run(url, runs);
      log(`  content.js evaluation in ${name} (${out[name].version}), ${pageId}: median ${out[name].medianMs.toFixed(1)} ms over ${runs} runs (first ${out[name].firstMs.toFixed(1)} ms)`);
    } catch (error) {
      out[name] = { error: String(error?.message ?? error).split('\n')[0].slice(0, 300) };
      log(`  ! content.js evaluation in ${name}: ${out[name].error}`);
    }
  }
  return out;
}
