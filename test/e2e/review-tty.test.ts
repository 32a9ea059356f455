import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import pty from 'node-pty';
import { describe, expect, it } from 'vitest';
import { BIN, PATH_WITH_DRILLBIT, ROOT } from '../helpers/run-cli.js';
import { sandbox } from '../store/spawn-session.js';

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const lines = (file: string): number => (existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean).length : 0);

async function until(check: () => boolean, what: string, ms = 20_000): Promise<void> {
  for (const end = Date.now() + ms; Date.now() < end; await sleep(100)) if (check()) return;
  throw new Error(`timed out waiting for ${what}`);
}

describe('drillbit review in a terminal', () => {
  it('records through the TUI, and SIGTERM exits 143 with the review kept and the lock released', async () => {
    const { env, home } = sandbox(3);
    const term = pty.spawn(process.execPath, [BIN, 'review'], { cols: 100, rows: 30, cwd: ROOT, env: { ...process.env, PATH: PATH_WITH_DRILLBIT, ...env, CI: 'false', NO_COLOR: '1' } as Record<string, string> });
    let screen = '';
    term.onData((d) => (screen += d));
    let done = false;
    const exited = new Promise<number>((resolve) => term.onExit((e) => ((done = true), resolve(e.exitCode))));
    const plain = (): string => screen.replace(/\x1b\[[0-9;?]*[a-zA-Z]/g, '');
    try {
      await until(() => screen.includes('Question 0?'), 'the first card');
      term.write('Answer 0 is here');
      // Enter only once the editor shows the whole answer, so it is a key of its own, not the end of a paste.
      await until(() => plain().includes('Answer 0 is here'), 'the typed answer on screen');
      term.write('\r');
      await until(() => /Enter: \w+ \(suggested\)/.test(plain()), 'the rating prompt');
      term.write('\r');
      await until(() => lines(join(home, 'history.jsonl')) === 1, 'the review on disk');
      expect(existsSync(join(home, 'lock'))).toBe(true);
      process.kill(term.pid, 'SIGTERM');
      expect(await exited).toBe(143);
      expect(existsSync(join(home, 'lock'))).toBe(false);
      expect(JSON.parse(readFileSync(join(home, 'state.json'), 'utf8')).totalReviews).toBe(1);
      expect(JSON.parse(readFileSync(join(home, 'history.jsonl'), 'utf8'))).toMatchObject({ key: 't/c0', verdict: 'correct' });
    } finally {
      // A failed assertion must not leave the terminal program running.
      if (!done) {
        term.kill('SIGKILL');
        await exited;
      }
    }
  });
});
