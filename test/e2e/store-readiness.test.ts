/**
 * What the stores check: Mozilla's add-on linter finds nothing (0 errors, 0 warnings), both
 * manifests are complete, and `npm run package` writes one zip per browser.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

describe('store readiness', () => {
  it('web-ext lint reports 0 errors and 0 warnings for dist/firefox', () => {
    const out = run('npx', ['--no-install', 'web-ext', 'lint', '--source-dir', 'dist/firefox', '--output', 'json']);
    const report = JSON.parse(out.slice(out.indexOf('{'))) as { summary: { errors: number; warnings: number }; warnings: unknown[]; errors: unknown[] };
    expect([...report.errors, ...report.warnings]).toEqual([]);
    expect(report.summary).toMatchObject({ errors: 0, warnings: 0 });
  });

  it('patches the manifest per browser', () => {
    const chrome = JSON.parse(readFileSync('dist/chrome/manifest.json', 'utf8'));
    const firefox = JSON.parse(readFileSync('dist/firefox/manifest.json', 'utf8'));
    expect(chrome.manifest_version).toBe(3);
    expect(chrome.background).toEqual({ service_worker: 'background.js' });
    expect(chrome.browser_specific_settings).toBeUndefined();
    expect(firefox.background).toEqual({ scripts: ['background.js'] });
    expect(firefox.browser_specific_settings.gecko).toMatchObject({ id: expect.any(String), strict_min_version: expect.any(String) });
    expect(firefox.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
    // Minimal permissions: storage only; the content script's matches are its only host access.
    expect(chrome.permissions).toEqual(['storage']);
    expect(chrome.host_permissions).toBeUndefined();
  });

  it('exposes nothing to pages: no web-accessible resource; the matcher rides inside content.js, the records in package files', () => {
    for (const browser of ['chrome', 'firefox']) {
      const manifest = JSON.parse(readFileSync(`dist/${browser}/manifest.json`, 'utf8')) as Record<string, unknown>;
      expect(manifest.web_accessible_resources).toBeUndefined();
      expect(existsSync(`dist/${browser}/records/o-0.json`)).toBe(true);
    }
    // Chromium: base64 in the comments of appended functions (build.mjs); Firefox: string literals.
    expect(readFileSync('dist/chrome/content.js', 'utf8')).toMatch(
      /\nfunction __sourceContextMatcher\(\)\{\/\*[A-Za-z0-9+/]+=*\*\/\}\nfunction __sourceContextClaims\(\)\{\/\*[A-Za-z0-9+/]+=*\*\/\}\n$/,
    );
    expect(readFileSync('dist/firefox/content.js', 'utf8')).not.toMatch(/function __sourceContext(Matcher|Claims)/);
    // The background no longer carries every record.
    expect(statSync('dist/chrome/background.js').size).toBeLessThan(200_000);
  });

  it('npm run package writes a zip for each browser', () => {
    run('npm', ['run', '--silent', 'package']);
    const { version } = JSON.parse(readFileSync('manifest.json', 'utf8')) as { version: string };
    for (const browser of ['chrome', 'firefox']) {
      const zip = `artifacts/source-context-${browser}-${version}.zip`;
      expect(existsSync(zip)).toBe(true);
      expect(statSync(zip).size).toBeGreaterThan(10_000);
    }
  }, 120_000);
});
