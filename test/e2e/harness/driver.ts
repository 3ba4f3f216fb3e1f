/**
 * One small driver interface over playwright-core (Chromium) and puppeteer-core (Firefox), so the
 * same scenarios run in both browsers.
 */
export interface PageDriver {
  goto(url: string): Promise<void>;
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Poll `fn` in the page until it returns a truthy value. */
  waitFor<A = undefined>(fn: (arg: A) => unknown, arg?: A, timeoutMs?: number): Promise<void>;
  /** Evaluate a script source in the page (e.g. to inject axe-core), bypassing page CSP. */
  run(source: string): Promise<unknown>;
  click(x: number, y: number): Promise<void>;
  press(key: string): Promise<void>;
  screenshot(path: string): Promise<void>;
  /**
   * Emulate `prefers-color-scheme`. Chromium: this page only. Firefox: every page of the browser
   * (a pref; see firefox.ts), so a test that sets 'dark' sets 'light' back when done.
   */
  setColorScheme(scheme: 'light' | 'dark'): Promise<void>;
  close(): Promise<void>;
}

export interface BrowserDriver {
  name: 'chromium' | 'firefox';
  version: string;
  newPage(): Promise<PageDriver>;
  /** Open the extension's popup as a page; `query` such as `?tab=12` targets a tab. */
  openPopup(query?: string): Promise<PageDriver>;
  /**
   * Stop the extension's background as the browser does when it is idle: Chromium's service worker
   * is terminated; Firefox's event page is suspended after the idle time the suite set at launch.
   */
  stopBackground(): Promise<void>;
  /** Open another page of the extension, e.g. `options.html`; resolves once `readySelector` is in it. */
  openExtensionPage(path: string, readySelector: string): Promise<PageDriver>;
  close(): Promise<void>;
}
