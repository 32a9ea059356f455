/**
 * Reference-only scoring: grades a free-text answer against a model answer by
 * informative-term overlap (stems, WordNet relations, IDF, question demoting,
 * near-matches) combined by a fitted model (model.ts).
 */
import { measure } from './features.js';
import { combine, judgedCorrect, MODEL, type ReferenceModel } from './model.js';
import { prepareReference, type PreparedReference } from './prepare.js';
import type { TermStats } from './term-stats.js';
import { words } from './normalize.js';
import { scopedStems } from './scoped.js';
import type { Clause } from '../tokenize.js';

export { buildTermStats, type TermStats } from './term-stats.js';
export { FEATURE_NAMES } from './features.js';
export { combine, judgedCorrect, linear, MODEL, type Head, type ReferenceModel } from './model.js';

// The reference's own wording (after normalization) is full credit, even when
// every reference word is in the question or the reference has no content words.
const isIdentical = (prepared: PreparedReference, answerWords: readonly string[]): boolean =>
  prepared.normalized !== '' && answerWords.length <= prepared.wordCount && answerWords.join(' ') === prepared.normalized;

/** Result of `scoreReference`. */
export interface ReferenceScore {
  /** 0..1, from the score head. */
  score: number;
  /** The verdict head's call: the answer says what the reference says. */
  correct: boolean;
  /** No word of the answer meets or relates to the reference or repeats the question. */
  offTopic: boolean;
  /** Reference key terms the answer covered (as the reference writes them). */
  matched: string[];
  /** Reference key terms the answer lacks, most informative first. */
  missing: string[];
}

/**
 * Scores `answer` against `reference`. `question` demotes words the question
 * already gives away; `corpus` (from `buildTermStats`) weights terms by IDF;
 * `model` replaces the shipped constants (the fitting script passes its folds');
 * `clauses`, the answer's `tokenize` when the caller has it, saves tokenizing again.
 * Pure and deterministic; the reference's preparation is cached.
 */
export function scoreReference(
  reference: string,
  answer: string,
  question?: string,
  corpus?: TermStats,
  model: ReferenceModel = MODEL,
  clauses?: readonly Clause[],
): ReferenceScore {
  const prepared = prepareReference(reference, question ?? '', corpus);
  const answerWords = words(answer);
  const f = measure(prepared, answerWords, scopedStems(answer, clauses));
  const matched: string[] = [];
  const missingTerms: { surface: string; weight: number }[] = [];
  prepared.terms.forEach((t, i) => {
    if ((f.credit[i] ?? 0) > 0) matched.push(t.surface);
    else missingTerms.push(t);
  });
  missingTerms.sort((a, b) => b.weight - a.weight);
  const missing = missingTerms.map((t) => t.surface);
  if (isIdentical(prepared, answerWords)) return { score: 1, correct: true, offTopic: false, matched, missing };
  // No key terms to look for, or no words at all: nothing to credit. ("O(n)" has no content word
  // yet earns 3 of 5 from Mohler's graders, so only a wordless answer is fixed at 0.)
  if (prepared.terms.length === 0 || answerWords.length === 0) return { score: 0, correct: false, offTopic: true, matched, missing };
  return { score: combine(f.vector, model), correct: judgedCorrect(f.vector, model), offTopic: f.offTopic, matched, missing };
}

/**
 * Feature vector of an answer (for the fitting script), and whether the
 * model is consulted at all (`fixed`: identical to the reference, a reference
 * without content words, or an answer without words).
 */
export function referenceFeatures(reference: string, answer: string, question?: string, corpus?: TermStats): { vector: number[]; fixed: boolean } {
  const prepared = prepareReference(reference, question ?? '', corpus);
  const answerWords = words(answer);
  const f = measure(prepared, answerWords, scopedStems(answer));
  return { vector: f.vector, fixed: isIdentical(prepared, answerWords) || prepared.terms.length === 0 || answerWords.length === 0 };
}
