/**
 * A month of daily sessions at varying hours, driven through the built
 * binary at chosen times with DRILLBIT_NOW (review --plain piped), in a time
 * zone with a daylight-saving change. Each day: every card `stats` calls due
 * now is served that day, nothing due is left after the session, no day takes
 * more new cards than its limit, siblings never meet while another card
 * waits, and a failed card is the first one back once its step is due. At the
 * end the stored schedule matches ts-fsrs called directly with fuzz seeded
 * `<key>#<reviews so far>`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEmptyCard, fsrs, Rating, StrategyMode, type Card } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';

const TZ = 'Europe/Berlin'; // summer time begins on 29 March 2026
process.env['TZ'] = TZ;

const N = 24;
const NEW_PER_DAY = 5;
const HOURS = [9, 22, 5, 13, 7, 23, 4, 18, 11, 6, 20, 3, 15, 8];
const group = (i: number): string | undefined => (i % 4 === 3 ? undefined : `g${Math.floor(i / 4)}`);

function setUp(): NodeJS.ProcessEnv {
  const root = tempDir();
  const cards = Array.from({ length: N }, (_, i) => {
    const g = group(i);
    return `  - id: c${i}\n    kind: text\n    prompt: Question ${i}?\n    answer: The answer is here\n${g ? `    group: ${g}\n` : ''}`;
  }).join('');
  writeFileSync(join(root, 'deck.yaml'), `id: m\ntitle: Month\ncards:\n${cards}`);
  const home = join(root, 'home');
  runCli(['stats'], { env: { DRILLBIT_HOME: home, DRILLBIT_DECKS: join(root, 'deck.yaml'), DRILLBIT_NOW: '2026-03-01T00:00:00Z' } });
  writeFileSync(join(home, 'settings.json'), JSON.stringify({ newPerDay: NEW_PER_DAY }));
  return { DRILLBIT_HOME: home, DRILLBIT_DECKS: join(root, 'deck.yaml'), TZ };
}

/** Answers for a session: a wrong one where `fail(k)` says so, else the right one; each accepted as suggested. */
const answers = (fail: (k: number) => boolean, n = 300): string =>
  Array.from({ length: n }, (_, k) => `${fail(k) ? 'no idea' : 'The answer is here'}\n\n\n`).join('');

interface Sitting {
  shown: string[];
  saved: { key: string; rating: string; due: string }[];
  last: string;
}

function review(env: NodeJS.ProcessEnv, at: Date, input: string, limit?: number): Sitting {
  const args = ['review', '--plain', ...(limit ? ['--limit', String(limit)] : [])];
  const r = runCli(args, { env: { ...env, DRILLBIT_NOW: at.toISOString() }, input });
  expect([r.status, r.stderr]).toEqual([0, '']);
  const lines = r.stdout.trimEnd().split('\n');
  const shown = lines.map((l) => /^\[\d+\/\d+\] (\S+)/.exec(l)?.[1]).filter((k): k is string => !!k);
  const saved = lines.map((l) => /^saved (\S+) (\w+) next due (\S+)$/.exec(l)).filter((m) => !!m).map((m) => ({ key: m![1]!, rating: m![2]!, due: m![3]! }));
  return { shown, saved, last: lines.at(-1)! };
}

const stats = (env: NodeJS.ProcessEnv, at: Date): { dueNow: number; dueToday: number } => JSON.parse(runCli(['stats', '--json'], { env: { ...env, DRILLBIT_NOW: at.toISOString() } }).stdout);

const groupOf = (key: string): string | undefined => group(Number(key.slice(3)));

/** Siblings back to back only when every card after them in the session is of that group too. */
function siblingsMet(shown: readonly string[]): string[] {
  const bad: string[] = [];
  for (let i = 1; i < shown.length; i++) {
    const g = groupOf(shown[i]!);
    if (g === undefined || g !== groupOf(shown[i - 1]!)) continue;
    if (shown.slice(i).some((k) => groupOf(k) !== g)) bad.push(`${shown[i - 1]} then ${shown[i]}`);
  }
  return bad;
}

