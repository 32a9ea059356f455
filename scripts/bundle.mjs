#!/usr/bin/env node
// Bundles the compiled CLI (dist/cli/main.js) into dist/bundle/ so that start-up
// reads a few files instead of hundreds of modules (DESIGN.md start-up budgets).
// Code splitting keeps lazily imported commands — and the ink TUI — in their own
// chunks, loaded only by the commands that need them.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

// `npm run coverage` builds with source maps (DRILLBIT_SOURCEMAP=1) so that the
// coverage of spawned processes maps back to src/.
const withMaps = process.env.DRILLBIT_SOURCEMAP === '1';

// Chunk names carry content hashes: start clean so old chunks do not pile up.
rmSync('dist/bundle', { recursive: true, force: true });

await build({
  entryPoints: { drillbit: 'dist/cli/main.js' },
  outdir: 'dist/bundle',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: !withMaps,
  sourcemap: withMaps ? 'linked' : false,
  legalComments: 'none',
  outExtension: { '.js': '.mjs' },
  // CommonJS dependencies call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __drillbitRequire } from 'node:module'; const require = __drillbitRequire(import.meta.url);" },
  // Optional at run time in ink; never installed.
  external: ['react-devtools-core'],
  logLevel: 'warning',
});
