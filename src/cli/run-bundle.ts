/**
 * Runs a command from the CommonJS command-line bundle (scripts/bundle.mjs)
 * with a V8 code cache, the way v8-compile-cache does: the bundle is compiled
 * through node:vm with the cached code of the last run of the same command,
 * so start-up skips parsing and compiling commander, zod, the YAML parser and
 * the grader. Without a usable cache (first run, another Node, a damaged or
 * unreadable file, DRILLBIT_NO_CACHE=1) it compiles as usual; after a run that
 * had none it writes one. `bundle` is the bundle's file name beside this one;
 * `command` names the cache (each command compiles its own part of the bundle).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';
import { readCodeCache, writeCodeCache } from '../store/code-cache.js';

type CommandMain = (argv: readonly string[]) => Promise<number>;

// The wrapper Node gives every CommonJS module.
const HEAD = '(function (exports, require, module, __filename, __dirname) { ';
const TAIL = '\n})';

export async function runBundle(bundle: string, command: string, argv: readonly string[]): Promise<number> {
  const file = join(dirname(fileURLToPath(import.meta.url)), bundle);
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch {
    // A partial install without the bundle: the ES modules hold the same commands.
    return (await import('./program.js')).main(argv);
  }
  const useCache = !process.env['DRILLBIT_NO_CACHE'];
  const cachedData = useCache ? readCodeCache(bundle, command) : undefined;
  const script = new Script(HEAD + source + TAIL, { filename: file, cachedData });
  const module = { exports: {} as { main?: CommandMain } };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(file), module, file, dirname(file));
  const code = await module.exports.main!(argv);
  // After the run the cache holds what this command compiled, not only the top level.
  if (useCache && (cachedData === undefined || script.cachedDataRejected)) writeCodeCache(bundle, command, script.createCachedData());
  return code;
}
