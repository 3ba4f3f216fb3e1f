#!/usr/bin/env node
/**
 * Build the extension for Chrome and Firefox from one source manifest.
 *
 *   node build.mjs            build dist/chrome and dist/firefox
 *   node build.mjs --watch    rebuild on change (dataset changes need a restart)
 *
 * Steps: validate the dataset (zod + integrity; a readable list of problems fails the build),
 * compile it into the matchers the content script loads ready to run and the records the
 * background serves, bundle the four entry points with esbuild, then write each browser's folder
 * with its patched manifest.
 */
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { tsImport } from 'tsx/esm/api';

const ROOT = dirname(fileURLToPath(import.meta.url));
const DIST = join(ROOT, 'dist');
const watch = process.argv.includes('--watch');

export const GECKO_ID = 'source-context@source-context.org';

/** Load, validate and compile the dataset. Exits with a readable report when it is invalid. */
async function compileDataset() {
  const { loadDataset } = await tsImport('./scripts/dataset-files.ts', import.meta.url);
  const { compileMatcher } = await tsImport('./src/matcher/compile.ts', import.meta.url);
  const { compileClaims } = await tsImport('./src/matcher/claims-compile.ts', import.meta.url);
  const { packs, problems } = loadDataset();
  if (problems.length) {
    console.error(`The dataset is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):`);
    for (const p of problems.slice(0, 50)) console.error(`  ${p.file} ${p.path}: ${p.message}`);
    if (problems.length > 50) console.error(`  … and ${problems.length - 50} more (npm run data:check lists all)`);
    process.exit(1);
  }
  const organisations = packs.flatMap((p) => p.pack.organisations);
  const claims = packs.flatMap((p) => p.pack.claims);
  const publishers = Object.fromEntries(packs.flatMap((p) => p.pack.publishers.map((x) => [x.domain, x.organisation])));
  const matchers = { organisations: compileMatcher(organisations), claims: compileClaims(claims) };
  const records = {
    organisations: Object.fromEntries(organisations.map((o) => [o.id, o])),
    claims: Object.fromEntries(claims.map((c) => [c.id, c])),
    publishers,
  };
  return { matchers, records, counts: { organisations: organisations.length, claims: claims.length, publishers: Object.keys(publishers).length } };
}

/**
 * `virtual:matchers` wraps the organisation matcher's compact data in its runtime as the content
 * script loads (one Map over flat arrays, see src/matcher/compiled.ts): the same `loadMatcher`
 * the tests and the benchmark use, so every page gets the matcher ready to run in one step.
 */
function matchersModule(parse) {
  return [
    "import { loadMatcher } from './src/matcher/compiled';",
    `const data = ${parse};`,
    'export const matchers = { organisations: loadMatcher(data.organisations), claims: data.claims };',
  ].join('\n');
}

/** Serve the compiled dataset as `virtual:` modules. JSON.parse of a string is faster than a JS object literal. */
function virtualModules(modules) {
  return {
    name: 'virtual-dataset',
    setup(build) {
      build.onResolve({ filter: /^virtual:/ }, (args) => ({ path: args.path, namespace: 'virtual' }));
      build.onLoad({ filter: /.*/, namespace: 'virtual' }, (args) => {
        const name = args.path.slice('virtual:'.length);
        if (!(name in modules)) return { errors: [{ text: `unknown virtual module ${args.path}` }] };
        const parse = `JSON.parse(${JSON.stringify(JSON.stringify(modules[name]))})`;
        if (name === 'matchers') return { contents: matchersModule(parse), loader: 'js', resolveDir: ROOT };
        return { contents: `export const ${name} = ${parse};`, loader: 'js' };
      });
    },
  };
}

/**
 * Preact supports `dangerouslySetInnerHTML` by assigning `innerHTML`. We never use it (eslint bans
 * it), and removing the assignment from the bundle closes that door for good; it also keeps
 * Mozilla's add-on linter free of UNSAFE_VAR_ASSIGNMENT warnings.
 */
