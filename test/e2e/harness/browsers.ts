/** Which browsers the suites run in, and the built extension folders they load. */
import { existsSync } from 'node:fs';
import { CHROMIUM_PATH, launchChromium } from './chromium';
import type { BrowserDriver } from './driver';
import { FIREFOX_PATH, launchFirefox } from './firefox';

const DIST = new URL('../../../dist/', import.meta.url).pathname;

export const BROWSERS = [
  { name: 'chromium', path: CHROMIUM_PATH, launch: (hosts?: string[], _backgroundIdleMs?: number) => launchChromium(`${DIST}chrome`, hosts) },
  { name: 'firefox', path: FIREFOX_PATH, launch: (_hosts?: string[], backgroundIdleMs?: number) => launchFirefox(`${DIST}firefox`, backgroundIdleMs) },
] as const;

/**
 * A missing browser fails the suite loudly in CI (where .ci/run installs both) and is reported
 * as a failure locally too: a skipped browser would hide that the acceptance was not checked.
 */
export function requireBrowser(path: string): void {
  if (!existsSync(path)) throw new Error(`${path} not found: install Debian's chromium and firefox-esr (see .ci/run)`);
}

export type { BrowserDriver };
