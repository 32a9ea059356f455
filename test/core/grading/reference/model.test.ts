import { describe, expect, it } from 'vitest';
import { combine, MODEL, FEATURE_NAMES } from '../../../../src/core/grading/reference/index.js';

describe('combine (the shipped model)', () => {
  it('feature order is recall, precision, shortness', () => {
    expect(FEATURE_NAMES).toEqual(['recall', 'precision', 'shortness']);
  });
  it('full recall and precision at normal length → 1', () => {
    expect(combine([1, 1, 0])).toBe(1);
  });
  it('nothing matched → 0', () => {
    expect(combine([0, 0, 0])).toBe(0);
    expect(combine([0, 0, -2])).toBe(0);
  });
  it('shortness only lowers the score', () => {
    expect(combine([0.5, 0.5, -1])).toBeLessThan(combine([0.5, 0.5, 0]));
  });
  it('grows with recall and with precision', () => {
    expect(combine([0.6, 0.5, 0])).toBeGreaterThan(combine([0.5, 0.5, 0]));
    expect(combine([0.5, 0.6, 0])).toBeGreaterThan(combine([0.5, 0.5, 0]));
  });
  it('non-finite or out-of-range input stays in [0, 1]', () => {
    expect(combine([Number.NaN, 1, 0])).toBe(0);
    expect(combine([5, 5, 5])).toBe(1);
    expect(combine([-1, -1, -1])).toBe(0);
    expect(combine([])).toBe(0);
  });
  it('shipped constants are positive powers and non-negative weights', () => {
    expect(MODEL.recallPower).toBeGreaterThan(0);
    expect(MODEL.precisionPower).toBeGreaterThan(0);
    for (const w of MODEL.weights) expect(w).toBeGreaterThanOrEqual(0);
  });
});
