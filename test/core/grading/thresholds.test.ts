import { describe, expect, it } from 'vitest';
import { below, clamp01, DEFAULT_THRESHOLDS, verdictFor } from '../../../src/core/grading/thresholds.js';
import { uninflect } from '../../../src/core/grading/same-word.js';

describe('verdictFor', () => {
  it.each([
    [1, 'correct'],
    [0.75, 'correct'],
    [0.7499, 'partial'],
    [0.4, 'partial'],
    [0.3999, 'incorrect'],
    [0, 'incorrect'],
  ] as const)('default thresholds: %d → %s', (score, verdict) => {
    expect(verdictFor(score)).toBe(verdict);
  });

  it('a card’s own thresholds, boundaries included', () => {
    const t = { correct: 0.6, partial: 0.3 };
    expect([0.6, 0.59, 0.3, 0.29].map((s) => verdictFor(s, t))).toEqual(['correct', 'partial', 'partial', 'incorrect']);
    expect(DEFAULT_THRESHOLDS).toEqual({ correct: 0.75, partial: 0.4 });
  });
});

describe('clamp01 and below', () => {
  it.each([
    [-0.5, 0],
    [0, 0],
    [0.25, 0.25],
    [1, 1],
    [1.5, 1],
    [Number.NaN, 0],
    [Number.POSITIVE_INFINITY, 0],
    [Number.NEGATIVE_INFINITY, 0],
  ])('clamp01(%d) = %d', (x, y) => expect(clamp01(x)).toBe(y));

  it('below() lands just under a limit, never under 0', () => {
    expect(below(0.75)).toBeCloseTo(0.74, 12);
    expect(verdictFor(below(0.75))).toBe('partial');
    expect(below(0.005)).toBe(0);
    expect(below(0)).toBe(0);
  });
});

describe('uninflect', () => {
  it.each([
    ['identities', 'identit'],
    ['policies', 'polic'],
    ['boxes', 'box'],
    ['watches', 'watch'],
    ['pushes', 'push'],
    ['buses', 'bus'],
    ['tasks', 'task'],
    ['class', 'class'],
    ['status', 'status'],
    ['scheduling', 'schedul'],
    ['configured', 'configur'],
    ['schedule', 'schedul'],
    ['ring', 'ring'],
    ['red', 'red'],
    ['its', 'its'],
    ['apply', 'appl'],
    ['are', 'are'],
  ])('%s → %s', (word, stemmed) => expect(uninflect(word)).toBe(stemmed));
});
