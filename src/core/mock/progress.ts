/**
 * The interview as a state machine over MockProgress: answer, follow-up,
 * skip (to the back of the queue, once), time-out. Every step is a pure
 * function of the progress, the plan and `now`; grading is passed in, and no
 * verdict leaves this module before the end.
 */
import { remaining, type Countdown } from '../drills/countdown.js';
import type { MockGrader } from './grader.js';
import type { MockPlan, MockProgress, MockQuestion } from './types.js';

export function startProgress(plan: MockPlan, now: number): MockProgress {
  return {
    queue: plan.questions.map((q) => q.id),
    skipped: [],
    answers: {},
    followUps: {},
    stage: 'answer',
    timeMs: {},
    shownAt: now,
    startedAt: now,
    limitMs: plan.options.minutes * 60_000,
    pausedMs: 0,
    done: false,
    timedOut: false,
  };
}

/** The whole interview's countdown at `now`. */
export const interviewClock = (p: MockProgress, now: number): Countdown => remaining(p.startedAt, now, p.limitMs, p.pausedMs);

/** Time on the current question so far, and its soft time. */
export function questionClock(p: MockProgress, plan: MockPlan, now: number): { spentMs: number; softMs: number; over: boolean } {
  const q = currentQuestion(p, plan);
  const spentMs = (q ? (p.timeMs[q.id] ?? 0) : 0) + Math.max(0, now - p.shownAt);
  const softMs = q?.softMs ?? 0;
  return { spentMs, softMs, over: spentMs > softMs };
}

export function currentQuestion(p: MockProgress, plan: MockPlan): MockQuestion | undefined {
  if (p.done) return undefined;
  return plan.questions.find((q) => q.id === p.queue[0]);
}

/** The text being typed now: the answer, or the follow-up reply. */
export function currentText(p: MockProgress): string {
  const id = p.queue[0];
  if (!id) return '';
  return p.stage === 'follow-up' ? (p.followUps[id]?.answer ?? '') : (p.answers[id] ?? '');
}

/** Records what is typed (the whole text of the current answer or reply). */
export function typed(p: MockProgress, text: string): MockProgress {
  const id = p.queue[0];
  if (!id || p.done) return p;
  if (p.stage === 'follow-up') return { ...p, followUps: { ...p.followUps, [id]: { ...p.followUps[id]!, answer: text } } };
  return { ...p, answers: { ...p.answers, [id]: text } };
}

/** Charges the time since the question came up to it. */
function charge(p: MockProgress, now: number): MockProgress {
  const id = p.queue[0];
  if (!id) return p;
  return { ...p, timeMs: { ...p.timeMs, [id]: (p.timeMs[id] ?? 0) + Math.max(0, now - p.shownAt) }, shownAt: now };
}

/** Leaves the current question for good. */
function advance(p: MockProgress, now: number): MockProgress {
  const charged = charge(p, now);
  const queue = charged.queue.slice(1);
  return { ...charged, queue, stage: 'answer', done: queue.length === 0 };
}

/**
 * The learner is done with the current text. An answer graded partial gets
 * one follow-up (the grade itself is not shown); anything else moves on.
 */
export function submit(p: MockProgress, plan: MockPlan, grader: MockGrader, now: number): MockProgress {
  const q = currentQuestion(p, plan);
  if (!q) return p;
  if (p.stage === 'answer' && !p.followUps[q.id]) {
    const followUp = grader.followUp(q, grader.grade(q, p.answers[q.id] ?? ''));
    if (followUp) return { ...p, stage: 'follow-up', followUps: { ...p.followUps, [q.id]: { ...followUp, answer: '' } } };
  }
  return advance(p, now);
}

/**
 * Skips the current question to the back of the queue, keeping what is
 * typed. A question skipped before (it has come back) and a follow-up are
 * left as they stand instead.
 */
export function skip(p: MockProgress, now: number): MockProgress {
  const id = p.queue[0];
  if (!id || p.done) return p;
  if (p.stage === 'follow-up' || p.skipped.includes(id)) return advance(p, now);
  const charged = charge(p, now);
  return { ...charged, queue: [...charged.queue.slice(1), id], skipped: [...charged.skipped, id] };
}

/** Time is up: what is there is submitted. */
export function expire(p: MockProgress, now: number): MockProgress {
  if (p.done) return p;
  return { ...charge(p, now), done: true, timedOut: true };
}

/** Resuming a draft saved at `savedAt`: the time away is not counted. */
export function resumeProgress(p: MockProgress, savedAt: number, now: number): MockProgress {
  const away = Math.max(0, now - savedAt);
  return { ...p, pausedMs: p.pausedMs + away, shownAt: p.shownAt + away };
}

/** The learner ends the interview before time is up: what is there is submitted. */
export function endEarly(p: MockProgress, now: number): MockProgress {
  if (p.done) return p;
  return { ...charge(p, now), done: true };
}
