/**
 * A cache of validated deck and drill files, so that commands which only read
 * content (`grade`, `lint`, the home view) skip YAML parsing and schema
 * validation when a file has not changed — the way `eslint --cache` does.
 * An entry is valid only for the same file, the same content hash and the same
 * program build; anything else is a miss. The cache is an optimisation: a
 * failure to read or write it is never an error.
 */
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { checksum } from './checksum.js';
import { writeCacheFile } from './cache-file.js';

export interface ContentCache {
  /** The cached value for `file` whose text hashes to `hash`, if any. */
  get(file: string, hash: string): unknown;
  set(file: string, hash: string, value: unknown): void;
}

interface Entry {
  build: string;
  hash: string;
  value: unknown;
}

/** `$DRILLBIT_HOME/cache`, else `$XDG_CACHE_HOME/drillbit`, else `~/.cache/drillbit`. */
export function cacheDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env['DRILLBIT_HOME']) return join(env['DRILLBIT_HOME'], 'cache');
  if (env['XDG_CACHE_HOME']) return join(env['XDG_CACHE_HOME'], 'drillbit');
  return join(homedir(), '.cache', 'drillbit');
}

export const contentHash = (text: string): string => checksum(text);

/** A cache in `dir`, valid for one program `build` (entries of other builds are misses). */
export function openContentCache(dir: string, build: string): ContentCache {
  const entryPath = (file: string): string => join(dir, `${contentHash(resolve(file))}.json`);
  return {
    get(file, hash) {
      try {
        const entry = JSON.parse(readFileSync(entryPath(file), 'utf8')) as Entry;
        return entry.build === build && entry.hash === hash ? entry.value : undefined;
      } catch {
        return undefined;
      }
    },
    set(file, hash, value) {
      // Read-only or full disk: content still loads, just not faster next time.
      writeCacheFile(entryPath(file), JSON.stringify({ build, hash, value } satisfies Entry));
    },
  };
}

/** A cache that never hits, for tests and `DRILLBIT_NO_CACHE`. */
export const noContentCache: ContentCache = { get: () => undefined, set: () => {} };
