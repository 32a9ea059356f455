/**
 * The writer lock at its boundaries: a lock exactly as old as the limits,
 * holders that no longer run, lock files with odd contents, a lock replaced
 * under a session, and a lock folder that cannot be made.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { STALE_MS, fileLock } from '../../src/store/file-lock.js';
import { tempDir } from '../helpers/temp-dir.js';

/** A pid above the kernel's largest (2^22): no process has it. */
const DEAD = 2 ** 22 + 1;
/** A whole second, so the lock folder's mtime is exact in ms. */
const T = 1_800_000_000;

/** A lock folder in `dir` holding `files`, last refreshed at T seconds. */
function lockAt(dir: string, files: { pid?: string; host?: string }): string {
  const lock = join(dir, 'lock');
  mkdirSync(lock);
  if (files.pid !== undefined) writeFileSync(join(lock, 'pid'), files.pid);
  if (files.host !== undefined) writeFileSync(join(lock, 'host'), files.host);
  utimesSync(lock, T, T);
  return lock;
}

/** Tries to take the lock on `dir` with the clock at T + `ageMs`; true when taken (and released again). */
function takenAtAge(dir: string, ageMs: number): boolean {
  vi.useFakeTimers({ toFake: ['Date'], now: T * 1000 + ageMs });
  const lock = fileLock(dir);
  try {
    lock.acquire();
  } catch {
    return false;
  } finally {
    vi.useRealTimers();
  }
  expect(readFileSync(join(dir, 'lock', 'pid'), 'utf8')).toBe(String(process.pid));
  lock.release();
  return true;
}

afterEach(() => {
  vi.useRealTimers();
});

const refusal = (dir: string, pid?: number): string =>
  `another drillbit session${pid ? ` (pid ${pid})` : ''} is using ${dir}; finish it first, or end it${pid ? ` (kill ${pid})` : ''} and try again`;

describe('how old a lock must be to be taken over', () => {
  it('from another host: not at exactly STALE_MS, yes 1 ms later', () => {
    const dir = tempDir();
    lockAt(dir, { pid: '4242', host: 'elsewhere.example' });
    expect(takenAtAge(dir, STALE_MS)).toBe(false);
    expect(readFileSync(join(dir, 'lock', 'pid'), 'utf8')).toBe('4242');
    expect(takenAtAge(dir, STALE_MS + 1)).toBe(true);
  });

  it('without a pid: not at exactly 2 s, yes 1 ms later', () => {
    const dir = tempDir();
    lockAt(dir, {});
    expect(takenAtAge(dir, 2_000)).toBe(false);
    expect(takenAtAge(dir, 2_001)).toBe(true);
  });

  it('from another host even when its pid equals ours: only by age', () => {
    const dir = tempDir();
    lockAt(dir, { pid: String(process.pid), host: 'elsewhere.example' });
    expect(takenAtAge(dir, 0)).toBe(false);
    expect(takenAtAge(dir, STALE_MS + 1)).toBe(true);
  });
});

