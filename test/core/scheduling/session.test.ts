import { describe, expect, it } from 'vitest';
import { currentKey, sessionReducer, startSession, type SessionAction, type SessionState } from '../../../src/core/scheduling/session.js';
import type { GradeResult } from '../../../src/core/grading/types.js';

const NOW = new Date('2026-03-01T12:00:00Z');
const grade = (verdict: GradeResult['verdict']): GradeResult => ({ score: verdict === 'correct' ? 1 : 0, verdict, criteria: [], contradictions: [], notes: [] });
const run = (s: SessionState, ...actions: SessionAction[]): SessionState => actions.reduce(sessionReducer, s);
const later = (ms: number): Date => new Date(NOW.getTime() + ms);

describe('sessionReducer', () => {
  it('goes answer → suggested rating → accepted → saved → next card', () => {
    let s = startSession(['a', 'b']);
    expect([s.phase, currentKey(s)]).toEqual(['answering', 'a']);
    s = run(s, { type: 'submit', answer: 'x', grade: grade('partial'), elapsedMs: 9000 });
    expect([s.phase, s.suggested]).toEqual(['rating', 'hard']);
    s = run(s, { type: 'rate' });
    expect([s.phase, s.rating, s.overridden]).toEqual(['saving', 'hard', false]);
    s = run(s, { type: 'saved', due: later(86_400_000), now: NOW });
    expect([s.phase, currentKey(s), s.answer, s.done.map((d) => d.key)]).toEqual(['answering', 'b', undefined, ['a']]);
  });

  it('marks an overridden rating and ends after the last card', () => {
    let s = run(startSession(['a']), { type: 'submit', answer: 'x', grade: grade('correct'), elapsedMs: 9000, fastMs: 5000 }, { type: 'rate', rating: 'again' });
    expect([s.suggested, s.rating, s.overridden]).toEqual(['good', 'again', true]);
    s = run(s, { type: 'saved', due: later(86_400_000), now: NOW });
    expect([s.phase, currentKey(s)]).toEqual(['done', undefined]);
  });

  it('brings a learning card back in the same session when due within the learn-ahead window', () => {
    const s = run(startSession(['a', 'b']), { type: 'submit', answer: '', grade: grade('incorrect'), elapsedMs: 1 }, { type: 'rate' }, { type: 'saved', due: later(60_000), now: NOW });
    expect(s.queue).toEqual(['b', 'a']);
  });

  it('ends after maxReviews reviews even when a learning card would come back', () => {
    const s = run(startSession(['a', 'b'], 1), { type: 'submit', answer: '', grade: grade('incorrect'), elapsedMs: 1 }, { type: 'rate' }, { type: 'saved', due: later(60_000), now: NOW });
    expect([s.phase, s.queue]).toEqual(['done', ['b', 'a']]);
    expect(startSession(['a'], 0).phase).toBe('done');
  });

  it('undo puts the last reviewed card back first (and drops its requeued copy)', () => {
    let s = run(startSession(['a', 'b']), { type: 'submit', answer: '', grade: grade('incorrect'), elapsedMs: 1 }, { type: 'rate' }, { type: 'saved', due: later(60_000), now: NOW });
    s = run(s, { type: 'undo' });
    expect([s.queue, s.done, s.phase]).toEqual([['a', 'b'], [], 'answering']);
    expect(run(s, { type: 'undo' })).toBe(s);
  });

  it('ignores actions out of turn, and quit ends the session', () => {
    const s = startSession(['a']);
    expect(run(s, { type: 'rate' })).toBe(s);
    expect(run(s, { type: 'saved', due: NOW, now: NOW })).toBe(s);
    expect(run(s, { type: 'quit' }).phase).toBe('done');
    expect(startSession([]).phase).toBe('done');
  });
});
