import { describe, expect, it } from 'vitest';
import { isKeywordSoup } from '../../../src/core/grading/signals.js';
import { tokenize } from '../../../src/core/grading/tokenize.js';

// [label, answer, is a keyword list]: one line per case.
const CASES: [string, string, boolean][] = [
  ['comma list of terms', 'execution role, task role, ECR, S3', true],
  ['slash list', 'ECS / EKS / Fargate / EC2', true],
  ['one item per line', 'cold starts\nmin instances\nconcurrency', true],
  ['run of nouns, no glue', 'Fargate ECS EKS serverless launch type orchestrator', true],
  ['list with "and"', 'ENI, IP, subnet and deployment', true],
  ['a sentence', 'The execution role pulls the image.', false],
  ['a terse statement', 'Fargate = serverless capacity for ECS tasks. It does not orchestrate.', false],
  ['short noun phrase', 'Probably cold starts.', false],
  ['noun phrase with a preposition', 'Cold starts after scaling to zero.', false],
  ['list inside a sentence', 'It needs capacity, IPs and subnets during a deploy.', false],
  ['empty', '', false],
  ['three words', 'task role S3', false],
  ['three one-word items', 'image, HTTPS, scaling', true],
  ['imperative steps', 'Load test, look at real CPU and memory, start a bit overprovisioned and tighten later.', false],
  ['"X -> Y" bullet mapping', '- execution role -> agent: image pull, logs\n- task role -> application: S3, SQS', false],
  ['"X = Y" definition', 'Cold start = new instance booting. Fixes: min instances, CPU boost.', false],
  ['statement with commas', 'It depends: the premium, the load, the utilization all matter.', false],
];

describe('isKeywordSoup', () => {
  it.each(CASES)('%s', (_label, answer, expected) => {
    expect(isKeywordSoup(tokenize(answer))).toBe(expected);
  });
});
