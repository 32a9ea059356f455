/**
 * zod, loaded when the store first builds a schema. Initialising zod is a
 * visible part of start-up, and a command that reads a checkpoint or an
 * empty collection (stats, the home view) validates nothing.
 */
import { createRequire } from 'node:module';

type Zod = typeof import('zod');

let loaded: Zod | undefined;

export function lazyZod(): Zod {
  // In the bundles `require` exists and esbuild resolves this call to the bundled zod (code
  // cache and all); unbundled (tests, ts-node) node loads zod from node_modules.
  return (loaded ??= (typeof require === 'function' ? require('zod') : createRequire(import.meta.url)('zod')) as Zod);
}
