import { describe, expect, it } from 'vitest';
import { gradeLabelled } from '../../helpers/labelled.js';

// A second hand-labelled set, written and labelled (DESIGN.md label rules)
// before grading: 20 cards, terse / bullet / "X: does Y" / hedged / typo'd /
// swapped / myth-restating / keyword-list / off-topic answers. The grader must
// agree on at least 85 % and never grade an incorrect answer correct.
const graded = await gradeLabelled(new URL('./fixtures/held-out-2.jsonl', import.meta.url));

describe('second held-out labelled set on the bundled deck', () => {
  it('covers at least 20 cards', () => {
    expect(new Set(graded.map((r) => r.card)).size).toBeGreaterThanOrEqual(20);
  });

  it('agreement is at least 85 %', () => {
    const agree = graded.filter((g) => g.verdict === g.label).length;
    expect(agree / graded.length).toBeGreaterThanOrEqual(0.85);
  });

  it('no incorrect answer is graded correct', () => {
    expect(graded.filter((g) => g.label === 'incorrect' && g.verdict === 'correct').map((g) => g.answer)).toEqual([]);
  });
});
