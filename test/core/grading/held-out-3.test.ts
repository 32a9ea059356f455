import { describe, expect, it } from 'vitest';
import { gradeLabelled } from '../../helpers/labelled.js';

// A third hand-labelled set for issue 9 (claims, not words), labelled
// before grading: paraphrases, swapped entities and numbers, reversed
// advice, denials of the problem, restated myths. The first 34 lines were
// seen while the claim stages were built; the last 30 were written after
// and graded once. Bars as for expert answers: ≥ 85 %, at most one false pass.
const graded = await gradeLabelled(new URL('./fixtures/held-out-3.jsonl', import.meta.url));

describe('third held-out labelled set on the bundled deck', () => {
  it('agreement is at least 85 %', () => {
    const agree = graded.filter((g) => g.verdict === g.label).length;
    expect(agree / graded.length).toBeGreaterThanOrEqual(0.85);
  });

  it('at most one incorrect answer is graded correct', () => {
    expect(graded.filter((g) => g.label === 'incorrect' && g.verdict === 'correct').length).toBeLessThanOrEqual(1);
  });
});
