/**
 * How weak a card is, for `--mix weak`: the chance it is forgotten now (FSRS
 * recall probability from its stored state) and how low its past mock scores
 * were, whichever is worse. Read-only: nothing here changes a schedule.
 */
import { default_w, forgetting_curve } from 'ts-fsrs';
import type { CardState } from '../scheduling/card-state.js';

/** Weakness of a card nothing is known about: never reviewed, never in a mock. */
export const UNKNOWN_WEAKNESS = 0.5;
/** Past mock scores considered (the most recent). */
export const RECENT_SCORES = 3;

const DAY_MS = 86_400_000;

/** FSRS recall probability of a reviewed card at `now`; undefined for a new card. */
export function recallProbability(state: CardState | undefined, now: Date): number | undefined {
  if (!state || state.phase === 'new' || !(state.stability > 0) || !state.lastReview) return undefined;
  const days = Math.max(0, (now.getTime() - state.lastReview.getTime()) / DAY_MS);
  return forgetting_curve(default_w, days, state.stability);
}

/**
 * 0 (strong) … 1 (weak): the larger of 1 − recall probability and 1 − the
 * mean of the last RECENT_SCORES mock scores; UNKNOWN_WEAKNESS without either.
 */
export function cardWeakness(state: CardState | undefined, now: Date, pastScores: readonly number[] = []): number {
  const parts: number[] = [];
  const recall = recallProbability(state, now);
  if (recall !== undefined) parts.push(1 - recall);
  const recent = pastScores.slice(-RECENT_SCORES);
  if (recent.length) parts.push(1 - recent.reduce((a, b) => a + b, 0) / recent.length);
  return parts.length ? Math.max(...parts) : UNKNOWN_WEAKNESS;
}
