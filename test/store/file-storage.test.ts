import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { STALE_MS } from '../../src/store/file-lock.js';
import { openCollection } from '../../src/store/open-collection.js';
import { tempDir } from '../helpers/temp-dir.js';
import { deck, review, snapshot } from './fixtures.js';

const T0 = new Date('2026-02-02T09:00:00Z');
const decks = [deck(5)];
const keys = decks[0]!.cards.map((c) => `d/${c.id}`);
const fresh = (): string => join(tempDir('drillbit-store-'), 'data');

function withReviews(dir: string, n = 3): unknown {
  const c = openCollection({ dir, decks, now: T0, write: true });
  for (let i = 0; i < n; i++) c.record(review(keys[i]!, new Date(T0.getTime() + i * 1000)));
  const snap = snapshot(c, keys);
  c.close();
  return snap;
}

describe('the data directory', () => {
  it('is created on first write with user-only permissions, holding state.json and history.jsonl', () => {
    const dir = fresh();
    withReviews(dir);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(readdirSync(dir).sort()).toEqual(['history.jsonl', 'state.json']);
    expect(readFileSync(join(dir, 'history.jsonl'), 'utf8').trim().split('\n')).toHaveLength(3);
    expect(JSON.parse(readFileSync(join(dir, 'state.json'), 'utf8'))).toMatchObject({ schemaVersion: 1, totalReviews: 3 });
  });

  it('a read-only open of a missing directory creates nothing', () => {
    const dir = fresh();
    expect(openCollection({ dir, decks, now: T0, write: false }).queue(T0)).toHaveLength(5);
    expect(existsSync(dir)).toBe(false);
  });

  it('sets a damaged state file aside, says so in one line, and rebuilds it from the history', () => {
    const dir = fresh();
    const before = withReviews(dir);
    writeFileSync(join(dir, 'state.json'), '{"schemaVersion":1,"cards":');
    const notices: string[] = [];
    const c = openCollection({ dir, decks, now: T0, write: true, onNotice: (m) => notices.push(m) });
    expect(snapshot(c, keys)).toEqual(before);
    c.close();
    const aside = readdirSync(dir).filter((f) => f.startsWith('state.json.damaged-'));
    expect(aside).toHaveLength(1);
    expect(readFileSync(join(dir, aside[0]!), 'utf8')).toBe('{"schemaVersion":1,"cards":');
    expect(notices).toEqual([`${join(dir, 'state.json')} could not be read (it is not valid JSON); rebuilt the card states from the review history, the damaged file is kept as ${join(dir, aside[0]!)}`]);
    expect(JSON.parse(readFileSync(join(dir, 'state.json'), 'utf8')).totalReviews).toBe(3);
  });

  it('treats a state file that parses but does not validate as damaged', () => {
    const dir = fresh();
    const before = withReviews(dir);
    writeFileSync(join(dir, 'state.json'), JSON.stringify({ schemaVersion: 1, historyBytes: 0, totalReviews: 'x', cards: {}, pulled: [], days: {} }));
    const c = openCollection({ dir, decks, now: T0, write: false });
    expect(snapshot(c, keys)).toEqual(before);
    expect(c.notices).toHaveLength(1);
    expect(c.notices[0]).toMatch(/could not be read \(totalReviews: .*\); using card states rebuilt from the review history/);
  });

  it('skips a torn last history line with a warning, keeps a copy, and appends cleanly after it', () => {
    const dir = fresh();
    const before = withReviews(dir, 2);
    appendFileSync(join(dir, 'history.jsonl'), '{"v":1,"type":"review","id":"x","ke');
    const ro = openCollection({ dir, decks, now: T0, write: false });
    expect(snapshot(ro, keys)).toEqual(before);
    expect(ro.notices).toEqual([`${join(dir, 'history.jsonl')} ends with a torn line (35 bytes of an unfinished write); skipped it`]);
    const c = openCollection({ dir, decks, now: T0, write: true });
    expect(c.notices[0]).toMatch(/ended with a torn line \(35 bytes of an unfinished write\); skipped it, a copy is kept as .*history\.jsonl\.torn-/);
    c.record(review('d/c4', new Date(T0.getTime() + 9000)));
    c.close();
    const lines = readFileSync(join(dir, 'history.jsonl'), 'utf8').split('\n');
    expect(lines).toHaveLength(4);
    expect(lines.slice(0, 3).map((l) => JSON.parse(l).key)).toEqual(['d/c0', 'd/c1', 'd/c4']);
    writeFileSync(join(dir, 'state.json'), 'garbage');
    expect(openCollection({ dir, decks, now: T0, write: false }).stats(T0).totalReviews).toBe(3);
  });

  it('replays reviews recorded after the last checkpoint (a session killed before close)', () => {
    const dir = fresh();
    withReviews(dir, 1);
    const c = openCollection({ dir, decks, now: T0, write: true });
    c.record(review('d/c3', new Date(T0.getTime() + 5000)));
    const live = snapshot(c, keys);
    // No close(): the checkpoint is behind; drop the lock as a dead process would leave it.
    const next = openCollection({ dir, decks, now: T0, write: false });
    expect(snapshot(next, keys)).toEqual(live);
    c.close();
  });

  it('a state file ahead of the history (the history was cut or replaced) is rebuilt from the history, and said', () => {
    const dir = fresh();
    withReviews(dir, 3);
    const history = join(dir, 'history.jsonl');
    const lines = readFileSync(history, 'utf8').split('\n');
    writeFileSync(history, `${lines[0]}\n`);
    const c = openCollection({ dir, decks, now: T0, write: false });
    expect(c.notices).toEqual([`${join(dir, 'state.json')} is ahead of ${history}; rebuilt the card states from the history`]);
    expect(c.stats(T0).totalReviews).toBe(1);
  });

  it('skips history lines that are not records, counting them in one notice (one line, then several)', () => {
    const dir = fresh();
    withReviews(dir, 2);
    const history = join(dir, 'history.jsonl');
    writeFileSync(join(dir, 'state.json'), 'garbage');
    appendFileSync(history, '{"v":1,"type":"nonsense"}\n');
    const one = openCollection({ dir, decks, now: T0, write: false });
    expect(one.notices.at(-1)).toBe(`${history}: skipped 1 unreadable line`);
    expect(one.stats(T0).totalReviews).toBe(2);
    appendFileSync(history, 'not json at all\n\n');
    expect(openCollection({ dir, decks, now: T0, write: false }).notices.at(-1)).toBe(`${history}: skipped 2 unreadable lines`);
  });

  it('a settings file that cannot be used is one notice naming where, and the defaults apply; one that cannot be read is an error', () => {
    const dir = fresh();
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'settings.json');
    writeFileSync(file, '{\n  "newPerDay": 5,\n  oops\n}');
    const bad = openCollection({ dir, decks, now: T0, write: false });
    expect(bad.notices).toEqual([`${file}:3:3: not valid JSON; drillbit uses the default settings until you fix or delete the file`]);
    expect(bad.settings.newPerDay).toBe(20);
    writeFileSync(file, '{\n  "newPerDay": 5,\n  "dayStartHour": 25\n}');
    expect(openCollection({ dir, decks, now: T0, write: false }).notices).toEqual([
      `${file}:3: dayStartHour must be a whole hour from 0 to 23 (it is 25); drillbit uses the default settings until you fix or delete the file`,
    ]);
    writeFileSync(file, '{ "newPerDay": 5 }');
    expect(openCollection({ dir, decks, now: T0, write: false }).settings.newPerDay).toBe(5);
    rmSync(file);
    mkdirSync(file);
    expect(() => openCollection({ dir, decks, now: T0, write: false })).toThrow(`cannot read ${file}: a folder is in the way of the file; move it away (drillbit keeps its data in files there) (reviews already saved are kept)`);
  });

  it('refuses a state file written by a newer drillbit without touching it', () => {
    const dir = fresh();
    withReviews(dir);
    writeFileSync(join(dir, 'state.json'), JSON.stringify({ schemaVersion: 99 }));
    expect(() => openCollection({ dir, decks, now: T0, write: true })).toThrow(/written by a newer drillbit \(schema 99, this one reads 1\); upgrade drillbit/);
    expect(readFileSync(join(dir, 'state.json'), 'utf8')).toBe('{"schemaVersion":99}');
  });
});

