import { describe, expect, it } from 'vitest';
import { combine, FEATURE_NAMES, judgedCorrect, linear, MODEL } from '../../../../src/core/grading/reference/index.js';

describe('the shipped model', () => {
  it('has one weight per feature in each head', () => {
    expect(FEATURE_NAMES).toHaveLength(27);
    expect(MODEL.correct.weights).toHaveLength(FEATURE_NAMES.length);
    expect(MODEL.score.weights).toHaveLength(FEATURE_NAMES.length);
  });

  it('linear is intercept + weights·vector, ignoring missing and non-finite entries', () => {
    const head = { intercept: 0.5, weights: [2, -1, 3] };
    expect(linear(head, [1, 1, 1])).toBe(4.5);
    expect(linear(head, [1])).toBe(2.5);
    expect(linear(head, [Number.NaN, 1, Infinity])).toBe(-0.5);
  });

  it('combine is the sigmoid of the score head and stays in (0, 1)', () => {
    const model = { correct: { intercept: 0, weights: [] }, score: { intercept: 0, weights: [1] } };
    expect(combine([0], model)).toBe(0.5);
    expect(combine([1e6], model)).toBeLessThanOrEqual(1);
    expect(combine([-1e6], model)).toBeGreaterThanOrEqual(0);
    expect(combine([Math.log(3)], model)).toBeCloseTo(0.75, 12);
  });

  it('judgedCorrect is the sign of the verdict head', () => {
    const model = { correct: { intercept: -1, weights: [2] }, score: { intercept: 0, weights: [] } };
    expect(judgedCorrect([0.5], model)).toBe(true);
    expect(judgedCorrect([0.49], model)).toBe(false);
  });

  const named = (values: Partial<Record<(typeof FEATURE_NAMES)[number], number>>): number[] => FEATURE_NAMES.map((n) => values[n] ?? 0);
  const full = named({ recall: 1, precision: 1, f1: 1, novelRecall: 1, answerLength: 2, referenceLength: 2, relRecall: 1, relPrecision: 1, relNovel: 1, bestStatement: 1, matched: 2, rootRecall: 1, rootPrecision: 1 });
  const weak = named({ recall: 0.1, precision: 0.1, f1: 0.1, answerLength: 2, referenceLength: 2, unrelated: 0.8, relRecall: 0.1, relPrecision: 0.2, matched: 0.69, rootRecall: 0.32, rootPrecision: 0.45 });

  it('the shipped heads call a full match correct and a weak one not', () => {
    expect(judgedCorrect(full)).toBe(true);
    expect(judgedCorrect(weak)).toBe(false);
    expect(combine(full)).toBeGreaterThan(0.75);
    expect(combine(weak)).toBeLessThan(combine(full));
  });
});
