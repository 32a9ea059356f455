import { describe, expect, it } from 'vitest';
import { AUTO_BOARD_MS, AUTO_REVEAL_MS, autoStep } from '../../src/cli/team/host-auto.js';
import { TeamSession } from '../../src/core/team/session.js';
import { numericQuestions } from '../core/team/fixtures.js';

describe('team host --auto', () => {
  it('starts after the wait once someone is here, reveals when all have answered, moves on after the reveal and the board', () => {
    const s = new TeamSession({ questions: numericQuestions(1), limitMs: 60_000, lateJoin: false });
    expect(autoStep(s, 5_000, 60_000)).toBeUndefined(); // nobody here
    s.join('ana', undefined, { id: 'p1', token: 't1' }, 0);
    s.join('bo', undefined, { id: 'p2', token: 't2' }, 0);
    expect(autoStep(s, 5_000, 4_999)).toBeUndefined();
    autoStep(s, 5_000, 5_000)!(0);
    expect(s.phase).toBe('question');
    s.answer('p1', 0, '2', 100);
    expect(autoStep(s, 5_000, 100)).toBeUndefined();
    s.leave('p2'); // gone without answering: not waited for
    autoStep(s, 5_000, 200)!(200);
    expect(s.phase).toBe('reveal');
    expect(autoStep(s, 5_000, AUTO_REVEAL_MS - 1)).toBeUndefined();
    autoStep(s, 5_000, AUTO_REVEAL_MS)!(0);
    expect(s.phase).toBe('board');
    autoStep(s, 5_000, AUTO_BOARD_MS)!(0);
    expect(s.phase).toBe('end');
  });
});
