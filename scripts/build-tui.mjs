// Bundles the TUI (src/tui/entry.ts with ink, react and yoga) into one file,
// dist/tui-bundle.js: one module to load instead of hundreds, which is what
// keeps the first frame inside its budget (DESIGN.md: ≤ 3 × `node -e 0`).
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
await build({
  absWorkingDir: root,
  entryPoints: ['src/tui/entry.ts'],
  outfile: 'dist/tui-bundle.js',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
  jsx: 'automatic',
  define: { 'process.env.NODE_ENV': '"production"' },
  // Ink imports react-devtools-core only when DEV=true; it is not installed.
  alias: { 'react-devtools-core': './scripts/devtools-stub.mjs' },
  // Some CommonJS dependencies call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __drillbitRequire } from 'node:module'; const require = __drillbitRequire(import.meta.url);" },
});
