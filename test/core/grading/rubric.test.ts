import { describe, expect, it } from 'vitest';
import type { Card } from '../../../src/core/deck/schema.js';
import { gradeCard } from '../../../src/core/grading/index.js';
import { below, DEFAULT_THRESHOLDS } from '../../../src/core/grading/thresholds.js';
import { concurrency, deck, orchestrator, roles } from './fixtures.js';

const RIGHT = 'Two different roles: the execution role pulls the image from ECR; the task role gives your code its AWS permissions, like S3.';

describe('rubric grading (fixture deck)', () => {
  it('a complete answer is correct, with evidence per criterion', () => {
    const r = gradeCard(roles, RIGHT, deck);
    expect(r.verdict).toBe('correct');
    expect(r.score).toBe(1);
    expect(r.criteria.map((c) => [c.id, c.met, c.evidence])).toEqual([
      ['two-roles', true, 'Two different roles: the execution role pulls the image from ECR;'],
      ['execution-pulls', true, 'Two different roles: the execution role pulls the image from ECR;'],
      ['task-permissions', true, 'the task role gives your code its AWS permissions, like S3.'],
    ]);
    expect(r.contradictions).toEqual([]);
  });

  it('weights are normalised to sum 1', () => {
    const r = gradeCard(roles, RIGHT, deck);
    expect(r.criteria.map((c) => c.weight)).toEqual([0.2, 0.4, 0.4]);
  });

  it('a missed criterion gets the generated hint naming what was missing', () => {
    const r = gradeCard(roles, 'The execution role pulls the image. The task role gives your code AWS permissions.', deck);
    expect(r.criteria[0]).toEqual({ id: 'two-roles', met: false, weight: 0.2, hint: 'Missing: "two roles".' });
    expect(r.score).toBeCloseTo(0.8);
    expect(r.verdict).toBe('correct');
  });

  it("a card's own hint wins over the generated one", () => {
    const card: Card = { ...roles, rubric: { criteria: [{ id: 'a', any: ['xyzzy'], hint: 'Say the magic word.' }] } };
    expect(gradeCard(card, 'the task role').criteria[0]!.hint).toBe('Say the magic word.');
  });

  it('a required point unmet keeps the verdict below correct', () => {
    const card: Card = { ...roles, rubric: { criteria: [{ id: 'a', weight: 9, any: ['role'] }, { id: 'b', required: true, any: ['xyzzy'] }] } };
    const r = gradeCard(card, 'a role');
    expect(r.score).toBeCloseTo(0.74);
    expect(r.verdict).toBe('partial');
    expect(r.notes).toEqual(['a required point is missing: b']);
  });

  it('deck synonyms ($app) count', () => {
    const r = gradeCard(roles, 'Different roles: the execution role pulls from ECR, the task role is for the application.', deck);
    expect(r.criteria.find((c) => c.id === 'task-permissions')!.met).toBe(true);
  });

  it('a contradiction caps the score at 0.2 and is reported with its evidence', () => {
    const r = gradeCard(roles, 'Two roles. The execution role pulls the image. The task role gives S3 access. The task role also pulls from ECR.', deck);
    expect(r.score).toBe(0.2);
    expect(r.verdict).toBe('incorrect');
    expect(r.contradictions).toEqual([{ id: 'task-pulls', evidence: 'The task role also pulls from ECR.', message: 'The execution role pulls the image.' }]);
  });

  it('a contradiction with a penalty subtracts instead', () => {
    const card: Card = { ...roles, rubric: { criteria: [{ id: 'a', any: ['role'] }], contradictions: [{ id: 'b', penalty: 0.3, any: ['pizza'] }] } };
    expect(gradeCard(card, 'a role and pizza').score).toBeCloseTo(0.7);
  });

  it('a contradiction with its own cap', () => {
    const card: Card = { ...roles, rubric: { criteria: [{ id: 'a', any: ['role'] }], contradictions: [{ id: 'b', cap: 0.5, any: ['pizza'] }] } };
    expect(gradeCard(card, 'a role and pizza')).toMatchObject({ score: 0.5, verdict: 'partial' });
  });

  it('a negated mention does not trigger a contradiction', () => {
    const r = gradeCard(roles, 'They are not the same thing: the execution role pulls the image, the task role gives the app S3 access.', deck);
    expect(r.contradictions).toEqual([]);
    expect(r.verdict).toBe('correct');
  });

  it("the card's thresholds decide the verdict", () => {
    const strict: Card = { ...roles, thresholds: { correct: 0.95, partial: 0.5 } };
    const r = gradeCard(strict, 'The execution role pulls the image. The task role gives your code AWS permissions.', deck);
    expect(r.verdict).toBe('partial');
  });

  it('number criteria: 80 per instance', () => {
    expect(gradeCard(concurrency, '80 requests per instance')).toMatchObject({ score: 1, verdict: 'correct' });
    expect(gradeCard(concurrency, '100 requests per instance').verdict).toBe('partial');
  });
});

