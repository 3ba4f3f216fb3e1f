#!/usr/bin/env node
/**
 * Build the extension for Chrome and Firefox from one source manifest.
 *
 *   node build.mjs            build dist/chrome and dist/firefox
 *   node build.mjs --watch    rebuild on change (dataset changes need a restart)
 *
 * Steps: validate the dataset (zod + integrity; a readable list of problems fails the build),
 * compile it into the matcher bytes the content script carries and the record shards the
 * background reads, bundle the four entry points with esbuild, then write each browser's folder
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
  const { loadMatcher } = await tsImport('./src/matcher/compiled.ts', import.meta.url);
  const { compileClaims } = await tsImport('./src/matcher/claims-compile.ts', import.meta.url);
  const { encodeClaims } = await tsImport('./src/matcher/claims-binary.ts', import.meta.url);
  const { shardRecords } = await tsImport('./src/dataset/record-shards.ts', import.meta.url);
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
  const matcherBytes = compileMatcher(organisations);
  const records = shardRecords({
    o: Object.fromEntries(organisations.map((o) => [o.id, o])),
    c: Object.fromEntries(claims.map((c) => [c.id, c])),
    p: publishers,
  });
  return {
    data: { matcher: matcherBytes, claims: encodeClaims(compileClaims(claims)) },
    records,
    counts: { organisations: organisations.length, aliases: loadMatcher(matcherBytes).entryCount, claims: claims.length, publishers: Object.keys(publishers).length },
  };
}

/** The functions whose comments carry the compiled data in the Chromium build (see matchersModule). */
const DATA_FUNCTIONS = { matcher: '__sourceContextMatcher', claims: '__sourceContextClaims' };

/**
 * `virtual:matchers`: the compiled matcher's and claims index's bytes, embedded in the content
 * script and wrapped in their runtimes (`loadMatcher`, `loadClaims`), which read them in place. How the bytes
 * are embedded is what measured fastest in each browser (bench/experiments/matcher-delivery.mjs,
 * ARCHITECTURE.md): in Chromium as base64 in a comment of a function appended to the script
 * (V8 skips a comment without copying it, and Function.prototype.toString gives the text back),
 * in Firefox as a base64 string literal. Neither is a web-accessible resource, so no page can
 * fetch it to learn that the extension is installed.
 */
function matchersModule(browser, data) {
  const text = (name) => (browser === 'chrome' ? `commentText(${DATA_FUNCTIONS[name]})` : JSON.stringify(base64(data[name])));
  return [
    "import { loadMatcher } from './src/matcher/compiled';",
    "import { loadClaims } from './src/matcher/claims-binary';",
    "import { commentText, decodeBase64 } from './src/matcher/base64';",
    `export const matchers = { organisations: loadMatcher(decodeBase64(${text('matcher')})), claims: loadClaims(decodeBase64(${text('claims')})) };`,
  ].join('\n');
}

const base64 = (bytes) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');

/** The functions appended to the Chromium content script whose comments hold the compiled data (see matchersModule). */
function dataFunctions(data) {
  return Object.entries(DATA_FUNCTIONS)
    .map(([name, fn]) => `\nfunction ${fn}(){/*${base64(data[name])}*/}`)
    .join('') + '\n';
}

/** Serve the compiled dataset as `virtual:` modules for one browser's build. */
function virtualModules(browser, dataset) {
  return {
    name: 'virtual-dataset',
    setup(build) {
      build.onResolve({ filter: /^virtual:/ }, (args) => ({ path: args.path, namespace: 'virtual' }));
      build.onLoad({ filter: /.*/, namespace: 'virtual' }, (args) => {
        const name = args.path.slice('virtual:'.length);
        if (name === 'matchers') return { contents: matchersModule(browser, dataset.data), loader: 'js', resolveDir: ROOT };
        if (name === 'records') return { contents: `export const layout = ${JSON.stringify(dataset.records.layout)};`, loader: 'js' };
        return { errors: [{ text: `unknown virtual module ${args.path}` }] };
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

/** The record shards the background reads (src/dataset/record-shards.ts). */
async function writeRecords(outdir, records) {
  await mkdir(join(outdir, 'records'), { recursive: true });
  for (const [path, text] of records.files) await writeFile(join(outdir, path), text);
}

/** Append the data functions to the Chromium content script (see matchersModule). */
async function appendMatcherData(outdir, browser, data) {
  if (browser !== 'chrome') return;
  const path = join(outdir, 'content.js');
  await writeFile(path, (await readFile(path, 'utf8')) + dataFunctions(data));
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
  const dataset = await compileDataset();
  const { counts } = dataset;
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
    plugins: [preactWithoutInnerHtml()],
    logLevel: 'warning',
    metafile: process.argv.includes('--analyze'),
  };
  const browsers = ['chrome', 'firefox'];
  if (watch) {
    const contexts = await Promise.all(
      browsers.map((b) =>
        esbuild.context({
          ...options,
          outdir: join(DIST, b),
          plugins: [virtualModules(b, dataset), ...options.plugins, ...(b === 'chrome' ? [appendOnRebuild(join(DIST, b), dataset.data)] : [])],
        }),
      ),
    );
    for (const [i, b] of browsers.entries()) {
      await mkdir(join(DIST, b), { recursive: true });
      await writeStatic(join(DIST, b), b);
      await writeRecords(join(DIST, b), dataset.records);
      await contexts[i].watch();
    }
    console.log('Watching for changes…');
    return;
  }
  for (const b of browsers) {
    const result = await esbuild.build({ ...options, outdir: join(DIST, b), plugins: [virtualModules(b, dataset), ...options.plugins] });
    if (result.metafile) await writeFile(join(DIST, `meta-${b}.json`), JSON.stringify(result.metafile));
    await appendMatcherData(join(DIST, b), b, dataset.data);
    await writeStatic(join(DIST, b), b);
    await writeRecords(join(DIST, b), dataset.records);
  }
  const shards = Object.values(dataset.records.layout.shards).reduce((a, b) => a + b, 0);
  console.log(
    `Built dist/chrome and dist/firefox in ${Math.round(performance.now() - started)} ms: ` +
      `${counts.organisations} organisations (${counts.aliases} aliases, matcher ${Math.round(dataset.data.matcher.length / 1024)} KB), ` +
      `${counts.claims} claims (index ${Math.round(dataset.data.claims.length / 1024)} KB), ${counts.publishers} publisher domains; records in ${shards} shard files.`,
  );
}

/** In watch mode, append the matcher's data function after each Chromium rebuild. */
function appendOnRebuild(outdir, data) {
  return {
    name: 'append-matcher-data',
    setup(build) {
      build.onEnd(async (result) => {
        if (!result.errors.length) await appendMatcherData(outdir, 'chrome', data);
      });
    },
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
