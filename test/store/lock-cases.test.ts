/** The writer lock on its own (file-lock.ts): who may take a lock over, and what each refusal says. */
import { mkdirSync, readFileSync, rmSync, utimesSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STALE_MS, alive, fileLock } from '../../src/store/file-lock.js';
import { tempDir } from '../helpers/temp-dir.js';

/** A lock folder in `dir` with the given files, last touched `ageMs` ago. */
function lockWith(dir: string, files: { pid?: string; host?: string }, ageMs: number): void {
  const lock = join(dir, 'lock');
  mkdirSync(lock);
  if (files.pid !== undefined) writeFileSync(join(lock, 'pid'), files.pid);
  if (files.host !== undefined) writeFileSync(join(lock, 'host'), files.host);
  const then = new Date(Date.now() - ageMs);
  utimesSync(lock, then, then);
}

const refusal = (dir: string, pid?: number): string =>
  `another drillbit session${pid ? ` (pid ${pid})` : ''} is using ${dir}; finish it first, or end it${pid ? ` (kill ${pid})` : ''} and try again`;

describe('fileLock', () => {
  it('takes a free lock with its pid and host, and release removes it', () => {
    const dir = tempDir();
    const lock = fileLock(dir);
    lock.acquire();
    expect([readFileSync(join(dir, 'lock', 'pid'), 'utf8'), readFileSync(join(dir, 'lock', 'host'), 'utf8')]).toEqual([String(process.pid), hostname()]);
    lock.verify();
    lock.release();
    expect(existsSync(join(dir, 'lock'))).toBe(false);
    lock.release();
  });

  it('leaves a lock from another host alone while it is fresh, and takes it once it is stale', () => {
    const dir = tempDir();
    lockWith(dir, { pid: '4242', host: 'elsewhere.example' }, STALE_MS - 2_000);
    expect(() => fileLock(dir).acquire()).toThrow(refusal(dir, 4242));
    rmSync(join(dir, 'lock'), { recursive: true });
    lockWith(dir, { pid: '4242', host: 'elsewhere.example' }, STALE_MS + 2_000);
    const lock = fileLock(dir);
    lock.acquire();
    expect(readFileSync(join(dir, 'lock', 'pid'), 'utf8')).toBe(String(process.pid));
    // The abandoned lock is removed, not left beside the new one.
    expect(readdirSync(dir)).toEqual(['lock']);
    lock.release();
  });

  it('a lock folder without a pid (its maker killed between mkdir and writing the pid) is taken after a short grace, not before', () => {
    const dir = tempDir();
    lockWith(dir, {}, 0);
    expect(() => fileLock(dir).acquire()).toThrow(refusal(dir));
    rmSync(join(dir, 'lock'), { recursive: true });
    lockWith(dir, { pid: 'garbage' }, 10_000);
    const lock = fileLock(dir);
    lock.acquire();
    expect(readFileSync(join(dir, 'lock', 'pid'), 'utf8')).toBe(String(process.pid));
    lock.release();
  });

  it('a lock left by this very process (a pid reused after a crash) is not taken over as abandoned', () => {
    const dir = tempDir();
    lockWith(dir, { pid: String(process.pid), host: hostname() }, 60_000);
    expect(() => fileLock(dir).acquire()).toThrow(refusal(dir, process.pid));
  });

  it('verify says when the lock was never taken, or was lost with nobody holding it now', () => {
    const dir = tempDir();
    expect(() => fileLock(dir).verify()).toThrow(`this session does not hold the lock on ${dir}`);
    const lock = fileLock(dir);
    lock.acquire();
    rmSync(join(dir, 'lock'), { recursive: true });
    expect(() => lock.verify()).toThrow(`this session lost its lock on ${dir}; it stops writing so that no review is lost or counted twice — end the other session and review again`);
    // Another session's lock made meanwhile is left alone on release.
    lockWith(dir, { pid: '4242', host: hostname() }, 0);
    lock.release();
    expect(readFileSync(join(dir, 'lock', 'pid'), 'utf8')).toBe('4242');
  });

  it('alive: this process is, a pid that cannot exist is not', () => {
    expect(alive(process.pid)).toBe(true);
    expect(alive(2 ** 22 + 1)).toBe(false);
  });
});
