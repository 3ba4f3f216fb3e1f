/**
 * `npm start` is one of the README's two commands: on a machine without a display it must build,
 * open the demo article headless, click a name, print what it found and write a screenshot.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('npm start without a display', () => {
  it('prints the highlights and the opened card, and writes a screenshot', () => {
    rmSync('artifacts/start-screenshot.png', { force: true });
    const env = { ...process.env };
    delete env.DISPLAY;
    delete env.WAYLAND_DISPLAY;
    const out = execFileSync(process.execPath, ['scripts/start.mjs'], { encoding: 'utf8', env, stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000 });
    expect(out).toMatch(/Highlighted \d+ mentions:/);
    expect(out).toContain('Syrian Observatory for Human Rights  [ngo-monitor]');
    expect(out).toMatch(/the card shows “[^”]+” with [1-9]\d* cited affiliation link\(s\)/);
    expect(existsSync('artifacts/start-screenshot.png')).toBe(true);
    expect(statSync('artifacts/start-screenshot.png').size).toBeGreaterThan(10_000);
  }, 150_000);
});
