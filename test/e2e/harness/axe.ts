/** Accessibility checks with axe-core, injected into the page under test. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { PageDriver } from './driver';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: number;
  help: string;
}

/** Run axe on the page (or one element, by selector); returns the violations, empty when clean. */
export async function axeViolations(page: PageDriver, include?: string): Promise<AxeViolation[]> {
  await page.run(axeSource);
  return page.evaluate(async (selector) => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: Array<{ id: string; impact: string | null; nodes: unknown[]; help: string }> }> } }).axe;
    const result = await axe.run(selector ? { include: [[selector]] } : document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, help: v.help }));
  }, include ?? null);
}

/**
 * axe on the page in the light scheme, then with prefers-color-scheme: dark emulated (set back to
 * light afterwards), so colour-contrast is checked against the dark styles too.
 */
export async function axeViolationsLightAndDark(page: PageDriver, include?: string): Promise<{ light: AxeViolation[]; dark: AxeViolation[] }> {
  await page.setColorScheme('light');
  const light = await axeViolations(page, include);
  await page.setColorScheme('dark');
  try {
    // A dark run that silently stayed light would pass without checking anything.
    if (!(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches))) throw new Error('prefers-color-scheme: dark was not applied');
    return { light, dark: await axeViolations(page, include) };
  } finally {
    await page.setColorScheme('light');
  }
}
