#!/usr/bin/env node
/** `npm run package`: build, then write store-ready zips for Chrome and Firefox to artifacts/. */
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';

const { version } = JSON.parse(readFileSync('manifest.json', 'utf8'));
execFileSync(process.execPath, ['build.mjs'], { stdio: 'inherit' });
for (const browser of ['chrome', 'firefox']) {
  const filename = `source-context-${browser}-${version}.zip`;
  rmSync(`artifacts/${filename}`, { force: true });
  // web-ext build is a plain zip of the folder; source maps stay out of store packages.
  execFileSync(
    'npx',
    ['--no-install', 'web-ext', 'build', '--source-dir', `dist/${browser}`, '--artifacts-dir', 'artifacts', '--filename', filename, '--overwrite-dest', '--ignore-files', '*.map', 'meta-*.json'],
    { stdio: 'inherit' },
  );
  console.log(`artifacts/${filename}`);
}
