import { describe, expect, it } from 'vitest';
import { isEmpty, isKeywordSoup, topicOverlap } from '../../../src/core/grading/signals.js';
import { agreesWithRejected, deniesPremise } from '../../../src/core/grading/stance.js';
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
  ['two items are not a list', 'task role, S3', false],
  ['a run of five terms', 'ECS EKS Fargate ECR IAM', true],
  ['four terms are no run', 'ECS EKS Fargate ECR', false],
  ['"and" breaks a run', 'ECS EKS and Fargate ECR IAM', false],
  ['a long item in a run', 'execution role task role thing, S3 bucket, ECR', true],
  ['"X-> Y" mapping, no space before the arrow', 'execution role-> agent, task role-> app, ECR', false],
  ['"X → Y" mapping', 'execution role → agent, task role → app', false],
  ['a colon without a space is no definition', 'role:agent, task, ECR', true],
  ['semicolon list', 'ECS; EKS; Fargate', true],
  ['spaced-dash list', 'ECS - EKS - Fargate', true],
  ['hyphenated words are one item', 'ECS-EKS-Fargate', false],
  ['items with articles are phrases', 'the ECS, the EKS, the Fargate', false],
  ['two short statements joined by "and" are no run', 'ECS schedules tasks and Fargate provides capacity.', false],
  ['statement with commas', 'It depends: the premium, the load, the utilization all matter.', false],
];

describe('isKeywordSoup', () => {
  it.each(CASES)('%s', (_label, answer, expected) => {
    expect(isKeywordSoup(tokenize(answer))).toBe(expected);
  });
});

describe('isEmpty and topicOverlap', () => {
  it('no words at all is empty; one word is not', () => {
    expect([isEmpty(tokenize('')), isEmpty(tokenize('!! ?')), isEmpty(tokenize('a'))]).toEqual([true, true, false]);
  });
  it('is the share of content stems in the topic', () => {
    expect(topicOverlap(tokenize('Fargate runs tasks'), new Set(['fargat', 'task']))).toBeCloseTo(2 / 3, 12);
    expect(topicOverlap(tokenize(''), new Set(['fargat']))).toBe(0);
  });
});

describe('deniesPremise: the answer says nothing goes wrong', () => {
  const PROMPT = 'What goes wrong when a single-threaded app keeps concurrency at 80?';
  it.each([
    ['Nothing.', true],
    ['Nothing goes wrong.', true],
    ['Nothing, it is fine', true],
    ['nowhere', true],
    ['No problem at all.', true],
    ['No problems here', true],
    ['No change.', true],
    ['Nothing but trouble: requests queue.', false],
    ['None except latency.', false],
    ['Nothing except the latency.', false],
    ['Nothing, but latency rises.', false],
    ['Nothing goes wrong at all here really', false],
    // The first statement, before a colon or a comma that goes on.
    ['Nothing much goes wrong: Cloud Run spins up a new instance for each request anyway.', true],
    ['Nothing goes wrong, Cloud Run adds instances.', true],
    ['Requests queue behind each other.', false],
  ] as const)('%s → %s', (answer, denies) => {
    expect(deniesPremise(PROMPT, tokenize(answer), answer)).toBe(denies);
  });
  it('only when the prompt asks what, which or why', () => {
    expect(deniesPremise('Name the failure mode of concurrency 80.', tokenize('Nothing.'), 'Nothing.')).toBe(false);
  });
});

describe('agreesWithRejected', () => {
  it.each([
    ['No. They are two roles.', 'Yes, they are the same.', 'flat'],
    ['No. They are two roles.', 'Pretty much right.', 'flat'],
    ["Wrong: it is capacity.", "That's correct.", 'flat'],
    ['No. They are two roles.', 'They are the same.', undefined],
    ['They are two roles.', 'Yes.', undefined],
    ['No. They are two roles.', 'yesterday it failed', undefined],
    ['No. Managed prices embed a premium.', 'Generally yes, because you pay for what you use.', 'flat'],
    ['No. Managed prices embed a premium.', "I'd say yes.", 'flat'],
    ['Not quite: 80 is the console default.', "Yes, that's the whole story.", 'in part'],
    ['Not always: it depends on the load.', 'True.', 'in part'],
    ['Not quite: 80 is the console default.', 'Not quite, 80 x vCPU from gcloud.', undefined],
    ['Nothing special is needed.', 'Yes.', undefined],
    ['Notably, it scales.', 'Yes.', undefined],
  ] as const)('model %s, answer %s → %s', (model, answer, agrees) => {
    expect(agreesWithRejected(model, answer)).toBe(agrees);
  });
});
