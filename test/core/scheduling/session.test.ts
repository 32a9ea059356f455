import { describe, expect, it } from 'vitest';
import { currentKey, orderRest, sessionReducer, startSession, type SessionAction, type SessionState } from '../../../src/core/scheduling/session.js';
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

  /** Answers the current card with `verdict` at `at` and saves it as due at `due`. */
  const answer = (st: SessionState, verdict: GradeResult['verdict'], at: Date, due: Date): SessionState =>
    run(st, { type: 'submit', answer: '', grade: grade(verdict), elapsedMs: 1 }, { type: 'rate' }, { type: 'saved', due, now: at });

  it('brings a failed card back when its step is due, interleaved with the rest (not at the end, not at once)', () => {
    let s = startSession(['a', 'b', 'c', 'd', 'e']);
    s = answer(s, 'incorrect', NOW, later(60_000)); // a: Again, its 1-minute step
    expect(s.queue).toEqual(['b', 'c', 'd', 'e', 'a']);
    s = answer(s, 'correct', later(30_000), later(86_400_000)); // b, 30 s later: a is not due yet
    expect(currentKey(s)).toBe('c');
    s = answer(s, 'correct', later(61_000), later(86_400_000)); // c, past a's step: a comes next
    expect(s.queue).toEqual(['a', 'd', 'e']);
  });

  it('learns ahead: a step not yet due is shown once nothing else is left', () => {
    let s = startSession(['a', 'b']);
    s = answer(s, 'incorrect', NOW, later(60_000));
    s = answer(s, 'correct', NOW, later(86_400_000));
    expect([s.phase, currentKey(s)]).toEqual(['answering', 'a']);
    // A step beyond the learn-ahead window does not come back in this session.
    s = answer(s, 'partial', NOW, later(21 * 60_000));
    expect(s.phase).toBe('done');
  });

  it('never serves a sibling of the card just reviewed while another card waits, re-queued cards included', () => {
    const cards = [
      { key: 't/c1', group: 'g' },
      { key: 't/x' },
      { key: 't/c2', group: 'g' },
      { key: 't/c3', group: 'g' },
      { key: 't/y' },
    ];
    let s = startSession(cards);
    const shown: string[] = [];
    let t = NOW.getTime();
    while (s.phase !== 'done') {
      const key = currentKey(s)!;
      shown.push(key);
      t += 1000;
      // Every grouped card fails once, with a step already due.
      const again = key.endsWith('c3') && shown.filter((k) => k === key).length === 1;
      s = answer(s, again ? 'incorrect' : 'correct', new Date(t), new Date(again ? t - 1 : t + 86_400_000));
    }
    expect(shown).toEqual(['t/c1', 't/x', 't/c2', 't/y', 't/c3', 't/c3']);
    const group = (k: string): string | undefined => cards.find((c) => c.key === k)?.group;
    // The only adjacent siblings are at the end, when nothing else was left.
    expect(shown.slice(0, -1).some((k, i) => group(k) !== undefined && group(k) === group(shown[i + 1]!) && i < shown.length - 2)).toBe(false);
  });

  it('orderRest: due steps first, then the queue, then steps ahead; a sibling of the last card steps back', () => {
    const dues = { l1: 5, l2: 1, a1: 100 };
    expect(orderRest(['q1', 'a1', 'l1', 'q2', 'l2'], dues, {}, 10)).toEqual(['l2', 'l1', 'q1', 'q2', 'a1']);
    expect(orderRest(['q1', 'q2'], {}, { q1: 'g', last: 'g' }, 10, 'last')).toEqual(['q2', 'q1']);
    expect(orderRest(['q1'], {}, { q1: 'g', last: 'g' }, 10, 'last')).toEqual(['q1']);
  });

  it('rebuilds the queue when the learner\'s day changes, keeping what was done', () => {
    let s = startSession(['a', 'b', 'c'], 10);
    s = answer(s, 'correct', NOW, later(86_400_000));
    s = run(s, { type: 'rebuild', cards: [{ key: 'n1' }, { key: 'b' }, { key: 'l', due: later(-1) }], now: later(1000) });
    expect([s.queue, s.done.map((d) => d.key), s.phase, s.maxReviews]).toEqual([['l', 'n1', 'b'], ['a'], 'answering', 10]);
    expect(run(s, { type: 'rebuild', cards: [], now: later(2000) }).phase).toBe('done');
  });

  it('a pasted answer is never "clearly fast": no Easy', () => {
    const fast = { type: 'submit' as const, answer: 'x', grade: grade('correct'), elapsedMs: 100, fastMs: 5000 };
    expect(run(startSession(['a']), fast).suggested).toBe('easy');
    expect(run(startSession(['a']), { ...fast, pasted: true }).suggested).toBe('good');
  });

  it('undo restores the step due the card had before it was reviewed, also once the session is done', () => {
    const step = later(-1000);
    let s = startSession([{ key: 'l', due: step }, { key: 'b' }]);
    s = answer(s, 'incorrect', NOW, later(60_000));
    expect([s.queue, s.dues['l']]).toEqual([['b', 'l'], later(60_000).getTime()]);
    s = run(s, { type: 'undo' });
    expect([s.queue, s.dues, s.phase]).toEqual([['l', 'b'], { l: step.getTime() }, 'answering']);
    // Undo after the last card: the session is answering again, on that card; a card with no step gets none back.
    let end = answer(startSession(['a']), 'correct', NOW, later(86_400_000));
    expect(end.phase).toBe('done');
    end = run(end, { type: 'undo' });
    expect([end.phase, currentKey(end), end.dues, end.done]).toEqual(['answering', 'a', {}, []]);
  });

  it('undo, submit and rebuild are ignored out of turn; a session ended by maxReviews shows no card', () => {
    const rating = run(startSession(['a', 'b']), { type: 'submit', answer: 'x', grade: grade('correct'), elapsedMs: 1 });
    expect(run(rating, { type: 'undo' })).toBe(rating);
    expect(run(rating, { type: 'submit', answer: 'y', grade: grade('incorrect'), elapsedMs: 1 })).toBe(rating);
    expect(run(rating, { type: 'rebuild', cards: [{ key: 'z' }], now: NOW })).toBe(rating);
    const capped = answer(startSession(['a', 'b'], 1), 'correct', NOW, later(86_400_000));
    expect([capped.phase, capped.queue, currentKey(capped)]).toEqual(['done', ['b'], undefined]);
  });

  it('a card due again exactly at the end of the learn-ahead window comes back; a millisecond later it does not', () => {
    const window = 20 * 60_000;
    expect(answer(startSession(['a', 'b']), 'incorrect', NOW, later(window)).queue).toEqual(['b', 'a']);
    expect(answer(startSession(['a', 'b']), 'incorrect', NOW, later(window + 1)).queue).toEqual(['b']);
  });

  it('orderRest: a step due exactly now is due; steps ahead go earliest first', () => {
    expect(orderRest(['q1', 's'], { s: 10 }, {}, 10)).toEqual(['s', 'q1']);
    expect(orderRest(['a2', 'q', 'a1'], { a1: 20, a2: 30 }, {}, 10)).toEqual(['q', 'a1', 'a2']);
  });

  it('rebuild keeps siblings apart from the card just reviewed, with the groups it is given', () => {
    let s = startSession([{ key: 'a1', group: 'a' }, { key: 'x' }], 10);
    s = answer(s, 'correct', NOW, later(86_400_000));
    s = run(s, { type: 'rebuild', cards: [{ key: 'a2', group: 'a' }, { key: 'y' }], now: later(1000) });
    expect([s.queue, s.groups]).toEqual([['y', 'a2'], { a1: 'a', a2: 'a' }]);
  });
});
