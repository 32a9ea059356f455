import { describe, expect, it } from 'vitest';
import { bundledDir, findCard, loadDecks } from '../../../src/cli/content.js';
import { gradeCard } from '../../../src/core/grading/index.js';
import { tokenize } from '../../../src/core/grading/tokenize.js';

const negatedWords = (text: string): string[] => tokenize(text).flatMap((c) => c.words.filter((_, i) => c.wordNegated[i]));
const decks = await loadDecks([bundledDir('decks')]);
const grade = (id: string, answer: string) => {
  const { deck, card } = findCard(decks, id);
  return gradeCard(card, answer, deck);
};

describe('negation scope: a denied verb phrase', () => {
  it('runs on through what the clause goes on to qualify after a comma or colon', () => {
    expect(negatedWords('An ALB does not need two AZs, each a /27 with 8 free IPs')).toEqual(['need', 'two', 'azs', 'each', 'a', '/27', 'with', '8', 'free', 'ips']);
    expect(negatedWords('You do not gain control: cost control by packing tasks, rolling AMIs, and GPU support')).toContain('gpu');
  });

  it('stops where a statement of its own starts', () => {
    expect(negatedWords('ECS does not need Kubernetes, EKS does')).toEqual(['need', 'kubernetes']);
    expect(negatedWords('Fargate is not an orchestrator, just compute')).toEqual(['an', 'orchestrator']);
    expect(negatedWords('Do not raise concurrency, lower it')).toEqual(['raise', 'concurrency']);
    expect(negatedWords('They are not the same thing: the execution role pulls the image')).toEqual(['the', 'same', 'thing']);
    expect(negatedWords('From a workload identity, never static keys: on ECS the app uses the task role')).toEqual(['static', 'keys']);
  });

  it('marks the words before the denied verb as its subject, not before a verb of their own', () => {
    expect(tokenize('Low concurrency does not make bursts need new instances')[0]!.denied).toBe(3);
    expect(tokenize('It marks a deployment FAILED once it cannot reach steady state')[0]!.denied).toBeUndefined();
  });

  it('is no subject after a verb of its own or a new noun phrase', () => {
    expect(tokenize('The container gets AccessDenied or the image will not pull')[0]!.denied).toBeUndefined();
    expect(tokenize('ENI trunking only works on EC2 container instances, not on Fargate, and it does not reduce IP usage')[0]!.denied).toBeUndefined();
  });

  it('a point said only as the subject of a denied claim is not met', () => {
    const r = grade('fact.cold-starts', 'Low concurrency does not make bursts need more instances.');
    expect(r.criteria.find((c) => c.id === 'cause')!.met).toBe(false);
  });
});

describe('swapped roles: one entity\u2019s bound claim said of another', () => {
  it('is a contradiction when the clause names only the other entity', () => {
    const r = grade('howto.lb-and-tls', 'On ECS Fargate you put the service behind an ALB with health checks. Fargate has built-in ingress: Google\u2019s front end terminates TLS.');
    expect(r.contradictions.map((c) => c.id)).toContain('swapped-roles');
    expect(r.verdict).toBe('incorrect');
  });

  it('a bound contradiction is said of the name before its words, not of one in a relative clause after them', () => {
    const r = grade('check.ecs-vs-fargate', 'ECS = the orchestrator (scheduling, desired count, deployments). Fargate = serverless compute that ECS can launch tasks onto, instead of EC2.');
    expect(r.contradictions).toEqual([]);
    expect(grade('check.ecs-vs-fargate', 'ECS is the serverless option and Fargate is where you run your own EC2 instances.').verdict).toBe('incorrect');
  });

  it('limits said of the platform whose name stands before them', () => {
    expect(grade('myth.cloud-run-is-lambda', 'Cloud Run runs any container image, requests up to 60 minutes and 32 GiB, where Lambda stops at 15 minutes and 10 GB; both scale to zero.').verdict).toBe('correct');
    expect(grade('myth.cloud-run-is-lambda', 'Lambda runs any container image with requests up to 60 minutes, while Cloud Run stops at 15 minutes.').verdict).toBe('incorrect');
    expect(grade('myth.cloud-run-is-lambda', 'Like Lambda, its requests time out after 15 minutes.').verdict).toBe('incorrect');
  });

  it('is no contradiction when the model answer says the same of that entity', () => {
    const r = grade('howto.lb-and-tls', 'On Fargate an Application Load Balancer with a target group and health checks terminates TLS and forwards to the tasks; Cloud Run has built-in ingress where Google\u2019s front end terminates TLS with a managed certificate.');
    expect(r.contradictions).toEqual([]);
    expect(r.verdict).toBe('correct');
  });
});
