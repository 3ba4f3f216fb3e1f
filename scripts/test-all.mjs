#!/usr/bin/env node
/**
 * `npm test`: every check, in order, stopping at nothing so one run shows all failures.
 *   1. tsc --noEmit (strict)   2. eslint   3. vitest: unit, DOM, baselines, property tests, and the
 *   e2e suites in real Chromium and Firefox (they build the extension first; they also run
 *   web-ext lint and the store packaging).
 * Ends with one line "N passed, N failed" counting the steps' tests.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';

mkdirSync('artifacts', { recursive: true });
const run = (label, cmd, args) => {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(cmd, args, { stdio: 'inherit', shell: false });
  return result.status === 0;
};
const npx = (...args) => ['npx', ['--no-install', ...args]];

const steps = [
  ['typecheck (tsc --noEmit)', ...npx('tsc', '--noEmit')],
  ['lint (eslint)', ...npx('eslint', '.')],
  ['tests (vitest: unit + e2e)', ...npx('vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=artifacts/vitest.json')],
];
let failedSteps = 0;
for (const [label, cmd, args] of steps) if (!run(label, cmd, args)) failedSteps++;

let passed = 0;
let failed = 0;
try {
  const report = JSON.parse(readFileSync('artifacts/vitest.json', 'utf8'));
  passed = report.numPassedTests;
  failed = report.numFailedTests;
} catch {
  failed++;
}
// tsc and eslint count as one test each.
passed += 2 - Math.min(2, failedSteps);
failed += failedSteps > 0 && failed === 0 ? failedSteps : 0;
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failedSteps ? 1 : 0);
