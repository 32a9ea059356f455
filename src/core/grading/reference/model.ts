/**
 * The fitted model of reference-only grading: two logistic heads over the
 * feature vector (FEATURE_NAMES in features.ts).
 *
 * - `correct` decides the verdict: the answer is correct when
 *   intercept + weights·features ≥ 0. Fitted on the SciEntsBank training split
 *   (2-way labels) with the Mohler answers (score_avg ≥ 4 of 5 as correct), the
 *   cut-off chosen for the best SciEntsBank macro-F1 and folded into the intercept.
 * - `score` gives the 0..1 score: sigmoid(intercept + weights·features).
 *   Fitted on the Mohler et al. (2011) set (target score_avg / 5).
 *
 * Both come from `node scripts/fit-reference.mjs`, which also prints the
 * cross-validated figures (grouped folds; never the in-sample fit). Two heads
 * because one logistic head fitted to both sets loses on each (CV macro-F1
 * 0.69 and Mohler r 0.57 against 0.70 and 0.605).
 */

/** One logistic head: intercept and one weight per feature. */
export interface Head {
  intercept: number;
  weights: readonly number[];
}

/** Parameters of reference-only grading. */
export interface ReferenceModel {
  /** Verdict head: linear predictor ≥ 0 means correct. */
  correct: Head;
  /** Score head: sigmoid of its linear predictor is the score. */
  score: Head;
}

export const MODEL: ReferenceModel = {
  correct: { intercept: -0.4416, weights: [0.84, 0.0586, 0.879, 0.9816, 0.3838, -0.5944, -0.6053, -0.3307, 0.6069, -0.1118, 0.1806, -0.1271, 0.1704, 0.281, 0.4484, 0.2846] },
  score: { intercept: 0.515, weights: [0.5608, 0.1446, 0.7941, 1.2087, 0.054, -0.0061, 0.0356, -0.2931, 0.1542, 0.142, 0.5839, 0.1209, -0.0277, 0.147, 0.1414, 0.2676] },
};

/** intercept + weights·vector (missing or non-finite entries count as 0). */
export function linear(head: Head, vector: readonly number[]): number {
  let z = head.intercept;
  head.weights.forEach((w, i) => {
    const x = vector[i] ?? 0;
    if (Number.isFinite(x)) z += w * x;
  });
  return Number.isFinite(z) ? z : 0;
}

/** The score head's 0..1 score. */
export function combine(vector: readonly number[], model: ReferenceModel = MODEL): number {
  return 1 / (1 + Math.exp(-linear(model.score, vector)));
}

/** True when the verdict head calls the answer correct. */
export function judgedCorrect(vector: readonly number[], model: ReferenceModel = MODEL): boolean {
  return linear(model.correct, vector) >= 0;
}
