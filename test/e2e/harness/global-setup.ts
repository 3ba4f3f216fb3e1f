/** Build the extension once before the e2e suites load it (they test what users install). */
import { execFileSync } from 'node:child_process';

export default function setup(): void {
  execFileSync(process.execPath, ['build.mjs'], { stdio: 'inherit', cwd: new URL('../../..', import.meta.url).pathname });
}
