import { describe, expect, it } from 'vitest';
import { fastThresholdMs, ratingFromKey, verdictToRating } from '../../../src/core/scheduling/rating.js';

describe('verdictToRating', () => {
  it.each([
    ['incorrect', 100, 10_000, 'again'],
    ['partial', 100, 10_000, 'hard'],
    ['correct', 20_000, 10_000, 'good'],
    ['correct', 10_000, 10_000, 'good'],
    ['correct', 9_999, 10_000, 'easy'],
    ['correct', 1, undefined, 'good'],
  ] as const)('%s in %i ms (fast below %s) → %s', (verdict, elapsedMs, fastMs, rating) => {
    expect(verdictToRating(verdict, { elapsedMs, fastMs })).toBe(rating);
  });
});

describe('fastThresholdMs', () => {
  it('is a third of the median once a card in review has 3 answer times', () => {
    expect(fastThresholdMs([9_000, 30_000, 12_000], 'review')).toBe(4_000);
    expect(fastThresholdMs([9_000, 30_000, 12_000, 15_000], 'relearning')).toBe(4_500);
  });
  it('never on a card\'s first answers: new, in learning, or with fewer than 3 times', () => {
    expect(fastThresholdMs([], undefined)).toBeUndefined();
    expect(fastThresholdMs([], 'new')).toBeUndefined();
    expect(fastThresholdMs([1_000, 2_000, 3_000], 'learning')).toBeUndefined();
    expect(fastThresholdMs([1_000], 'review')).toBeUndefined();
    expect(fastThresholdMs([1_000, 2_000], 'review')).toBeUndefined();
  });
});

describe('ratingFromKey', () => {
  it.each([['1', 'again'], ['2', 'hard'], [' 3 ', 'good'], ['4', 'easy'], ['0', undefined], ['5', undefined], ['good', undefined], ['', undefined]])(
    '%j → %s',
    (key, rating) => expect(ratingFromKey(key)).toBe(rating),
  );
});
