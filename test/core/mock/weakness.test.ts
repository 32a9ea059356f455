import { describe, expect, it } from 'vitest';
import { cardWeakness, recallProbability } from '../../../src/core/mock/index.js';
import type { CardState } from '../../../src/core/scheduling/card-state.js';

const NOW = new Date('2026-03-10T09:00:00Z');
const reviewed = (stability: number, daysAgo: number): CardState => ({
  phase: 'review',
  due: NOW,
  stability,
  difficulty: 5,
  scheduledDays: stability,
  learningSteps: 0,
  reps: 3,
  lapses: 0,
  lastReview: new Date(NOW.getTime() - daysAgo * 86_400_000),
});

describe('card weakness for --mix weak', () => {
  it('recall probability is 0.9 at the stability interval, 1 just after review, and falls with time', () => {
    expect(recallProbability(reviewed(10, 10), NOW)).toBeCloseTo(0.9, 3);
    expect(recallProbability(reviewed(10, 0), NOW)).toBe(1);
    expect(recallProbability(reviewed(10, 40), NOW)!).toBeLessThan(recallProbability(reviewed(10, 20), NOW)!);
    expect(recallProbability(undefined, NOW)).toBeUndefined();
    expect(recallProbability({ ...reviewed(10, 1), phase: 'new' }, NOW)).toBeUndefined();
  });

  it('takes the worse of forgetting and low past mock scores; 0.5 when nothing is known', () => {
    expect(cardWeakness(undefined, NOW)).toBe(0.5);
    expect(cardWeakness(reviewed(10, 10), NOW)).toBeCloseTo(0.1, 3);
    // Past scores: the last three count.
    expect(cardWeakness(reviewed(10, 10), NOW, [0, 1, 0.5, 0.2])).toBeCloseTo(1 - (1 + 0.5 + 0.2) / 3, 6);
    expect(cardWeakness(undefined, NOW, [1])).toBe(0);
  });
});
