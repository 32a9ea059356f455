/**
 * The fitted combination of features (FEATURE_NAMES: recall, precision,
 * shortness) into a 0..1 score:
 *
 *   score = (wR·recall^a + wP·precision^b + wS·shortness) / (wR + wP), clipped to 0..1
 *
 * so nothing matched → 0 and the reference itself → 1 (shortness ≤ 0 is a penalty).
 * MODEL comes from `node scripts/fit-reference.mjs`: powers a, b picked from a
 * grid and weights by least squares (non-negative) on the Mohler et al. (2011)
 * short-answer set (target score_avg / 5, term statistics over its questions
 * and reference answers). The reported Pearson r is the leave-one-assignment-out
 * refit of that whole procedure (scripts/eval-reference.mjs).
 */

/** Parameters of the score formula above. */
export interface ReferenceModel {
  recallPower: number;
  precisionPower: number;
  /** wR, wP, wS (non-negative). */
  weights: readonly [number, number, number];
}

export const MODEL: ReferenceModel = { recallPower: 0.4, precisionPower: 0.3, weights: [0.2129, 0.1838, 0.0904] };

/** The score formula; pure. */
export function combine(vector: readonly number[], model: ReferenceModel = MODEL): number {
  const [wR, wP, wS] = model.weights;
  const recall = Math.max(0, vector[0] ?? 0) ** model.recallPower;
  const precision = Math.max(0, vector[1] ?? 0) ** model.precisionPower;
  const full = wR + wP;
  const score = full > 0 ? (wR * recall + wP * precision + wS * (vector[2] ?? 0)) / full : 0;
  return Number.isFinite(score) ? Math.min(1, Math.max(0, score)) : 0;
}
