import { describe, expect, it } from 'vitest';
import { gradeReference } from '../../../../src/core/grading/index.js';
import { findSwaps as findSwapsOf } from '../../../../src/core/grading/reference/swap.js';
import { tokenize } from '../../../../src/core/grading/tokenize.js';
import { bundledDir, loadDecks } from '../../../../src/cli/content.js';

const decks = await loadDecks([bundledDir('decks')]);

// findSwaps remembers each reference's preparation, and under mutation testing
// the module outlives a test run: a reference seen in an earlier run would be
// answered from the memo, never prepared by the code under test. Whitespace
// after the reference (spaces and tabs spelling a call counter) makes each
// call's reference new without changing a word of it.
const runs = globalThis as { swapTestCalls?: number };
function fresh(reference: string): string {
  runs.swapTestCalls = (runs.swapTestCalls ?? 0) + 1;
  return `${reference} ${runs.swapTestCalls.toString(2).replace(/0/g, ' ').replace(/1/g, '\t')}`;
}
const findSwaps = (reference: string, answer: string) => findSwapsOf(fresh(reference), answer);

const REF = 'The execution role is used by the ECS agent to pull the image from ECR and write logs; the task role is used by your application code to call S3.';
const SWAPPED = 'The task role is used by the ECS agent to pull the image from ECR and write logs; the execution role is used by your application code to call S3.';

