import { describe, expect, it } from 'vitest';
import type { Card } from '../../../src/core/deck/schema.js';
import { gradeCard, gradeReference } from '../../../src/core/grading/index.js';
import { memory } from './fixtures.js';

const choice: Card = { id: 'c', kind: 'choice', prompt: 'Who schedules?', answer: 'ECS', choices: ['Fargate', 'ECS', 'ECR'], correct: 'ECS' };
const cidr: Card = { id: 'n', kind: 'cidr', prompt: 'Prefix?', answer: '/24', cidr: '/24' };
const cloze: Card = { id: 'z', kind: 'cloze', prompt: 'Fill in', answer: 'ECS schedules, Fargate runs', cloze: '{{ECS|Amazon ECS}} schedules, {{Fargate}} runs' };
const generated: Card = { id: 'g', kind: 'generated', prompt: 'Subnet', answer: 'varies', generator: 'subnet-bits' };
const reference: Card = { id: 'r', kind: 'text', prompt: 'What does the task execution role do?', answer: 'It lets the ECS agent pull the container image from ECR and send logs to CloudWatch.' };

// [label, card, answer, verdict, score]
const CASES: [string, Card, string, string, number][] = [
  ['choice by text', choice, 'ECS', 'correct', 1],
  ['choice by text, any case', choice, '  ecs. ', 'correct', 1],
  ['choice by letter', choice, 'b', 'correct', 1],
  ['choice by letter with paren', choice, 'B)', 'correct', 1],
  ['choice by number', choice, '2', 'correct', 1],
  ['choice wrong', choice, 'Fargate', 'incorrect', 0],
  ['choice wrong letter', choice, 'a', 'incorrect', 0],
  ['choice empty', choice, '', 'incorrect', 0],
  ['numeric exact', memory, '512 MiB', 'correct', 1],
  ['numeric converted', memory, '0.5 GiB', 'correct', 1],
  ['numeric bare in spec unit', memory, '512', 'correct', 1],
  ['numeric wrong', memory, '1024 MiB', 'incorrect', 0],
  ['numeric MB is not MiB', memory, '512 MB', 'incorrect', 0],
  ['numeric wrong dimension', memory, '512 s', 'incorrect', 0],
  ['cidr prefix', cidr, '/24', 'correct', 1],
  ['cidr in a sentence', cidr, 'a /24 fits', 'correct', 1],
  ['cidr wrong', cidr, '/25', 'incorrect', 0],
  ['cloze lines', cloze, 'ECS\nFargate', 'correct', 1],
  ['cloze alternative', cloze, 'Amazon ECS; Fargate', 'correct', 1],
  ['cloze sentence', cloze, 'ECS schedules and Fargate runs', 'correct', 1],
  ['cloze half', cloze, 'ECS\nEKS', 'partial', 0.5],
  ['cloze none', cloze, 'x\ny', 'incorrect', 0],
];

describe('plain kinds', () => {
  it.each(CASES)('%s', (_label, card, answer, verdict, score) => {
    expect(gradeCard(card, answer)).toMatchObject({ verdict, score });
  });

  it('a generated card says it is graded by the drill engine', () => {
    expect(gradeCard(generated, '/24')).toEqual({
      score: 0,
      verdict: 'incorrect',
      criteria: [],
      contradictions: [],
      notes: ['card "g" is generated: its problems are graded by the drill engine (drillbit drill), not by gradeCard'],
    });
  });
});

describe('reference-only grading', () => {
  it('a text card without a rubric is graded against its model answer', () => {
    expect(gradeCard(reference, reference.answer).verdict).toBe('correct');
    expect(gradeCard(reference, '').verdict).toBe('incorrect');
    expect(gradeCard(reference, 'Something about pizza.').verdict).toBe('incorrect');
  });
  it('gradeReference names the missing terms in its hint', () => {
    const r = gradeReference('Pull the image from ECR and send logs to CloudWatch.', 'It pulls something.');
    expect(r.criteria[0]!.met).toBe(false);
    expect(r.criteria[0]!.hint).toMatch(/^The model answer also talks about: /);
    expect(r.score).toBeGreaterThan(0);
  });
  it('a keyword list is never correct', () => {
    expect(gradeReference('Pull the image from ECR and send logs to CloudWatch.', 'pull image ECR logs CloudWatch').verdict).not.toBe('correct');
  });
});
