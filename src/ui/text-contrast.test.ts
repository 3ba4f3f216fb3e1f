/**
 * Every text colour of the card, the popup and the options page meets WCAG AA (4.5:1 for normal
 * text) on the background it is painted on, in the light scheme and in the dark one
 * (prefers-color-scheme). The colours are read from the stylesheets themselves, with the cascade
 * the pages use: light rules first, the dark media block's rules after them and winning; var()
 * resolved from :root. A second check keeps the list of pairs complete: a selector that declares a
 * text colour or a background and is not in it fails, so a new colour cannot go unchecked.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { POPOVER_CSS } from './popover/styles';
import { contrast, hex, over, saturateBrightness, type Rgb } from './wcag-contrast';

const popupCss = readFileSync(new URL('./popup/popup.css', import.meta.url), 'utf8');
const optionsCss = readFileSync(new URL('./options/options.css', import.meta.url), 'utf8');

type Scheme = 'light' | 'dark';
interface Rule {
  selectors: string[];
  declarations: Map<string, string>;
  dark: boolean;
}

/** The rules of a flat stylesheet; rules inside `@media (prefers-color-scheme: dark)` are marked dark. */
function parseRules(css: string, dark = false): Rule[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const rules: Rule[] = [];
  let at = 0;
  for (let open = text.indexOf('{', at); open !== -1; open = text.indexOf('{', at)) {
    const prelude = text.slice(at, open).trim();
    if (prelude.startsWith('@media')) {
      let depth = 1;
      let close = open + 1;
      for (; depth > 0; close++) depth += text[close] === '{' ? 1 : text[close] === '}' ? -1 : 0;
      rules.push(...parseRules(text.slice(open + 1, close - 1), dark || /prefers-color-scheme:\s*dark/.test(prelude)));
      at = close;
      continue;
    }
    const close = text.indexOf('}', open);
    const declarations = new Map<string, string>();
    for (const d of text.slice(open + 1, close).split(';')) {
      const colon = d.indexOf(':');
      if (colon > 0) declarations.set(d.slice(0, colon).trim(), d.slice(colon + 1).trim());
    }
    rules.push({ selectors: prelude.split(',').map((s) => s.trim()), declarations, dark });
    at = close + 1;
  }
  return rules;
}

/** The value `selector` gets for `property` in `scheme`, when a rule naming exactly that selector sets it. */
function lookup(rules: Rule[], scheme: Scheme, selector: string, property: string): string | undefined {
  let value: string | undefined;
  for (const r of rules) if ((!r.dark || scheme === 'dark') && r.selectors.includes(selector) && r.declarations.has(property)) value = r.declarations.get(property);
  return value?.replace(/var\((--[\w-]+)\)/g, (_, name: string) => lookup(rules, scheme, ':root', name) ?? `missing ${name}`);
}

