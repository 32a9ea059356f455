/**
 * The one definition of "due now", used by the queue, home, stats and the
 * forecast alike (DESIGN.md, Scheduling and state):
 *
 * - a review card is due now when it is due by the end of the learner's
 *   current day (the next day start, default 4 am local), so every review of
 *   the day is served at the first session of that day, whatever its clock time;
 * - a learning or relearning card is due now when it is due by now plus the
 *   learn-ahead window (default 20 minutes); one due within the window but not
 *   yet is served only when nothing else is left.
 *
 * New cards are never "due": they are introduced up to the daily new limit.
 */
import type { CardState } from './card-state.js';
import { endOfDay } from './day.js';

/** The settings the definition depends on. */
export interface DueSettings {
  dayStartHour: number;
  learnAheadMs: number;
}

/**
 * Where a card stands at `now`: `learning` (a step that is due), `ahead`
 * (a step due within the learn-ahead window), `review` (due on the learner's
 * day), `new`, or `later` (not due now).
 */
export type DueClass = 'learning' | 'ahead' | 'review' | 'new' | 'later';

const isLearning = (s: CardState): boolean => s.phase === 'learning' || s.phase === 'relearning';

export function dueClass(state: CardState | undefined, now: Date, settings: DueSettings): DueClass {
  if (!state || state.phase === 'new') return 'new';
  const due = state.due.getTime();
  if (isLearning(state)) {
    if (due <= now.getTime()) return 'learning';
    return due <= now.getTime() + settings.learnAheadMs ? 'ahead' : 'later';
  }
  return due < endOfDay(now, settings.dayStartHour).getTime() ? 'review' : 'later';
}

/** True when the card counts as due now (see the module comment). */
export function isDueNow(state: CardState | undefined, now: Date, settings: DueSettings): boolean {
  const c = dueClass(state, now, settings);
  return c === 'learning' || c === 'ahead' || c === 'review';
}
