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

  it('at 40×12 the subnet problem keeps the clock and all its facts on screen; the rest folds', async () => {
    const term = open({ args: ['drill', 'subnet-bits', '--seed', '7'], cols: 40, rows: 12 });
    await term.waitFor('Enter: start (the clock starts now)');
    term.type(KEYS.enter);
    const screen = await term.waitFor('Enter next · Esc leave');
    const [top, ...rest] = screen.split('\n');
    // The clock ticks in real time here, so only its shape is fixed.
    expect(top).toMatch(/^Problem 1 · 1\/5 {15,16}\d{1,2}:\d\d left$/);
    expect(rest.join('\n')).toBe(
      [
        'A Fargate service runs 59 tasks',
        '(desiredCount) with deployment',
        'maximumPercent 100, spread evenly over',
        '3 subnets. An ALB shares each subnet;',
        'it needs at least a /27 with 8 free',
        'addresses there. What is the smallest',
        'prefix each subnet can have?',
        '┌──────────────────────────────────────┐',
        '│ addresses and prefix, e.g. 72 /25    │',
        '└──────────────────────────────────────┘',
        'Enter next · Esc leave',
      ].join('\n'),
    );
    expect(term.wrappedRows()).toEqual([]);
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

  it('resuming a sketch draft opens the section that was being edited', async () => {
    const term = open({ args: ['drill', 'deployment-sketch'], cols: 80, rows: 40 });
    await term.waitFor('Enter: start (the clock starts now)');
    term.type(KEYS.enter);
    await term.waitFor('1/16');
    term.type(KEYS.tab);
    await term.waitFor('2/16');
    term.type(KEYS.tab);
    await term.waitFor('3/16');
    term.type('third');
    await term.waitFor('│third');
    term.type(KEYS.escape);
    expect(await term.exited()).toBe(0);
    const [draftFile] = readdirSync(join(term.home, 'drafts'));
    const draft = JSON.parse(readFileSync(join(term.home, 'drafts', draftFile!), 'utf8'));
    const again = open({ args: ['drill', 'deployment-sketch'], cols: 80, rows: 40, home: term.home });
    await again.waitFor('A draft was saved with');
    again.type('y');
    const screen = await again.waitFor('│third');
    expect(screen).toContain('3/16 · 1 answered');
    expect(typeof draft.section).toBe('string');
  });

  it('the sketch report scrolls under its pinned total at 40×12 (End, Home, PgDn) and Enter leaves', async () => {
    const term = open({ args: ['drill', 'deployment-sketch'], cols: 40, rows: 12 });
    await term.waitFor('Enter: start (the clock starts now)');
    term.type(KEYS.enter);
    await term.waitFor('1/16');
    term.type('\u0013');
    const first = await term.waitFor(/lines 1–10 of \d+ · /);
    const total = first.split('\n')[0]!;
    expect(total).toMatch(/^Total 0% incorrect ░+$/);
    const all = Number(/lines 1–10 of (\d+)/.exec(first)![1]);
    // The sketch's report is long: it is what the scrolling is for.
    expect(all).toBeGreaterThan(100);
    term.type('\u001b[F');
    const end = await term.waitFor(`lines ${all - 9}–${all} of ${all}`);
    expect(end.split('\n')[0]).toBe(total);
    expect(end).toContain('Enter or q to leave');
    term.type('\u001b[H');
    expect(await term.waitFor('lines 1–10 of')).toBe(first);
    term.type('\u001b[6~');
    expect((await term.waitFor('lines 10–19 of')).split('\n')[0]).toBe(total);
    expect(term.wrappedRows()).toEqual([]);
    term.type(KEYS.enter);
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
