import type { Verdict } from '../core/grading/index.js';
import type { Rating } from './backend.js';

/** DESIGN.md: incorrect → Again, partial → Hard, correct → Good. */
export function suggestRating(verdict: Verdict): Rating {
  return verdict === 'incorrect' ? 1 : verdict === 'partial' ? 2 : 3;
}
