import type { Card, Deck } from '../../../src/core/deck/schema.js';

/** A small hand-written deck for engine tests that do not depend on the bundled deck. */
export const roles: Card = {
  id: 'roles',
  kind: 'text',
  prompt: 'The ECS task role and the task execution role are the same thing. True?',
  answer: 'No. The task execution role lets the ECS agent pull the image from ECR and write logs; the task role gives your application its AWS permissions, e.g. to read S3.',
  rubric: {
    criteria: [
      { id: 'two-roles', any: ['two roles', 'different roles', 'separate roles', 'not the same'] },
      { id: 'execution-pulls', weight: 2, required: true, together: [['execution role'], ['pull', 'ECR', 'image', 'logs']] },
      { id: 'task-permissions', weight: 2, required: true, together: [['task role'], ['S3', 'AWS permissions', 'your code', '$app']] },
    ],
    contradictions: [
      { id: 'execution-calls-s3', together: [['execution role'], ['S3', 'your code']], message: 'Your code uses the task role.' },
      { id: 'task-pulls', together: [['task role'], ['pull', 'ECR']], message: 'The execution role pulls the image.' },
      { id: 'same', any: ['same thing', 'same role'], message: 'They are two roles.' },
    ],
  },
};

export const orchestrator: Card = {
  id: 'orchestrator',
  kind: 'text',
  prompt: 'Fargate is an orchestrator like Kubernetes. Right?',
  answer: 'No. Fargate is not an orchestrator: it is serverless capacity that ECS or EKS schedules tasks onto.',
  rubric: {
    criteria: [
      { id: 'not-orchestrator', polarity: 'deny', required: true, any: ['orchestrator', 'orchestrate', 'scheduler', 'kubernetes'] },
      { id: 'capacity', any: ['capacity', 'compute', 'launch type', 'runs the tasks', 'serverless'] },
    ],
    contradictions: [{ id: 'is-orchestrator', any: ['fargate is an orchestrator', 'fargate orchestrates', 'fargate is kubernetes'], message: 'ECS or EKS orchestrate.' }],
  },
};

export const concurrency: Card = {
  id: 'concurrency',
  kind: 'text',
  prompt: 'What is Cloud Run\'s default request concurrency per instance?',
  answer: '80 concurrent requests per instance.',
  rubric: { criteria: [{ id: 'eighty', number: { value: 80 } }, { id: 'per-instance', any: ['per instance', 'each instance'] }] },
};

export const memory: Card = {
  id: 'memory',
  kind: 'numeric',
  prompt: 'Smallest Fargate memory with 0.25 vCPU?',
  answer: '512 MiB',
  number: { value: 512, unit: 'MiB' },
};

export const deck: Deck = {
  id: 'fixture',
  title: 'Fixture',
  synonyms: { app: ['application', 'the app', 'running container', 'your container'] },
  cards: [roles, orchestrator, concurrency, memory],
};
