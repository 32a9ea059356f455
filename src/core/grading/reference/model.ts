/**
 * The fitted combination of features (FEATURE_NAMES order) into a 0..1 score.
 *
 * WEIGHTS come from `node scripts/fit-reference.mjs`: least squares on the
 * Mohler et al. (2011) short-answer set (score_avg / 5), weights constrained
 * non-negative, term statistics over the set's questions and reference answers.
 * The reported Pearson r is the leave-one-assignment-out refit of the same
 * procedure (scripts/eval-reference.mjs). The intercept is dropped: the score
 * is rescaled so that nothing matched → 0 and the reference itself → 1.
 */
export const WEIGHTS: readonly number[] = [0.2296, 0, 0, 0.1731, 0, 0.0913];

/** Index of the `shortness` feature (≤ 0): a penalty, not part of the full-credit sum. */
const SHORTNESS = 5;

/** Σ wᵢ·fᵢ / Σ wᵢ (shortness excluded from the divisor), clipped to 0..1. */
export function combine(vector: readonly number[], weights: readonly number[] = WEIGHTS): number {
  let s = 0;
  let full = 0;
  for (let i = 0; i < vector.length; i++) {
    const w = weights[i] ?? 0;
    s += w * vector[i]!;
    if (i !== SHORTNESS) full += w;
  }
  const score = full > 0 ? s / full : 0;
  return Number.isFinite(score) ? Math.min(1, Math.max(0, score)) : 0;
}
