import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { sandbox } from '../store/spawn-session.js';

const ISO = '\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z';
const history = (home: string): Record<string, unknown>[] =>
  readFileSync(join(home, 'history.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);

describe('drillbit review --plain', () => {
  it('runs a session of several cards by the line protocol, then stats --json counts it', () => {
    const { env, home } = sandbox(4);
    // c0: the model answer, accepted; c1: empty answer, accepted; c2: a guess, overridden to Easy; then quit.
    const input = 'Answer 0 is here\n\n\n' + '\n\n' + 'no idea\nreally\n\n4\n' + 'something\n\nq\n';
    const r = runCli(['review', '--plain'], { env, input });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('[1/4] t/c0');
    expect(lines[1]).toBe('Question 0?');
    expect(lines).toContain('verdict: correct (score 1.00)');
    expect(lines).toContain('model answer: Answer 0 is here');
    expect(lines.filter((l) => l.startsWith('suggested: '))[0]).toMatch(/^suggested: (Good|Easy) {2}\[1 Again 1m · 2 Hard 6m · 3 Good 10m · 4 Easy \d+d\] {2}Enter accepts, 1-4 overrides, q quits$/);
    const saved = lines.filter((l) => l.startsWith('saved '));
    expect(saved).toHaveLength(3);
    expect(saved[0]).toMatch(new RegExp(`^saved t/c0 (good|easy) next due ${ISO}$`));
    expect(saved[1]).toMatch(new RegExp(`^saved t/c1 again next due ${ISO}$`));
    expect(saved[2]).toMatch(new RegExp(`^saved t/c2 easy next due ${ISO}$`));
    expect(lines.at(-1)).toBe('reviewed 3 cards');
    const recs = history(home);
    expect(recs.map((x) => [x['key'], x['verdict'], x['suggested'], x['rating'], x['overridden'], x['answer']])).toEqual([
      ['t/c0', 'correct', recs[0]!['rating'], recs[0]!['rating'], false, 'Answer 0 is here'],
      ['t/c1', 'incorrect', 'again', 'again', false, ''],
      ['t/c2', recs[2]!['verdict'], recs[2]!['verdict'] === 'partial' ? 'hard' : 'again', 'easy', true, 'no idea\nreally'],
    ]);
    expect(recs[2]!['verdict']).not.toBe('correct');
    // A correct first answer is Easy when clearly fast (under 5 s), else Good.
    const c0Easy = recs[0]!['rating'] === 'easy';
    for (const x of recs) expect(x).toMatchObject({ v: 1, type: 'review', elapsedMs: expect.any(Number), score: expect.any(Number) });

    const s = runCli(['stats', '--json'], { env });
    expect(s.status).toBe(0);
    const stats = JSON.parse(s.stdout);
    expect(stats).toMatchObject({ totalReviews: 3, reviewsToday: 3, streakDays: 1, retention: null });
    expect(stats.cards).toEqual({ new: 1, learning: c0Easy ? 1 : 2, review: c0Easy ? 2 : 1, relearning: 0, leech: 0 });
    expect(stats.dueToday).toBe(c0Easy ? 1 : 2);
    expect(stats.reviewsPerDay).toHaveLength(365);
    expect(stats.reviewsPerDay.at(-1).reviews).toBe(3);
    expect(stats.dueForecast).toHaveLength(30);
    const text = runCli(['stats'], { env });
    const [due, learning, review] = c0Easy ? [1, 1, 2] : [2, 2, 1];
    expect(text.stdout.split('\n').slice(0, 3)).toEqual([
      'reviews: 3 today, 3 in total',
      `due: ${due} today, 0 tomorrow, ${due} in the next 7 days`,
      `cards: 1 new, ${learning} learning, ${review} review, 0 relearning, 0 leeches`,
    ]);
  });

  it('ends cleanly at end of input, keeping every answer typed (the last with its suggested rating)', () => {
    const { env, home } = sandbox(3);
    const r = runCli(['review'], { env, input: 'x\n\n2\nhalf an answer' });
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toMatch(new RegExp(`saved t/c0 hard next due ${ISO}\\n`));
    expect(r.stdout).toMatch(new RegExp(`saved t/c1 (again|hard|good) next due ${ISO}\\n`));
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('reviewed 2 cards');
    expect(history(home).map((x) => [x['key'], x['answer'], x['overridden']])).toEqual([
      ['t/c0', 'x', true],
      ['t/c1', 'half an answer', false],
    ]);
  });

  it('re-asks on a bad rating key, and says when nothing is due', () => {
    const { env } = sandbox(1);
    const r = runCli(['review', '--plain', '--limit', '1'], { env, input: 'x\n\n7\n1\n' });
    expect(r.stdout).toContain('type Enter to accept, 1 Again, 2 Hard, 3 Good, 4 Easy, or q to quit\nsaved t/c0 again');
    // --limit 1: the session ends after one review although the card is back in learning.
    expect(r.stdout.endsWith('\nreviewed 1 card\n')).toBe(true);
    const none = runCli(['review', '--plain', '--deck', 't'], { env: { ...env, DRILLBIT_DECKS: env['DRILLBIT_DECKS'] }, input: '' });
    expect(none.stdout).toBe('nothing to review now\n');
  });

  it('rejects an unknown deck in one line', () => {
    const { env } = sandbox(1);
    const r = runCli(['review', '--plain', '--deck', 'nope'], { env });
    expect([r.status, r.stdout, r.stderr]).toEqual([1, '', 'drillbit: no deck "nope"; the decks are: t\n']);
  });
});
