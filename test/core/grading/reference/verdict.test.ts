import { describe, expect, it } from 'vitest';
import { gradeReference } from '../../../../src/core/grading/index.js';

// Small labelled cases written for this test (not benchmark data): the
// calibrated verdict of reference-only grading, correct vs not correct.
const cases: { q: string; ref: string; correct: string[]; notCorrect: string[] }[] = [
  {
    q: 'How did you get the salt back out of the salt water?',
    ref: 'The water evaporated and the salt was left behind.',
    correct: ['I let the water evaporate so only the salt stayed.', 'Evaporation of the water left the salt.'],
    notCorrect: ['I poured it through a filter.', 'I shook the jar.', 'salt water'],
  },
  {
    q: 'Why does a heavier pendulum bob not change the period?',
    ref: 'The period depends only on the length of the string, not on the mass of the bob.',
    correct: ['Only the length of the string changes the period; the mass does not matter.'],
    notCorrect: ['Because it is heavier.', 'The bob swings.'],
  },
  {
    q: 'What do the two ECS roles do?',
    ref: 'The execution role lets the ECS agent pull the image and write logs; the task role gives your application code its AWS permissions.',
    correct: ['The agent uses the execution role to pull the image and write logs, and your code gets its AWS permissions from the task role.'],
    notCorrect: ['The task role pulls the image and writes logs.', 'They are the same role.', 'execution role, task role, image, logs'],
  },
];

describe('calibrated reference-only verdict', () => {
  for (const c of cases) {
    for (const answer of c.correct) it(`correct: ${answer}`, () => expect(gradeReference(c.ref, answer, c.q).verdict).toBe('correct'));
    for (const answer of c.notCorrect) it(`not correct: ${answer}`, () => expect(gradeReference(c.ref, answer, c.q).verdict).not.toBe('correct'));
  }

  it('a correct verdict always carries a score at or above the correct cut-off, and the rest below it', () => {
    for (const c of cases) {
      for (const answer of [...c.correct, ...c.notCorrect]) {
        const r = gradeReference(c.ref, answer, c.q);
        expect(r.verdict === 'correct', answer).toBe(r.score >= 0.75);
      }
    }
  });
});
