/**
 * The fitted combination of features into a 0..1 score.
 * PLACEHOLDER weights; replaced by scripts/fit-reference.mjs output.
 */
export const WEIGHTS: readonly number[] = [1, 0, 0, 0, 0];
export const INTERCEPT = 0;

/** Linear combination clipped to 0..1. */
export function combine(vector: readonly number[], weights = WEIGHTS, intercept = INTERCEPT): number {
  let s = intercept;
  for (let i = 0; i < vector.length; i++) s += (weights[i] ?? 0) * vector[i]!;
  return Number.isFinite(s) ? Math.min(1, Math.max(0, s)) : 0;
}
