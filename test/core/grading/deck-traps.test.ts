import { describe, expect, it } from 'vitest';
import { bundledDir, findCard, loadDecks } from '../../../src/cli/content.js';
import { gradeCard } from '../../../src/core/grading/index.js';

// The structural traps of issue 3, on the REAL bundled deck.
const decks = await loadDecks([bundledDir('decks')]);
const grade = (id: string, answer: string) => {
  const { deck, card } = findCard(decks, id);
  return gradeCard(card, answer, deck);
};
const FARGATE = 'myth.fargate-is-k8s-without-clusters';
const ROLES = 'myth.task-role-equals-execution-role';
const LAMBDA = 'myth.cloud-run-is-lambda';

describe('structural traps on the bundled deck', () => {
  it('negation: "Fargate is not an orchestrator" is correct, the same words affirmed are not', () => {
    const right = grade(FARGATE, 'Fargate is not an orchestrator. It is serverless compute under ECS or EKS, which do the scheduling.');
    expect(right.verdict).toBe('correct');
    const wrong = grade(FARGATE, 'Fargate is an orchestrator. It is serverless compute under ECS or EKS.');
    expect(wrong.verdict).not.toBe('correct');
    expect(wrong.contradictions.map((c) => c.id)).toContain('fargate-schedules');
  });

  it("negation by contraction: \"Fargate isn't Kubernetes\" does not trigger the Kubernetes contradiction", () => {
    const r = grade(FARGATE, "Fargate isn't Kubernetes and doesn't orchestrate anything: it is serverless capacity for ECS tasks or EKS pods.");
    expect(r.contradictions).toEqual([]);
    expect(r.verdict).toBe('correct');
  });

  it('the base of a comparison is named, not claimed: "a premium on top of raw compute" is no "you pay for raw compute"', () => {
    const DIY = 'fact.diy-equivalent';
    const base = "You pay for work that's already done: they built and run the scheduler, restarts, rollouts and scaling. There's a small premium";
    expect(grade(DIY, `${base} on top of raw compute, cheaper than building it yourself.`).contradictions).toEqual([]);
    expect(grade(DIY, `${base}, and it costs more than raw compute.`).contradictions).toEqual([]);
    expect(grade(DIY, 'Mostly you pay for raw compute and faster machines.').contradictions.map((c) => c.id)).toEqual(['for-the-hardware']);
  });

  it('who-does-what: the right pairing is correct, the swapped pairing is incorrect', () => {
    const right = 'Two different roles: the execution role pulls the image and writes logs, the task role is what your code uses to call S3.';
    const swapped = 'Two different roles: the task role pulls the image and writes logs, the execution role is what your code uses to call S3.';
    expect(grade(ROLES, right).verdict).toBe('correct');
    const r = grade(ROLES, swapped);
    expect(r.verdict).toBe('incorrect');
    expect(r.contradictions.map((c) => c.id).sort()).toEqual(['execution-role-for-app', 'task-role-pulls']);
  });

  it('restating the misconception is incorrect', () => {
    expect(grade(ROLES, 'Yes, they are the same thing.').verdict).toBe('incorrect');
    expect(grade(LAMBDA, "Cloud Run is just Google's Lambda.").verdict).toBe('incorrect');
    expect(grade(FARGATE, 'Yes, Fargate is Kubernetes without clusters.').verdict).toBe('incorrect');
  });

  it('keyword soup is incorrect', () => {
    const r = grade(ROLES, 'execution role, task role, ECR, image, logs, S3, your code, different');
    expect(r.verdict).toBe('incorrect');
    expect(r.notes).toContain('a list of terms is not an answer: say how they relate in a sentence');
    expect(grade(FARGATE, 'Fargate ECS EKS serverless launch type orchestrator').verdict).toBe('incorrect');
  });

  it('an empty answer is incorrect on every bundled card', () => {
    for (const deck of decks) {
      for (const card of deck.cards) expect([card.id, gradeCard(card, '', deck).verdict]).toEqual([card.id, 'incorrect']);
    }
  });

  it('an off-topic answer is incorrect on every bundled card', () => {
    for (const deck of decks) {
      for (const card of deck.cards) {
        expect([card.id, gradeCard(card, 'I had pizza for lunch yesterday and it was lovely.', deck).verdict]).toEqual([card.id, 'incorrect']);
      }
    }
  });

  it("every bundled card's model answer grades correct against its own card", () => {
    for (const deck of decks) {
      // Generated cards (drill.subnet-bits) are graded by the drill engine, not gradeCard.
      for (const card of deck.cards.filter((c) => c.kind !== 'generated')) {
        expect([card.id, gradeCard(card, card.answer, deck).verdict]).toEqual([card.id, 'correct']);
      }
    }
  });

  it('a choice card is correct for its option text too', () => {
    for (const deck of decks) {
      for (const card of deck.cards.filter((c) => c.kind === 'choice')) {
        expect([card.id, gradeCard(card, card.correct!, deck).verdict]).toEqual([card.id, 'correct']);
      }
    }
  });

  it('a choice card also accepts a model answer that leads with its option', () => {
    const { deck, card } = findCard(decks, 'fact.role-symptom');
    expect(gradeCard(card, card.answer, deck).verdict).toBe('correct');
    expect(gradeCard(card, 'The task role, because it pulls the image.', deck).verdict).toBe('incorrect');
  });
  it('a list that leaves out its verb: each item keeps its own name', () => {
    const r = grade('howto.graceful-shutdown', 'On SIGTERM stop taking new requests, finish in-flight ones and exit. ECS/Fargate gives 30 s by default (max 120 s), Cloud Run a fixed 10 s, and Container Apps 30 s by default.');
    expect(r.contradictions).toEqual([]);
    expect(r.verdict).toBe('correct');
    // The same list with Cloud Run given 30 s is still caught.
    expect(grade('howto.graceful-shutdown', 'ECS/Fargate gives 30 s by default, Container Apps a fixed 10 s, and Cloud Run 30 s.').contradictions.map((c) => c.id)).toContain('cloud-run-30');
  });
  it('a name opening a comma part is what that part is said of, in any case', () => {
    expect(grade('check.ecs-vs-fargate', 'ecs = orchestrator, fargate = serverless compute where aws runs the hosts').contradictions).toEqual([]);
    expect(grade('check.ecs-vs-fargate', 'fargate = orchestrator, ecs = serverless compute where aws runs the hosts').verdict).toBe('incorrect');
  });
  it('words the model answer says of a second name the question asks about count when said of that name', () => {
    const r = grade('howto.hides-and-exposes', 'Fargate: hides OS patching of the hosts, exposes subnet IP planning (an ENI per task). Cloud Run: hides certs and load balancing, exposes cold starts.');
    expect(r.criteria.filter((c) => !c.met).map((c) => c.id)).toEqual([]);
    expect(r.verdict).toBe('correct');
  });
});
