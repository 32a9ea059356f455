import { describe, expect, it } from 'vitest';
import type { Card } from '../../../src/core/deck/schema.js';
import { gradeCard } from '../../../src/core/grading/index.js';

// Three named entities, two of them bound to what they do: which name a clause
// says the words of decides the message (and whether there is a swap at all).
const card = {
  id: 'who3',
  kind: 'text',
  prompt: 'What do ECS, EKS and Fargate each do?',
  answer: 'ECS schedules the tasks; Fargate provides the serverless capacity they run on; EKS runs Kubernetes.',
  rubric: {
    criteria: [
      { id: 'ecs-schedules', together: [['ECS'], ['schedules', 'orchestrates']] },
      { id: 'fargate-capacity', together: [['Fargate'], ['capacity', 'serverless']] },
    ],
  },
} as Card;

const messages = (answer: string): string[] => gradeCard(card, answer).contradictions.map((c) => c.message);

describe('saidOf: who the words are said of', () => {
  it('a name that opens the clause, alone or after a determiner', () => {
    expect(messages('EKS schedules tasks.')).toEqual(['Swapped: "schedules" describes ECS, not eks.']);
    expect(messages('The EKS service schedules tasks.')).toEqual(['Swapped: "schedules" describes ECS, not eks.']);
  });

  it('a name inside the clause with no verb after it is an object, not the subject', () => {
    expect(messages('Give ECS serverless capacity.')).toEqual([]);
    expect(messages('The new ECS capacity.')).toEqual([]);
  });

  it('a name under a comparison says the words are of no named subject', () => {
    expect(messages('Like Fargate does it schedules the tasks.')).toEqual([]);
  });

  it('a frame ("on EKS") names who the clause is about, and so does a name right after it', () => {
    expect(messages('On EKS the Fargate service schedules tasks.')).toEqual(['Swapped: "schedules" describes ECS, not eks.']);
    expect(messages('On EKS/Fargate the service schedules tasks.')).toEqual(['Swapped: "schedules" describes ECS, not fargate.']);
    expect(messages('With EKS Fargate schedules tasks.')).toEqual(['Swapped: "schedules" describes ECS, not fargate.']);
  });
});