/** A colour value as painted over `under`: a hex colour, or `color-mix(in srgb, #hex p%, transparent)`. */
function paint(value: string, under: Rgb): Rgb {
  const mix = /^color-mix\(in srgb, (#[0-9a-f]+) ([\d.]+)%, transparent\)$/i.exec(value);
  return mix ? over(hex(mix[1]!), Number(mix[2]) / 100, under) : hex(value);
}

interface Sheet {
  name: string;
  css: string;
  /** The element whose colour and background everything else inherits or sits on. */
  surface: string;
  /** [text, background]: text drawn in `text`'s colour (the surface's if it sets none) on `background`'s background (the surface's if none). */
  pairs: Array<[string, string]>;
  /** Selectors that set a colour or background but paint no text, with the reason. */
  notText?: Record<string, string>;
}

const badges = (css: string) => [...new Set(parseRules(css).flatMap((r) => r.selectors).filter((s) => /^\.badge(-[\w-]+)?$/.test(s)))].map((s): [string, string] => [s, s]);

const SHEETS: Sheet[] = [
  {
    name: 'card',
    css: POPOVER_CSS,
    surface: '.card',
    pairs: [
      ...['.card', 'h3', '.close', '.country', '.rating', '.claimant', '.sources li', '.source', '.foot', '.status', 'a'].map((s): [string, string] => [s, '.card']),
      // The relation words say whether a report contradicts: the colour only repeats them.
      ...['.counter-contradicts', '.counter-corrects', '.counter-adds-context'].map((s): [string, string] => [s, '.card']),
      ['.close', '.close:hover'],
      ...badges(POPOVER_CSS),
    ],
  },
  {
    name: 'popup',
    css: popupCss,
    surface: 'body',
    pairs: [
      ...['body', '.publisher .name', '.meta', '.note', '.source', '.row .count', '.item .count', '.item .kind', '.link', 'a'].map((s): [string, string] => [s, 'body']),
      // A found item's tint when pointed at or focused. (A disabled item is drawn at half opacity
      // and not checked: WCAG 1.4.3 exempts inactive controls.)
      ...['.item', '.item .count', '.item .kind'].flatMap((s) => ['.item:hover', '.item:focus-visible'].map((bg): [string, string] => [s, bg])),
    ],
    notText: Object.fromEntries(
      parseRules(popupCss)
        .flatMap((r) => r.selectors)
        .filter((s) => s.startsWith('.swatch-'))
        .map((s) => [s, 'a category swatch beside its name, no text']),
    ),
  },
  {
    name: 'options page',
    css: optionsCss,
    surface: 'body',
    pairs: [...['body', '.muted', '.error', '.ok', 'a', 'ul.hidden-records'].map((s): [string, string] => [s, 'body']), ['button', 'button']],
  },
];

/** Text and background colours of a pair as painted in `scheme`, the card's dark chip filter included. */
function colours(sheet: Sheet, rules: Rule[], scheme: Scheme, [text, background]: [string, string]): [Rgb, Rgb] {
  const get = (selector: string, property: string) => lookup(rules, scheme, selector, property);
  const surfaceBg = paint(get(sheet.surface, 'background') ?? get(sheet.surface, 'background-color')!, [255, 255, 255]);
  const bgValue = get(background, 'background') ?? get(background, 'background-color');
  let bg = bgValue === undefined || bgValue === 'transparent' ? surfaceBg : paint(bgValue, surfaceBg);
  let fg = paint(get(text, 'color') ?? get(sheet.surface, 'color')!, bg);
  const filter = text.startsWith('.badge') ? /saturate\(([\d.]+)\) brightness\(([\d.]+)\)/.exec(get('.badge', 'filter') ?? '') : null;
  if (filter) [fg, bg] = [fg, bg].map((c) => saturateBrightness(c, Number(filter[1]), Number(filter[2]))) as [Rgb, Rgb];
  return [fg, bg];
}

describe('text contrast (WCAG AA, 4.5:1), light and dark', () => {
  for (const sheet of SHEETS) {
    const rules = parseRules(sheet.css);

    it(`${sheet.name}: every text colour on its background`, () => {
      const low: string[] = [];
      for (const scheme of ['light', 'dark'] as const) {
        for (const pair of sheet.pairs) {
          const ratio = contrast(...colours(sheet, rules, scheme, pair));
          if (ratio < 4.5) low.push(`${scheme}: ${pair[0]} on ${pair[1]} is ${ratio.toFixed(2)}:1`);
        }
      }
      expect(low).toEqual([]);
    });

    it(`${sheet.name}: names only selectors the stylesheet has (a misspelt one would be checked as the surface)`, () => {
      const known = new Set(rules.flatMap((r) => r.selectors));
      expect(sheet.pairs.flat().filter((s) => !known.has(s))).toEqual([]);
    });

    it(`${sheet.name}: every selector that sets a text colour or a background is checked`, () => {
      const texts = new Set(sheet.pairs.map(([t]) => t));
      const backgrounds = new Set(sheet.pairs.map(([, b]) => b));
      const unchecked = rules.flatMap((r) =>
        r.selectors.filter(
          (s) =>
            !(s in (sheet.notText ?? {})) &&
            ((r.declarations.has('color') && !texts.has(s)) || (['background', 'background-color'].some((p) => r.declarations.has(p)) && !backgrounds.has(s))),
        ),
      );
      expect(unchecked).toEqual([]);
    });
  }
});
