#!/usr/bin/env node
// Bundles the compiled CLI (dist/cli/) into dist/bundle/ so that start-up reads
// a few files instead of hundreds of modules (DESIGN.md start-up budgets):
//
// - launch.cjs, the entry (src/cli/main.ts) that bin/drillbit.js loads. It is
//   CommonJS so that node never starts its ES module loader for the commands
//   run from the bundle below.
// - cli-<build>.cjs, one CommonJS bundle of the whole program, which main.ts
//   runs through node:vm with a V8 code cache kept in the cache directory (an
//   ES module cannot have one on Node 20: no module.enableCompileCache).
//   Compiling commander, zod, the grader, React and ink at every start is most
//   of what the everyday commands cost (see src/cli/run-bundle.ts).
// - program.mjs and its chunks, the same program as ES modules, for the other
//   commands; code splitting loads only the chunks a command needs.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve as resolvePath } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

// `npm run coverage` builds with source maps (DRILLBIT_SOURCEMAP=1) so that the
// coverage of spawned processes maps back to src/.
const withMaps = process.env.DRILLBIT_SOURCEMAP === '1';

// Chunk names carry content hashes: start clean so old chunks do not pile up.
rmSync('dist/bundle', { recursive: true, force: true });

/** One id for everything this build compiled (and the dependencies it bundled): caches keyed by it go stale with the program. */
function buildId() {
  const hash = createHash('sha1');
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.js')) hash.update(path).update(readFileSync(path));
    }
  };
  for (const dir of ['dist/cli', 'dist/core', 'dist/store', 'dist/tui']) walk(dir);
  hash.update(readFileSync('package-lock.json')).update(readFileSync('package.json'));
  return hash.digest('hex').slice(0, 16);
}

const id = buildId();
// Coverage runs measure the ES module bundle only (its source maps are the ones mapped back).
const cliBundle = withMaps ? '' : `cli-${id}.cjs`;
const shared = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  minify: !withMaps,
  legalComments: 'none',
  logLevel: 'warning',
};

/**
 * Replaces `find` in a dependency's file as it is bundled. Fails the build when
 * `find` is not there, so that an upgrade of the dependency cannot quietly
 * undo the change.
 */
function edit(source, find, replace, file) {
  if (!source.includes(find)) throw new Error(`bundle: ${file} no longer contains ${JSON.stringify(find.slice(0, 60))}; revisit scripts/bundle.mjs`);
  return source.replace(find, replace);
}

// yoga-layout (ink's layout engine) starts its WebAssembly with a top-level
// await, which a CommonJS bundle cannot hold, and on the way decodes its
// base64 data: URL through fetch(), whose first use loads undici (~20 ms).
// Both bundles instead compile the same bytes synchronously through
// Emscripten's instantiateWasm hook: by the time the factory returns, the
// module is initialised.
const yogaBinaries = 'node_modules/yoga-layout/dist/binaries/yoga-wasm-base64-esm.js';
const yogaDataUrl = /H="data:application\/octet-stream;base64,([A-Za-z0-9+/=]+)"/;
const syncYoga = {
  name: 'sync-yoga',
  setup(b) {
    b.onLoad({ filter: /yoga-layout[\\/]dist[\\/]src[\\/]index\.js$/ }, (args) => {
      const binaries = readFileSync(yogaBinaries, 'utf8');
      const wasm = yogaDataUrl.exec(binaries)?.[1];
      let contents = readFileSync(args.path, 'utf8');
      if (!wasm) throw new Error(`bundle: no WebAssembly data: URL in ${yogaBinaries}; revisit scripts/bundle.mjs`);
      contents = edit(
        contents,
        'const Yoga = wrapAssembly(await loadYoga());',
        `const yogaModule = {
  instantiateWasm(imports, receive) {
    const instance = new WebAssembly.Instance(new WebAssembly.Module(Buffer.from(${JSON.stringify(wasm)}, 'base64')), imports);
    receive(instance);
    return instance.exports;
  },
};
loadYoga(yogaModule);
const Yoga = wrapAssembly(yogaModule);`,
        args.path,
      );
      return { contents, loader: 'js', resolveDir: dirname(args.path) };
    });
    // The bytes are in index.js now: drop the unused copy.
    b.onLoad({ filter: /yoga-layout[\\/]dist[\\/]binaries[\\/]yoga-wasm-base64-esm\.js$/ }, (args) => ({
      contents: readFileSync(args.path, 'utf8').replace(yogaDataUrl, 'H=""'),
      loader: 'js',
    }));
  },
};

// ink awaits at top level only when DEV=true (to attach React DevTools, whose
// package is never installed): the CommonJS bundle reports it missing instead,
// as ink does when the import fails.
const inkWithoutAwait = {
  name: 'ink-without-await',
  setup(b) {
    b.onLoad({ filter: /ink[\\/]build[\\/]reconciler\.js$/ }, (args) => {
      let contents = readFileSync(args.path, 'utf8');
      contents = edit(contents, "await import('./devtools.js');", "throw Object.assign(new Error('react-devtools-core is not bundled'), { code: 'ERR_MODULE_NOT_FOUND' });", args.path);
      contents = edit(contents, 'await loadPackageJson()', '{ name: undefined, version: undefined }', args.path);
      return { contents, loader: 'js' };
    });
  },
};

// commander loads node:child_process (and with it net, dgram and streams, ~3.5 ms) for
// executable subcommands, which drillbit has none of: load it only if ever asked to spawn.
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onLoad({ filter: /commander[\\/]lib[\\/]command\.js$/ }, (args) => ({
      contents: edit(
        readFileSync(args.path, 'utf8'),
        "const childProcess = require('node:child_process');",
        "let childProcessModule;\nconst childProcess = { spawn: (...args) => (childProcessModule ??= require('node:child_process')).spawn(...args) };",
        args.path,
      ),
      loader: 'js',
    }));
  },
};

