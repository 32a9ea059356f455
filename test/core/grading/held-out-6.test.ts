import { describe, expect, it } from 'vitest';
import { gradeLabelled } from '../../helpers/labelled.js';

// Held-out set 6 for issue 9: written by a separate author from each card's prompt and model
// answer and the fact sheet only (no rubric, no grader), labelled before any grading, then graded
// once. First pass: 116 of 146 (79.5 %), one false pass: the mechanisms its misses pointed to were built after that run, so the
// figures here are no longer unseen. Bars as for expert answers: ≥ 85 %, at most one false pass.
const graded = await gradeLabelled(new URL('./fixtures/held-out-6.jsonl', import.meta.url));

describe('held-out set 6 on the bundled deck', () => {
  it('agreement is at least 85 %', () => {
    const agree = graded.filter((g) => g.verdict === g.label).length;
    expect(agree / graded.length).toBeGreaterThanOrEqual(0.85);
  });

  it('at most one incorrect answer is graded correct', () => {
    expect(graded.filter((g) => g.label === 'incorrect' && g.verdict === 'correct').length).toBeLessThanOrEqual(1);
  });
});
