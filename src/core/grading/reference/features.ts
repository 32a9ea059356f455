/** Answer-vs-reference measurements that the fitted model combines into a score. */
import { termsOfWords } from './terms.js';
import { nearCredit } from './fuzzy.js';
import type { PreparedReference } from './prepare.js';

/** Content words of an answer beyond this many are ignored (bounds the work). */
export const MAX_ANSWER_TERMS = 5_000;

/**
 * Names of the feature vector entries, in order: IDF-weighted recall of the
 * reference's key terms, weighted precision of the answer's words (question
 * words left out), and a penalty (≤ 0) for answers much shorter than the
 * reference. Each can only grow when a missing key term is appended to the
 * answer, and the model's weights and powers are positive, so adding a key
 * term never lowers the score.
 */
export const FEATURE_NAMES = ['recall', 'precision', 'shortness'] as const;

/** The measurements, plus per-term credit for feedback. */
export interface Features {
  vector: number[];
  /** Credit 0..1 each key term got, aligned with `prepared.terms`. */
  credit: number[];
  /** Number of content words in the answer. */
  answerLength: number;
}

/**
 * Measures an answer, given as its normalized words (`words(answer)`), against
 * a prepared reference. Pure; O(key terms × distinct answer words).
 */
export function measure(prepared: PreparedReference, answerWords: readonly string[]): Features {
  const terms = termsOfWords(answerWords).slice(0, MAX_ANSWER_TERMS);
  const answerStems = new Set(terms.map((t) => t.stem));
  const refStems = new Set(prepared.terms.map((t) => t.stem));
  // Best near-match credit per reference term, and answer words that near-match some term.
  const credit = prepared.terms.map((t): number => (answerStems.has(t.stem) ? 1 : 0));
  const nearAnswer = new Map<string, number>();
  const keys = prepared.terms;
  for (const a of answerStems) {
    if (refStems.has(a)) continue;
    // Every key is tried (even ones already matched exactly) so that an answer word's
    // near-credit does not vanish when the exact word is added: precision stays monotone.
    for (let i = 0; i < keys.length; i++) {
      const c = nearCredit(keys[i]!.stem, a);
      if (c > 0) {
        if (c > credit[i]!) credit[i] = c;
        if (c > (nearAnswer.get(a) ?? 0)) nearAnswer.set(a, c);
      }
    }
  }

  let got = 0;
  prepared.terms.forEach((t, i) => (got += t.weight * credit[i]!));
  const recall = prepared.totalWeight > 0 ? got / prepared.totalWeight : 0;

  // Precision over answer words the question does not already give away.
  let inRef = 0;
  let all = 0;
  for (const a of answerStems) {
    if (prepared.questionStems.has(a)) continue;
    const isRef = refStems.has(a);
    const w = prepared.weightOf(a);
    all += w;
    inRef += isRef ? w : w * (nearAnswer.get(a) ?? 0);
  }
  const precision = all > 0 ? inRef / all : 0;

  // Answers much shorter than the reference lose a little (never a gain for padding).
  const shortness = Math.max(-2, Math.min(0, Math.log((1 + terms.length) / (1 + prepared.length))));
  return { vector: [recall, precision, shortness], credit, answerLength: terms.length };
}
