/**
 * Reference-only scoring: grades a free-text answer against a model answer by
 * informative-term overlap (stems, synonyms, IDF, question demoting, near-matches).
 */
import { measure } from './features.js';
import { combine } from './model.js';
import { prepareReference } from './prepare.js';
import type { TermStats } from './term-stats.js';
import { words } from './normalize.js';

export { buildTermStats, type TermStats } from './term-stats.js';
export { FEATURE_NAMES } from './features.js';
export { combine, MODEL, type ReferenceModel } from './model.js';

/** Result of `scoreReference`. */
export interface ReferenceScore {
  /** 0..1. */
  score: number;
  /** Reference key terms the answer covered (as the reference writes them). */
  matched: string[];
  /** Reference key terms the answer lacks, most informative first. */
  missing: string[];
}

/**
 * Scores `answer` against `reference` (0..1). `question` demotes words the
 * question already gives away; `corpus` (from `buildTermStats`) weights terms by IDF.
 * Pure and deterministic; the reference's preparation is cached.
 */
export function scoreReference(reference: string, answer: string, question?: string, corpus?: TermStats): ReferenceScore {
  const prepared = prepareReference(reference, question ?? '', corpus);
  const answerWords = words(answer);
  const f = measure(prepared, answerWords);
  const matched: string[] = [];
  const missingTerms: { surface: string; weight: number }[] = [];
  prepared.terms.forEach((t, i) => {
    if ((f.credit[i] ?? 0) > 0) matched.push(t.surface);
    else missingTerms.push(t);
  });
  missingTerms.sort((a, b) => b.weight - a.weight);
  // The reference's own wording (after normalization) is full credit, even when
  // every reference word is in the question or the reference has no content words.
  const identical = prepared.normalized !== '' && answerWords.length <= prepared.wordCount && answerWords.join(' ') === prepared.normalized;
  const score = identical ? 1 : prepared.terms.length === 0 ? 0 : combine(f.vector);
  return { score, matched, missing: missingTerms.map((t) => t.surface) };
}

/** Feature vector of an answer (for the fitting script). */
export function referenceFeatures(reference: string, answer: string, question?: string, corpus?: TermStats): number[] {
  return measure(prepareReference(reference, question ?? '', corpus), words(answer)).vector;
}
