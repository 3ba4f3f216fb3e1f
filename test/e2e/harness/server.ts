/**
 * A tiny static server on 127.0.0.1 for the e2e suites and `npm start`. Browsers are told to
 * resolve real host names (wrp.org.uk) to it, so publisher look-ups behave as on the real site.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';

const FIXTURES = new URL('../../fixtures/', import.meta.url).pathname;

/** Path → fixture file. The seed article lives where it does on wrp.org.uk. */
const ROUTES: Record<string, string> = {
  '/news/12072': 'seed-article.html',
  '/dynamic': 'dynamic-page.html',
  '/popup-switches': 'popup-switches.html',
  '/own-site': 'own-site.html',
};

export interface FixtureServer {
  port: number;
  /** http://HOST:PORT/PATH */
  url(host: string, path: string): string;
  close(): Promise<void>;
}

export async function startServer(extraRoutes: Record<string, () => Promise<string> | string> = {}): Promise<FixtureServer> {
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const send = (status: number, body: string) => {
      res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(body);
    };
    const extra = extraRoutes[path];
    if (extra) {
      void Promise.resolve(extra()).then((body) => send(200, body), () => send(500, 'error'));
      return;
    }
    const file = ROUTES[path];
    if (!file) return send(404, '<!doctype html><title>Not found</title><p>Not found');
    readFile(join(FIXTURES, file), 'utf8').then((body) => send(200, body), () => send(500, 'error'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    url: (host, path) => `http://${host}:${port}${path}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
