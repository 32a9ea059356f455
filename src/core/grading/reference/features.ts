/** Answer-vs-reference measurements that the fitted model combines into a score. */
import { contentTerms } from './terms.js';
import { nearCredit } from './fuzzy.js';
import type { KeyTerm, PreparedReference } from './prepare.js';

/** Content words of an answer beyond this many are ignored (bounds the work). */
export const MAX_ANSWER_TERMS = 5_000;

/** Names of the feature vector entries, in order (the fitting script prints them). */
export const FEATURE_NAMES = ['recall', 'precision', 'bigram', 'questionOnly', 'lengthRatio'] as const;

/** The measurements, plus per-term credit for feedback. */
export interface Features {
  vector: number[];
  /** Credit 0..1 each key term got, aligned with `prepared.terms`. */
  credit: number[];
  /** Number of content words in the answer. */
  answerLength: number;
}

function termCredit(term: KeyTerm, answerStems: Set<string>, answerList: string[]): number {
  if (answerStems.has(term.stem)) return 1;
  let best = 0;
  for (const a of answerList) {
    const c = nearCredit(term.stem, a);
    if (c > best) best = c;
  }
  return best;
}

/** Measures `answer` against a prepared reference. Pure. */
export function measure(prepared: PreparedReference, answer: string): Features {
  const terms = contentTerms(answer).slice(0, MAX_ANSWER_TERMS);
  const answerStems = new Set(terms.map((t) => t.stem));
  const answerList = [...answerStems];
  const credit = prepared.terms.map((t) => termCredit(t, answerStems, answerList));

  let got = 0;
  prepared.terms.forEach((t, i) => (got += t.weight * credit[i]!));
  const recall = prepared.totalWeight > 0 ? got / prepared.totalWeight : 0;

  // Precision over answer words that are not mere repetitions of the question.
  const refStems = new Map(prepared.terms.map((t, i) => [t.stem, credit[i]!] as const));
  let inRef = 0;
  let all = 0;
  let questionOnly = 0;
  for (const a of answerList) {
    const isRef = refStems.has(a);
    if (prepared.questionStems.has(a) && !isRef) {
      questionOnly++;
      continue;
    }
    const w = prepared.weightOf(a);
    all += w;
    if (isRef) inRef += w;
    else if (prepared.terms.some((t) => nearCredit(t.stem, a) > 0)) inRef += 0.8 * w;
  }
  const precision = all > 0 ? inRef / all : 0;

  let bigramHits = 0;
  if (prepared.bigrams.size > 0) {
    const seen = new Set<string>();
    for (let i = 1; i < terms.length; i++) seen.add(`${terms[i - 1]!.stem} ${terms[i]!.stem}`);
    for (const b of prepared.bigrams) if (seen.has(b)) bigramHits++;
  }
  const bigram = prepared.bigrams.size > 0 ? bigramHits / prepared.bigrams.size : recall;

  const qOnly = answerList.length > 0 ? questionOnly / answerList.length : 0;
  const lengthRatio = Math.log((1 + terms.length) / (1 + prepared.length));
  return { vector: [recall, precision, bigram, qOnly, lengthRatio], credit, answerLength: terms.length };
}
