import { describe, expect, it } from 'vitest';
import { bundledDir, findCard, loadDecks } from '../../../src/cli/content.js';
import { gradeCard } from '../../../src/core/grading/index.js';

// Issue 9's table: answers a new user typed, graded through the REAL bundled
// deck. `at-least-partial` means partial or correct.
const decks = await loadDecks([bundledDir('decks')]);
const grade = (id: string, answer: string) => {
  const { deck, card } = findCard(decks, id);
  return gradeCard(card, answer, deck);
};

type Expect = 'correct' | 'incorrect' | 'at-least-partial';
const TABLE: [string, string, Expect][] = [
  ['gotcha.cloud-run-concurrency-80', 'Nothing goes wrong; a single-threaded app handles 80 concurrent requests fine, so keep concurrency at 80.', 'incorrect'],
  ['gotcha.cloud-run-concurrency-80', 'Set concurrency to 1000 so more requests fit.', 'incorrect'],
  ['fact.cloud-run-default-concurrency', 'The default is 1000 per instance, the maximum is 80 per vCPU.', 'incorrect'],
  ['check.ecs-vs-fargate', 'ECS is the serverless option and Fargate is where you run your own EC2 instances.', 'incorrect'],
  ['check.ecs-vs-fargate', 'Fargate is a separate serverless option that runs containers without ECS.', 'incorrect'],
  ['myth.cloud-run-is-lambda', 'Like Lambda, its requests time out after 15 minutes.', 'incorrect'],
  ['myth.fargate-is-k8s-without-clusters', 'Pretty much right. Fargate runs without an EKS control plane and does the scheduling of your pods.', 'incorrect'],
  ['myth.managed-always-cheaper', 'True, managed containers are always cheaper than VMs.', 'incorrect'],
  ['gotcha.alb-shares-subnets', 'The ALB needs 8 Availability Zones.', 'incorrect'],
  ['fact.cold-starts', 'Cold starts come from the image being too big.', 'incorrect'],
  ['myth.task-role-equals-execution-role', 'They are two separate identities: the execution one pulls the image and writes logs, the task one is what your code uses.', 'correct'],
  ['gotcha.fargate-eni-ips', 'Each task uses a single IP address from the subnet via its own ENI, so at the deploy peak of 200% you need twice the desired count of addresses plus the 5 AWS reserves in every subnet.', 'correct'],
  ['fact.fargate-billing', 'You pay for the vCPU and memory the task requests, about $0.04048 per vCPU per hour, metered per second with a one-minute minimum.', 'at-least-partial'],
  ['check.cloud-run-worse-than-fargate', 'When a client needs WebSockets that stay open for hours: Cloud Run cuts every request at 60 minutes.', 'at-least-partial'],
  ['fact.cloud-run-request-timeout', '300, 3600', 'correct'],
];

describe('issue 9: answers graded by what they claim', () => {
  it.each(TABLE)('%s: %s → %s', (id, answer, want) => {
    const r = grade(id, answer);
    if (want === 'at-least-partial') expect(['partial', 'correct']).toContain(r.verdict);
    else expect(r.verdict).toBe(want);
  });

  it('an answer that affirms the misconception shows no ✓ evidence quoting that sentence', () => {
    const r = grade('myth.managed-always-cheaper', 'True, managed containers are always cheaper than VMs.');
    expect(r.contradictions.length).toBeGreaterThan(0);
    const quoted = new Set(r.contradictions.map((c) => c.evidence));
    expect(r.criteria.filter((c) => c.met && c.evidence !== undefined && [...quoted].some((q) => c.evidence!.includes(q) || q.includes(c.evidence!)))).toEqual([]);
  });

  it('a denial of the problem shows no ✓ evidence quoting the denial', () => {
    const r = grade('gotcha.cloud-run-concurrency-80', 'Nothing goes wrong; a single-threaded app handles 80 concurrent requests fine, so keep concurrency at 80.');
    expect(r.criteria.filter((c) => c.met && c.id === 'requests-queue')).toEqual([]);
  });
});
