/**
 * One writer per data directory: proper-lockfile's mkdir lock (realpath off,
 * mtime staleness) with the holder's pid inside, so a second session can say
 * who holds it and a lock left by a killed process (its pid gone) is taken
 * over at once instead of after the stale period.
 */
import * as fs from 'node:fs';
import { join } from 'node:path';
import lockfile from 'proper-lockfile';
import { DrillbitError } from '../core/errors.js';
import { ioError } from './io-error.js';
import type { WriterLock } from './storage.js';

const STALE_MS = 10_000;

// proper-lockfile removes its lock with rmdir; ours holds a pid file, so remove it whole.
const lockFs = { ...fs, rmdirSync: (p: fs.PathLike) => fs.rmSync(p, { recursive: true }) };

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function holder(lockDir: string): number | undefined {
  try {
    const pid = Number(fs.readFileSync(join(lockDir, 'pid'), 'utf8'));
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** Lock for `dir` (the lock is `dir/lock/`, holding `pid`). */
export function fileLock(dir: string): WriterLock {
  const lockDir = join(dir, 'lock');
  const target = join(dir, 'state.json');
  const options = { realpath: false, stale: STALE_MS, lockfilePath: lockDir, fs: lockFs, onCompromised: () => {} };
  let held = false;
  const tryLock = (): void => {
    lockfile.lockSync(target, options);
    held = true;
    // proper-lockfile checks that the lock's mtime is still the one it set
    // (else it counts the lock as compromised and stops refreshing it), so
    // put that mtime back after adding the pid file.
    const { atime, mtime } = fs.statSync(lockDir);
    fs.writeFileSync(join(lockDir, 'pid'), String(process.pid));
    fs.utimesSync(lockDir, atime, mtime);
  };
  return {
    acquire() {
      /** Takes the lock; false when another process holds it. */
      const attempt = (): boolean => {
        try {
          tryLock();
          return true;
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw ioError(error, 'lock', dir);
          return false;
        }
      };
      if (attempt()) return;
      const pid = holder(lockDir);
      const age = (() => {
        try {
          return Date.now() - fs.statSync(lockDir).mtimeMs;
        } catch {
          return Infinity;
        }
      })();
      // The holder died without unlocking (kill -9, power cut): take the lock over.
      if ((pid !== undefined && pid !== process.pid && !alive(pid)) || (pid === undefined && age > 2_000)) {
        fs.rmSync(lockDir, { recursive: true, force: true });
        if (attempt()) return;
      }
      const who = holder(lockDir);
      throw new DrillbitError(
        `another drillbit session${who ? ` (pid ${who})` : ''} is using ${dir}; finish it first, or end it${who ? ` (kill ${who})` : ''} and try again`,
      );
    },
    release() {
      if (!held) return;
      held = false;
      try {
        lockfile.unlockSync(target, options);
      } catch {
        // Already gone (taken over as stale): nothing to release.
      }
    },
  };
}
