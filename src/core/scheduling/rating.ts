import type { Verdict } from '../grading/types.js';
import type { CardPhase } from './card-state.js';

/** The four answer ratings, as Anki and FSRS name them. */
export type RatingName = 'again' | 'hard' | 'good' | 'easy';

export const RATINGS: readonly RatingName[] = ['again', 'hard', 'good', 'easy'];

/** The key a learner presses to choose a rating (1 Again … 4 Easy). */
export const ratingNumber = (rating: RatingName): 1 | 2 | 3 | 4 => (RATINGS.indexOf(rating) + 1) as 1 | 2 | 3 | 4;

/** The rating for key `1`–`4`, or undefined for anything else. */
export function ratingFromKey(key: string): RatingName | undefined {
  const n = /^[1-4]$/.test(key.trim()) ? Number(key.trim()) : 0;
  return n ? RATINGS[n - 1] : undefined;
}

/** Past (paste-free) answer times needed before the card's own median defines "fast". */
export const MIN_TIMES_FOR_MEDIAN = 3;

/**
 * How fast is "clearly fast" for one card: under a third of the median of its
 * past answer times (ms; answers that arrived in one burst, pasted or typed
 * ahead, are not among them) once there are at least 3. Never (undefined) for
 * a card that is new or still in its learning steps: Easy on a card's first
 * answers would send a card the learner has never studied days out, skipping
 * learning.
 */
export function fastThresholdMs(pastTimesMs: readonly number[], phase: CardPhase | undefined): number | undefined {
  if (phase !== 'review' && phase !== 'relearning') return undefined;
  if (pastTimesMs.length < MIN_TIMES_FOR_MEDIAN) return undefined;
  const sorted = [...pastTimesMs].sort((a, b) => a - b);
  const m = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[m]! : (sorted[m - 1]! + sorted[m]!) / 2;
  return median / 3;
}

/** What the learner's answer time is compared with. */
export interface AnswerTiming {
  /** How long the answer took. */
  elapsedMs: number;
  /** Below this the answer is clearly fast (see fastThresholdMs); undefined: never. */
  fastMs?: number | undefined;
}

/**
 * The suggested rating for a grade: incorrect → Again, partial → Hard,
 * correct → Good, or Easy when correct and clearly fast for that card.
 */
export function verdictToRating(verdict: Verdict, timing: AnswerTiming): RatingName {
  if (verdict === 'incorrect') return 'again';
  if (verdict === 'partial') return 'hard';
  return timing.fastMs !== undefined && timing.elapsedMs < timing.fastMs ? 'easy' : 'good';
}
