/**
 * Verdict → FSRS rating, for the scheduler (DESIGN.md "Grading contract").
 * The numbers are ts-fsrs's `Rating` values (Again 1, Hard 2, Good 3, Easy 4),
 * kept as literals so grading does not load ts-fsrs.
 */
import type { Verdict } from './types.js';

/** ts-fsrs Rating: 1 Again, 2 Hard, 3 Good, 4 Easy. */
export type FsrsRating = 1 | 2 | 3 | 4;

/**
 * incorrect → Again, partial → Hard, correct → Good; correct and `fast`
 * (answered clearly faster than usual for this card, decided by the caller) → Easy.
 */
export function verdictToRating(verdict: Verdict, fast = false): FsrsRating {
  if (verdict === 'incorrect') return 1;
  if (verdict === 'partial') return 2;
  return fast ? 4 : 3;
}
