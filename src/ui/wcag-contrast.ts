/**
 * WCAG 2 contrast ratio of two sRGB colours, for the tests that keep our text readable (AA asks
 * 4.5:1 for normal text). Used by tests only; nothing in the extension imports it.
 */
export type Rgb = [number, number, number];

/** `#rrggbb` (or `#rgb`) to channels 0–255. */
export function hex(colour: string): Rgb {
  const h = colour.length === 4 ? `#${[...colour.slice(1)].map((c) => c + c).join('')}` : colour;
  if (!/^#[0-9a-f]{6}$/i.test(h)) throw new Error(`not a hex colour: ${colour}`);
  return [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16)) as Rgb;
}

const channel = (v: number) => {
  const c = v / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};

/** WCAG 2 relative luminance. */
export const luminance = ([r, g, b]: Rgb): number => 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);

/** WCAG 2 contrast ratio, 1 to 21, whichever colour is lighter. */
export function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** `top` painted with opacity `alpha` over the opaque `bottom` (as `color-mix(in srgb, top p%, transparent)` paints). */
export const over = (top: Rgb, alpha: number, bottom: Rgb): Rgb => top.map((t, i) => t * alpha + bottom[i]! * (1 - alpha)) as Rgb;

/** CSS `saturate(s) brightness(b)` (Filter Effects 1 matrices), applied to an sRGB colour. */
export function saturateBrightness([r, g, b]: Rgb, s: number, bright: number): Rgb {
  const m = [
    [0.213 + 0.787 * s, 0.715 - 0.715 * s, 0.072 - 0.072 * s],
    [0.213 - 0.213 * s, 0.715 + 0.285 * s, 0.072 - 0.072 * s],
    [0.213 - 0.213 * s, 0.715 - 0.715 * s, 0.072 + 0.928 * s],
  ];
  return m.map((row) => Math.min(255, Math.max(0, (row[0]! * r + row[1]! * g + row[2]! * b) * bright))) as Rgb;
}
