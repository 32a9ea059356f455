import { describe, expect, it } from 'vitest';
import { pickedOption } from '../../../src/core/grading/choice.js';

const ROLES = ['The task role', 'The task execution role', 'The container instance role', "The ALB's service-linked role"];
const AZURE = ['Azure Container Instances', 'Azure Container Apps', 'A single VM running docker run'];
const SIZES = ['1024 CPU units (1 vCPU) with 2 GB', '256 CPU units (0.25 vCPU) with 4 GB', '4096 CPU units (4 vCPU) with 4 GB', '512 CPU units (0.5 vCPU) with 16 GB'];
const COMBOS = ['ECS tasks on Fargate', 'ECS tasks on EC2', 'EKS pods on Fargate', 'Fargate scheduling containers by itself, without ECS or EKS'];

describe('pickedOption: the option named first, with a reason after it', () => {
  it.each([
    ['Container Apps: KEDA scale to zero and revision traffic splitting', AZURE, 1],
    ['the execution role, the agent does the pull and ships the logs', ROLES, 1],
    ['Fargate on its own with no ECS/EKS, it is not a scheduler', COMBOS, 3],
    ['Fargate on its own without ECS or EKS. It always needs an orchestrator on top.', COMBOS, 3],
    ['The task role, since the execution role only pulls images', ROLES, 0],
  ])('%s', (answer, choices, index) => {
    expect(pickedOption(choices, answer)).toBe(index);
  });
});

describe('pickedOption: by letter, number or place', () => {
  it.each([
    ['the last one, Fargate on its own', COMBOS, 3],
    ["I'd go with the first one", COMBOS, 0],
    ['hmm, b I think', AZURE, 1],
    ['option 2', AZURE, 1],
    ["b, though I'd argue about whether you need blue/green at all", AZURE, 1],
    ["d, obviously. People call Fargate 'a service', but it still needs ECS or EKS.", COMBOS, 3],
    // A word cut short stands for the one option word it begins.
    ['exec role (`executionRoleArn`) — it does the ECR pull and awslogs', ROLES, 1],
    ['Container Insta', AZURE, 0],
    // "A single VM …" starts with the article, not the letter a.
    ['A single VM running docker run', AZURE, 2],
  ])('%s', (answer, choices, index) => {
    expect(pickedOption(choices, answer)).toBe(index);
  });
});

describe('pickedOption: a first guess taken back', () => {
  it.each([
    ["256 with 4 GB? No, 0.25 vCPU tops out at 2 GB. So it's 1024 CPU units with 2 GB.", SIZES, 0],
    ['My gut says the task role... no. CannotPull plus no logs means the execution role.', ROLES, 1],
    ['The task role — wait, no: the task execution role.', ROLES, 1],
    ['Container Instances. Actually, Container Apps.', AZURE, 1],
  ])('%s', (answer, choices, index) => {
    expect(pickedOption(choices, answer)).toBe(index);
  });

  it('a later mention without a take-back does not replace the pick', () => {
    expect(pickedOption(ROLES, 'The task role. The execution role is for the agent.')).toBe(0);
  });
});

describe('pickedOption: no pick', () => {
  it.each([
    ['ACI, or maybe ACA', AZURE],
    ['Either Container Instances or Container Apps', AZURE],
    ['not the task role', ROLES],
    ['not the exec role', ROLES],
    ['no idea', ROLES],
    ['', ROLES],
  ])('%s', (answer, choices) => {
    expect(pickedOption(choices, answer)).toBe(-1);
  });
});
