import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { KEYS, spawnTerm, type Term } from './pty.js';

const terms: Term[] = [];
afterEach(async () => {
  await Promise.all(terms.splice(0).map((t) => t.close()));
});
const open = (options: Parameters<typeof spawnTerm>[0]): Term => {
  const term = spawnTerm(options);
  terms.push(term);
  return term;
};

describe('drill TUI in a real terminal', () => {
  it('Ctrl-C keeps what was typed as a draft, says how to resume, and the next start offers it back', async () => {
    const term = open({ args: ['drill', 'subnet-bits', '--seed', '7'], cols: 100, rows: 30 });
    await term.waitFor('Problem 1');
    term.type('36 /26');
    await term.waitFor('│36 /26');
    term.type(KEYS.ctrlC);
    expect(await term.exited()).toBe(0);
    expect(term.raw()).toContain('drillbit: your draft is saved; run "drillbit drill subnet-bits" to resume it');
    const [draftFile] = readdirSync(join(term.home, 'drafts'));
    expect(JSON.parse(readFileSync(join(term.home, 'drafts', draftFile!), 'utf8')).answers).toEqual({ 'problem-1': '36 /26' });
    const again = open({ args: ['drill', 'subnet-bits'], cols: 100, rows: 30, home: term.home });
    await again.waitFor('A draft was saved with');
    again.type('y');
    // The answered problem is kept; the attempt goes on at the first unanswered one.
    await again.waitFor(/1 answered[\s\S]*Problem 2/);
  });
});
