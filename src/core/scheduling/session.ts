/**
 * A review session as a pure reducer, driven by both the plain review and the
 * TUI. The driver does the side effects (grading, recording) and reports
 * their results as actions:
 *
 *   answering --submit--> rating --rate--> saving --saved--> answering (next card) | done
 *   answering --undo (after collection.undoLast())--> answering (the undone card again)
 *   answering --rebuild (the learner's day changed)--> answering with the new day's queue
 *   any --quit--> done
 *
 * Which card comes next is decided when a review is saved, at that moment's
 * time: a learning card whose step is due comes first (a failed card returns
 * when its step is due, interleaved with the rest), then the queue in order,
 * then learning cards due within the learn-ahead window (when nothing else is
 * left). The next card is never a sibling (same group) of the card just
 * reviewed while any other card is waiting.
 */
import type { GradeResult } from '../grading/types.js';
import { verdictToRating, type RatingName } from './rating.js';

export type SessionPhase = 'answering' | 'rating' | 'saving' | 'done';

/** A card put into a session: its key, group, and (learning cards) when its step is due. */
export interface SessionCard {
  key: string;
  group?: string | undefined;
  /** Learning cards only: when the current step is due. */
  due?: Date | undefined;
}

/** One review finished in this session. */
export interface SessionReview {
  key: string;
  rating: RatingName;
  due: Date;
  /** The card's step due time in the session before this review (restored by undo). */
  prevDue?: number | undefined;
}

export interface SessionState {
  /** Card keys still to show; `queue[0]` is the current card. */
  queue: readonly string[];
  /** Learning cards in the queue: when each one's step is due (ms since the epoch). */
  dues: Readonly<Record<string, number>>;
  /** Each grouped card's group (siblings share one). */
  groups: Readonly<Record<string, string>>;
  phase: SessionPhase;
  /** The learner's answer to the current card (rating and saving phases). */
  answer?: string | undefined;
  grade?: GradeResult | undefined;
  elapsedMs?: number | undefined;
  /** The answer arrived in one burst (pasted or typed ahead): not timed. */
  pasted?: boolean | undefined;
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
  | { type: 'submit'; answer: string; grade: GradeResult; elapsedMs: number; fastMs?: number | undefined; pasted?: boolean | undefined }
  | { type: 'rate'; rating?: RatingName | undefined }
  | { type: 'saved'; due: Date; now: Date; learnAheadMs?: number | undefined }
  | { type: 'rebuild'; cards: readonly SessionCard[]; now: Date }
  | { type: 'undo' }
  | { type: 'quit' };

type Cards = readonly (string | SessionCard)[];

function index(cards: Cards): Pick<SessionState, 'queue' | 'dues' | 'groups'> {
  const dues: Record<string, number> = {};
  const groups: Record<string, string> = {};
  const queue = cards.map((c) => {
    if (typeof c === 'string') return c;
    if (c.group !== undefined) groups[c.key] = c.group;
    if (c.due !== undefined) dues[c.key] = c.due.getTime();
    return c.key;
  });
  return { queue, dues, groups };
}

export function startSession(cards: Cards, maxReviews?: number): SessionState {
  return { ...index(cards), phase: cards.length && maxReviews !== 0 ? 'answering' : 'done', done: [], maxReviews };
}

/** The card being shown, if any. */
export const currentKey = (s: SessionState): string | undefined => (s.phase === 'done' ? undefined : s.queue[0]);

/**
 * The order of the cards left at `now`, after `last` was reviewed: steps due
 * (earliest first), the rest as queued, steps not yet due (earliest first);
 * then the first card that is not a sibling of `last` moves to the front.
 */
export function orderRest(rest: readonly string[], dues: Readonly<Record<string, number>>, groups: Readonly<Record<string, string>>, now: number, last?: string): string[] {
  const step = (k: string): number | undefined => dues[k];
  const dueSteps = rest.filter((k) => step(k) !== undefined && step(k)! <= now).sort((a, b) => step(a)! - step(b)!);
  const queued = rest.filter((k) => step(k) === undefined);
  const ahead = rest.filter((k) => step(k) !== undefined && step(k)! > now).sort((a, b) => step(a)! - step(b)!);
  const ordered = [...dueSteps, ...queued, ...ahead];
  const lastGroup = last === undefined ? undefined : groups[last];
  if (lastGroup === undefined) return ordered;
  const i = ordered.findIndex((k) => groups[k] !== lastGroup);
  if (i <= 0) return ordered;
  return [ordered[i]!, ...ordered.slice(0, i), ...ordered.slice(i + 1)];
}

const cleared = { answer: undefined, grade: undefined, elapsedMs: undefined, pasted: undefined, suggested: undefined, rating: undefined, overridden: undefined };

export function sessionReducer(state: SessionState, action: SessionAction): SessionState {
  switch (action.type) {
    case 'submit': {
      if (state.phase !== 'answering') return state;
      // A burst of input (paste, typed ahead) says nothing about recall speed: never "clearly fast".
      const timing = { elapsedMs: action.elapsedMs, fastMs: action.pasted ? undefined : action.fastMs };
      const suggested = verdictToRating(action.grade.verdict, timing);
      return { ...state, phase: 'rating', answer: action.answer, grade: action.grade, elapsedMs: action.elapsedMs, pasted: action.pasted, suggested };
    }
    case 'rate': {
      if (state.phase !== 'rating') return state;
      const rating = action.rating ?? state.suggested!;
      return { ...state, phase: 'saving', rating, overridden: rating !== state.suggested };
    }
    case 'saved': {
      if (state.phase !== 'saving') return state;
      const key = state.queue[0]!;
      const rest = state.queue.slice(1);
      const dues = { ...state.dues };
      const prevDue = dues[key];
      delete dues[key];
      // A learning card due again within the learn-ahead window comes back in this session.
      const ahead = action.learnAheadMs ?? 20 * 60_000;
      if (action.due.getTime() - action.now.getTime() <= ahead) {
        rest.push(key);
        dues[key] = action.due.getTime();
      }
      const done = [...state.done, { key, rating: state.rating!, due: action.due, prevDue }];
      const more = rest.length > 0 && (state.maxReviews === undefined || done.length < state.maxReviews);
      const queue = orderRest(rest, dues, state.groups, action.now.getTime(), key);
      return { ...state, ...cleared, queue, dues, done, phase: more ? 'answering' : 'done' };
    }
    case 'rebuild': {
      if (state.phase !== 'answering') return state;
      const fresh = index(action.cards);
      const last = state.done.at(-1)?.key;
      const queue = orderRest(fresh.queue, fresh.dues, { ...state.groups, ...fresh.groups }, action.now.getTime(), last);
      return { ...state, queue, dues: fresh.dues, groups: { ...state.groups, ...fresh.groups }, phase: queue.length ? 'answering' : 'done' };
    }
    case 'undo': {
      const last = state.done.at(-1);
      if (!last || (state.phase !== 'answering' && state.phase !== 'done')) return state;
      const queue = [last.key, ...state.queue.filter((k) => k !== last.key)];
      const dues = { ...state.dues };
      delete dues[last.key];
      if (last.prevDue !== undefined) dues[last.key] = last.prevDue;
      return { ...state, ...cleared, queue, dues, done: state.done.slice(0, -1), phase: 'answering' };
    }
    case 'quit':
      return { ...state, ...cleared, phase: 'done' };
  }
}
