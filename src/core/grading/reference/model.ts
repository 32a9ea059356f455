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
  correct: { intercept: -0.4253, weights: [0.8626, 0.0549, 0.8878, 0.9613, 0.3838, -0.6009, -0.6025, -0.3302, 0.5766, -0.1124, 0.2049, -0.1232, 0.1796, 0.2603, 0.4507, 0.283] },
  score: { intercept: 0.5151, weights: [0.5623, 0.1445, 0.7943, 1.2075, 0.0544, -0.0066, 0.0357, -0.293, 0.1517, 0.1419, 0.5854, 0.1216, -0.0273, 0.1464, 0.1415, 0.2672] },
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