describe('a month of daily sessions at chosen times (DRILLBIT_NOW)', () => {
  it('serves every card due today that day, brings steps back on time, keeps siblings apart, and schedules as ts-fsrs with the documented fuzz seed', () => {
    const env = setUp();
    const seen = new Set<string>();
    const sessions: number[] = [];
    let stepsBack = 0;
    for (let d = 0; d < 30; d++) {
      const at = new Date(2026, 2, 1 + d, HOURS[d % HOURS.length]!, (d * 7) % 60);
      const before = stats(env, at);
      if (d % 6 === 1 && before.dueNow >= 2) {
        // A short sitting that fails its first card, then another 15 minutes later: the failed card's step is due and comes first.
        const short = review(env, at, answers((k) => k === 0), 2);
        expect(short.saved[0]!.rating).toBe('again');
        for (const s of short.saved) seen.add(s.key);
        const failed = short.saved[0]!;
        expect(new Date(failed.due).getTime() - at.getTime()).toBeLessThanOrEqual(10 * 60_000);
        at.setTime(at.getTime() + 15 * 60_000);
        const back = review(env, at, answers(() => false));
        // (With nothing else left, the short sitting itself learned ahead and served it again.)
        const servedAgain = short.saved[1]?.key === failed.key;
        if (!servedAgain) stepsBack++;
        expect(back.shown[0]).toBe(servedAgain ? back.shown[0] : failed.key);
        for (const s of back.saved) seen.add(s.key);
        expect(stats(env, at).dueNow).toBe(0);
        continue;
      }
      const known = new Set(seen);
      const sitting = review(env, at, answers((k) => (d * 3 + k) % 7 === 0));
      const servedKnown = new Set(sitting.saved.map((s) => s.key).filter((k) => known.has(k)));
      // Every card stats called due now was served, and no other card that was not new.
      expect([d, servedKnown.size]).toEqual([d, before.dueNow]);
      for (const s of sitting.saved) seen.add(s.key);
      expect([d, stats(env, at).dueNow]).toEqual([d, 0]);
      expect([d, siblingsMet(sitting.shown)]).toEqual([d, []]);
      const n = sitting.saved.length;
      // A session at 3 am belongs to the day before (day start 4 am), whose cards may all be done.
      expect(sitting.last).toBe(n ? `reviewed ${n} card${n === 1 ? '' : 's'}` : 'nothing to review now');
      sessions.push(n);
    }

    expect(sessions.filter((n) => n > 0).length).toBeGreaterThan(20);
    expect(stepsBack).toBeGreaterThanOrEqual(3);
    const home = env['DRILLBIT_HOME']!;
    const history = readFileSync(join(home, 'history.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { key: string; at: string; day: string; rating: string; suggested: string });
    expect(history.length).toBeGreaterThan(120);
    // No learner's day introduced more new cards than its limit; all cards were introduced.
    const firstDay = new Map<string, string>();
    for (const r of history) if (!firstDay.has(r.key)) firstDay.set(r.key, r.day);
    const perDay = new Map<string, number>();
    for (const day of firstDay.values()) perDay.set(day, (perDay.get(day) ?? 0) + 1);
    expect(Math.max(...perDay.values())).toBeLessThanOrEqual(NEW_PER_DAY);
    expect(firstDay.size).toBe(N);
    // Piped answers are bursts: Easy is never suggested.
    expect(history.filter((r) => r.suggested === 'easy')).toEqual([]);

    // The stored schedule is ts-fsrs's, fuzz seeded `<key>#<reviews so far>`.
    const f = fsrs({ request_retention: 0.9, enable_fuzz: true });
    const grades = { again: Rating.Again, hard: Rating.Hard, good: Rating.Good, easy: Rating.Easy } as const;
    const cards = new Map<string, Card>();
    for (const r of history) {
      const at = new Date(r.at);
      const card: Card = cards.get(r.key) ?? createEmptyCard(at);
      const seed = `${r.key}#${card.reps}`;
      f.useStrategy(StrategyMode.SEED, () => seed);
      cards.set(r.key, f.next(card, at, grades[r.rating as keyof typeof grades]).card);
    }
    const state = JSON.parse(readFileSync(join(home, 'state.json'), 'utf8')) as { cards: Record<string, { due: string; stability: number; difficulty: number; reps: number; lapses: number }> };
    const expected = Object.fromEntries([...cards].map(([k, c]) => [k, { due: c.due.toISOString(), stability: c.stability, difficulty: c.difficulty, reps: c.reps, lapses: c.lapses }]));
    const stored = Object.fromEntries(Object.entries(state.cards).map(([k, c]) => [k, { due: c.due, stability: c.stability, difficulty: c.difficulty, reps: c.reps, lapses: c.lapses }]));
    expect(stored).toEqual(expected);
  }, 600_000);
});
