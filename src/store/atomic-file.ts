/**
 * The two ways the store keeps small JSON files safe: written so a reader sees
 * the old or the new content, never a torn mix; read so a damaged file is set
 * aside (never deleted) and treated as absent.
 */
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { writeAll } from './write-all.js';

/** Writes `text` to `file` (temp file, fsync, rename, folder fsync) so readers see the old or the new content. */
export function writeFileAtomic(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  const fd = openSync(temp, 'w', 0o600);
  try {
    writeAll(fd, text);
    fsyncSync(fd);
  } catch (error) {
    // A full disk: the old file stays whole, and no half-written temp file is left behind.
    closeSync(fd);
    rmSync(temp, { force: true });
    throw error;
  }
  closeSync(fd);
  try {
    renameSync(temp, file);
  } catch (error) {
    // A folder where the file should be: the complete temp file is not left beside it either.
    rmSync(temp, { force: true });
    throw error;
  }
  try {
    const dirFd = openSync(dirname(file), 'r');
    fsyncSync(dirFd);
    closeSync(dirFd);
  } catch {
    // Some file systems refuse fsync on a directory; the rename is still atomic.
  }
}

/**
 * The JSON value in `file` when `accept` takes it, or undefined when there is
 * no file. A file that is not JSON or that `accept` refuses is moved aside to
 * `<file>.damaged` and treated as absent.
 */
export function readJsonOrSetAside<T>(file: string, accept: (value: unknown) => value is T): T | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  try {
    const value: unknown = JSON.parse(text);
    if (accept(value)) return value;
  } catch {
    // not JSON: set aside below
  }
  renameSync(file, `${file}.damaged`);
  return undefined;
}
