/**
 * The seed article's expected annotations (test/baselines/seed-article.json, reviewed), checked
 * here in happy-dom with the content script's modules; the e2e suites check the same file in real
 * Chromium and Firefox.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { annotateHtml } from './annotate-html';

const html = readFileSync(new URL('../fixtures/seed-article.html', import.meta.url), 'utf8');
const baseline = JSON.parse(readFileSync(new URL('./seed-article.json', import.meta.url), 'utf8')) as {
  highlights: Array<{ text: string; highlight: string; id: string }>;
};
const key = (h: { text: string; highlight: string; id: string }) => `${h.highlight}|${h.id}|${h.text}`;

describe('seed article', () => {
  it('annotates exactly the reviewed organisations and claims', async () => {
    const found = await annotateHtml(html, 'https://wrp.org.uk/news/12072');
    expect(found.map(key).sort()).toEqual(baseline.highlights.map(key).sort());
  });

  it('includes the names and claims the project started from', () => {
    const ids = new Set(baseline.highlights.map((h) => h.id));
    for (const id of ['syrian-observatory-for-human-rights', 'hezbollah', 'al-nusra-front', 'islamic-state', 'united-nations']) expect(ids.has(id), id).toBe(true);
    for (const id of ['kerry-threatens-total-destruction-of-ceasefire', 'sohr-uk-based-us-supporting', 'saudi-backed-moderates-withdrew-vienna-talks']) {
      expect(ids.has(id), id).toBe(true);
    }
  });
});
