import { describe, expect, it } from 'vitest';
import { negationFeatures, MAX_SCOPED_WORDS, type ScopedStem } from '../../../../src/core/grading/reference/negation.js';
import { FEATURE_NAMES, referenceFeatures } from '../../../../src/core/grading/reference/index.js';
import type { KeyTerm } from '../../../../src/core/grading/reference/prepare.js';

const term = (stem: string, weight: number): KeyTerm => ({ stem, surface: stem, weight, novel: true, groups: [] });
const TERMS = [term('evapor', 1), term('salt', 3)];
// 'evapor' and 'vapor' meet the first key term, 'salt' the second; other stems none.
const ROWS: Record<string, boolean[]> = { evapor: [true, false], vapor: [true, false], salt: [false, true] };
const meets = (stem: string): readonly boolean[] | undefined => ROWS[stem];
const w = (stem: string, negated = false): ScopedStem => ({ stem, negated });

describe('negation features: the polarity of the met key terms', () => {
  it('weighs a key term the answer only denies against the met terms, and counts negated words', () => {
    // evapor (weight 1) denied, salt (weight 3) affirmed, one more negated word meets nothing.
    expect(negationFeatures(TERMS, new Set(), [w('evapor', true), w('salt'), w('dish', true)], meets)).toEqual([0.25, 0.25, 2 / 3]);
  });

  it('a term the answer also affirms somewhere, or meets through a relative, is not denied', () => {
    expect(negationFeatures(TERMS, new Set(), [w('evapor', true), w('vapor'), w('salt')], meets)).toEqual([0, 0, 1 / 3]);
  });

  it('denying what the reference denies is no mismatch; affirming it is', () => {
    expect(negationFeatures(TERMS, new Set(['salt']), [w('salt', true)], meets)).toEqual([0, 1, 1]);
    expect(negationFeatures(TERMS, new Set(['salt']), [w('salt')], meets)).toEqual([1, 0, 0]);
  });

  it('no met key term or no words: zero shares', () => {
    expect(negationFeatures(TERMS, new Set(), [w('dish', true), w('sun')], meets)).toEqual([0, 0, 0.5]);
    expect(negationFeatures(TERMS, new Set(), [], meets)).toEqual([0, 0, 0]);
  });

  it(`reads the first ${MAX_SCOPED_WORDS} words only`, () => {
    const words = [...Array.from({ length: MAX_SCOPED_WORDS }, () => w('sun')), w('salt', true)];
    expect(negationFeatures(TERMS, new Set(), words, meets)).toEqual([0, 0, 0]);
  });

  it('reads the negation scope of the answer clause that holds the term', () => {
    const at = (name: string): number => FEATURE_NAMES.indexOf(name as (typeof FEATURE_NAMES)[number]);
    const ref = 'The water evaporated, leaving the salt.';
    const q = 'How did you separate the salt from the water?';
    const denied = referenceFeatures(ref, 'The water did not evaporate.', q).vector;
    const affirmed = referenceFeatures(ref, 'The water evaporated, leaving the salt.', q).vector;
    expect(denied[at('negationMismatch')]).toBeCloseTo(0.8, 9);
    expect(denied[at('negatedTerms')]).toBeCloseTo(0.8, 9);
    expect(denied[at('negatedShare')]).toBeCloseTo(0.5, 9);
    expect([affirmed[at('negationMismatch')], affirmed[at('negatedTerms')], affirmed[at('negatedShare')]]).toEqual([0, 0, 0]);
  });
});
