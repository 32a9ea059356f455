import { describe, expect, it } from 'vitest';
import { dueClass, isDueNow } from '../../../src/core/scheduling/due.js';
import { newCardState, type CardState } from '../../../src/core/scheduling/card-state.js';

// Local times, so the 4 am day start is where the labels say in any time zone.
const at = (d: number, h: number, m = 0, s = 0): Date => new Date(2026, 2, d, h, m, s);
const NOW = at(10, 9, 0);
const settings = { dayStartHour: 4, learnAheadMs: 20 * 60_000 };
const card = (phase: CardState['phase'], due: Date): CardState => ({ ...newCardState(NOW), phase, due, reps: 1 });

describe('dueClass: the one definition of due now', () => {
  it.each([
    ['never reviewed', undefined, 'new'],
    ['new phase', card('new', at(1, 0)), 'new'],
    ['review overdue by days', card('review', at(1, 9)), 'review'],
    ['review due later today', card('review', at(10, 23, 59)), 'review'],
    ['review due at 3:59 tomorrow (still today\'s learner day)', card('review', at(11, 3, 59)), 'review'],
    ['review due at tomorrow\'s day start', card('review', at(11, 4)), 'later'],
    ['learning step due a second ago', card('learning', at(10, 8, 59, 59)), 'learning'],
    ['learning step due now', card('learning', NOW), 'learning'],
    ['relearning step in 20 minutes (learn-ahead)', card('relearning', at(10, 9, 20)), 'ahead'],
    ['learning step in 20 minutes and 1 second', card('learning', at(10, 9, 20, 1)), 'later'],
    ['learning step later today', card('learning', at(10, 15)), 'later'],
  ] as const)('%s → %s', (_label, state, expected) => {
    expect(dueClass(state, NOW, settings)).toBe(expected);
    expect(isDueNow(state, NOW, settings)).toBe(expected === 'review' || expected === 'learning' || expected === 'ahead');
  });

  it('before the day start, "today" is the day before: it ends at 4 am', () => {
    const night = at(11, 2);
    expect(dueClass(card('review', at(11, 3, 59)), night, settings)).toBe('review');
    expect(dueClass(card('review', at(11, 4)), night, settings)).toBe('later');
    expect(dueClass(card('review', at(11, 4)), at(11, 4), settings)).toBe('review');
  });

  it('follows the day start hour and the learn-ahead window set', () => {
    expect(dueClass(card('review', at(11, 5)), NOW, { dayStartHour: 6, learnAheadMs: 0 })).toBe('review');
    expect(dueClass(card('learning', at(10, 9, 1)), NOW, { dayStartHour: 4, learnAheadMs: 0 })).toBe('later');
  });
});
