import { describe, expect, it } from 'vitest';
import { LATE_JOIN_MIN_MS } from '../../../src/core/team/limits.js';
import { TeamSession } from '../../../src/core/team/session.js';
import { restoreSession } from '../../../src/core/team/session-restore.js';
import type { Effect, LogEntry } from '../../../src/core/team/session-types.js';
import { initialView, playerReducer } from '../../../src/core/team/player-view.js';
import { numericQuestions } from './fixtures.js';

const LIMIT = 60_000;
const session = (lateJoin = false): TeamSession => new TeamSession({ questions: numericQuestions(2), limitMs: LIMIT, lateJoin });
const events = (effects: Effect[]): string[] => effects.flatMap((e) => (e.kind === 'event' ? [e.text] : []));
const sentTo = (effects: Effect[], id: string) => effects.flatMap((e) => (e.kind === 'send' && e.to === id ? [e.message] : e.kind === 'broadcast' ? [e.message] : []));
const join = (s: TeamSession, name: string, n: number, now = 0) => {
  const r = s.join(name, undefined, { id: `p${n}`, token: `t${n}` }, now);
  if (!r.ok) throw new Error(r.reason);
  return r;
};

describe('TeamSession', () => {
  it('runs lobby → question → reveal → board → question → end, scoring with the speed bonus', () => {
    const s = session();
    expect(events(join(s, 'ana', 1).effects)).toEqual(['joined ana']);
    join(s, 'bo', 2);
    expect(events(s.start(1_000))).toEqual(['question 1/2: test/q1']);
    expect(events(s.answer('p1', 0, '2', 1_000 + 15_000))).toEqual(['answered 1/2']);
    expect(events(s.answer('p2', 0, '5', 1_000 + 30_000))).toEqual(['answered 2/2']);
    expect(s.player('p1')!.points).toBe(1375); // 1000 + 500 × 45/60
    expect(s.player('p2')!.points).toBe(0);
    expect(events(s.reveal())).toEqual(['revealed 1/2: 1 correct, 0 partial, 1 incorrect, 0 unanswered']);
    expect(events(s.next(40_000))).toEqual(['board after 1/2', '1. ana 1375', '2. bo 0']);
    expect(events(s.next(50_000))).toEqual(['question 2/2: test/q2']);
    expect(events(s.next(50_000))[0]).toBe('revealed 2/2: 0 correct, 0 partial, 0 incorrect, 2 unanswered');
    s.next(50_000);
    expect(events(s.next(50_000))).toEqual(['ended', '1. ana 1375', '2. bo 0']);
    expect(s.phase).toBe('end');
  });

  it('refuses a second answer, an answer to another question, and one after time is up', () => {
    const s = session();
    join(s, 'ana', 1);
    s.start(0);
    const ack = (e: Effect[]) => sentTo(e, 'p1').find((m) => m.type === 'ack');
    expect(ack(s.answer('p1', 1, '3', 10))).toMatchObject({ accepted: false, reason: 'that question is closed' });
    expect(ack(s.answer('p1', 0, '2', LIMIT))).toMatchObject({ accepted: false, reason: 'time is up' });
    expect(ack(s.answer('p1', 0, '2', 10))).toMatchObject({ accepted: true });
    expect(ack(s.answer('p1', 0, '2', 20))).toMatchObject({ accepted: false, reason: 'you have answered this question' });
    expect(s.player('p1')!.points).toBe(1500);
  });

  it('reveals by itself when time is up, and pausing stops the clock; added time counts', () => {
    const s = session();
    join(s, 'ana', 1);
    s.start(0);
    s.togglePause(10_000);
    expect(s.tick(LIMIT + 5_000)).toEqual([]);
    s.togglePause(LIMIT + 5_000); // 50 s left from here
    s.addTime(LIMIT + 5_000, 15_000);
    expect(s.remaining(LIMIT + 5_000)).toBe(65_000);
    expect(s.tick(LIMIT + 5_000 + 64_999)).toEqual([]);
    expect(events(s.tick(LIMIT + 5_000 + 65_000))[0]).toMatch(/^revealed 1\/2/);
  });

  it('a player who comes back with the token keeps their points and sees the running question', () => {
    const s = session();
    join(s, 'ana', 1);
    s.start(0);
    s.answer('p1', 0, '2', 0);
    s.leave('p1');
    const back = s.join('whoever', 't1', { id: 'p9', token: 't9' }, 1_000);
    expect(back.ok && back.player.id).toBe('p1');
    const view = (back.ok ? sentTo(back.effects, 'p1') : []).reduce(playerReducer.bind(null), initialView());
    // reduce passes (view, message, index): index stands in for the local clock.
    expect(view.me).toEqual({ id: 'p1', name: 'ana', points: 1500 });
    expect(view.stage).toBe('question');
    expect(view.answered).toBe(true);
  });

  it('late join: refused unless allowed; a late joiner with too little time waits for the next question', () => {
    const strict = session(false);
    join(strict, 'ana', 1);
    strict.start(0);
    expect(strict.join('cy', undefined, { id: 'p3', token: 't3' }, 0)).toEqual({ ok: false, reason: 'the session has started and the host does not allow late joins' });
    const s = session(true);
    join(s, 'ana', 1);
    s.start(0);
    const early = join(s, 'bo', 2, LIMIT - LATE_JOIN_MIN_MS);
    expect(sentTo(early.effects, 'p2').find((m) => m.type === 'question')).toMatchObject({ question: { open: true, remainingMs: LATE_JOIN_MIN_MS } });
    const late = join(s, 'cy', 3, LIMIT - LATE_JOIN_MIN_MS + 1);
    expect(sentTo(late.effects, 'p3').find((m) => m.type === 'question')).toMatchObject({ question: { open: false } });
    expect(sentTo(s.answer('p3', 0, '2', LIMIT - 1), 'p3')[0]).toMatchObject({ type: 'ack', accepted: false, reason: 'you joined late: wait for the next question' });
    // The question that was not theirs is not counted against them.
    expect(s.spread()).toEqual({ correct: 0, partial: 0, incorrect: 0, unanswered: 2 });
  });

  it('a locked lobby refuses new players; a kicked player cannot come back', () => {
    const s = session();
    join(s, 'ana', 1);
    s.setLocked(true);
    expect(s.join('bo', undefined, { id: 'p2', token: 't2' }, 0)).toEqual({ ok: false, reason: 'the lobby is locked' });
    expect(s.kick('p1').find((e) => e.kind === 'close')).toEqual({ kind: 'close', to: 'p1', reason: 'the host removed you from this session' });
    expect(s.join('ana', 't1', { id: 'p3', token: 't3' }, 0)).toEqual({ ok: false, reason: 'the host removed you from this session' });
  });

  it('skip takes the question\'s points back; restore replays the log to the same board', () => {
    const s = session();
    const log: LogEntry[] = [];
    const keep = (e: Effect[]) => e.forEach((x) => x.kind === 'log' && log.push(x.entry));
    keep(join(s, 'ana', 1).effects);
    keep(join(s, 'bo', 2).effects);
    keep(s.start(0));
    keep(s.answer('p1', 0, '2', 0));
    keep(s.skip(1_000));
    expect(s.player('p1')!.points).toBe(0);
    keep(s.answer('p2', 1, '3', 1_000));
    const again = session();
    restoreSession(again, log);
    expect(again.board()).toEqual(s.board().map((e) => ({ ...e, connected: false })));
    expect([again.phase, again.index]).toEqual(['board', 1]);
    expect(again.join('bo', 't2', { id: 'x', token: 'y' }, 0)).toMatchObject({ ok: true, player: { id: 'p2', points: 1500 } });
  });
});
