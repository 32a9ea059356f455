import { describe, expect, it } from 'vitest';
import { currentQuestion, currentText, endEarly, expire, finishMock, interviewClock, mockGrader, questionClock, resumeProgress, skip, startProgress, submit, typed, type MockPlan, type MockQuestion } from '../../../src/core/mock/index.js';
import { bundled } from './content.js';

const T0 = Date.parse('2026-03-01T09:00:00Z');
const MIN = 60_000;

const card = (id: string, ref: string): MockQuestion => ({ id, kind: 'card', ref: `managed-containers/${ref}`, tags: ['iam'], prompt: ref, softMs: 5 * MIN });
const plan: MockPlan = {
  options: { minutes: 15, mix: 'even', seed: 1 },
  tags: ['iam'],
  notes: [],
  questions: [card('q1', 'myth.task-role-equals-execution-role'), card('q2', 'fact.ecs-what'), { id: 'q3', kind: 'calculation', ref: 'subnet-bits', seed: 5, tags: ['subnet'], prompt: 'calc', softMs: 5 * MIN }],
};
const { decks, design } = await bundled();
const grader = mockGrader({ decks, design });

const PARTIAL = 'They are two different roles. The task role is what your application code uses to call S3.';

describe('an interview step by step', () => {
  it('asks one follow-up after a partial answer, from the first missed point, and its reply can raise the score', () => {
    let p = startProgress(plan, T0);
    p = typed(p, PARTIAL);
    p = submit(p, plan, grader, T0 + MIN);
    // Still on q1: the follow-up, with nothing said about the grade.
    expect(currentQuestion(p, plan)?.id).toBe('q1');
    expect(p.stage).toBe('follow-up');
    expect(p.followUps['q1']).toEqual({ criterion: 'execution-role-does-plumbing', prompt: 'And what about the execution role?', answer: '' });
    expect(currentText(p)).toBe('');
    p = typed(p, 'The execution role is used by the agent to pull the image and write logs.');
    p = submit(p, plan, grader, T0 + 2 * MIN);
    expect(currentQuestion(p, plan)?.id).toBe('q2');
    expect(p.timeMs['q1']).toBe(2 * MIN);
    p = endEarly(p, T0 + 3 * MIN);
    const attempt = finishMock(plan, p, grader, T0 + 3 * MIN, '1');
    const q1 = attempt.questions[0]!;
    expect(grader.grade(plan.questions[0]!, PARTIAL).verdict).toBe('partial');
    expect(grader.grade(plan.questions[0]!, PARTIAL).score).toBeCloseTo(0.5, 6);
    expect(q1).toMatchObject({ score: 1, verdict: 'correct', followUp: { raised: true, prompt: 'And what about the execution role?' } });
    expect(q1.points.every((pt) => pt.met)).toBe(true);
    expect(attempt.timedOut).toBe(false);
  });

  it('a reply that adds nothing keeps the first grade; a correct answer gets no follow-up', () => {
    let p = typed(startProgress(plan, T0), PARTIAL);
    p = submit(p, plan, grader, T0);
    p = submit(typed(p, 'no idea'), plan, grader, T0);
    p = typed(p, 'ECS is AWS’s own container orchestrator: you define a task definition and a service, and the tasks run on Fargate or EC2.');
    p = submit(p, plan, grader, T0);
    expect(p.followUps['q2']).toBeUndefined();
    expect(currentQuestion(p, plan)?.id).toBe('q3');
    const attempt = finishMock(plan, endEarly(p, T0), grader, T0, '1');
    expect(attempt.questions[0]).toMatchObject({ score: 0.5, verdict: 'partial', followUp: { answer: 'no idea', raised: false } });
  });

  it('skip sends a question to the back with its text; skipping it again leaves it as it stands', () => {
    let p = startProgress(plan, T0);
    p = typed(p, 'half a thought');
    p = skip(p, T0 + MIN);
    expect(p.queue).toEqual(['q2', 'q3', 'q1']);
    expect(p.timeMs['q1']).toBe(MIN);
    p = skip(p, T0 + 2 * MIN);
    expect(p.queue).toEqual(['q3', 'q1', 'q2']);
    p = submit(typed(p, '72 /25'), plan, grader, T0 + 3 * MIN);
    // q1 is back, with what was typed.
    expect(currentQuestion(p, plan)?.id).toBe('q1');
    expect(currentText(p)).toBe('half a thought');
    expect(questionClock(p, plan, T0 + 4 * MIN)).toEqual({ spentMs: 2 * MIN, softMs: 5 * MIN, over: false });
    p = skip(p, T0 + 4 * MIN);
    expect(currentQuestion(p, plan)?.id).toBe('q2');
    p = skip(p, T0 + 5 * MIN);
    expect(p.done).toBe(true);
    const attempt = finishMock(plan, p, grader, T0 + 5 * MIN, '1');
    expect(attempt.questions.map((q) => [q.answer, q.unanswered, q.timeMs])).toEqual([
      ['half a thought', false, 2 * MIN],
      ['', true, 2 * MIN],
      ['72 /25', false, MIN],
    ]);
  });

  it('at zero the interview is submitted with what is there, the current text included', () => {
    let p = startProgress(plan, T0);
    expect(interviewClock(p, T0 + 14 * MIN)).toMatchObject({ state: 'warning', label: '1:00' });
    p = submit(typed(p, 'The task role is for the app.'), plan, grader, T0 + 5 * MIN);
    if (p.stage === 'follow-up') p = submit(p, plan, grader, T0 + 5 * MIN);
    p = typed(p, 'ECS is an orchestrator');
    const end = T0 + 15 * MIN;
    expect(interviewClock(p, end)).toMatchObject({ remainingMs: 0, state: 'expired' });
    p = expire(p, end);
    expect(p).toMatchObject({ done: true, timedOut: true });
    expect(p.timeMs).toEqual({ q1: 5 * MIN, q2: 10 * MIN });
    const attempt = finishMock(plan, p, grader, end, '1');
    expect(attempt.timedOut).toBe(true);
    expect(attempt.questions.map((q) => q.answer)).toEqual(['The task role is for the app.', 'ECS is an orchestrator', '']);
    expect(attempt.questions[2]).toMatchObject({ unanswered: true, score: 0, verdict: 'incorrect' });
  });

  it('a resumed interview does not count the time it was stopped', () => {
    let p = startProgress(plan, T0);
    p = typed(p, 'draft');
    const savedAt = T0 + 4 * MIN;
    p = resumeProgress(p, savedAt, savedAt + 60 * MIN);
    expect(interviewClock(p, savedAt + 60 * MIN).remainingMs).toBe(11 * MIN);
    expect(questionClock(p, plan, savedAt + 61 * MIN).spentMs).toBe(5 * MIN);
  });
});