describe('a holder that no longer runs', () => {
  it('on this host: taken over at once, however fresh, and the old lock is gone', () => {
    const dir = tempDir();
    lockAt(dir, { pid: String(DEAD), host: hostname() });
    expect(takenAtAge(dir, 0)).toBe(true);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('with no host file (written by a maker killed before it): judged by its pid on this host', () => {
    const dir = tempDir();
    lockAt(dir, { pid: String(DEAD) });
    expect(takenAtAge(dir, 0)).toBe(true);
  });
});

describe('what the lock files may hold', () => {
  it('a pid with spaces and a newline around it is read as that pid', () => {
    const dir = tempDir();
    lockAt(dir, { pid: ` ${process.pid}\n`, host: `${hostname()}\n` });
    vi.useFakeTimers({ toFake: ['Date'], now: T * 1000 });
    expect(() => fileLock(dir).acquire()).toThrow(refusal(dir, process.pid));
  });

  it('a host name with a newline after it is this host: a dead holder there is taken over at once', () => {
    const dir = tempDir();
    lockAt(dir, { pid: String(DEAD), host: `${hostname()}\n` });
    expect(takenAtAge(dir, 0)).toBe(true);
  });

  it.each([['0'], ['-5'], ['1.5'], ['12abc'], ['']])('pid %j is no pid: refused while young, taken once older than 2 s', (pid) => {
    const dir = tempDir();
    lockAt(dir, { pid, host: hostname() });
    vi.useFakeTimers({ toFake: ['Date'], now: T * 1000 + 1_000 });
    expect(() => fileLock(dir).acquire()).toThrow(refusal(dir));
    vi.useRealTimers();
    expect(takenAtAge(dir, 2_500)).toBe(true);
  });

  it('the holder named in a refusal is the one holding the lock when it is refused', () => {
    const dir = tempDir();
    lockAt(dir, { pid: '4242', host: 'elsewhere.example' });
    vi.useFakeTimers({ toFake: ['Date'], now: T * 1000 });
    expect(() => fileLock(dir).acquire()).toThrow(refusal(dir, 4242));
  });
});

describe('a lock replaced under its session', () => {
  it('by a folder holding our own pid and host (another inode): lost, and left alone on release', () => {
    const dir = tempDir();
    const lock = fileLock(dir);
    lock.acquire();
    const twin = join(dir, 'twin');
    mkdirSync(twin);
    writeFileSync(join(twin, 'pid'), String(process.pid));
    writeFileSync(join(twin, 'host'), hostname());
    rmSync(join(dir, 'lock'), { recursive: true });
    renameSync(twin, join(dir, 'lock'));
    expect(() => lock.verify()).toThrow(`this session lost its lock on ${dir} to another session (pid ${process.pid})`);
    lock.release();
    expect(readdirSync(join(dir, 'lock')).sort()).toEqual(['host', 'pid']);
  });

  it('its pid file rewritten by another session: lost, naming that pid', () => {
    const dir = tempDir();
    const lock = fileLock(dir);
    lock.acquire();
    writeFileSync(join(dir, 'lock', 'pid'), '4242');
    expect(() => lock.verify()).toThrow(`this session lost its lock on ${dir} to another session (pid 4242); it stops writing`);
    lock.release();
    expect(readFileSync(join(dir, 'lock', 'pid'), 'utf8')).toBe('4242');
  });

  it('its host file rewritten by a session on another host: lost, and left alone on release', () => {
    const dir = tempDir();
    const lock = fileLock(dir);
    lock.acquire();
    writeFileSync(join(dir, 'lock', 'host'), 'elsewhere.example');
    expect(() => lock.verify()).toThrow(`this session lost its lock on ${dir} to another session (pid ${process.pid})`);
    lock.release();
    expect(readFileSync(join(dir, 'lock', 'host'), 'utf8')).toBe('elsewhere.example');
  });

  it('release stops the refresh timer even when the lock was lost', () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const dir = tempDir();
    const lock = fileLock(dir);
    lock.acquire();
    expect(vi.getTimerCount()).toBe(1);
    rmSync(join(dir, 'lock'), { recursive: true });
    // A refresh of a lock that is gone is not an error.
    vi.advanceTimersByTime(STALE_MS);
    lock.release();
    expect(vi.getTimerCount()).toBe(0);
    expect(() => lock.verify()).toThrow(`this session does not hold the lock on ${dir}`);
  });
});

describe('a lock folder that cannot be made', () => {
  it('is made user-only when it can', () => {
    const dir = tempDir();
    const lock = fileLock(dir);
    lock.acquire();
    expect(statSync(join(dir, 'lock')).mode & 0o777).toBe(0o700);
    lock.release();
  });

  it('a data directory that does not exist: one line naming it', () => {
    const dir = join(tempDir(), 'missing');
    expect(() => fileLock(dir).acquire()).toThrow(`cannot lock ${dir}: ENOENT (reviews already saved are kept)`);
  });

  it('a data directory that is a file: one line naming it', () => {
    const dir = join(tempDir(), 'f');
    writeFileSync(dir, '');
    expect(() => fileLock(dir).acquire()).toThrow(`cannot lock ${dir}: a file is in the way of the folder; set DRILLBIT_HOME to a folder (reviews already saved are kept)`);
  });
});
