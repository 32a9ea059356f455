import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { sandbox } from '../store/spawn-session.js';

const history = (home: string): Record<string, unknown>[] =>
  readFileSync(join(home, 'history.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);

// A fixed clock: the tests mean the same thing at any hour (no day start between two commands).
const NOW = '2026-03-02T23:58:00Z';

describe('drillbit review --plain: q and end of input', () => {
  it('q alone where an answer starts ends the session and is never graded', () => {
    const { env: base, home } = sandbox(2);
    const r = runCli(['review', '--plain'], { env: { ...base, DRILLBIT_NOW: NOW }, input: 'q\n\n' });
    expect(r).toMatchObject({ status: 0, stderr: '' });
    expect(r.stdout).not.toContain('verdict:');
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('reviewed 0 cards');
    expect(() => readFileSync(join(home, 'history.jsonl'))).toThrow(/ENOENT/);
  });

  it('input that ends before a rating saves nothing for that card, and says so', () => {
    const { env: base, home } = sandbox(2);
    const r = runCli(['review', '--plain'], { env: { ...base, DRILLBIT_NOW: NOW }, input: 'Answer 0 is here\n\n\nAnswer 1 is here\n\n' });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('saved t/c0 good');
    expect(r.stdout).not.toContain('saved t/c1');
    expect(r.stderr).toBe('drillbit: input ended before a rating, so t/c1 was not saved; follow each answer\'s empty line with a rating line (an empty line accepts the suggestion)\n');
    expect(history(home).map((x) => x['key'])).toEqual(['t/c0']);
  });
});

// Several runs of the binary per test: room for a loaded machine (each run takes seconds there).
describe('drillbit review --plain', { timeout: 120_000 }, () => {
  it('runs a session of several cards by the line protocol, then stats --json counts it', () => {
    const { env: base, home } = sandbox(4);
    const env = { ...base, DRILLBIT_NOW: NOW, TZ: 'UTC' };
    // c0: the model answer, accepted; c1: empty answer, accepted; c2: a wrong answer on two lines, overridden to Easy; then quit.
    const input = 'Answer 0 is here\n\n\n' + '\n\n' + 'I had pizza for lunch\nit was lovely\n\n4\n' + 'something\n\nq\n';
    const r = runCli(['review', '--plain'], { env, input });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('[1/4] t/c0');
    expect(lines[1]).toBe('Question 0?');
    expect(lines).toContain('verdict: correct (score 1.00)');
    expect(lines).toContain('model answer: Answer 0 is here');
    // A new card is never suggested Easy, however fast the answer (Easy's 8 days are fuzzed to 7 by the card's seed).
    expect(lines.filter((l) => l.startsWith('suggested: '))[0]).toBe('suggested: Good  [1 Again 1m · 2 Hard 6m · 3 Good 10m · 4 Easy 7d]  Enter accepts, 1-4 overrides, q quits');
    const saved = lines.filter((l) => l.startsWith('saved '));
    // Every record takes its time from DRILLBIT_NOW: the next due dates are exact.
    // Easy on a new card: 7 days (the card's fuzz), from DRILLBIT_NOW.
    expect(saved).toEqual(['saved t/c0 good next due 2026-03-03T00:08:00.000Z', 'saved t/c1 again next due 2026-03-02T23:59:00.000Z', 'saved t/c2 easy next due 2026-03-09T23:58:00.000Z']);
    expect(lines.at(-1)).toBe('reviewed 3 cards');
    const recs = history(home);
    expect(recs.map((x) => [x['key'], x['verdict'], x['suggested'], x['rating'], x['overridden'], x['answer']])).toEqual([
      ['t/c0', 'correct', 'good', 'good', false, 'Answer 0 is here'],
      ['t/c1', 'incorrect', 'again', 'again', false, ''],
      ['t/c2', 'incorrect', 'again', 'easy', true, 'I had pizza for lunch\nit was lovely'],
    ]);
    // Piped answers arrive in one burst: marked pasted, their times not kept (an empty answer is no burst).
    for (const x of recs) expect(x).toMatchObject({ v: 1, type: 'review', at: '2026-03-02T23:58:00.000Z', day: '2026-03-02', fuzz: true, elapsedMs: expect.any(Number), score: expect.any(Number) });
    expect(recs.map((x) => x['pasted'])).toEqual([true, undefined, true]);

    const s = runCli(['stats', '--json'], { env });
    expect(s.status).toBe(0);
    const stats = JSON.parse(s.stdout);
    expect(stats).toMatchObject({ totalReviews: 3, reviewsToday: 3, streakDays: 1, retention: null });
    expect(stats.cards).toEqual({ new: 1, learning: 2, review: 1, relearning: 0, leech: 0 });
    // c0 (step at 00:08) and c1 (00:59) are within the learn-ahead window; c2 (Easy) is days away.
    expect([stats.dueNow, stats.dueToday]).toEqual([2, 2]);
    expect(stats.settings).toMatchObject({ newPerDay: 20, reviewsPerDay: 200, dayStartHour: 4, desiredRetention: 0.9, learningSteps: ['1m', '10m'], relearningSteps: ['10m'] });
    expect(stats.reviewsPerDay).toHaveLength(365);
    expect(stats.reviewsPerDay.at(-1).reviews).toBe(3);
    expect(stats.dueForecast).toHaveLength(30);
    const text = runCli(['stats'], { env });
    const [due, learning, review] = [2, 2, 1];
    expect(text.stdout.split('\n').slice(0, 3)).toEqual([
      'reviews: 3 today, 3 in total',
      `due: ${due} today, 0 tomorrow, ${due} in the next 7 days`,
      `cards: 1 new, ${learning} learning, ${review} review, 0 relearning, 0 leeches`,
    ]);
  });

  it('ends cleanly at end of input, keeping every rated answer; one not yet rated is not saved, and that is said', () => {
    const { env: base, home } = sandbox(3);
    const env = { ...base, DRILLBIT_NOW: NOW };
    const r = runCli(['review'], { env, input: 'x\n\n2\nhalf an answer' });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("drillbit: input ended before a rating, so t/c1 was not saved; follow each answer's empty line with a rating line (an empty line accepts the suggestion)\n");
    expect(r.stdout).toContain('saved t/c0 hard next due 2026-03-03T00:04:00.000Z\n');
    expect(r.stdout).not.toContain('saved t/c1');
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('reviewed 1 card');
    expect(history(home).map((x) => [x['key'], x['answer'], x['overridden']])).toEqual([['t/c0', 'x', true]]);
  });

  it('re-asks on a bad rating key; a step is due now within the 20-minute learn-ahead, and not before', () => {
    const { env: base } = sandbox(2, { learningSteps: ['1h'] });
    const at = (time: string): NodeJS.ProcessEnv => ({ ...base, DRILLBIT_NOW: `2026-03-02T${time}Z`, TZ: 'UTC' });
    const r = runCli(['review', '--plain', '--limit', '1'], { env: at('09:00:00'), input: 'x\n\n7\n1\n' });
    expect(r.stdout).toContain('type Enter to accept, 1 Again, 2 Hard, 3 Good, 4 Easy, or q to quit\nsaved t/c0 again next due 2026-03-02T10:00:00.000Z\n');
    expect(r.stdout.endsWith('\nreviewed 1 card\n')).toBe(true);
    const first = (env: NodeJS.ProcessEnv): string => runCli(['review', '--plain', '--deck', 't'], { env, input: '' }).stdout.split('\n')[0]!;
    const dueNow = (env: NodeJS.ProcessEnv): number => JSON.parse(runCli(['stats', '--json'], { env }).stdout).dueNow;
    // 09:30: c0's step (10:00) is beyond the learn-ahead window; c1 is new.
    expect([first(at('09:30:00')), dueNow(at('09:30:00'))]).toEqual(['[1/1] t/c1', 0]);
    // 09:40: within 20 minutes of 10:00, so due now, and shown once nothing else is left.
    expect([first(at('09:40:00')), dueNow(at('09:40:00'))]).toEqual(['[1/2] t/c1', 1]);
    const c1done = runCli(['review', '--plain', '--limit', '1'], { env: at('09:40:00'), input: 'Answer 1 is here\n\n4\n' });
    expect(c1done.stdout).toContain('saved t/c1 easy');
    expect(first(at('09:40:00'))).toBe('[1/1] t/c0');
    expect(runCli(['review', '--plain'], { env: at('09:39:59'), input: '' }).stdout).toBe('nothing to review now\n');
  });

  it('rejects an unknown deck in one line', () => {
    const { env } = sandbox(1);
    const r = runCli(['review', '--plain', '--deck', 'nope'], { env });
    expect([r.status, r.stdout, r.stderr]).toEqual([1, '', 'drillbit: no deck "nope"; the decks are: t\n']);
  });

  it('shows the settings in force in stats; a bad setting is one line and the defaults are used; a bad DRILLBIT_NOW is refused', () => {
    const { env } = sandbox(1, { newPerDay: 7, learningSteps: ['2m', '1h'], dayStartHour: 5 });
    const s = runCli(['stats'], { env: { ...env, DRILLBIT_NOW: NOW } });
    expect(s.stdout.trimEnd().split('\n').at(-2)).toBe(
      'settings: desired retention 0.9, new cards per day 7, maximum reviews per day 200, day starts at 5:00, learning steps 2m 1h, relearning steps 10m, learn ahead 20 min, leech after 8 lapses',
    );
    const badSetting = sandbox(1, { relearningSteps: ['ten minutes'] });
    const r = runCli(['review', '--plain'], { env: { ...badSetting.env, DRILLBIT_NOW: NOW } });
    expect([r.status, r.stderr]).toEqual([0, `drillbit: ${badSetting.home}/settings.json:1: relearningSteps[0] must be a step like "10m" (a number and a unit m, h or d) (it is "ten minutes"); drillbit uses the default settings until you fix or delete the file\n`]);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('reviewed 0 cards');
    const badNow = runCli(['stats'], { env: { ...env, DRILLBIT_NOW: '2026-03-02' } });
    expect([badNow.status, badNow.stdout, badNow.stderr]).toEqual([2, '', 'drillbit: DRILLBIT_NOW is "2026-03-02", not an ISO date-time; use a form like 2026-03-01T09:00:00+01:00, or unset it\n']);
  });
});
