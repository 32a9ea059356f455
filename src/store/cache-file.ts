/**
 * Writing a cache file: whole (temp file, then rename) so a reader never sees
 * half of it, but without fsync, since a cache lost to a crash is only a miss.
 * A disk that refuses is not an error, and no temp file is left behind.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** Replaces `path` with `data` (its folder made user-only if missing); false when the disk refused. */
export function writeCacheFile(path: string, data: string | Uint8Array): boolean {
  const temp = `${path}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    writeFileSync(temp, data);
    renameSync(temp, path);
    return true;
  } catch {
    try {
      rmSync(temp, { force: true });
    } catch {
      // No folder to hold it, so no temp file either.
    }
    return false;
  }
}
