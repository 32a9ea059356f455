import { describe, expect, it } from 'vitest';
import type { Card } from '../../../src/core/deck/schema.js';
import { gradeCard, gradeReference } from '../../../src/core/grading/index.js';
import { memory } from './fixtures.js';

// Whole grade results, every field, as the learner's feedback shows them.
const choice: Card = { id: 'c', kind: 'choice', prompt: 'Who schedules?', answer: 'ECS', choices: ['Fargate', 'ECS', 'ECR'], correct: 'ECS' };
const cloze: Card = { id: 'z', kind: 'cloze', prompt: 'Fill in', answer: 'ECS schedules, Fargate runs', cloze: '{{ECS|Amazon ECS}} schedules, {{Fargate}} runs' };
const reference: Card = { id: 'r', kind: 'text', prompt: 'What does the task execution role do?', answer: 'It lets the ECS agent pull the container image from ECR and send logs to CloudWatch.' };
const rubric = {
  id: 't',
  kind: 'text',
  prompt: 'Execution role vs task role?',
  answer: 'The execution role pulls the image and writes logs; the task role is for your code.',
  rubric: {
    criteria: [
      { id: 'exec', all: ['execution role', 'pull'] },
      { id: 'task', any: ['task role'] },
      { id: 'not-same', polarity: 'deny', any: ['same role'] },
    ],
    contradictions: [
      { id: 'same', any: ['they are the same'] },
      { id: 'exec-code', together: [['execution role'], ['your code']], message: 'The task role is for your code.' },
    ],
  },
} as Card;
const third = 1 / 3;
const unmet = {
  exec: { id: 'exec', met: false, weight: third, hint: 'Mention each of: "execution role", "pull".' },
  task: { id: 'task', met: false, weight: third, hint: 'Missing: "task role".' },
  notSame: { id: 'not-same', met: false, weight: third, hint: 'Say what it is not: "same role" does not hold.' },
};

describe('whole grade results', () => {
  it('choice: the letter given is the evidence; a wrong pick says what to do', () => {
    expect(gradeCard(choice, 'b')).toEqual({ score: 1, verdict: 'correct', criteria: [{ id: 'choice', met: true, weight: 1, evidence: 'b' }], contradictions: [], notes: [] });
    expect(gradeCard(choice, ' b ').criteria).toEqual([{ id: 'choice', met: true, weight: 1, evidence: 'b' }]);
    expect(gradeCard(choice, ' Fargate ')).toEqual({
      score: 0, verdict: 'incorrect', criteria: [{ id: 'choice', met: false, weight: 1, hint: 'Pick the option that matches the model answer.' }], contradictions: [], notes: [],
    });
  });

  it('number: the hint names the unit', () => {
    for (const answer of ['1024 MiB', '']) {
      expect(gradeCard(memory, answer)).toEqual({
        score: 0, verdict: 'incorrect', criteria: [{ id: 'number', met: false, weight: 1, hint: 'Give the number (in MiB or a convertible unit).' }], contradictions: [], notes: [],
      });
    }
  });

  it('cloze: one criterion per blank, each with its share', () => {
    expect(gradeCard(cloze, 'ECS\nEKS')).toEqual({
      score: 0.5, verdict: 'partial',
      criteria: [{ id: 'blank-1', met: true, weight: 0.5, evidence: 'ECS' }, { id: 'blank-2', met: false, weight: 0.5, hint: 'Blank 2 is missing or wrong.' }],
      contradictions: [], notes: [],
    });
  });

  it('reference only: the key terms met are the evidence; the ones missed are the hint', () => {
    expect(gradeCard(reference, 'The agent pulls the image from ECR and sends logs to CloudWatch.')).toEqual({
      score: expect.any(Number), verdict: 'correct', criteria: [{ id: 'key-terms', met: true, weight: 1, evidence: 'agent, pull, image, ecr, send, logs, cloudwatch' }], contradictions: [], notes: [],
    });
    expect(gradeCard(reference, 'It stores data.')).toEqual({
      score: expect.any(Number), verdict: 'incorrect',
      criteria: [{ id: 'key-terms', met: false, weight: 1, hint: 'The model answer also talks about: lets, ecs, agent, pull, container, image.' }],
      contradictions: [], notes: ['the answer shares no key word with the model answer or the question'],
    });
  });

  it('reference only: a partial answer shows what it met and what it lacks; a list is capped below correct', () => {
    const Q = reference.prompt;
    expect(gradeReference(reference.answer, 'It pulls.', Q)).toEqual({
      score: 0.74, verdict: 'partial',
      criteria: [{ id: 'key-terms', met: false, weight: 1, evidence: 'pull', hint: 'The model answer also talks about: lets, ecs, agent, container, image, ecr.' }],
      contradictions: [], notes: [],
    });
    expect(gradeReference(reference.answer, 'ECR, CloudWatch, logs, agent', Q)).toEqual({
      score: 0.74, verdict: 'partial',
      criteria: [{ id: 'key-terms', met: false, weight: 1, evidence: 'agent, ecr, logs, cloudwatch', hint: 'The model answer also talks about: lets, ecs, pull, container, image, send.' }],
      contradictions: [], notes: ['a list of terms is not an answer: say how they relate in a sentence'],
    });
    // A model answer that is itself a list accepts a list.
    expect(gradeReference('Data members and member functions.', 'data members, member functions, classes', 'What does a class hold?')).toMatchObject({ verdict: 'correct', notes: [] });
    // A model answer without content words leaves nothing to name.
    expect(gradeReference('the the', 'anything', 'q')).toEqual({
      score: 0, verdict: 'incorrect', criteria: [{ id: 'key-terms', met: false, weight: 1, hint: 'Say more about the key point.' }], contradictions: [],
      notes: ['the answer shares no key word with the model answer or the question'],
    });
  });

  it('rubric: generated hints for each matcher shape, the evidence sentence, met weights', () => {
    expect(gradeCard(rubric, 'The execution role pulls images.')).toEqual({
      score: third, verdict: 'incorrect',
      criteria: [{ id: 'exec', met: true, weight: third, evidence: 'The execution role pulls images.' }, unmet.task, unmet.notSame],
      contradictions: [], notes: [],
    });
  });

  it('rubric: a contradiction without a message gets the default one; with one, its own', () => {
    expect(gradeCard(rubric, 'They are the same.')).toEqual({
      score: 0, verdict: 'incorrect', criteria: [unmet.exec, unmet.task, unmet.notSame],
      contradictions: [{ id: 'same', evidence: 'They are the same.', message: 'This statement is wrong.' }], notes: [],
    });
    expect(gradeCard(rubric, 'The execution role is what your code uses.').contradictions).toEqual([
      { id: 'exec-code', evidence: 'The execution role is what your code uses.', message: 'The task role is for your code.' },
    ]);
  });

  it('rubric: an answer about something else is noted as off topic', () => {
    expect(gradeCard(rubric, 'bananas')).toEqual({
      score: 0, verdict: 'incorrect', criteria: [unmet.exec, unmet.task, unmet.notSame], contradictions: [], notes: ['off topic: the answer shares no key terms with the question'],
    });
  });
});
