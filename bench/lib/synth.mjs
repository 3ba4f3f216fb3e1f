/**
 * Synthetic, deterministic (seeded) inputs, generated at run time and never committed:
 *  - dictionaries of N aliases: realistic multi-word organisation names, short forms, acronyms and
 *    coined one-word brands, compiled by the project's own compileMatcher;
 *  - news-like pages of a given text size with realistic markup (about 36k text nodes per MB of
 *    text: links, emphasis and spans every few words, some splitting names), navigation, asides,
 *    lists, figures, tables, and a few skipped elements (code, buttons, a form);
 *  - the 2 KB paragraphs of the dynamic page.
 */
import { rng } from './prng.mjs';
import { ADJECTIVES, COMMON, FIELDS, FIRST_NAMES, PLACES, SURNAMES, SYLLABLES, TYPES } from './words.mjs';

// Nine categories, one per earlier run's, so that the same seed picks the same ones and every pick
// has a ::highlight rule to paint ('state-media' was split; its first part keeps its place).
const CATEGORIES = ['state-controlled-media', 'government-military', 'armed-group', 'intergovernmental', 'ngo-monitor', 'think-tank', 'party-movement', 'news-media', 'company-lobby'];
const SMALL = new Set(['of', 'for', 'the', 'and', '&', 'on', 'in']);

const cap = (s) => s[0].toUpperCase() + s.slice(1);

function coined(r) {
  let word = '';
  const n = 2 + r.int(2);
  for (let i = 0; i < n; i++) word += r.pick(SYLLABLES);
  return cap(word);
}

function makeName(r) {
  const x = r.next();
  if (x < 0.28) return `${r.pick(ADJECTIVES)} ${r.pick(FIELDS)} ${r.pick(TYPES)}`;
  if (x < 0.45) return r.chance(0.5) ? `${r.pick(TYPES)} for ${r.pick(FIELDS)}` : `${r.pick(ADJECTIVES)} ${r.pick(TYPES)} for ${r.pick(FIELDS)}`;
  if (x < 0.62) return r.chance(0.5) ? `${r.pick(PLACES)} ${r.pick(FIELDS)} ${r.pick(TYPES)}` : `${r.pick(TYPES)} of ${r.pick(PLACES)}`;
  if (x < 0.76) return r.chance(0.6) ? `${r.pick(SURNAMES)} ${r.pick(TYPES)}` : `${r.pick(SURNAMES)} & ${r.pick(SURNAMES)} ${r.pick(TYPES)}`;
  if (x < 0.92) return r.chance(0.5) ? coined(r) : `${coined(r)} ${r.pick(TYPES)}`;
  return `${r.chance(0.5) ? 'al-' : ''}${coined(r)} ${r.pick(['Brigades', 'Front', 'Movement', 'Army', 'Battalion', 'Militia'])}`;
}

function acronym(name) {
  const letters = name
    .split(/[\s-]+/)
    .filter((w) => w && !SMALL.has(w.toLowerCase()) && /^\p{Lu}/u.test(w))
    .map((w) => w[0]);
  return letters.length >= 2 ? letters.join('') : null;
}

/**
 * Organisations whose names and aliases total exactly `total` aliases (the matcher's entries).
 * Deterministic for a seed; the dictionaries for 300, 3,000 and 30,000 share their first entries.
 */
export function syntheticOrganisations(total, seed = 7) {
  const r = rng(seed);
  const used = new Set();
  const take = (s) => {
    const k = s.toLowerCase();
    if (used.has(k)) return false;
    used.add(k);
    return true;
  };
  const orgs = [];
  let count = 0;
  while (count < total) {
    const name = makeName(r);
    if (!take(name)) continue;
    const aliases = [];
    const acr = acronym(name);
    if (acr && acr.length >= 2 && acr.length <= 6 && r.chance(0.6) && take(acr)) aliases.push(acr);
    const words = name.split(' ');
    if (words.length >= 3 && r.chance(0.4)) {
      const short = r.chance(0.5) ? words.slice(0, -1).join(' ') : words.slice(1).join(' ');
      if (!SMALL.has(short.split(' ')[0].toLowerCase()) && !SMALL.has(short.split(' ').at(-1).toLowerCase()) && take(short)) aliases.push(short);
    }
    if (r.chance(0.15)) {
      const the = `the ${name}`;
      if (take(the)) aliases.push(the);
    }
    const kept = aliases.slice(0, total - count - 1);
    orgs.push({ id: `syn-${orgs.length}`, name, category: r.pick(CATEGORIES), aliases: kept });
    count += 1 + kept.length;
  }
  return orgs;
}

/** Alias strings of organisations (names and aliases, rule objects reduced to their text). */
export function aliasTexts(orgs) {
  return orgs.map((o) => [o.name, ...o.aliases.map((a) => (typeof a === 'string' ? a : a.text))]);
}