describe('structural traps (fixture deck)', () => {
  it('negation: "Fargate is not an orchestrator" is right, "Fargate is an orchestrator" is not', () => {
    expect(gradeCard(orchestrator, 'Fargate is not an orchestrator, it is serverless capacity.', deck).verdict).toBe('correct');
    const wrong = gradeCard(orchestrator, 'Fargate is an orchestrator, it is serverless capacity.', deck);
    expect(wrong.verdict).toBe('incorrect');
    expect(wrong.contradictions.map((c) => c.id)).toEqual(['is-orchestrator']);
  });

  it('who-does-what swap is incorrect', () => {
    const r = gradeCard(roles, 'Two different roles: the execution role gives your code S3 access; the task role pulls the image from ECR.', deck);
    expect(r.verdict).toBe('incorrect');
    expect(r.contradictions.map((c) => c.id).sort()).toEqual(['execution-calls-s3', 'task-pulls']);
  });

  it('keyword soup is never correct', () => {
    const r = gradeCard(roles, 'execution role, task role, ECR, image, S3, AWS permissions, different roles', deck);
    expect(r.verdict).toBe('incorrect');
    expect(r.notes).toContain('a list of terms is not an answer: say how they relate in a sentence');
  });

  it('keyword soup is incorrect even when the card lets 0.2 be partial', () => {
    const lenient: Card = { ...roles, thresholds: { correct: 0.5, partial: 0.1 } };
    expect(gradeCard(lenient, 'execution role, task role, ECR, image, S3, AWS permissions, different roles', deck).verdict).toBe('incorrect');
  });

  it('"X: does Y" statements keep who-does-what, and the swap is still caught', () => {
    expect(gradeCard(roles, 'Execution role: pulls the image from ECR. Task role: used by your code for S3.', deck).verdict).toBe('correct');
    const swapped = gradeCard(roles, 'Task role: pulls the image from ECR. Execution role: used by your code for S3.', deck);
    expect(swapped.verdict).toBe('incorrect');
    expect(swapped.contradictions.map((c) => c.id).sort()).toEqual(['execution-calls-s3', 'task-pulls']);
  });

  it('"A does X and the B does Y" is two statements, not a swap', () => {
    const r = gradeCard(roles, 'Two roles. The execution role pulls the image from ECR and the task role gives your code S3 access.', deck);
    expect(r.contradictions).toEqual([]);
    expect(r.verdict).toBe('correct');
  });

  it('"Yes" to a question whose model answer is "No." is reversed', () => {
    const r = gradeCard(orchestrator, 'Yes, though strictly it is serverless capacity.', deck);
    expect(r.verdict).toBe('incorrect');
    expect(r.contradictions.map((c) => c.id)).toEqual(['answers-yes']);
    expect(gradeCard(concurrency, 'Yes: 80 requests per instance.').contradictions).toEqual([]);
  });

  it('"Yes" where the model answer says "Not quite" is half the story: partial at best', () => {
    const notQuite: Card = { ...concurrency, answer: 'Not quite: 80 requests per instance is the console default.' };
    const r = gradeCard(notQuite, 'Yes: 80 requests per instance.');
    expect(r).toMatchObject({ verdict: 'partial', score: below(DEFAULT_THRESHOLDS.correct) });
    expect(r.contradictions.map((c) => c.id)).toEqual(['answers-yes']);
    expect(gradeCard(notQuite, 'Not quite: 80 requests per instance.')).toMatchObject({ verdict: 'correct', contradictions: [] });
  });

  it('empty and blank answers are incorrect', () => {
    for (const answer of ['', '   ', '\n\n', '...', '\u001b[31m\u001b[0m']) {
      expect(gradeCard(roles, answer, deck)).toMatchObject({ score: 0, verdict: 'incorrect', notes: ['empty answer'] });
    }
  });

  it('off-topic answers are incorrect', () => {
    const r = gradeCard(roles, 'I had pizza for lunch and it was lovely.', deck);
    expect(r).toMatchObject({ score: 0, verdict: 'incorrect' });
    expect(r.notes).toContain('off topic: the answer shares no key terms with the question');
  });

  it('an answer that meets a point is not off topic, even when it shares no word with the question', () => {
    // "eighty" meets the number criterion, yet its stem is in neither the prompt nor the model answer ("80").
    const r = gradeCard(concurrency, 'eighty', deck);
    expect(r.criteria.map((c) => [c.id, c.met])).toEqual([['eighty', true], ['per-instance', false]]);
    expect(r.score).toBe(0.5);
    expect(r.notes).toEqual([]);
  });

  it('restating the misconception is incorrect', () => {
    expect(gradeCard(roles, 'Yes, they are the same thing.', deck).verdict).toBe('incorrect');
  });
});

describe('invariants', () => {
  const answers = [RIGHT, 'The execution role pulls the image.', 'Same thing.', '', 'task role S3', 'Two roles: the task role calls S3.'];

  it('adding a required point never lowers the score', () => {
    for (const answer of answers) {
      const before = gradeCard(roles, answer, deck);
      const criteria = roles.rubric!.criteria.map((c) => (c.id === 'two-roles' ? { ...c, required: true } : c));
      const after = gradeCard({ ...roles, rubric: { ...roles.rubric!, criteria } }, answer, deck);
      // Marking a point required only caps when it is missing; it never lowers a score that had it.
      if (after.criteria[0]!.met) expect(after.score).toBe(before.score);
      expect(after.score).toBeLessThanOrEqual(before.score);
    }
  });

  it('meeting one more point (adding it to the answer) never lowers the score', () => {
    const base = 'The execution role pulls the image.';
    expect(gradeCard(roles, `${base} The task role gives the app S3 access.`, deck).score).toBeGreaterThan(gradeCard(roles, base, deck).score);
  });

  it('grading is deterministic and the compiled card is reused', () => {
    expect(gradeCard(roles, RIGHT, deck)).toEqual(gradeCard(roles, RIGHT, deck));
  });

  it('every model answer of the fixture deck grades correct against its own card', () => {
    for (const card of deck.cards) expect([card.id, gradeCard(card, card.answer, deck).verdict]).toEqual([card.id, 'correct']);
  });
});
