/**
 * V8 code caches for the command-line bundle (see src/cli/run-bundle.ts), in
 * `<cache dir>/code/`. V8 trusts a code cache it is given: a damaged one
 * crashes the process (release builds skip V8's own checksum). So each file
 * carries a CRC-32 of its payload, checked before V8 sees it; anything that
 * does not check out, or cannot be read, is a miss. Like the content cache,
 * this is an optimisation: no failure here is ever an error.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { crc32Bytes } from './checksum.js';
import { writeCacheFile } from './cache-file.js';
import { cacheDir } from './content-cache.js';

const MAGIC = Buffer.from('drillbit-v8-cache-2\n');
const DIGEST = 4;

const digest = crc32Bytes;

/** File names of this bundle under this Node start so (V8 rejects another version's cache anyway). */
const prefix = (bundle: string): string => `${bundle}-${process.version}-${process.arch}-`;

/** Where the cache for `command` (each command compiles its own part of the bundle) of `bundle` lives. */
export function codeCachePath(bundle: string, command: string, env: NodeJS.ProcessEnv = process.env): string {
  return join(cacheDir(env), 'code', `${prefix(bundle)}${command}.bin`);
}

/** The cached code for `command` of `bundle` if its file is whole and unchanged since it was written. */
export function readCodeCache(bundle: string, command: string, env: NodeJS.ProcessEnv = process.env): Buffer | undefined {
  let file: Buffer;
  try {
    file = readFileSync(codeCachePath(bundle, command, env));
  } catch {
    return undefined;
  }
  const head = MAGIC.length + DIGEST;
  if (file.length <= head || !file.subarray(0, MAGIC.length).equals(MAGIC)) return undefined;
  const payload = file.subarray(head);
  return digest(payload).equals(file.subarray(MAGIC.length, head)) ? payload : undefined;
}

/**
 * Writes the cache for `command` of `bundle` atomically (a reader never sees
 * half a file), and removes the caches of other builds and Node versions
 * beside it so that upgrades do not pile them up. Read-only or full disks
 * are ignored.
 */
export function writeCodeCache(bundle: string, command: string, data: Uint8Array, env: NodeJS.ProcessEnv = process.env): void {
  const path = codeCachePath(bundle, command, env);
  if (!writeCacheFile(path, Buffer.concat([MAGIC, digest(data), data]))) return;
  const dir = dirname(path);
  try {
    for (const name of readdirSync(dir)) {
      if (!name.startsWith(prefix(bundle)) && name.endsWith('.bin')) rmSync(join(dir, name), { force: true });
    }
  } catch {
    // Nothing more to tidy on a disk that refuses.
  }
}
