/**
 * One writer per data directory: `dir/lock/` made with mkdir (atomic), holding
 * the holder's `pid` and `host`. A lock is taken over only when its holder
 * cannot be writing any more: a pid on this host that no longer runs, or — for
 * a holder on another host, which we cannot ask — a lock not refreshed for
 * STALE_MS. Age alone never frees a lock held on this host: a session stopped
 * with Ctrl-Z or SIGSTOP keeps its lock for as long as it lives.
 */
import * as fs from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { DrillbitError } from '../core/errors.js';
import { ioError } from './io-error.js';
import type { WriterLock } from './storage.js';

/** A lock from another host not refreshed for this long is abandoned. */
export const STALE_MS = 10_000;
/** A lock folder without a pid file this old was left by a writer killed between mkdir and writing its pid. */
const NO_PID_GRACE_MS = 2_000;

/** Whether `pid` runs on this host (EPERM: it runs, as another user). */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

interface Holder {
  pid?: number | undefined;
  host?: string | undefined;
  /** Age of the lock's last refresh in ms. */
  age: number;
}

function readHolder(lockDir: string): Holder | undefined {
  let age: number;
  try {
    age = Date.now() - fs.statSync(lockDir).mtimeMs;
  } catch {
    return undefined;
  }
  const read = (name: string): string | undefined => {
    try {
      return fs.readFileSync(join(lockDir, name), 'utf8').trim();
    } catch {
      return undefined;
    }
  };
  const pid = Number(read('pid'));
  return { pid: Number.isInteger(pid) && pid > 0 ? pid : undefined, host: read('host'), age };
}

/** True when nobody can still be writing under this lock. */
function abandoned(h: Holder): boolean {
  if (h.pid === undefined) return h.age > NO_PID_GRACE_MS;
  if (h.host !== undefined && h.host !== hostname()) return h.age > STALE_MS;
  return h.pid !== process.pid && !alive(h.pid);
}

/** Lock for `dir` (the lock is `dir/lock/`, holding `pid` and `host`). */
export function fileLock(dir: string): WriterLock {
  const lockDir = join(dir, 'lock');
  let ino: number | undefined;
  let refresh: NodeJS.Timeout | undefined;

  const tryMake = (): boolean => {
    try {
      fs.mkdirSync(lockDir, { mode: 0o700 });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw ioError(error, 'lock', dir);
    }
    try {
      fs.writeFileSync(join(lockDir, 'host'), hostname());
      fs.writeFileSync(join(lockDir, 'pid'), String(process.pid));
      ino = fs.statSync(lockDir).ino;
    } catch (error) {
      fs.rmSync(lockDir, { recursive: true, force: true });
      throw ioError(error, 'lock', dir);
    }
    // Refreshed so that a session on another host sharing this folder can tell a live lock from an abandoned one.
    refresh = setInterval(() => {
      try {
        const now = new Date();
        fs.utimesSync(lockDir, now, now);
      } catch {
        // Gone or taken: verify() says so before the next write.
      }
    }, STALE_MS / 2);
    refresh.unref();
    return true;
  };

  /** Moves an abandoned lock aside, unless someone replaced it meanwhile (then it goes back). */
  const takeOver = (judged: Holder): void => {
    const aside = `${lockDir}.abandoned-${process.pid}-${Date.now()}`;
    try {
      fs.renameSync(lockDir, aside);
    } catch {
      return;
    }
    const moved = readHolder(aside);
    if (moved?.pid !== judged.pid || moved?.host !== judged.host) {
      try {
        fs.renameSync(aside, lockDir);
      } catch {
        // Someone holds a new lock already; theirs stands, the moved one stays aside.
      }
      return;
    }
    fs.rmSync(aside, { recursive: true, force: true });
  };

  /** Still our lock folder (same inode — which a file system may reuse — and our pid and host in it). */
  const ours = (): boolean => {
    try {
      const h = readHolder(lockDir);
      return fs.statSync(lockDir).ino === ino && h?.pid === process.pid && h.host === hostname();
    } catch {
      return false;
    }
  };

  return {
    acquire() {
      if (tryMake()) return;
      const holder = readHolder(lockDir);
      if (!holder || abandoned(holder)) {
        if (holder) takeOver(holder);
        if (tryMake()) return;
      }
      const who = readHolder(lockDir)?.pid;
      throw new DrillbitError(
        `another drillbit session${who ? ` (pid ${who})` : ''} is using ${dir}; finish it first, or end it${who ? ` (kill ${who})` : ''} and try again`,
      );
    },
    verify() {
      if (ino === undefined) throw new DrillbitError(`this session does not hold the lock on ${dir}`);
      if (ours()) return;
      const now = readHolder(lockDir);
      throw new DrillbitError(
        `this session lost its lock on ${dir}${now?.pid ? ` to another session (pid ${now.pid})` : ''}; it stops writing so that no review is lost or counted twice — end the other session and review again`,
      );
    },
    release() {
      if (ino === undefined) return;
      clearInterval(refresh);
      refresh = undefined;
      // Only our own lock: one taken over meanwhile belongs to its new holder.
      if (ours()) fs.rmSync(lockDir, { recursive: true, force: true });
      ino = undefined;
    },
  };
}
