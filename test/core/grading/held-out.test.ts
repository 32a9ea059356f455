import { describe, expect, it } from 'vitest';
import { gradeLabelled } from '../../helpers/labelled.js';

// Hand-labelled answers written apart from the dev set (paraphrases, swaps,
// restated myths, lists) on the 12 required cards: the grader must agree on
// at least 90 % and never grade an incorrect answer correct.
const graded = await gradeLabelled(new URL('./fixtures/held-out-answers.jsonl', import.meta.url));

describe('held-out labelled answers on the bundled deck', () => {
  it('agreement is at least 90 %', () => {
    const agree = graded.filter((g) => g.verdict === g.label).length;
    expect(agree / graded.length).toBeGreaterThanOrEqual(0.9);
  });

  it('no incorrect answer is graded correct', () => {
    expect(graded.filter((g) => g.label === 'incorrect' && g.verdict === 'correct').map((g) => g.answer)).toEqual([]);
  });
});
