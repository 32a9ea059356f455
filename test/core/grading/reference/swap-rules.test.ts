import { describe, expect, it } from 'vitest';
import { findSwaps as findSwapsOf } from '../../../../src/core/grading/reference/swap.js';

// Each call gets a reference not seen before (see swap.test.ts: the memo outlives a
// mutation-testing run); trailing blanks spell the call counter.
const runs = globalThis as { swapTestCalls?: number };
function findSwaps(reference: string, answer: string) {
  runs.swapTestCalls = (runs.swapTestCalls ?? 0) + 1;
  return findSwapsOf(`${reference} ${runs.swapTestCalls.toString(2).replace(/0/g, ' ').replace(/1/g, '\t')}`, answer);
}

const REF = 'The execution role pulls the image, the task role calls S3.';
const SWAP = { first: 'execution', second: 'task', evidence: 'the task role pulls the image / the execution role calls s3' };

describe('key terms: stems only one reference statement uses', () => {
  it('a term said twice in its own statement is still its key term, named as first written', () => {
    const ref = 'The execution role pulls the image for executions, the task role calls S3.';
    expect(findSwaps(ref, 'The task role pulls the image and the execution role calls S3.')).toEqual([SWAP]);
  });

  it('one-letter and numeric names are no key terms', () => {
    expect(findSwaps('Plan X pulls images. Plan Y calls S3.', 'Plan Y pulls images. Plan X calls S3.')).toEqual([]);
    expect(findSwaps('Plan 1 pulls images. Plan 2 calls S3.', 'Plan 2 pulls images. Plan 1 calls S3.')).toEqual([]);
    expect(findSwaps('Plan ex pulls images. Plan wy calls S3.', 'Plan wy pulls images. Plan ex calls S3.')).toEqual([
      { first: 'ex', second: 'wy', evidence: 'plan wy pulls images / plan ex calls s3' },
    ]);
  });

  it('a filler the other statement shares with a third is no slot of its own', () => {
    const ref = 'The execution role pulls the image. The task role calls S3. The task list grows.';
    expect(findSwaps(ref, 'The task role pulls the image.')).toEqual([]);
    expect(findSwaps('The execution role pulls the image. The task role calls S3.', 'The task role pulls the image.')).toEqual([
      { first: 'execution', second: 'task', evidence: 'the task role pulls the image' },
    ]);
  });
});

describe('slots: the word before a shared head noun', () => {
  it('a filler that is no key term of its statement opens no slot', () => {
    expect(findSwaps('The new role pulls the image. The task role calls S3. New logs appear.', 'The task role pulls the image.')).toEqual([]);
  });

  it('a statement that belongs to two reference statements equally fills no slot', () => {
    expect(findSwaps(REF, 'Pulls the task role.')).toEqual([]);
  });
});

describe('mirrored swaps', () => {
  it('statements joined inside one clause are quoted each on its own', () => {
    for (const joiner of ['then', 'but']) {
      expect(findSwaps(REF, `The task role pulls the image ${joiner} the execution role calls S3.`), joiner).toEqual([SWAP]);
    }
  });

  it('two answer statements that each mix both reference statements are no swap', () => {
    const ref = 'Cloud Run bills per request while Fargate bills per second of task runtime.';
    expect(findSwaps(ref, 'Fargate bills per request while Cloud bills per second.')).toEqual([]);
  });

  it('reference statements that share no word are not parallel, whatever the answer shares', () => {
    expect(findSwaps('Execution pulls images. Tasks call S3.', 'The task role pulls images. The execution role calls S3.')).toEqual([]);
  });

  it('a term at home in another statement of the answer is not displaced: only one-sided swaps are left', () => {
    const answer = 'The task role pulls the image. The execution role calls S3. The execution role pulls images too.';
    expect(findSwaps(REF, answer)).toEqual([
      { first: 'execution', second: 'task', evidence: 'the task role pulls the image' },
      { first: 'task', second: 'execution', evidence: 'the execution role calls s3' },
    ]);
  });

  it('the two answer statements must share a word', () => {
    expect(findSwaps(REF, 'The task role pulls the image. Execution calls S3.')).toEqual([
      { first: 'execution', second: 'task', evidence: 'the task role pulls the image' },
    ]);
  });

  it('statements of the reference that share no word are not parallel', () => {
    const ref = 'Execution pulls images. Tasks call S3.';
    expect(findSwaps(ref, 'Tasks pull images. Execution calls S3.')).toEqual([]);
    expect(findSwaps('Execution role pulls images. Task role calls S3.', 'Task role pulls images. Execution role calls S3.')).toEqual([
      { first: 'execution', second: 'task', evidence: 'task role pulls images / execution role calls s3' },
    ]);
  });

  it('finds the exchange in either order of the statements', () => {
    const ref = 'Cloud Run bills per request while Fargate bills per second of task runtime.';
    expect(findSwaps(ref, 'Cloud Run bills per second of task runtime while Fargate bills per request.')).toEqual([
      { first: 'cloud', second: 'fargate', evidence: 'fargate bills per request / cloud run bills per second of task runtime' },
    ]);
  });
});

describe('edge shapes', () => {
  it('two fillers of one statement are no slot of their own', () => {
    expect(findSwaps('The execution role or admin role pulls images; the task role calls S3.', 'The admin role pulls images.')).toEqual([]);
  });

  it('a statement using one key term of each of three is placed nowhere', () => {
    const three = 'The execution role pulls the image. The task role calls S3. The service role registers targets.';
    expect(findSwaps(three, 'Execution, task or service roles. The task role pulls the image. The execution role calls S3.')).toEqual([
      { first: 'execution', second: 'task', evidence: 'the task role pulls the image / the execution role calls s3' },
    ]);
  });
});

describe('tied statements: each names one statement in its slot and says the other', () => {
  const ref = 'Red light stops cars. Green light moves cars.';

  it('a filler away from the shared noun names nothing', () => {
    expect(findSwaps(ref, 'Stops green cars. Moves red cars.')).toEqual([]);
  });

  it('a statement that only names both fillers says nothing of either', () => {
    expect(findSwaps(ref, 'Green light, red light. Red light, green light.')).toEqual([]);
  });
});
