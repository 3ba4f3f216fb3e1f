/**
 * Every category needs a highlight on the page, a swatch in the popup and a chip in the card; the
 * chip's text must stay readable (WCAG AA, 4.5:1) in the light card and in the dark one, where the
 * card dims every chip with a CSS filter.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../dataset/categories';
import { POPOVER_CSS } from './popover/styles';
import { contrast, hex, saturateBrightness as filtered } from './wcag-contrast';

const pageCss = readFileSync(new URL('../content/page.css', import.meta.url), 'utf8');
const popupCss = readFileSync(new URL('./popup/popup.css', import.meta.url), 'utf8');

describe('category styles', () => {
  it('gives every category a page highlight, a popup swatch and a card chip', () => {
    for (const c of CATEGORIES) {
      expect(pageCss, c).toContain(`::highlight(source-context-${c})`);
      expect(popupCss, c).toContain(`.swatch-${c} {`);
      expect(POPOVER_CSS, c).toContain(`.badge-${c} {`);
    }
  });

  it('draws state-controlled and independent state and public media in different colours and line styles', () => {
    const rule = (c: string) => new RegExp(`::highlight\\(source-context-${c}\\) \\{([^}]*)\\}`).exec(pageCss)![1]!;
    const controlled = rule('state-controlled-media');
    const independent = rule('independent-public-media');
    expect(controlled).not.toEqual(independent);
    expect(/dashed|dotted|wavy/.test(controlled)).not.toBe(/dashed|dotted|wavy/.test(independent));
  });

  it('keeps chip text at 4.5:1 or more, light and dark', () => {
    const dark = /\.badge \{ filter: saturate\(([\d.]+)\) brightness\(([\d.]+)\); \}/.exec(POPOVER_CSS);
    expect(dark, 'the dark-scheme chip filter this test models').not.toBeNull();
    const [s, bright] = [Number(dark![1]), Number(dark![2])];
    for (const c of CATEGORIES) {
      const chip = new RegExp(`\\.badge-${c} \\{ background: (#[0-9a-f]{6}); color: (#[0-9a-f]{6}); \\}`).exec(POPOVER_CSS);
      expect(chip, `chip colours of ${c}`).not.toBeNull();
      const [bg, fg] = [hex(chip![1]!), hex(chip![2]!)];
      expect(contrast(bg, fg), `${c} light`).toBeGreaterThanOrEqual(4.5);
      expect(contrast(filtered(bg, s, bright), filtered(fg, s, bright)), `${c} dark`).toBeGreaterThanOrEqual(4.5);
    }
  });
});
