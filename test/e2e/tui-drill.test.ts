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
    await term.waitFor('Enter: start (the clock starts now)');
    term.type(KEYS.enter);
    await term.waitFor('Problem 1');
    term.type('36 /26');
    await term.waitFor('│36 /26');
    term.type(KEYS.ctrlC);
    expect(await term.exited()).toBe(130);
    expect(term.raw()).toContain('drillbit: your draft is saved; run "drillbit drill subnet-bits" to resume it');
    const [draftFile] = readdirSync(join(term.home, 'drafts'));
    expect(JSON.parse(readFileSync(join(term.home, 'drafts', draftFile!), 'utf8')).answers).toEqual({ 'problem-1': '36 /26' });
    const again = open({ args: ['drill', 'subnet-bits'], cols: 100, rows: 30, home: term.home });
    await again.waitFor('A draft was saved with');
    again.type('y');
    // The answered problem is kept; the attempt goes on at the first unanswered one.
    await again.waitFor(/1 answered[\s\S]*Problem 2/);
  });

  it('the sketch shows its brief and scenario before the clock starts, and again on ? during the drill', async () => {
    const term = open({ args: ['drill', 'deployment-sketch'], cols: 80, rows: 40 });
    const brief = await term.waitFor('Enter: start (the clock starts now)');
    expect(brief).toContain('Scenario');
    expect(brief).not.toMatch(/\d+:\d\d left/);
    term.type(KEYS.enter);
    await term.waitFor('15:00 left');
    term.type('?');
    const again = await term.waitFor('Any key: back to the drill (the clock keeps running)');
    expect(again).toContain('Scenario');
    term.type('x');
    await term.waitFor('1/16');
    // The key that closed the brief is not typed into the answer.
    expect(term.screen()).not.toContain('│x');
    term.type(KEYS.escape);
    expect(await term.exited()).toBe(0);
  });

  it('a drill opened from home leads back home when the learner leaves it', async () => {
    const term = open({ args: [], cols: 100, rows: 30 });
    await term.waitFor('› Containers on managed services');
    term.type(KEYS.down);
    await term.waitFor('› Deployment sketch');
    term.type(KEYS.enter);
    await term.waitFor('Enter: start (the clock starts now)');
    term.type(KEYS.escape);
    // Home again, with its decks loaded (the cursor back on the first deck).
    await term.waitFor('› Containers on managed services');
    term.type('q');
    expect(await term.exited()).toBe(0);
  });
});
