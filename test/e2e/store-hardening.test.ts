/**
 * The store under the faults a tester can cause with the built binary: a
 * nearly full disk (a 16 KiB tmpfs), a session stopped (SIGSTOP, as Ctrl-Z)
 * past the lock's stale age while a second one starts, and kill -9.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { STALE_MS } from '../../src/store/file-lock.js';
import { runCli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';
import { startSession, type Session } from '../store/spawn-session.js';

function sandbox(n: number): { home: string; env: NodeJS.ProcessEnv } {
  const root = tempDir();
  const deck = join(root, 'deck.yaml');
  const cards = Array.from({ length: n }, (_, i) => `  - id: c${i}\n    kind: text\n    prompt: Question ${i}?\n    answer: Answer ${i} is here\n`).join('');
  writeFileSync(deck, `id: t\ntitle: Test deck\ncards:\n${cards}`);
  const home = join(root, 'home');
  mkdirSync(home);
  writeFileSync(join(home, 'settings.json'), JSON.stringify({ newPerDay: 500 }));
  return { home, env: { DRILLBIT_HOME: home, DRILLBIT_DECKS: deck, DRILLBIT_NO_CACHE: '1'} };
}

const historyLines = (home: string): string[] => {
  const text = readFileSync(join(home, 'history.jsonl'), 'utf8');
  expect(text === '' || text.endsWith('\n')).toBe(true);
  return text.split('\n').filter(Boolean).map((l) => (JSON.parse(l), l));
};
const totalReviews = (env: NodeJS.ProcessEnv): number => {
  const r = runCli(['stats', '--json'], { env });
  expect([r.status, r.stderr]).toEqual([0, '']);
  return JSON.parse(r.stdout).totalReviews as number;
};
const savedCount = (s: Session): number => (s.stdout().match(/^saved t\/c\d+ /gm) ?? []).length;

const live: Session[] = [];
const mounts: string[] = [];
afterEach(async () => {
  for (const s of live.splice(0)) {
    if (s.child.exitCode === null && s.child.signalCode === null) {
      s.child.kill('SIGCONT');
      s.child.kill('SIGKILL');
    }
    await s.exited;
  }
  for (const m of mounts.splice(0)) spawnSync('umount', [m]);
});

/**
 * Makes the lock look unrefreshed for `ms`: its age is its folder's mtime against the wall clock, so
 * setting the mtime back stands for that much time passing while the holder is stopped, with no real wait.
 */
function ageLock(home: string, ms: number): void {
  const then = new Date(Date.now() - ms);
  utimesSync(join(home, 'lock'), then, then);
  expect(Date.now() - statSync(join(home, 'lock')).mtimeMs).toBeGreaterThan(STALE_MS);
}

describe('a stopped session keeps its lock', () => {
  it('SIGSTOP (past the 10 s stale age in the first round): a second session is refused; after SIGCONT the first goes on; kill -9 loses nothing (3 rounds)', async () => {
    const { env, home } = sandbox(20);
    let acknowledged = 0;
    for (let round = 0; round < 3; round++) {
      const s = startSession(['review', '--plain'], env);
      live.push(s);
      await s.waitFor(/Question \d+\?\n/);
      s.write(`answer ${round}a\n\n\n`);
      await s.waitFor(/^saved t\/c\d+ /m);
      s.child.kill('SIGSTOP');
      // Stopped for sure (state T), so its lock refresh cannot run from here on.
      await vi.waitFor(() => expect(readFileSync(`/proc/${s.child.pid}/stat`, 'utf8').split(') ')[1]![0]).toBe('T'), { timeout: 20_000, interval: 10 });
      // Past the lock's stale age (10 s) once; the other rounds stop it briefly.
      if (round === 0) ageLock(home, STALE_MS + 60_000);
      const second = runCli(['review', '--plain'], { env, input: 'intruder\n\n\n' });
      expect([second.status, second.stdout]).toEqual([1, '']);
      expect(second.stderr).toBe(`drillbit: another drillbit session (pid ${s.child.pid}) is using ${home}; finish it first, or end it (kill ${s.child.pid}) and try again\n`);
      s.child.kill('SIGCONT');
      s.write(`answer ${round}b\n\n\n`);
      await s.waitFor(/^saved t\/c\d+ [\s\S]*^saved t\/c\d+ /m);
      acknowledged += savedCount(s);
      s.child.kill('SIGKILL');
      expect((await s.exited).signal).toBe('SIGKILL');
      const lines = historyLines(home);
      expect(lines).toHaveLength(acknowledged);
      expect(lines.some((l) => l.includes('intruder'))).toBe(false);
      expect(totalReviews(env)).toBe(acknowledged);
    }
    expect(acknowledged).toBe(6);
  }, 120_000);
});

describe('a disk that fills up (16 KiB tmpfs)', () => {
  it('acknowledges only reviews whole on disk, says the disk is full in one line and hands the typed answer back', (ctx) => {
    const { env, home } = sandbox(60);
    const mount = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=16k', 'tmpfs', home], { encoding: 'utf8' });
    if (mount.status !== 0) ctx.skip(`cannot mount a tmpfs here (${mount.stderr.trim() || 'not permitted'})`);
    mounts.push(home);
    const answers = Array.from({ length: 60 }, (_, i) => `${'a'.repeat(296)}${String(i).padStart(4, '0')}`);
    const r = runCli(['review', '--plain', '--limit', '60'], { env, input: answers.map((a) => `${a}\n\n\n`).join('') });
    const saved = r.stdout.match(/^saved t\/c\d+ /gm) ?? [];
    const lines = historyLines(home);
    expect(saved.length).toBeGreaterThan(0);
    expect(saved.length).toBeLessThan(60);
    expect(lines).toHaveLength(saved.length);
    expect(lines.map((l) => JSON.parse(l).answer)).toEqual(answers.slice(0, saved.length));
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`drillbit: cannot save the review to ${join(home, 'history.jsonl')}: the disk is full; free some space (reviews already saved are kept)\n`);
    const lost = saved.length;
    expect(r.stdout.endsWith(`not saved: t/c${lost}; your answer was:\n${answers[lost]}\n`)).toBe(true);
  });
});
