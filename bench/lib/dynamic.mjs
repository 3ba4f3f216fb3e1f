/**
 * The dynamic page: a synthetic article (~100 KB of text) plus a live feed that, once started,
 * appends a ~2 KB paragraph every 100 ms (10 Hz) and, between appends, edits existing text (a name
 * in an earlier update, or a sentence of the article). Each operation records, with the page's own
 * clock: t0 before the DOM calls, t1 after them (the page's own DOM edit), t2 in a microtask queued
 * afterwards (after any MutationObserver callback, since that microtask was queued at the first
 * mutation). The bench pairs operations with the annotator's render times.
 */
import { dynamicUpdates, editNames, syntheticPage } from './synth.mjs';

export function dynamicPage({ nameSets, seed = 99 }) {
  const base = syntheticPage({ targetChars: 100_000, seed, nameSets, title: 'Live: a fast-changing page' });
  const updates = dynamicUpdates({ count: 60, seed: seed + 1, nameSets });
  const names = editNames({ count: 60, seed: seed + 2, nameSets });
  const script = `<script>
(() => {
  const updates = ${JSON.stringify(updates)};
  const names = ${JSON.stringify(names)};
  const make = (segments) => {
    const p = document.createElement('p');
    p.className = 'update';
    for (const [tag, text] of segments) {
      if (!tag) { p.append(text); continue; }
      const el = document.createElement(tag);
      if (tag === 'a') el.href = '/news/live';
      el.textContent = text;
      p.append(el);
    }
    return p;
  };
  const chars = updates.map((segments) => segments.reduce((n, s) => n + s[1].length, 0));
  window.__dynamic = (ticks, hz) => new Promise((resolve) => {
    const feed = document.querySelector('main');
    const base = [...document.querySelectorAll('main article p:not(.byline)')];
    const ops = [];
    const added = [];
    let i = 0;
    let e = 0;
    const measure = (kind, n, work) => {
      const t0 = performance.now();
      work();
      const t1 = performance.now();
      queueMicrotask(() => ops.push({ kind, chars: n, t0, t1, t2: performance.now() }));
    };
    const edit = () => {
      const k = e++;
      if (k % 2 === 0 && added.length > 2) {
        const node = added[added.length - 3].childNodes[1];
        const text = names[k % names.length] + ' said ';
        measure('edit', text.length, () => { node.data = text; });
      } else {
        const p = base[(k * 7) % base.length];
        const node = p && [...p.childNodes].find((n) => n.nodeType === 3 && n.data.length > 20);
        if (!node) return;
        const text = node.data + ' ' + names[k % names.length] + ' responded.';
        measure('edit', text.length, () => { node.data = text; });
      }
    };
    const timer = setInterval(() => {
      const j = i % updates.length;
      measure('append', chars[j], () => {
        const p = make(updates[j]);
        feed.append(p);
        added.push(p);
      });
      setTimeout(edit, 1000 / hz / 2);
      if (++i >= ticks) {
        clearInterval(timer);
        setTimeout(() => resolve(ops), 400);
      }
    }, 1000 / hz);
  });
})();
</script>
`;
  // In <head>: the data is not page text.
  const at = base.indexOf('</head>');
  return `${base.slice(0, at)}${script}${base.slice(at)}`;
}
