/**
 * Read a file of the extension's own package (the record shards build.mjs writes). This is the
 * one place that calls fetch: on the extension's own origin, never the network, which eslint
 * bans everywhere else in src/; the URL is checked to be inside the package before it is read.
 */
import browser from 'webextension-polyfill';

export async function readPackageJson(path: string): Promise<unknown> {
  const url = browser.runtime.getURL(path);
  if (!url.startsWith(browser.runtime.getURL('')) || path.includes('..')) throw new Error(`not a package file: ${path}`);
  // eslint-disable-next-line no-restricted-globals -- a file of the extension's own package, see above
  const response = await fetch(url);
  if (!response.ok) throw new Error(`package file ${path}: ${response.status}`);
  return response.json();
}