const INLINE_TAGS = ['a', 'a', 'a', 'em', 'strong', 'span', 'i', 'b'];

function escapeHtml(s) {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * A text generator over a vocabulary with Zipf frequencies; names are drawn from `nameSets`
 * (arrays of alias lists, e.g. the real dataset's and a synthetic dictionary's).
 */
function textSource(r, nameSets) {
  const word = r.zipfPicker(COMMON, 1.0);
  const person = () => `${r.pick(FIRST_NAMES)} ${r.pick(SURNAMES)}`;
  const name = () => {
    const set = r.pick(nameSets);
    const org = r.pick(set);
    // The full name half the time, an alias otherwise (as articles do after first mention).
    return org.length > 1 && r.chance(0.5) ? r.pick(org.slice(1)) : org[0];
  };
  /** One sentence as a list of pieces: { text, name?: true }. */
  const sentence = () => {
    const pieces = [];
    const n = 8 + r.int(20);
    for (let i = 0; i < n; i++) {
      const x = r.next();
      let text;
      let isName = false;
      if (x < 0.03) {
        text = name();
        isName = true;
      } else if (x < 0.055) text = person();
      else if (x < 0.07) text = r.pick(PLACES);
      else if (x < 0.08) text = String(1 + r.int(2000));
      else text = word();
      if (i === 0) text = cap(text);
      pieces.push({ text, name: isName });
      if (i < n - 1 && r.chance(0.08)) pieces[pieces.length - 1].text += r.pick([',', ',', ',', ';', ':']);
    }
    pieces[pieces.length - 1].text += r.pick(['.', '.', '.', '.', '?', '!']);
    return pieces;
  };
  return { sentence, person, name, word };
}

/**
 * A paragraph of about `chars` characters as segments: [tag or '', text]. Inline elements start
 * every ~9 words on average (so ~36k text nodes per MB); a name is split by an inline element a
 * third of the time, and sits wholly inside a link some of the time.
 */
function paragraphSegments(r, src, chars) {
  const segments = [];
  let plain = '';
  let length = 0;
  const flush = () => {
    if (plain) segments.push(['', plain]);
    plain = '';
  };
  const inline = (tag, text) => {
    flush();
    segments.push([tag, text]);
  };
  while (length < chars) {
    const pieces = src.sentence();
    for (let i = 0; i < pieces.length; i++) {
      const { text, name } = pieces[i];
      const sep = plain || segments.length ? ' ' : '';
      length += sep.length + text.length;
      const words = text.split(' ');
      if (name && words.length >= 2 && r.chance(0.33)) {
        // Split the name: "Syrian <a>Observatory for Human</a> Rights" and the like.
        const cut = 1 + r.int(words.length - 1);
        const tag = r.pick(INLINE_TAGS);
        if (r.chance(0.5)) {
          plain += sep;
          inline(tag, words.slice(0, cut).join(' '));
          plain += ` ${words.slice(cut).join(' ')}`;
        } else {
          plain += sep + words.slice(0, cut).join(' ') + ' ';
          inline(tag, words.slice(cut).join(' '));
        }
      } else if (name && r.chance(0.25)) {
        plain += sep;
        inline('a', text);
      } else if (r.chance(0.085)) {
        // An inline element over this word and the next few.
        const span = [text];
        const extra = r.int(3);
        for (let k = 0; k < extra && i + 1 < pieces.length; k++) {
          i++;
          span.push(pieces[i].text);
          length += 1 + pieces[i].text.length;
        }
        plain += sep;
        inline(r.pick(INLINE_TAGS), span.join(' '));
      } else plain += sep + text;
    }
  }
  flush();
  return segments;
}

function segmentsHtml(r, segments) {
  return segments
    .map(([tag, text]) => {
      const t = escapeHtml(text);
      if (!tag) return t;
      if (tag === 'a') return `<a href="/news/${1000 + r.int(90000)}">${t}</a>`;
      if (tag === 'span') return `<span class="${r.pick(['hl', 'ref', 'note'])}">${t}</span>`;
      return `<${tag}>${t}</${tag}>`;
    })
    .join('');
}

const STYLE = `body{font:17px/1.6 Georgia,serif;max-width:52rem;margin:0 auto;padding:1rem;color:#222}
nav a,footer a{margin-right:.6rem;font:14px sans-serif}aside{border-top:1px solid #ccc;font:14px sans-serif}
figure{margin:1rem 0}figcaption{font:13px sans-serif;color:#666}table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:.2rem}
.byline{color:#666;font:14px sans-serif}blockquote{border-left:3px solid #ccc;margin-left:0;padding-left:1rem}`;

/**
 * The bench's synthetic page of `mb` MB of text: one seed per size, so run.mjs and the side
 * experiments build the very same page.
 */
export function benchSyntheticPage(mb, nameSets) {
  return syntheticPage({ targetChars: Math.round(mb * (1 << 20)), seed: 1000 + Math.round(mb * 100), nameSets });
}

/**
 * A news-site page with at least `targetChars` characters of text. Returns the HTML; the body's
 * closing tag is left for the server to inject the bench scripts before.
 */
export function syntheticPage({ targetChars, seed, nameSets, title = 'Live coverage' }) {
  const r = rng(seed);
  const src = textSource(r, nameSets);
  const parts = [];
  let chars = 0;
  const add = (html, textLength) => {
    parts.push(html);
    chars += textLength;
  };
  const nav = Array.from({ length: 24 }, () => `<a href="/section/${r.int(100)}">${cap(src.word())}</a>`).join(' ');
  parts.push(`<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>${escapeHtml(title)}</title>\n<style>${STYLE}</style>\n</head>\n<body>\n<header><a href="/">The Daily Synthetic</a>\n<nav>${nav}</nav></header>\n<main>\n`);
  let article = 0;
  while (chars < targetChars) {
    article++;
    const headline = src.sentence().map((p) => p.text).join(' ');
    add(`<article id="a${article}">\n<h1>${escapeHtml(headline)}</h1>\n<p class="byline">By <a href="/author/${r.int(500)}">${escapeHtml(src.person())}</a> · <time datetime="2024-05-${String(1 + r.int(28)).padStart(2, '0')}">May ${1 + r.int(28)}, 2024</time> <button type="button">Share</button></p>\n`, headline.length + 40);
    const sections = 3 + r.int(5);
    for (let s = 0; s < sections && chars < targetChars; s++) {
      const h2 = src.sentence().slice(0, 6).map((p) => p.text).join(' ');
      add(`<h2>${escapeHtml(h2)}</h2>\n`, h2.length);
      const paragraphs = 3 + r.int(6);
      for (let p = 0; p < paragraphs && chars < targetChars; p++) {
        const segments = paragraphSegments(r, src, 250 + r.int(700));
        const len = segments.reduce((n, [, t]) => n + t.length, 0);
        const x = r.next();
        if (x < 0.06) add(`<blockquote><p>${segmentsHtml(r, segments)}</p></blockquote>\n`, len);
        else if (x < 0.1) {
          const items = [0, 1, 2].map(() => paragraphSegments(r, src, 60 + r.int(120)));
          add(`<ul>${items.map((it) => `<li>${segmentsHtml(r, it)}</li>`).join('')}</ul>\n`, items.flat().reduce((n, [, t]) => n + t.length, 0));
        } else if (x < 0.13) add(`<figure><img alt="" width="600" height="340"><figcaption>${segmentsHtml(r, segments)}</figcaption></figure>\n`, len);
        else if (x < 0.145) {
          const rows = Array.from({ length: 4 }, () => `<tr><td>${escapeHtml(src.name())}</td><td>${r.int(1000)}</td><td>${escapeHtml(src.word())}</td></tr>`).join('');
          add(`<table><tr><th>Organisation</th><th>Count</th><th>Note</th></tr>${rows}</table>\n`, 120);
        } else if (x < 0.15) add(`<pre><code>${escapeHtml(src.sentence().map((p) => p.text).join(' '))}</code></pre>\n`, 80);
        else add(`<p>${segmentsHtml(r, segments)}</p>\n`, len);
      }
    }
    const related = Array.from({ length: 5 }, () => `<li><a href="/news/${r.int(99999)}">${escapeHtml(src.sentence().slice(0, 8).map((p) => p.text).join(' '))}</a></li>`).join('');
    add(`</article>\n<aside class="related"><h3>Related</h3><ul>${related}</ul></aside>\n`, 250);
  }
  const footer = Array.from({ length: 16 }, () => `<a href="/page/${r.int(100)}">${cap(src.word())}</a>`).join(' ');
  parts.push(`</main>\n<form class="comments"><label>Comment <textarea name="c">Hezbollah and the UN in a draft comment</textarea></label></form>\n<footer>${footer}</footer>\n</body>\n</html>\n`);
  return parts.join('');
}

/** The dynamic page's updates: `count` paragraphs of about 2 KB, each with at least one name. */
export function dynamicUpdates({ count, seed, nameSets }) {
  const r = rng(seed);
  const src = textSource(r, nameSets);
  const out = [];
  for (let i = 0; i < count; i++) {
    const segments = paragraphSegments(r, src, 1900);
    segments.unshift(['strong', `Update ${i + 1}: `], ['', `${src.name()} said `]);
    out.push(segments);
  }
  return out;
}

/** Names for the dynamic page's text edits (an edit replaces a text node's data, adding a name). */
export function editNames({ count, seed, nameSets }) {
  const r = rng(seed);
  const src = textSource(r, nameSets);
  return Array.from({ length: count }, () => src.name());
}