// ink measures and splits every line it draws into graphemes with Intl.Segmenter, and
// the first one of a process starts ICU (~10 ms before the first frame). These packages
// get src/tui/graphemes.ts instead, which starts ICU only for text that needs it.
const graphemes = resolvePath('dist/tui/graphemes.js');
const segmenterFree = {
  name: 'segmenter-free',
  setup(b) {
    const files = /(string-width[\\/]index|slice-ansi[\\/]tokenize-ansi|ansi-tokenize[\\/]build[\\/]tokenize)\.js$/;
    b.onLoad({ filter: files }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const replaced = source.replace(/new Intl\.Segmenter\((undefined, \{ ?granularity: ["']grapheme["'] ?\})?\)/g, '__drillbitGraphemes()');
      if (replaced === source) throw new Error(`bundle: no Intl.Segmenter in ${args.path}; revisit scripts/bundle.mjs`);
      return { contents: `import { graphemeSegmenter as __drillbitGraphemes } from ${JSON.stringify(graphemes)};\n${replaced}`, loader: 'js', resolveDir: dirname(args.path) };
    });
  },
};

if (cliBundle) {
  // The WordNet table (~0.5 MB of one ASCII string) is a text file of its own, read only
  // when reference grading runs: every other command would read it with the bundle, and
  // reading text is cheaper than compiling a JavaScript file around it.
  const { WORDNET_GROUPS } = await import(pathToFileURL('dist/core/grading/reference/wordnet-groups.js').href);
  mkdirSync('dist/bundle', { recursive: true });
  writeFileSync('dist/bundle/wordnet-groups.txt', WORDNET_GROUPS, 'latin1');
  const wordnet = {
    name: 'wordnet-apart',
    setup(b) {
      b.onResolve({ filter: /\/wordnet-groups\.js$/ }, () => ({ path: 'wordnet-groups', namespace: 'wordnet-apart' }));
      b.onLoad({ filter: /.*/, namespace: 'wordnet-apart' }, () => ({
        contents: "export const WORDNET_GROUPS = require('node:fs').readFileSync(require('node:path').join(__dirname, 'wordnet-groups.txt'), 'latin1');",
        loader: 'js',
      }));
    },
  };
  await build({
    ...shared,
    entryPoints: ['dist/cli/program.js'],
    outfile: `dist/bundle/${cliBundle}`,
    format: 'cjs',
    // node:vm cannot run import() on Node 20 without a flag: esbuild turns each into require() (the externals below are CommonJS).
    supported: { 'dynamic-import': false },
    // run-bundle.ts gives the bundle its file name; import.meta.url is derived from it,
    // so package-root and the other file-relative look-ups work as in the ES modules.
    banner: { js: "const __drillbitUrl = require('node:url').pathToFileURL(__filename).href;" },
    // React's production build only: the commands that draw set NODE_ENV=production before
    // React loads anyway, and the development build is half the bundle.
    define: { 'import.meta.url': '__drillbitUrl', __DRILLBIT_BUILD__: JSON.stringify(id), 'process.env.NODE_ENV': '"production"' },
    // Large and needed only by commands that run elsewhere (import, optimize, team, lint --probe's tagger): loaded from node_modules if ever reached.
    external: ['react-devtools-core', 'wink-nlp', 'wink-eng-lite-web-model', 'sql.js', '@open-spaced-repetition/*', 'ws'],
    plugins: [syncYoga, inkWithoutAwait, lazyChildProcess, segmenterFree, wordnet],
    // The `process.env.NODE_ENV ??= 'production'` before each UI is kept for the ES modules: harmless here.
    logOverride: { 'assign-to-define': 'silent' },
  });
  if (readFileSync(`dist/bundle/${cliBundle}`, 'utf8').includes('import(')) throw new Error(`dist/bundle/${cliBundle} has a dynamic import(), which node:vm cannot run on Node 20`);
}

await build({
  ...shared,
  entryPoints: { program: 'dist/cli/program.js' },
  outdir: 'dist/bundle',
  splitting: true,
  format: 'esm',
  sourcemap: withMaps ? 'linked' : false,
  outExtension: { '.js': '.mjs' },
  // CommonJS dependencies call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __drillbitRequire } from 'node:module'; const require = __drillbitRequire(import.meta.url);" },
  define: { __DRILLBIT_BUILD__: JSON.stringify(id), __DRILLBIT_CLI_BUNDLE__: JSON.stringify(cliBundle) },
  // Optional at run time in ink; never installed.
  external: ['react-devtools-core'],
  plugins: [syncYoga, lazyChildProcess, segmenterFree],
});

// The entry: main.ts, with run-bundle.ts and the code cache, and an import() of program.mjs
// for the commands that do not run from the CommonJS bundle. Written last: build-if-stale.mjs
// compares the sources with its time.
const programEsm = {
  name: 'program-esm',
  setup(b) {
    b.onResolve({ filter: /^\.\/program\.js$/ }, () => ({ path: './program.mjs', external: true }));
  },
};
await build({
  ...shared,
  entryPoints: ['dist/cli/main.js'],
  outfile: 'dist/bundle/launch.cjs',
  format: 'cjs',
  sourcemap: withMaps ? 'linked' : false,
  banner: { js: "const __drillbitUrl = require('node:url').pathToFileURL(__filename).href;" },
  define: { 'import.meta.url': '__drillbitUrl', __DRILLBIT_CLI_BUNDLE__: JSON.stringify(cliBundle) },
  plugins: [programEsm],
});