function preactWithoutInnerHtml() {
  return {
    name: 'preact-without-innerhtml',
    setup(build) {
      build.onLoad({ filter: /preact[\\/]dist[\\/]preact\.module\.js$/ }, async (args) => {
        const source = await readFile(args.path, 'utf8');
        const patched = source.replace(/(\w+)\.innerHTML=(\w+)\.__html/g, '(()=>{throw new Error("dangerouslySetInnerHTML is disabled in Source Context")})()');
        if (patched === source) return { errors: [{ text: 'preact: the innerHTML assignment to remove was not found; check the patch' }] };
        return { contents: patched, loader: 'js' };
      });
    },
  };
}

/** Patch the one source manifest for a browser. */
export function manifestFor(base, browser) {
  const manifest = structuredClone(base);
  if (browser === 'firefox') {
    // Firefox runs MV3 backgrounds as event pages and ignores service_worker.
    manifest.background = { scripts: ['background.js'] };
    manifest.browser_specific_settings = {
      gecko: {
        id: GECKO_ID,
        // The CSS Custom Highlight API ships in Firefox 140.
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      // Firefox for Android reads data_collection_permissions from 142 on.
      gecko_android: { strict_min_version: '142.0' },
    };
  }
  return manifest;
}

async function writeStatic(outdir, browser) {
  const base = JSON.parse(await readFile(join(ROOT, 'manifest.json'), 'utf8'));
  await writeFile(join(outdir, 'manifest.json'), `${JSON.stringify(manifestFor(base, browser), null, 2)}\n`);
  await cp(join(ROOT, 'icons'), join(outdir, 'icons'), { recursive: true, filter: (src) => !src.endsWith('.svg') });
  await cp(join(ROOT, 'src/content/page.css'), join(outdir, 'content.css'));
  for (const page of ['popup', 'options']) {
    await cp(join(ROOT, `src/ui/${page}/${page}.html`), join(outdir, `${page}.html`));
    await cp(join(ROOT, `src/ui/${page}/${page}.css`), join(outdir, `${page}.css`));
  }
}

async function main() {
  const started = performance.now();
  const { matchers, records, counts } = await compileDataset();
  await rm(DIST, { recursive: true, force: true });
  const options = {
    entryPoints: {
      background: join(ROOT, 'src/background/index.ts'),
      content: join(ROOT, 'src/content/index.ts'),
      popup: join(ROOT, 'src/ui/popup/index.tsx'),
      options: join(ROOT, 'src/ui/options/index.tsx'),
    },
    bundle: true,
    format: 'iife',
    target: ['chrome120', 'firefox140'],
    sourcemap: true,
    minify: !watch,
    legalComments: 'linked',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    outdir: join(DIST, 'chrome'),
    plugins: [virtualModules({ matchers, records }), preactWithoutInnerHtml()],
    logLevel: 'warning',
    metafile: process.argv.includes('--analyze'),
  };
  const browsers = ['chrome', 'firefox'];
  if (watch) {
    const contexts = await Promise.all(browsers.map((b) => esbuild.context({ ...options, outdir: join(DIST, b) })));
    for (const [i, b] of browsers.entries()) {
      await mkdir(join(DIST, b), { recursive: true });
      await writeStatic(join(DIST, b), b);
      await contexts[i].watch();
    }
    console.log('Watching for changes…');
    return;
  }
  for (const b of browsers) {
    const result = await esbuild.build({ ...options, outdir: join(DIST, b) });
    if (result.metafile) await writeFile(join(DIST, `meta-${b}.json`), JSON.stringify(result.metafile));
    await writeStatic(join(DIST, b), b);
  }
  console.log(
    `Built dist/chrome and dist/firefox in ${Math.round(performance.now() - started)} ms: ` +
      `${counts.organisations} organisations, ${counts.claims} claims, ${counts.publishers} publisher domains.`,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
