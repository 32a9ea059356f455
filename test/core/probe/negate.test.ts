import { describe, expect, it } from 'vitest';
import { loadTagger } from '../../../src/core/probe/tagger.js';
import { flipClause, negateAnswer } from '../../../src/core/probe/negate.js';

const tag = await loadTagger();

describe('negateAnswer: every clause says the opposite', () => {
  const cases: [string, string][] = [
    // A denial loses its denial: negating it again would leave it right.
    ['Fargate is not an orchestrator.', 'Fargate is an orchestrator.'],
    ["Fargate isn't Kubernetes.", 'Fargate is Kubernetes.'],
    ['Its credentials never reach your containers.', 'Its credentials reach your containers.'],
    ['It runs with no VMs and no orchestrator.', 'It runs with VMs and orchestrator.'],
    ['The ALB cannot scale.', 'The ALB can scale.'],
    // An affirmation gets its main verb negated.
    ['ECS is the orchestrator.', 'ECS is not the orchestrator.'],
    ['The execution role pulls the image.', 'The execution role does not pull the image.'],
    ['ECS schedules tasks, keeps services at their desired count and rolls deployments.', 'ECS does not schedule tasks, does not keep services at their desired count and does not roll deployments.'],
    ['You pay for the vCPU you configure, not what you use.', 'You do not pay for the vCPU you configure, but what you use.'],
    ['Set concurrency to the real parallelism.', 'Do not set concurrency to the real parallelism.'],
    ['Overnight the service scaled down.', 'Overnight the service did not scale down.'],
    ['A task can run on EC2.', 'A task cannot run on EC2.'],
    // The answer to a yes/no question turns round.
    ['No. Fargate is compute.', 'Yes. Fargate is not compute.'],
    // Each clause flips on its own.
    ['ECS schedules; Fargate does not.', 'ECS does not schedule; Fargate does.'],
  ];
  it.each(cases)('%s', (answer, negated) => {
    expect(negateAnswer(answer, tag)).toBe(negated);
  });

  it('leaves a participle that only describes a noun alone ("managed Kubernetes")', () => {
    expect(negateAnswer('EKS (managed Kubernetes) does the scheduling.', tag)).toBe('EKS (managed Kubernetes) does not do the scheduling.');
  });

  it('denies a clause with no verb to flip as a whole, so the mutant keeps none of the answer\u2019s claims', () => {
    expect(negateAnswer('Long-running workers; services with custom runtimes; apps that outgrow the limits.', tag)).toBe(
      'Not long-running workers; not services with custom runtimes; apps that do not outgrow the limits.',
    );
    expect(negateAnswer('A multi-stage Dockerfile, a pinned base image (a fixed tag or digest), built by CI, and scanned before it ships.', tag)).toBe(
      'Not a multi-stage Dockerfile, a pinned base image (a fixed tag or digest), did not build by CI, and scanned before it does not ship.',
    );
  });

  it('turns a verbless contrast round and finds verbs the tagger calls nouns or puts after an adverb', () => {
    expect(negateAnswer('From measurement, not guesses: load-test it, then tighten once the service is stable.', tag)).toBe(
      'From guesses, not measurement: load-test it, then tighten once the service is not stable.',
    );
    expect(negateAnswer('So 100 tasks use 100 IPs.', tag)).toBe('So 100 tasks do not use 100 IPs.');
    expect(negateAnswer('Under shared responsibility you still need pinned base images.', tag)).toBe('Under shared responsibility you still do not need pinned base images.');
  });

  it('is undefined when no clause has anything to flip', () => {
    expect(negateAnswer('ECR, Artifact Registry, ACR.', tag)).toBeUndefined();
    expect(flipClause('GPU support', tag)).toBeUndefined();
  });
});
