import { describe, expect, it } from 'vitest';
import type { Card } from '../../../src/core/deck/schema.js';
import { gradeCard } from '../../../src/core/grading/index.js';
import { compileCard } from '../../../src/core/grading/compile.js';

const OFF_TOPIC = 'off topic: the answer shares no key terms with the question';

// A new card object per call: compiled cards are cached per object, and under mutation testing the cache
// outlives a test run, so a card seen before would never be compiled by the code under test.
const card = (): Card => ({
  id: 'roles-one',
  kind: 'text',
  prompt: 'Not the task definition: what do the two IAM roles of a task do?',
  answer: 'The execution role pulls the image; the task role calls S3.',
  rubric: {
    criteria: [
      { id: 'task-s3', together: [['task role'], ['S3']] },
      { id: 'exec-pull', together: [['execution role'], ['pull', 'image']] },
      { id: 'task-perms', any: ['task role permissions'] },
    ],
    contradictions: [{ id: 'k8s', any: ['kubernetes pods'], message: 'No pods here.' }],
  },
}) as Card;

describe('what is on topic: the prompt, the model answer and the rubric', () => {
  it('a word of the prompt alone is on topic', () => {
    expect(gradeCard(card(), 'Definitions are hard.').notes).toEqual([]);
  });

  it('a word of the model answer alone is on topic', () => {
    expect(gradeCard(card(), 'Images are big.').notes).toEqual([]);
  });

  it('a word only the rubric uses is on topic', () => {
    expect(gradeCard(card(), 'Kubernetes is big.').notes).toEqual([]);
  });

  it('no word of any of them is off topic', () => {
    expect(gradeCard(card(), 'Pizza is tasty.').notes).toEqual([OFF_TOPIC]);
  });
});

describe('"one" stands for the word the card most often puts after the one before it', () => {
  it('"the task one" is the task role (twice in the rubric), not the task definition (once in the prompt)', () => {
    expect(gradeCard(card(), 'The task one calls S3.').criteria.find((c) => c.id === 'task-s3')!.met).toBe(true);
  });
});

describe('names the question contrasts with its topic', () => {
  const card = (prompt: string, answer: string): Card => ({ id: 'n', kind: 'text', prompt, answer, rubric: { criteria: [{ id: 'r', any: ['roll back'] }] } });

  it('a name inside the topic\'s own noun phrase ("the Git commit SHA") is part of it, not a contrast', () => {
    const sha = compileCard(card('Why tag images with the Git commit SHA instead of latest?', 'A Git SHA names one build, so you can roll back to it.'));
    expect(sha.names.topic).toBe('git');
    expect([...sha.contrasts]).toEqual([]);
    expect(gradeCard(card('Why tag images with the Git commit SHA instead of latest?', 'A Git SHA names one build, so you can roll back to it.'), 'With the SHA tag you can roll back by redeploying the previous SHA.').criteria[0]!.met).toBe(true);
  });

  it('two names the question merely mentions are no contrast: only "vs", "than", "is", "instead of", "like", "from" or "between … and" set them against each other', () => {
    const pid = compileCard(card('Your container ignores SIGTERM and is SIGKILLed. Why might PID 1 be the cause?', 'SIGTERM goes to PID 1, and a shell as PID 1 does not pass it on.'));
    expect([...pid.contrasts]).toEqual([]);
    const worse = compileCard(card('When would Cloud Run be a worse choice than Fargate?', 'Cloud Run caps requests; Fargate runs tasks for as long as you like.'));
    expect([...worse.contrasts]).toEqual(['fargate']);
    const between = compileCard(card('What is the difference between ECS and Fargate?', 'ECS orchestrates; Fargate is compute.'));
    expect([...between.contrasts]).toEqual(['fargate']);
  });

  it('a name the question sets against the topic is a contrast', () => {
    const lambda = compileCard(card('A colleague says Cloud Run is Google\'s Lambda. What do the two share?', 'Cloud Run runs containers; Lambda runs functions.'));
    expect(lambda.names.topic).toBe('cloud run');
    expect([...lambda.contrasts]).toContain('lambda');
  });
});
