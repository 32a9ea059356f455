import { describe, expect, it } from 'vitest';
import type { Card } from '../../../src/core/deck/schema.js';
import { gradeCard } from '../../../src/core/grading/index.js';

// New card objects per call: compiled cards are cached per object (see compile-topic.test.ts).
const capacity = (): Card =>
  ({
    id: 'k',
    kind: 'text',
    prompt: 'What runs the containers?',
    answer: 'Serverless capacity runs them.',
    rubric: { criteria: [{ id: 'capacity', any: ['serverless capacity'] }] },
  }) as Card;
const capacityAndWhy = (): Card =>
  ({ ...capacity(), rubric: { criteria: [{ id: 'capacity', any: ['serverless capacity'] }, { id: 'why', any: ['no servers to manage'] }] } }) as Card;

const lower = (hint?: string) =>
  ({
    id: 'c',
    kind: 'text',
    prompt: 'A single-threaded app has concurrency 80. What do you change?',
    answer: 'Lower the concurrency to 1.',
    rubric: { criteria: [{ id: 'lower', ...(hint ? { hint } : {}), together: [['lower', 'reduce'], ['concurrency']] }] },
  }) as Card;

describe('off topic', () => {
  it('an answer that meets a criterion is on topic, even with every word misspelt', () => {
    expect(gradeCard(capacity(), 'Servrless capasity.')).toEqual({
      score: 1,
      verdict: 'correct',
      criteria: [{ id: 'capacity', met: true, weight: 1, evidence: 'Servrless capasity.' }],
      contradictions: [],
      notes: [],
    });
  });

  it('meeting one criterion of two is enough to be on topic', () => {
    const r = gradeCard(capacityAndWhy(), 'Servrless capasity.');
    expect(r.score).toBe(0.5);
    expect(r.notes).toEqual([]);
  });

  it('an answer sharing no word with the card and meeting nothing scores 0', () => {
    const r = gradeCard(capacity(), 'Pizza tastes good.');
    expect(r.score).toBe(0);
    expect(r.notes).toEqual(['off topic: the answer shares no key terms with the question']);
  });
});

describe('a move the wrong way round', () => {
  it('is a contradiction named after the criterion, with the generated hint', () => {
    expect(gradeCard(lower(), 'Raise the concurrency to 1000.').contradictions).toEqual([
      { id: 'lower-reversed', evidence: 'Raise the concurrency to 1000.', message: 'The wrong way round: Say "lower" and "concurrency" in the same sentence.' },
    ]);
  });

  it("says the criterion's own hint when it has one", () => {
    expect(gradeCard(lower('Lower it to 1.'), 'Raise the concurrency to 1000.').contradictions).toEqual([
      { id: 'lower-reversed', evidence: 'Raise the concurrency to 1000.', message: 'The wrong way round: Lower it to 1.' },
    ]);
  });

  it('the right move is no contradiction', () => {
    expect(gradeCard(lower(), 'Lower the concurrency to 1.').contradictions).toEqual([]);
  });
});
