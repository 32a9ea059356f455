import { describe, expect, it } from 'vitest';
import type { Card } from '../../../src/core/deck/schema.js';
import { gradeCard } from '../../../src/core/grading/index.js';
import { roles } from './fixtures.js';
import { FuzzyVocabulary } from '../../../src/core/grading/fuzzy.js';
import { compileMatcher, evaluate } from '../../../src/core/grading/matcher.js';
import { analyse } from '../../../src/core/grading/phrase.js';

// `together` pairs: which of the two halves must be a claim, and which way a move goes.
const concurrency = {
  id: 'lower',
  kind: 'text',
  prompt: 'A single-threaded app has concurrency 80. What do you change?',
  answer: 'Lower the concurrency to 1.',
  rubric: { criteria: [{ id: 'lower', together: [['lower', 'reduce'], ['concurrency']] }] },
} as Card;

const met = (answer: string): boolean => gradeCard(concurrency, answer).criteria[0]!.met;
const contradicted = (answer: string): string[] => gradeCard(roles, answer).contradictions.map((c) => c.id);

describe('a criterion that moves one way', () => {
  it('is met by that move of the setting', () => {
    expect(met('Lower the concurrency.')).toBe(true);
  });

  it('is not met when the setting moves the other way, whatever else is lowered', () => {
    expect(met('Raise concurrency to lower latency.')).toBe(false);
    expect(met('Reduce latency, raise concurrency.')).toBe(false);
  });
});

describe('the matcher alone: the move is checked for criteria only', () => {
  const m = compileMatcher({ together: [['lower', 'reduce'], ['concurrency']] });
  const run = (answer: string, role: 'criterion' | 'contradiction') => evaluate(m, analyse(answer, new FuzzyVocabulary([])), answer, { role }).met;

  it('a criterion is not met by the other move in the same clause', () => {
    expect(run('Raise concurrency to lower latency.', 'criterion')).toBe(false);
    expect(run('Lower concurrency to cut latency.', 'criterion')).toBe(true);
  });

  it('a contradiction is said whichever way the clause moves', () => {
    expect(run('Raise concurrency to lower latency.', 'contradiction')).toBe(true);
  });
});

describe('a contradiction needs both halves claimed', () => {
  it('fires on a plain statement', () => {
    expect(contradicted('The execution role calls S3.')).toEqual(['execution-calls-s3']);
  });

  it('not when the first half is only a condition', () => {
    expect(contradicted('If the execution role is missing, S3 fails.')).toEqual([]);
    expect(contradicted('If the execution role calls S3, it fails.')).toEqual([]);
  });

  it('not when the second half is only a condition', () => {
    expect(contradicted('The execution role fails, if S3 is down.')).toEqual([]);
    expect(contradicted('The execution role works, when S3 is up.')).toEqual([]);
  });
});

describe('a pronoun that opens a clause stands for the name before it', () => {
  it('"Fargate is not an orchestrator. It is serverless compute." meets a point bound to Fargate', async () => {
    const { bundledDir, findCard, loadDecks } = await import('../../../src/cli/content.js');
    const { gradeCard } = await import('../../../src/core/grading/index.js');
    const decks = await loadDecks([bundledDir('decks')]);
    const { deck, card } = findCard(decks, 'check.ecs-vs-fargate');
    const met = (answer: string): boolean => gradeCard(card, answer, deck).criteria.find((c) => c.id === 'fargate-is-compute')!.met;
    expect(met('ECS orchestrates. Fargate is not an orchestrator. It is serverless compute.')).toBe(true);
    expect(met("ECS orchestrates. Fargate isn't a rival to that, it's serverless compute.")).toBe(true);
    // The pronoun stands for the subject before it, here ECS: not Fargate's point.
    expect(met('ECS orchestrates tasks. It is serverless compute.')).toBe(false);
    // Not opening the clause: no stand-in.
    expect(met('ECS orchestrates. Fargate is not an orchestrator. The thing is serverless compute.')).toBe(false);
  });
});
