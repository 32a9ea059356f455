import { describe, expect, it } from 'vitest';
import { FEATURE_NAMES, measure } from '../../../../src/core/grading/reference/features.js';
import { prepareReference } from '../../../../src/core/grading/reference/prepare.js';
import { words } from '../../../../src/core/grading/reference/normalize.js';
import { related } from '../../../../src/core/grading/reference/related.js';
import { stem } from '../../../../src/core/grading/reference/terms.js';

const Q = 'How did you separate the salt from the water?';
const REF = 'The water evaporated, leaving the salt behind. Heat makes water evaporate faster.';

function features(answer: string, ref = REF, q = Q): Record<(typeof FEATURE_NAMES)[number], number> {
  const f = measure(prepareReference(ref, q), words(answer));
  return Object.fromEntries(FEATURE_NAMES.map((n, i) => [n, f.vector[i]!])) as Record<(typeof FEATURE_NAMES)[number], number>;
}

describe('related (WordNet groups)', () => {
  const cases: [string, string, boolean][] = [
    ['warm', 'heat', true],
    ['evaporate', 'vapor', true],
    ['car', 'automobile', true],
    ['melt', 'dissolve', true],
    ['heavy', 'weight', true],
    ['salt', 'water', false],
    ['evaporated', 'evaporation', false], // one stem: equal, not related
    ['zzzz', 'heat', false],
  ];
  for (const [a, b, expected] of cases) it(`${a} ~ ${b}: ${expected}`, () => expect(related(stem(a), stem(b))).toBe(expected));
});

describe('measure: labelled feature values', () => {
  it('the reference itself: full recall, precision and coverage, nothing unrelated', () => {
    const f = features(REF);
    expect(f).toMatchObject({ recall: 1, precision: 1, f1: 1, novelRecall: 1, relRecall: 1, relPrecision: 1, relNovel: 1, bestStatement: 1, unrelated: 0, questionEcho: 0 });
  });

  it('statement coverage: the best, the worst and the mean statement', () => {
    // REF's statements (question words out): [evapor, leav, behind] and [heat, make, evapor, faster].
    const f = features('The water evaporated and kept the salt behind.');
    expect(f.bestStatement).toBeCloseTo(2 / 3, 10);
    expect(f.worstStatement).toBeCloseTo(1 / 4, 10);
    expect(f.meanStatement).toBeCloseTo((2 / 3 + 1 / 4) / 2, 10);
    // "left" is the past of "leave" (base-form.ts): the first statement is met in full.
    const left = features('The water evaporated and left the salt behind.');
    expect(left.bestStatement).toBe(1);
    expect(left.meanStatement).toBeCloseTo((1 + 1 / 4) / 2, 10);
    expect(features(REF)).toMatchObject({ worstStatement: 1, meanStatement: 1, gramRecall3: 1, gramPrecision3: 1 });
  });

  it('a WordNet relative counts in the rel* features only', () => {
    const exact = features('It evaporated.');
    const relative = features('It turned to vapor.');
    expect(relative.recall).toBeLessThan(exact.recall);
    expect(relative.relRecall).toBe(exact.relRecall);
    expect(relative.relNovel).toBeGreaterThan(relative.novelRecall);
  });

  it('one of two statements made in full: bestStatement 1, recall below 1', () => {
    const f = features('The water evaporated, leaving salt behind.');
    expect(f.bestStatement).toBe(1);
    expect(f.recall).toBeLessThan(1);
  });

  it('words that only repeat the question are echo, not precision', () => {
    const f = features('You separate the salt from the water.');
    expect(f.questionEcho).toBeCloseTo(1 / 3, 12); // "separate" of separate, salt, water
    expect(f.novelRecall).toBe(0);
  });

  it('words unrelated to the reference raise "unrelated"', () => {
    expect(features('A magnet pulled the salt out.').unrelated).toBeGreaterThan(features('The salt stayed behind.').unrelated);
  });

  it('an off-topic answer is flagged; a question echo is not', () => {
    expect(measure(prepareReference(REF, Q), words('Bananas grow in tropical climates.')).offTopic).toBe(true);
    expect(measure(prepareReference(REF, Q), words('I separated them.')).offTopic).toBe(false);
  });

  it('every feature is finite for odd input', () => {
    for (const answer of ['', '!!!', 'the the the', '1 2 3', 'x'.repeat(500)]) {
      for (const v of measure(prepareReference(REF, Q), words(answer)).vector) expect(Number.isFinite(v), answer).toBe(true);
    }
  });
});
