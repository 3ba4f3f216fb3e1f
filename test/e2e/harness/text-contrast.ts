/**
 * WCAG contrast of the text in a shadow-root UI, computed from the browser's own computed styles.
 * axe-core cannot measure our card: every text node of its shadow root comes back "incomplete"
 * ("Unable to determine contrast ratio"; its element stack for the card is empty), so axe passed
 * the dark card with 2:1 labels. This check reads each text element's colour and the first opaque
 * background behind it, applying CSS filters (the dark card dims chips with one) to both.
 */
import type { PageDriver } from './driver';

/** Runs in the page: texts under `hostSelector`'s shadow root below `minimum`, as "text: ratio (fg on bg)". */
export function lowContrastTexts({ hostSelector, minimum }: { hostSelector: string; minimum: number }): string[] {
  type Rgba = [number, number, number, number];
  const parse = (css: string): Rgba => {
    const n = (css.match(/[\d.]+/g) ?? []).map(Number);
    return [n[0] ?? 0, n[1] ?? 0, n[2] ?? 0, n[3] ?? 1];
  };
  const channel = (v: number) => (v / 255 <= 0.04045 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4);
  const luminance = (c: Rgba) => 0.2126 * channel(c[0]) + 0.7152 * channel(c[1]) + 0.0722 * channel(c[2]);
  const over = (top: Rgba, bottom: Rgba): Rgba => [0, 1, 2].map((i) => top[i]! * top[3] + bottom[i]! * (1 - top[3])).concat(1) as Rgba;
  // saturate() and brightness(), the filters our styles use (Filter Effects 1 matrices).
  const applyFilter = (c: Rgba, filter: string): Rgba => {
    let out = c;
    for (const [, fn, arg] of filter.matchAll(/(saturate|brightness)\(([\d.]+)\)/g)) {
      const v = Number(arg);
      const [r, g, b] = out;
      out = (
        fn === 'brightness'
          ? [r * v, g * v, b * v]
          : [
              (0.213 + 0.787 * v) * r + (0.715 - 0.715 * v) * g + (0.072 - 0.072 * v) * b,
              (0.213 - 0.213 * v) * r + (0.715 + 0.285 * v) * g + (0.072 - 0.072 * v) * b,
              (0.213 - 0.213 * v) * r + (0.715 - 0.715 * v) * g + (0.072 + 0.928 * v) * b,
            ]
      )
        .map((x) => Math.min(255, Math.max(0, x)))
        .concat(out[3]) as Rgba;
    }
    return out;
  };
  const root = document.querySelector(hostSelector)?.shadowRoot;
  if (!root) throw new Error(`no shadow root on ${hostSelector}`);
  const low: string[] = [];
  for (const el of root.querySelectorAll<HTMLElement>('*')) {
    const text = [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent!.trim()).join(' ').trim();
    if (!text || !el.checkVisibility()) continue;
    let fg = parse(getComputedStyle(el).color);
    // Backgrounds from the element outwards until an opaque one; the page behind the card is white.
    const layers: Rgba[] = [];
    const filters: string[] = [];
    for (let e: Element | null = el; e; e = e.parentElement) {
      const style = getComputedStyle(e);
      if (style.filter !== 'none') filters.push(style.filter);
      const bg = parse(style.backgroundColor);
      if (bg[3] > 0) layers.push(bg);
      if (bg[3] === 1) break;
    }
    let bg = layers.reduceRight<Rgba>((under, layer) => over(layer, under), [255, 255, 255, 1]);
    fg = over(fg, bg);
    for (const f of filters) [fg, bg] = [applyFilter(fg, f), applyFilter(bg, f)];
    const [hi, lo] = [luminance(fg), luminance(bg)].sort((a, b) => b - a) as [number, number];
    const ratio = (hi + 0.05) / (lo + 0.05);
    if (ratio < minimum) low.push(`${text.slice(0, 40)}: ${ratio.toFixed(2)} (${fg.slice(0, 3).map(Math.round).join(',')} on ${bg.slice(0, 3).map(Math.round).join(',')})`);
  }
  return low;
}

/** Texts below WCAG AA (4.5:1) in the shadow-root UI, light then dark (set back to light afterwards). */
export async function lowContrastLightAndDark(page: PageDriver, hostSelector: string): Promise<{ light: string[]; dark: string[] }> {
  const arg = { hostSelector, minimum: 4.5 };
  await page.setColorScheme('light');
  const light = await page.evaluate(lowContrastTexts, arg);
  await page.setColorScheme('dark');
  try {
    if (!(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches))) throw new Error('prefers-color-scheme: dark was not applied');
    return { light, dark: await page.evaluate(lowContrastTexts, arg) };
  } finally {
    await page.setColorScheme('light');
  }
}
