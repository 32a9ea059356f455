import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openCollection } from '../../src/store/open-collection.js';
import { tempDir } from '../helpers/temp-dir.js';
import { deck, review } from './fixtures.js';

const T0 = new Date('2026-02-02T09:00:00Z');
const decks = [deck(5)];
const children: ChildProcess[] = [];

/** A live process on this host that is not us. */
async function liveOther(): Promise<number> {
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
  children.push(child);
  await new Promise((r) => child.once('spawn', r));
  return child.pid!;
}

afterEach(async () => {
  await Promise.all(children.splice(0).map((c) => new Promise((r) => (c.exitCode !== null ? r(null) : (c.once('exit', r), c.kill('SIGKILL'))))));
});

/** Puts a lock held by `pid` (on `host`) in `dir`, last refreshed an hour ago. */
function oldLock(dir: string, pid: number, host = hostname()): void {
  mkdirSync(join(dir, 'lock'), { recursive: true });
  writeFileSync(join(dir, 'lock', 'pid'), String(pid));
  writeFileSync(join(dir, 'lock', 'host'), host);
  const hourAgo = new Date(Date.now() - 3_600_000);
  utimesSync(join(dir, 'lock'), hourAgo, hourAgo);
}

describe('the writer lock and a live holder', () => {
  it('is never taken from a holder that is alive on this host, however long it has not refreshed (Ctrl-Z, SIGSTOP)', async () => {
    const dir = tempDir();
    const pid = await liveOther();
    oldLock(dir, pid);
    expect(() => openCollection({ dir, decks, now: T0, write: true })).toThrow(`another drillbit session (pid ${pid}) is using ${dir}`);
    expect(readFileSync(join(dir, 'lock', 'pid'), 'utf8')).toBe(String(pid));
  });

  it('is taken over from another host only once it is stale', () => {
    const dir = tempDir();
    oldLock(dir, 999_999, 'elsewhere.example');
    const c = openCollection({ dir, decks, now: T0, write: true });
    expect(readFileSync(join(dir, 'lock', 'host'), 'utf8')).toBe(hostname());
    c.close();
    expect(existsSync(join(dir, 'lock'))).toBe(false);
  });

  it('a session whose lock was taken stops writing and says so; the other holder\'s lock stays', async () => {
    const dir = tempDir();
    const c = openCollection({ dir, decks, now: T0, write: true });
    c.record(review('d/c0', T0));
    const before = readFileSync(join(dir, 'history.jsonl'), 'utf8');
    rmSync(join(dir, 'lock'), { recursive: true });
    const pid = await liveOther();
    oldLock(dir, pid);
    expect(() => c.record(review('d/c1', T0))).toThrow(
      `this session lost its lock on ${dir} to another session (pid ${pid}); it stops writing so that no review is lost or counted twice — end the other session and review again`,
    );
    expect(readFileSync(join(dir, 'history.jsonl'), 'utf8')).toBe(before);
    c.close();
    expect(readFileSync(join(dir, 'lock', 'pid'), 'utf8')).toBe(String(pid));
  });

  it('never checkpoints an offset that is not a line boundary of the log it read', () => {
    const dir = tempDir();
    const c = openCollection({ dir, decks, now: T0, write: true });
    c.record(review('d/c0', T0));
    const mine = readFileSync(join(dir, 'history.jsonl'), 'utf8');
    // Another writer (which should never happen under the lock) appends a longer line.
    const theirs = `${JSON.stringify({ ...JSON.parse(mine), id: 'other', key: 'd/c1', answer: 'a much longer answer than the first one' })}\n`;
    appendFileSync(join(dir, 'history.jsonl'), theirs);
    expect(() => c.record(review('d/c2', T0))).toThrow(/was written by another process while this session held the lock/);
    c.close();
    expect(readFileSync(join(dir, 'history.jsonl'), 'utf8')).toBe(mine + theirs);
    const state = existsSync(join(dir, 'state.json')) ? JSON.parse(readFileSync(join(dir, 'state.json'), 'utf8')) : { historyBytes: 0 };
    expect([0, Buffer.byteLength(mine), Buffer.byteLength(mine + theirs)]).toContain(state.historyBytes);
    const read = openCollection({ dir, decks, now: T0, write: false });
    expect(read.stats(T0).totalReviews).toBe(2);
  });
});
