import { describe, expect, it } from 'vitest';
import { isEmpty, isKeywordSoup } from '../../../src/core/grading/signals.js';
import { tokenize, type Clause } from '../../../src/core/grading/tokenize.js';

const soup = (answer: string): boolean => isKeywordSoup(tokenize(answer));

describe('isEmpty', () => {
  it('clauses without a word are empty; one word is not', () => {
    const blank: Clause = { text: '', sentence: 0, tokens: [], words: [], wordNegated: [], conditional: [], quantity: [], part: [] };
    expect(isEmpty([blank, blank])).toBe(true);
    expect(isEmpty([blank, ...tokenize('ECS')])).toBe(false);
  });
});

describe('isKeywordSoup: the rules one by one', () => {
  it('a verb anywhere is a statement, however list-like the rest', () => {
    expect(soup('ECS runs, EKS, Fargate')).toBe(false);
    expect(soup('ECS, EKS, Fargate')).toBe(true);
    // A verb the word lists do not know, before its object.
    expect(soup('Cloud Run hides TLS and load balancing and exposes cold starts; Fargate hides the servers.')).toBe(false);
    expect(soup('Cloud Run TLS and load balancing and cold starts; Fargate servers.')).toBe(true);
  });

  it('a relation in any one line is a statement', () => {
    expect(soup('role -> agent\nECR, S3, IAM')).toBe(false);
    expect(soup('- ECR, S3, IAM')).toBe(true);
  });

  it('a list needs little glue: 15 % of function words is already too much', () => {
    expect(soup('role of the task, S3, ECR')).toBe(false);
    const items = 'ECS EKS ECR IAM, S3 SQS SNS VPC, ALB NLB EC2 EBS, EFS KMS CDK RDS, SES';
    expect(soup(`${items}, of the on`)).toBe(false); // 3 of 20 words
    expect(soup(`${items} SNS, of the`)).toBe(true); // 2 of 20 words
  });

  it('a preposition is glue: noun phrases that relate a thing to another are no terms', () => {
    expect(soup("WebSockets / gRPC streaming / persistent connections; jobs running past Lambda's 15 min; services with custom binaries")).toBe(false);
    expect(soup('jobs running beyond the timeout; sockets held across deploys; workers')).toBe(false);
    expect(soup("WebSockets / gRPC streaming / persistent connections; jobs Lambda's 15 min; custom binaries")).toBe(true);
  });

  it('a number given its role is a fact: "30s default", "max 120" (in the same part, at most two words apart)', () => {
    expect(soup('catch sigterm, stop accepting, drain, exit. fargate 30s default (max 120), cloud run 10s')).toBe(false);
    expect(soup('new instance, burst, low concurrency, concurrency 1, min-instances, cost')).toBe(true);
    expect(soup('sigterm, drain, exit, 30, 120, default')).toBe(true);
  });

  it('fewer than three words is never a list, however it is cut', () => {
    expect(soup('ECS, EKS, ?')).toBe(false);
    expect(soup('ECS, EKS, ECR')).toBe(true);
  });
});

describe('isKeywordSoup: slashes that separate no items', () => {
  it('a path is one name and "w/" is "with"', () => {
    expect(soup('cloudwatch logs, /ecs/flask-api group')).toBe(false);
    expect(soup('scaling from zero. fix w/ min instances')).toBe(false);
    expect(soup('ecs/eks/fargate')).toBe(true);
    expect(soup('cloudwatch logs, /ecs/flask-api group, task role, ECR')).toBe(true);
  });

  it('"w/o" denies like "without"', () => {
    expect(tokenize('fargate w/o ecs')[0]!.tokens.map((t) => `${t.negated ? '!' : ''}${t.word}`)).toEqual(['fargate', '!ecs']);
  });
});
