/**
 * The mock interview's domain types: the plan (which questions, in which
 * order, from which seed), the progress through it (what a draft holds) and
 * the finished attempt (what the mock attempts file keeps).
 */
import type { Verdict } from '../grading/types.js';

/** How questions are chosen: evenly over the tags, or weakest cards first. */
export type MockMix = 'even' | 'weak';

/** What the learner asked for; with the seed, enough to build the same interview again. */
export interface MockOptions {
  minutes: number;
  /** Total questions (calculation and design included); default from the minutes. */
  questions?: number | undefined;
  /** Tags to draw cards from; default every tag of the loaded decks. */
  tags?: readonly string[] | undefined;
  mix: MockMix;
  seed: number;
}

/** A deck card question, the generated calculation, or one half of the design question. */
export type MockQuestionKind = 'card' | 'calculation' | 'design';

/** The platform half of the deployment-sketch design question. */
export type DesignPart = 'fargate' | 'cloudrun';

/** One question of the interview. */
export interface MockQuestion {
  /** `q1`, `q2`, … in plan order. */
  id: string;
  kind: MockQuestionKind;
  /** `deckId/cardId`, or the drill id (`subnet-bits`, `deployment-sketch`). */
  ref: string;
  /** Design questions: which platform's sections grade it. */
  part?: DesignPart | undefined;
  /** Calculations: the seed of the generated subnet problem. */
  seed?: number | undefined;
  /** Tags the question counts toward in the report. */
  tags: string[];
  /** The question as asked. */
  prompt: string;
  /** Soft time for this question (a guide, not a limit). */
  softMs: number;
}

/** A built interview. */
export interface MockPlan {
  options: MockOptions;
  /** The tags drawn from (the options' tags, or all). */
  tags: string[];
  questions: MockQuestion[];
  /** Said once before the first question (e.g. fewer cards than asked for). */
  notes: string[];
}

/** The follow-up asked after a partial answer. */
export interface FollowUp {
  /** The rubric point it comes from (the first one missed). */
  criterion: string;
  /** "And what about the execution role?" */
  prompt: string;
  /** The learner's reply so far. */
  answer: string;
}

/** Where the learner is in the interview: everything a draft needs to resume. */
export interface MockProgress {
  /** Question ids still to ask, in order; the first one is being asked. */
  queue: string[];
  /** Ids skipped once (they went to the back of the queue). */
  skipped: string[];
  answers: Record<string, string>;
  followUps: Record<string, FollowUp>;
  /** Which text the learner is typing: the answer or the follow-up reply. */
  stage: 'answer' | 'follow-up';
  /** Time spent on each question so far. */
  timeMs: Record<string, number>;
  /** When the current question came up (interview clock, epoch ms). */
  shownAt: number;
  /** When the interview started; the countdown is remaining(startedAt, now, limitMs, pausedMs). */
  startedAt: number;
  limitMs: number;
  /** Time spent stopped (between a crash and the resume): not counted. */
  pausedMs: number;
  done: boolean;
  timedOut: boolean;
}

/** One rubric point, met or missed. */
export interface MockPoint {
  id: string;
  met: boolean;
  /** What was missing, in a learner's words (missed points). */
  hint?: string | undefined;
}

/** A question's grade as the interview sees it. */
export interface QuestionGrade {
  score: number;
  verdict: Verdict;
  points: MockPoint[];
  notes: string[];
  modelAnswer: string;
  /** Card keys (`deckId/cardId`) worth studying after this answer. */
  study: string[];
}

/** One graded question of a finished interview. */
export interface QuestionResult extends QuestionGrade {
  id: string;
  kind: MockQuestionKind;
  ref: string;
  tags: string[];
  prompt: string;
  answer: string;
  followUp?: (FollowUp & { raised: boolean }) | undefined;
  /** Nothing was written (skipped to the end, or time ran out first). */
  unanswered: boolean;
  timeMs: number;
  softMs: number;
}

/** A finished mock interview, as kept in the mock attempts file. */
export interface MockAttempt {
  /** `1`, `2`, … in the order they were kept. */
  id: string;
  options: MockOptions;
  startedAt: number;
  finishedAt: number;
  timedOut: boolean;
  /** Mean of the question scores, 0..1. */
  score: number;
  questions: QuestionResult[];
  /** Card keys to study, without repeats. */
  study: string[];
}
