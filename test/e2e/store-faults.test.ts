import { appendFileSync, chmodSync, chownSync, existsSync, readdirSync, readFileSync, writeFileSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, PATH_WITH_DRILLBIT, ROOT, runCli } from '../helpers/run-cli.js';
import { sandbox, startSession } from '../store/spawn-session.js';

const historyLines = (home: string): string[] => readFileSync(join(home, 'history.jsonl'), 'utf8').split('\n').filter(Boolean);
const totalReviews = (env: NodeJS.ProcessEnv): number => {
  const r = runCli(['stats', '--json'], { env });
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout).totalReviews as number;
};

describe('crash safety of the review store', () => {
  it('never loses an acknowledged review when the session is killed with SIGKILL right after "saved" (20 times)', async () => {
    const { env, home } = sandbox(30, { newPerDay: 100 });
    let acknowledged = 0;
    for (let i = 0; i < 20; i++) {
      const s = startSession(['review', '--plain'], env);
      await s.waitFor(/Question \d+\?\n/);
      s.write('\n\n'); // an empty answer, and Enter to accept its rating
      await s.waitFor(/^saved t\/c\d+ again next due .*$/m);
      acknowledged++;
      s.child.kill('SIGKILL');
      expect((await s.exited).signal).toBe('SIGKILL');
      expect(historyLines(home)).toHaveLength(acknowledged);
      expect(totalReviews(env)).toBe(acknowledged);
    }
    // The lock left by the last killed process is taken over at once.
    const r = runCli(['review', '--plain'], { env, input: 'x\n\n\n' });
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(totalReviews(env)).toBe(21);
  }, 240_000);

  it('refuses a second session with the pid of the first, while stats still works', async () => {
    const { env, home } = sandbox(3);
    const first = startSession(['review', '--plain'], env);
    await first.waitFor(/Question 0\?\n/);
    const second = runCli(['review', '--plain'], { env, input: 'x\n\n\n' });
    const pid = first.child.pid!;
    expect([second.status, second.stdout]).toEqual([1, '']);
    expect(second.stderr).toBe(`drillbit: another drillbit session (pid ${pid}) is using ${home}; finish it first, or end it (kill ${pid}) and try again\n`);
    expect(runCli(['stats'], { env }).status).toBe(0);
    first.write('q\n\nq\n');
    first.child.stdin!.end();
    expect((await first.exited).code).toBe(0);
  });

  it('exits 143 on SIGTERM mid-answer, keeping earlier reviews and releasing the lock', async () => {
    const { env, home } = sandbox(3);
    const s = startSession(['review', '--plain'], env);
    await s.waitFor(/Question 0\?\n/);
    s.write('first answer\n\n\n');
    await s.waitFor(/Question 1\?\n/);
    s.write('half of an ans');
    s.child.kill('SIGTERM');
    expect((await s.exited).code).toBe(143);
    expect(existsSync(join(home, 'lock'))).toBe(false);
    expect(JSON.parse(readFileSync(join(home, 'state.json'), 'utf8')).totalReviews).toBe(1);
    expect(historyLines(home)).toHaveLength(1);
  });

  it('exits 130 on SIGINT and 129 on SIGHUP', async () => {
    for (const [signal, code] of [['SIGINT', 130], ['SIGHUP', 129]] as const) {
      const { env, home } = sandbox(2);
      const s = startSession(['review', '--plain'], env);
      await s.waitFor(/Question 0\?\n/);
      s.child.kill(signal);
      expect((await s.exited).code).toBe(code);
      expect(existsSync(join(home, 'lock'))).toBe(false);
    }
  });

  it('sets a damaged state file aside, rebuilds from history and says so in one line', () => {
    const { env, home } = sandbox(3);
    expect(runCli(['review', '--plain'], { env, input: 'a\n\n\nb\n\n\n' }).status).toBe(0);
    writeFileSync(join(home, 'state.json'), '\u0000\u0000garbage');
    const r = runCli(['review', '--plain'], { env, input: '' });
    const aside = readdirSync(home).filter((f) => f.startsWith('state.json.damaged-'));
    expect(aside).toHaveLength(1);
    expect(r.stderr).toBe(
      `drillbit: ${join(home, 'state.json')} could not be read (it is not valid JSON); rebuilt the card states from the review history, the damaged file is kept as ${join(home, aside[0]!)}\n`,
    );
    expect(readFileSync(join(home, aside[0]!), 'utf8')).toBe('\u0000\u0000garbage');
    expect(totalReviews(env)).toBe(2);
  });

  it('skips a torn last history line with a warning, never fatally', () => {
    const { env, home } = sandbox(3);
    expect(runCli(['review', '--plain'], { env, input: 'a\n\n\n' }).status).toBe(0);
    appendFileSync(join(home, 'history.jsonl'), '{"v":1,"type":"rev');
    const s = runCli(['stats', '--json'], { env });
    expect(s.status).toBe(0);
    expect(s.stderr).toBe(`drillbit: ${join(home, 'history.jsonl')} ends with a torn line (18 bytes of an unfinished write); skipped it\n`);
    expect(JSON.parse(s.stdout).totalReviews).toBe(1);
    const r = runCli(['review', '--plain'], { env, input: 'b\n\n\n' });
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/^drillbit: .*history\.jsonl ended with a torn line \(18 bytes of an unfinished write\); skipped it, a copy is kept as .*history\.jsonl\.torn-\S+\n$/);
    expect(historyLines(home).map((l) => JSON.parse(l).key)).toEqual(['t/c0', 't/c1']);
  });

  it('reports a read-only data directory in one line, loses nothing, and still serves stats', () => {
    const { env, home } = sandbox(3);
    expect(runCli(['review', '--plain'], { env, input: 'a\n\n\n' }).status).toBe(0);
    const before = readFileSync(join(home, 'history.jsonl'), 'utf8');
    // As root, permissions do not stop writes: run the binary as nobody instead.
    const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    chmodSync(dirname(home), 0o755); // the deck beside it must be readable by that user
    if (process.getuid?.() === 0) for (const f of ['', 'history.jsonl', 'state.json']) chownSync(join(home, f), 65534, 65534);
    chmodSync(home, 0o500);
    const run = (args: string[], input = ''): { status: number | null; stdout: string; stderr: string } =>
      spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', PATH: PATH_WITH_DRILLBIT, ...env }, ...asUser });
    const r = run(['review', '--plain'], 'b\n\n\n');
    expect([r.status, r.stdout]).toEqual([1, '']);
    expect(r.stderr).toBe(`drillbit: cannot lock ${home}: permission denied; check the folder's owner and permissions or set DRILLBIT_HOME (reviews already saved are kept)\n`);
    const s = run(['stats', '--json']);
    expect([s.status, s.stderr]).toEqual([0, '']);
    expect(JSON.parse(s.stdout).totalReviews).toBe(1);
    expect(readFileSync(join(home, 'history.jsonl'), 'utf8')).toBe(before);
    expect(statSync(home).mode & 0o777).toBe(0o500);
  });
});
