#!/usr/bin/env node
/** Render icons/icon.svg to the PNG sizes the manifest names (16, 32, 48, 128). */
import { readFile, writeFile } from 'node:fs/promises';
import { Resvg } from '@resvg/resvg-js';

const svg = await readFile(new URL('../icons/icon.svg', import.meta.url), 'utf8');
for (const size of [16, 32, 48, 128]) {
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
  await writeFile(new URL(`../icons/icon-${size}.png`, import.meta.url), png);
  console.log(`icons/icon-${size}.png`);
}
