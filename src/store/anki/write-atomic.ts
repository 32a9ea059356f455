import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { DrillbitError } from '../../core/errors.js';

const REASONS: Record<string, string> = {
  ENOENT: 'its folder does not exist',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOSPC: 'the disk is full',
  EISDIR: 'a folder has that name',
  ENOTDIR: 'a file is in the way of its folder',
};

/**
 * Writes `bytes` to `path` through a temp file beside it (fsync, rename):
 * readers see the old file or the whole new one; a failure leaves no temp
 * file and says in one line why.
 */
export function writeBytesAtomic(path: string, bytes: Uint8Array): void {
  const temp = `${path}.${process.pid}.tmp`;
  try {
    const fd = openSync(temp, 'w', 0o644);
    try {
      for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
  } catch (error) {
    try {
      rmSync(temp, { force: true });
    } catch {
      // Its folder is not a folder (ENOTDIR): no temp file could have been made.
    }
    const code = (error as NodeJS.ErrnoException).code ?? '';
    throw new DrillbitError(`cannot write ${path}: ${REASONS[code] ?? (code || (error as Error).message)}; choose a path in a folder you can write to`);
  }
}