describe('hand-off from drills', () => {
  it('serves cards a drill left in pull-forward.json first, then forgets the file', () => {
    const dir = fresh();
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'pull-forward.json'), JSON.stringify(['d/c2']));
    const c = openCollection({ dir, decks, now: T0, write: true });
    expect(c.queue(T0).map((e) => e.key)).toEqual(['d/c2', 'd/c0', 'd/c1', 'd/c3', 'd/c4']);
    expect(existsSync(join(dir, 'pull-forward.json'))).toBe(false);
    c.close();
    expect(openCollection({ dir, decks, now: T0, write: false }).pulled()).toEqual(['d/c2']);
  });
});

describe('the writer lock', () => {
  it('refuses a second writer naming the holder, lets readers in, and frees on close', () => {
    const dir = fresh();
    const a = openCollection({ dir, decks, now: T0, write: true });
    expect(() => openCollection({ dir, decks, now: T0, write: true })).toThrow(
      `another drillbit session (pid ${process.pid}) is using ${dir}; finish it first, or end it (kill ${process.pid}) and try again`,
    );
    expect(openCollection({ dir, decks, now: T0, write: false }).queue(T0)).toHaveLength(5);
    a.close();
    openCollection({ dir, decks, now: T0, write: true }).close();
    expect(existsSync(join(dir, 'lock'))).toBe(false);
  });

  it('keeps the lock fresh through a long session (refreshed every STALE_MS / 2) and still releases it', () => {
    // Fake timers and clock: the refresh is seen at once, with no real wait.
    const start = Date.now();
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'], now: start });
    try {
      const dir = fresh();
      const lock = join(dir, 'lock');
      const a = openCollection({ dir, decks, now: T0, write: true });
      const made = statSync(lock).mtimeMs;
      vi.advanceTimersByTime(STALE_MS / 2 - 1);
      expect(statSync(lock).mtimeMs).toBe(made);
      vi.advanceTimersByTime(1);
      expect(Math.abs(statSync(lock).mtimeMs - (start + STALE_MS / 2))).toBeLessThan(1);
      vi.advanceTimersByTime(STALE_MS / 2);
      expect(Math.abs(statSync(lock).mtimeMs - (start + STALE_MS))).toBeLessThan(1);
      expect(() => openCollection({ dir, decks, now: T0, write: true })).toThrow(/another drillbit session/);
      a.close();
      expect(existsSync(lock)).toBe(false);
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });

  it('takes over a lock whose holder process is gone', async () => {
    const dir = fresh();
    mkdirSync(join(dir, 'lock'), { recursive: true });
    const child = spawn(process.execPath, ['-e', '0']);
    const pid = child.pid!;
    await new Promise((r) => child.on('exit', r));
    writeFileSync(join(dir, 'lock', 'pid'), String(pid));
    const c = openCollection({ dir, decks, now: T0, write: true });
    expect(readFileSync(join(dir, 'lock', 'pid'), 'utf8')).toBe(String(process.pid));
    c.close();
  });
});
