/**
 * The benchmark's page server on 127.0.0.1. Pages get the bench scripts injected before </body>;
 * every response is cross-origin isolated (COOP + COEP) so performance.now() has its fine (5 µs)
 * resolution instead of 100 µs. Page bodies are produced lazily and cached.
 */
import { createServer } from 'node:http';

const ISOLATION = { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' };

/**
 * @param {object} o
 * @param {Record<string, () => string>} o.pages  path → page HTML (without the bench scripts)
 * @param {Record<string, () => string>} o.scripts path → JavaScript source (or CSS, for paths ending in .css)
 */
export async function startServer({ pages, scripts }) {
  const cache = new Map();
  const get = (kind, path, make) => {
    const key = `${kind}:${path}`;
    if (!cache.has(key)) cache.set(key, make());
    return cache.get(key);
  };
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const path = url.pathname;
    const bare = url.searchParams.has('bare');
    try {
      if (pages[path]) {
        const html = get(bare ? 'bare' : 'page', path, () => (bare ? pages[path]() : injectScripts(pages[path]())));
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...(bare ? {} : ISOLATION) });
        res.end(html);
        return;
      }
      if (scripts[path]) {
        const js = get('script', path, scripts[path]);
        const type = path.endsWith('.css') ? 'text/css' : 'text/javascript';
        res.writeHead(200, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'max-age=3600', ...ISOLATION });
        res.end(js);
        return;
      }
      res.writeHead(404, { 'content-type': 'text/plain', ...ISOLATION });
      res.end('not found');
    } catch (error) {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(error?.stack ?? error));
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    port,
    origin: `http://127.0.0.1:${port}`,
    /** Drop a cached page body (large pages are kept only while their scenario runs). */
    forget(path) {
      cache.delete(`page:${path}`);
      cache.delete(`bare:${path}`);
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

// The extension's content-script stylesheet (the ::highlight() styles) is part of what it costs: with
// it, the engine paints the highlights; without, it would skip that work.
const BENCH_SCRIPTS = '<link rel="stylesheet" href="/content.css"><script src="/mark.min.js"></script><script src="/bench.js"></script>';

/** Put the bench scripts at the end of the body (or of the document when there is no </body>). */
export function injectScripts(html) {
  const at = html.lastIndexOf('</body>');
  return at >= 0 ? `${html.slice(0, at)}${BENCH_SCRIPTS}\n${html.slice(at)}` : `${html}\n${BENCH_SCRIPTS}\n`;
}

/**
 * A saved real page, made inert and local: its own scripts, CSP meta tags, <base> and refresh
 * are removed (no network here; we measure our code, not the site's), the markup is untouched.
 */
export function inertPage(html) {
  return html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script\s*>/gi, '')
    .replace(/<meta[^>]+http-equiv\s*=\s*["']?(content-security-policy|refresh)[^>]*>/gi, '')
    .replace(/<base\b[^>]*>/gi, '');
}
