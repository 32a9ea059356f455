/**
 * A review session as a pure reducer, driven by both the plain review and the
 * TUI. The driver does the side effects (grading, recording) and reports
 * their results as actions:
 *
 *   answering --submit--> rating --rate--> saving --saved--> answering (next card) | done
 *   answering --undo (after collection.undoLast())--> answering (the undone card again)
 *   any --quit--> done
 */
import type { GradeResult } from '../grading/types.js';
import { verdictToRating, type RatingName } from './rating.js';

export type SessionPhase = 'answering' | 'rating' | 'saving' | 'done';

/** One review finished in this session. */
export interface SessionReview {
  key: string;
  rating: RatingName;
  due: Date;
}

export interface SessionState {
  /** Card keys still to show; `queue[0]` is the current card. */
  queue: readonly string[];
  phase: SessionPhase;
  /** The learner's answer to the current card (rating and saving phases). */
  answer?: string | undefined;
  grade?: GradeResult | undefined;
  elapsedMs?: number | undefined;
  suggested?: RatingName | undefined;
  /** The rating chosen (saving phase). */
  rating?: RatingName | undefined;
  overridden?: boolean | undefined;
  /** Reviews recorded in this session, oldest first (undo pops the last). */
  done: readonly SessionReview[];
  /** The session ends after this many reviews (learning cards coming back count too). */
  maxReviews?: number | undefined;
}

export type SessionAction =
  | { type: 'submit'; answer: string; grade: GradeResult; elapsedMs: number; fastMs?: number | undefined }
  | { type: 'rate'; rating?: RatingName | undefined }
  | { type: 'saved'; due: Date; now: Date; learnAheadMs?: number | undefined }
  | { type: 'undo' }
  | { type: 'quit' };

export function startSession(queue: readonly string[], maxReviews?: number): SessionState {
  return { queue, phase: queue.length && maxReviews !== 0 ? 'answering' : 'done', done: [], maxReviews };
}

/** The card being shown, if any. */
export const currentKey = (s: SessionState): string | undefined => (s.phase === 'done' ? undefined : s.queue[0]);

const cleared = { answer: undefined, grade: undefined, elapsedMs: undefined, suggested: undefined, rating: undefined, overridden: undefined };

export function sessionReducer(state: SessionState, action: SessionAction): SessionState {
  switch (action.type) {
    case 'submit': {
      if (state.phase !== 'answering') return state;
      const suggested = verdictToRating(action.grade.verdict, { elapsedMs: action.elapsedMs, fastMs: action.fastMs });
      return { ...state, phase: 'rating', answer: action.answer, grade: action.grade, elapsedMs: action.elapsedMs, suggested };
    }
    case 'rate': {
      if (state.phase !== 'rating') return state;
      const rating = action.rating ?? state.suggested!;
      return { ...state, phase: 'saving', rating, overridden: rating !== state.suggested };
    }
    case 'saved': {
      if (state.phase !== 'saving') return state;
      const key = state.queue[0]!;
      let rest = state.queue.slice(1);
      // A learning card due again within the learn-ahead window comes back in this session.
      const ahead = action.learnAheadMs ?? 20 * 60_000;
      if (action.due.getTime() - action.now.getTime() <= ahead) rest = [...rest, key];
      const done = [...state.done, { key, rating: state.rating!, due: action.due }];
      const more = rest.length > 0 && (state.maxReviews === undefined || done.length < state.maxReviews);
      return { ...state, ...cleared, queue: rest, done, phase: more ? 'answering' : 'done' };
    }
    case 'undo': {
      const last = state.done.at(-1);
      if (!last || (state.phase !== 'answering' && state.phase !== 'done')) return state;
      const queue = [last.key, ...state.queue.filter((k, i) => !(i === state.queue.lastIndexOf(last.key) && k === last.key))];
      return { ...state, ...cleared, queue, done: state.done.slice(0, -1), phase: 'answering' };
    }
    case 'quit':
      return { ...state, ...cleared, phase: 'done' };
  }
}
