/** Verdict thresholds and the verdict for a score. */
import type { Thresholds } from '../deck/schema.js';
import type { Verdict } from './types.js';

/** Engine defaults, used when a card has no `thresholds`. */
export const DEFAULT_THRESHOLDS: Thresholds = { correct: 0.75, partial: 0.4 };

/** `score >= correct` is correct, `>= partial` partial, else incorrect. */
export function verdictFor(score: number, thresholds: Thresholds = DEFAULT_THRESHOLDS): Verdict {
  if (score >= thresholds.correct) return 'correct';
  if (score >= thresholds.partial) return 'partial';
  return 'incorrect';
}

/** Keeps a score inside [0, 1] (NaN becomes 0). */
export const clamp01 = (x: number): number => (Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0);

/** A score just under `limit`, so that a capped score lands in the verdict below it. */
export const below = (limit: number): number => Math.max(0, limit - 0.01);