describe('who-does-what in reference-only mode', () => {
  it('a fresh reference tokenizes as the reference itself', () => {
    expect(tokenize(fresh(REF))).toEqual(tokenize(REF));
  });

  it('never grades the swapped roles correct, and names the swapped terms', () => {
    const r = gradeReference(REF, SWAPPED);
    expect(r.verdict).not.toBe('correct');
    expect(r.score).toBeLessThan(0.75);
    expect(r.contradictions).toHaveLength(1);
    expect(r.contradictions[0]!.message).toContain('"execution"');
    expect(r.contradictions[0]!.message).toContain('"task"');
    expect(r.criteria[0]!.hint).toBe(r.contradictions[0]!.message);
  });

  it('catches a short swap inside one sentence joined by "and"', () => {
    const ref = 'The execution role pulls the image, the task role calls S3.';
    expect(gradeReference(ref, 'The task role pulls the image and the execution role calls S3.').verdict).not.toBe('correct');
    expect(findSwaps(ref, 'The task role pulls the image and the execution role calls S3.')).toHaveLength(1);
  });

  it('catches a minimal swap whose statements each tie between the two (one key term of each side)', () => {
    const ref = 'Red light stops cars. Green light moves cars.';
    expect(findSwaps(ref, 'Green light stops cars. Red light moves cars.')).toEqual([{ first: 'green', second: 'red', evidence: 'green light stops cars / red light moves cars' }]);
    expect(findSwaps(ref, 'The green light stops cars and the red light moves cars.')).toHaveLength(1);
    expect(gradeReference(ref, 'Green light stops cars. Red light moves cars.').verdict).not.toBe('correct');
    // The model answer, one tied statement alone, and a sentence that names both sides are no swap.
    for (const answer of [ref, 'Green light stops cars.', 'Red and green light stop and move cars.']) expect(findSwaps(ref, answer), answer).toEqual([]);
  });

  it('keeps the model answer and correct paraphrases correct', () => {
    for (const answer of [
      REF,
      'The agent uses the execution role to pull images and push logs, while your code uses the task role for S3.',
      'Your application code calls S3 with the task role. The ECS agent pulls the image from ECR and writes logs with the execution role.',
      'Execution role: the ECS agent pulls the image from ECR and writes logs. Task role: your application code calls S3.',
    ]) {
      expect(findSwaps(REF, answer), answer).toEqual([]);
      expect(gradeReference(REF, answer).verdict, answer).toBe('correct');
    }
  });

  it('does not count a term named under negation as swapped', () => {
    const answer = 'The execution role, not the task role, pulls the image from ECR and writes logs; the task role, not the execution role, is used by your application code to call S3.';
    expect(findSwaps(REF, answer)).toEqual([]);
  });

  it('finds nothing when the reference is one statement', () => {
    expect(findSwaps('Fargate runs containers without servers to manage.', 'Servers run Fargate containers to manage.')).toEqual([]);
  });

  it('never fires on a bundled model answer with its sentences in another order', () => {
    const fired: string[] = [];
    let checked = 0;
    for (const deck of decks) {
      for (const card of deck.cards) {
        const sentences = card.answer.split(/(?<=\.)\s+/);
        if (sentences.length < 2) continue;
        checked++;
        if (findSwaps(card.answer, [...sentences].reverse().join(' ')).length) fired.push(card.id);
      }
    }
    expect(checked).toBeGreaterThan(20);
    expect(fired).toEqual([]);
  });

  it('catches a one-sided swap: one statement given to the other role', () => {
    const r = gradeReference(REF, 'The task role pulls the image.');
    expect(r.verdict).not.toBe('correct');
    expect(findSwaps(REF, 'The task role pulls the image.')).toEqual([{ first: 'execution', second: 'task', evidence: 'the task role pulls the image' }]);
    expect(findSwaps(REF, 'The task role pulls the image from ECR and writes logs.')).toHaveLength(1);
  });

  it('a role named beside its own statement, or only after a preposition, is no one-sided swap', () => {
    for (const answer of [
      'The execution role pulls the image for the task.',
      'The execution role pulls the image; the task role calls S3.',
      'The task role is what your code uses to call S3, and the execution role pulls the image.',
      'The task role, not the execution role, is used by your code.',
    ]) {
      expect(findSwaps(REF, answer), answer).toEqual([]);
    }
  });

  it('fires on a bundled two-statement model answer whose subjects are exchanged', () => {
    const ref = 'Cloud Run bills per request while Fargate bills per second of task runtime.';
    expect(findSwaps(ref, 'Fargate bills per request while Cloud Run bills per second of task runtime.')).toHaveLength(1);
    expect(findSwaps(ref, 'Fargate charges for each second the task runs, and Cloud Run charges per request.')).toEqual([]);
  });

  it('names the pair and quotes both segments, as the answer words them', () => {
    expect(findSwaps(REF, SWAPPED)).toEqual([
      { first: 'execution', second: 'task', evidence: 'the task role is used by the ecs agent to pull the image from ecr / the execution role is used by your application code to call s3' },
    ]);
    const ref = 'The execution role pulls the image, the task role calls S3.';
    for (const joined of ['and', 'while']) {
      expect(findSwaps(ref, `The task role pulls the image ${joined} the execution role calls S3.`)).toEqual([
        { first: 'execution', second: 'task', evidence: 'the task role pulls the image / the execution role calls s3' },
      ]);
    }
    expect(findSwaps('Cloud Run bills per request while Fargate bills per second of task runtime.', 'Fargate bills per request while Cloud Run bills per second of task runtime.')).toEqual([
      { first: 'cloud', second: 'fargate', evidence: 'fargate bills per request / cloud run bills per second of task runtime' },
    ]);
  });

  it('a denied statement holds no term: only the affirmed one is a swap', () => {
    const ref = 'The execution role pulls the image, the task role calls S3.';
    expect(findSwaps(ref, 'The task role does not pull the image and the execution role calls S3.')).toEqual([]);
    expect(findSwaps(ref, 'The task role pulls the image but not the execution role; it calls S3.')).toEqual([
      { first: 'execution', second: 'task', evidence: 'the task role pulls the image' },
    ]);
  });

  it('with three statements, finds the two that were exchanged and leaves the third', () => {
    const three = 'The execution role pulls the image. The task role calls S3. The service role registers targets.';
    expect(findSwaps(three, 'The task role pulls the image. The execution role calls S3. The service role registers targets.')).toEqual([
      { first: 'execution', second: 'task', evidence: 'the task role pulls the image / the execution role calls s3' },
    ]);
    expect(findSwaps(three, 'The service role pulls the image. The task role calls S3. The execution role registers targets.')).toEqual([
      { first: 'execution', second: 'service', evidence: 'the service role pulls the image / the execution role registers targets' },
    ]);
    expect(findSwaps(three, 'The task role registers targets.')).toEqual([{ first: 'service', second: 'task', evidence: 'the task role registers targets' }]);
    expect(findSwaps(three, 'The service role registers targets. The task role calls S3.')).toEqual([]);
  });

  it('a one-sided swap needs the filler in the slot and two more words of the statement', () => {
    const ref = 'The execution role pulls the image, the task role calls S3.';
    for (const answer of ['The task role.', 'The task role pulls.', 'The role of the task pulls the image.']) expect(findSwaps(ref, answer), answer).toEqual([]);
    expect(findSwaps(ref, 'Task role pulls the image.')).toEqual([{ first: 'execution', second: 'task', evidence: 'task role pulls the image' }]);
    expect(findSwaps(ref, 'The execution role calls S3 and pulls the image.')).toEqual([{ first: 'task', second: 'execution', evidence: 'the execution role calls s3' }]);
    expect(findSwaps(ref, 'The task role pulls the image and the execution role pulls the image.')).toEqual([
      { first: 'execution', second: 'task', evidence: 'the task role pulls the image' },
    ]);
  });

  it('numbers and one-letter words tie no statement to a clause', () => {
    expect(findSwaps('Plan A costs 5 dollars. Plan B costs 10 dollars.', 'Plan A costs 10 dollars. Plan B costs 5 dollars.')).toEqual([]);
  });
});
