import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sandbox } from '../store/spawn-session.js';
import { KEYS, spawnTerm, type Term } from './pty.js';

const lines = (file: string): number => (existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean).length : 0);

const terms: Term[] = [];
// A failed assertion must not leave the terminal program running (close waits for it to exit).
afterEach(async () => {
  await Promise.all(terms.splice(0).map((t) => t.close()));
});

describe('drillbit review in a terminal', () => {
  it('records through the TUI, and SIGTERM exits 143 with the review kept and the lock released', async () => {
    const { env, home } = sandbox(3);
    const term = spawnTerm({ args: ['review'], cols: 100, rows: 30, home, env: { ...env, NO_COLOR: '1' } });
    terms.push(term);
    await term.waitFor('Question 0?');
    term.type('Answer 0 is here');
    // Enter only once the editor shows the whole answer, so it is a key of its own, not the end of a paste.
    await term.waitFor('Answer 0 is here');
    term.type(KEYS.enter);
    await term.waitFor(/Enter: \w+ \(suggested\)/);
    term.type(KEYS.enter);
    await vi.waitFor(() => expect(lines(join(home, 'history.jsonl'))).toBe(1), { timeout: 20_000, interval: 25 });
    expect(existsSync(join(home, 'lock'))).toBe(true);
    process.kill(term.pid, 'SIGTERM');
    expect(await term.exited()).toBe(143);
    expect(existsSync(join(home, 'lock'))).toBe(false);
    expect(JSON.parse(readFileSync(join(home, 'state.json'), 'utf8')).totalReviews).toBe(1);
    expect(JSON.parse(readFileSync(join(home, 'history.jsonl'), 'utf8'))).toMatchObject({ key: 't/c0', verdict: 'correct' });
  });
});
