/**
 * Create a custom-named host element with an open shadow root and our styles, for UI we put into
 * someone else's page. Custom element names are left alone by page CSS written for known tags.
 */
export function createShadowHost(tagName: string, css: string): { host: HTMLElement; root: ShadowRoot } {
  const host = document.createElement(tagName);
  const root = host.attachShadow({ mode: 'open' });
  try {
    // Constructable sheets are not blocked by a page's style-src CSP.
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
  } catch {
    // Firefox content scripts cannot always adopt a sheet built in their own compartment.
    const style = document.createElement('style');
    style.textContent = css;
    root.append(style);
  }
  return { host, root };
}
