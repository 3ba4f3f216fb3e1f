/**
 * After a long run of random page changes, what is highlighted must be exactly what a fresh scan
 * of the same page highlights, in both browsers. The annotator keeps its annotations up to date
 * piecemeal (a changed block's run of annotations is found by binary search and replaced, removals
 * are filtered out), so this is the check that the bookkeeping never drifts: appends, text edits,
 * inline insertions, removals, moves and hidden content, in a seeded random order.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, requireBrowser, type BrowserDriver } from './harness/browsers';
import type { PageDriver } from './harness/driver';
import { startServer, type FixtureServer } from './harness/server';

const NAMES = ['Hezbollah', 'al-Nusra Front', 'Syrian Observatory for Human Rights', 'Russia Today', 'UN', 'Reuters'];

function startPage(): string {
  let body = '<main>';
  for (let i = 0; i < 30; i++) body += `<p>Paragraph ${i}: officials said ${NAMES[i % NAMES.length]} had been consulted, and ${i % 3 ? 'nobody else' : `<em>${NAMES[(i + 2) % NAMES.length]}</em>`} was.</p>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Changing page</title></head><body>${body}</main></body></html>`;
}

/** Runs in the page: `count` seeded random changes, one per task (so each is its own flush). */
async function mutate(args: { seed: number; count: number; names: string[] }): Promise<number> {
  let state = args.seed >>> 0;
  const rand = (n: number) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state % n;
  };
  const main = document.querySelector('main')!;
  const name = () => args.names[rand(args.names.length)]!;
  const paragraphs = () => [...main.querySelectorAll('p')];
  const pick = () => {
    const all = paragraphs();
    return all.length ? all[rand(all.length)]! : null;
  };
  const textIn = (p: Element) => {
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    const texts: Text[] = [];
    while (walker.nextNode()) texts.push(walker.currentNode as Text);
    return texts.length ? texts[rand(texts.length)]! : null;
  };
  let done = 0;
  for (let k = 0; k < args.count; k++) {
    const op = rand(9);
    const p = pick();
    if (op === 0 || !p) {
      const fresh = document.createElement('p');
      fresh.textContent = `Update: ${name()} responded to ${name()}.`;
      main.append(fresh);
    } else if (op === 1) {
      const text = textIn(p);
      if (text) text.data = `${text.data} and ${name()} agreed`;
    } else if (op === 2) {
      const text = textIn(p);
      // Cut a name (or whatever is there) out of the middle.
      if (text && text.data.length > 10) text.data = text.data.slice(0, 4) + text.data.slice(text.data.length - 4);
    } else if (op === 3) {
      const em = document.createElement(rand(2) ? 'em' : 'a');
      em.textContent = name();
      p.insertBefore(em, p.childNodes[rand(p.childNodes.length + 1)] ?? null);
    } else if (op === 4) {
      p.remove();
    } else if (op === 5) {
      const other = pick();
      if (other && other !== p) other.before(p);
    } else if (op === 6) {
      const before = document.createElement('p');
      before.textContent = `Earlier: ${name()} said so.`;
      p.before(before);
    } else if (op === 7) {
      const hidden = document.createElement('div');
      hidden.style.display = 'none';
      const inner = document.createElement('p');
      inner.textContent = `Hidden: ${name()}.`;
      hidden.append(inner);
      p.after(hidden);
    } else {
      const text = textIn(p);
      if (text && text.data.length > 6) text.splitText(rand(text.data.length));
    }
    done++;
    await new Promise((resolve) => setTimeout(resolve, rand(3) === 0 ? 0 : 5));
  }
  return done;
}

interface Found {
  name: string;
  text: string;
  /** Index of the paragraph (or other block) among the main's descendants, and offset in its text. */
  block: number;
  offset: number;
  /** Inside the hidden (display: none) divs the changes add. */
  hidden: boolean;
}

/** Runs in the page: every registered highlight, placed by block and text offset (which survive re-parsing). */
function placed(): Found[] {
  const main = document.querySelector('main')!;
  const blocks = [...main.querySelectorAll('p, div')];
  const out: Found[] = [];
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('source-context-')) continue;
    for (const r of highlight as unknown as Iterable<AbstractRange>) {
      const block = r.startContainer.parentElement!.closest('p, div')!;
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      const before = document.createRange();
      before.setStart(block, 0);
      before.setEnd(r.startContainer, r.startOffset);
      out.push({ name, text: range.toString(), block: blocks.indexOf(block), offset: before.toString().length, hidden: block.closest('div') !== null });
    }
  }
  return out.sort((a, b) => a.block - b.block || a.offset - b.offset || a.name.localeCompare(b.name));
}

/** Wait until the highlights have stopped changing (the annotator has caught up). */
async function settled(page: PageDriver): Promise<Found[]> {
  let last = JSON.stringify(await page.evaluate(placed));
  for (let i = 0; i < 40; i++) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    const now = JSON.stringify(await page.evaluate(placed));
    if (now === last) return JSON.parse(now) as Found[];
    last = now;
  }
  throw new Error('highlights kept changing');
}

for (const spec of BROWSERS) {
  describe(`highlights after random page changes in ${spec.name}`, () => {
    let server: FixtureServer;
    let browser: BrowserDriver;
    let snapshot = '';

    beforeAll(async () => {
      requireBrowser(spec.path);
      server = await startServer({ '/changing': startPage, '/snapshot': () => snapshot });
      browser = await spec.launch(['changes.example']);
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    for (const seed of [1, 2, 3]) {
      it(`agree with a fresh scan of the same page (seed ${seed})`, async () => {
        const page = await browser.newPage();
        await page.goto(server.url('changes.example', '/changing'));
        await page.waitFor(() => CSS.highlights.has('source-context-armed-group'));
        const ops = await page.evaluate(mutate, { seed, count: 120, names: NAMES });
        expect(ops).toBe(120);
        const live = await settled(page);
        // Reading the page's own markup to serve it again, not rendering data into it.
        // eslint-disable-next-line no-restricted-properties
        snapshot = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Snapshot</title></head>${await page.evaluate(() => document.body.outerHTML)}</html>`;
        const fresh = await browser.newPage();
        await fresh.goto(server.url('changes.example', '/snapshot'));
        await fresh.waitFor(() => CSS.highlights.has('source-context-armed-group'));
        const rescanned = await settled(fresh);
        expect(live.length).toBeGreaterThan(30);
        expect(live.filter((f) => f.hidden)).toEqual([]);
        expect(live).toEqual(rescanned);
        await page.close();
        await fresh.close();
      }, 60_000);
    }
  });
}
